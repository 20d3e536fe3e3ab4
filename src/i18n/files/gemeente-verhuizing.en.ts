// Entry of dist/gemeente-verhuizing.en.js, the English file next to dist/gemeente-verhuizing.js (vite.config.ts,
// BUILD=language). The form script inserts it only when `lang` asks for English.
import { handOver } from '../hand-over.js';
import pack from '../packs/verhuizing.en.js';

handOver(pack);
