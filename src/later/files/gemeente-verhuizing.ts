// Entry of dist/gemeente-verhuizing.later.js, next to dist/gemeente-verhuizing.js (vite.config.ts, BUILD=later).
// Its default export is what the file hands to the form script that inserted it (form/later.ts).
import type { LaterPart } from '../../form/later.js';
import engine from '../engine.js';
import verhuizing from '../../elements/verhuizing/later.js';

export default { engine: engine!, forms: { verhuizing } } satisfies LaterPart;
