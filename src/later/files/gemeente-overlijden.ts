// Entry of dist/gemeente-overlijden.later.js, next to dist/gemeente-overlijden.js (vite.config.ts, BUILD=later).
// Its default export is what the file hands to the form script that inserted it (form/later.ts).
import type { LaterPart } from '../../form/later.js';
import engine from '../engine.js';
import overlijden from '../../elements/overlijden/later.js';

export default { engine: engine!, forms: { overlijden } } satisfies LaterPart;
