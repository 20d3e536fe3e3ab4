// Entry of dist/gemeente-formulieren.en.js, the English file next to dist/gemeente-formulieren.js (vite.config.ts,
// BUILD=language). The form script inserts it only when `lang` asks for English.
import { handOver } from '../hand-over.js';
import pack from '../packs/all.en.js';

handOver(pack);
