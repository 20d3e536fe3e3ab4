// Entry of dist/gemeente-formulieren.later.js, next to dist/gemeente-formulieren.js (every form;
// vite.config.ts, BUILD=later). Its default export is what the file hands to the form script.
import type { LaterPart } from '../../form/later.js';
import engine from '../engine.js';
import verhuizing from '../../elements/verhuizing/later.js';
import overlijden from '../../elements/overlijden/later.js';

export default { engine: engine!, forms: { verhuizing, overlijden } } satisfies LaterPart;
