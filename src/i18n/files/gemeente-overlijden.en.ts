// Entry of dist/gemeente-overlijden.en.js, the English file next to dist/gemeente-overlijden.js (vite.config.ts,
// BUILD=language). The form script inserts it only when `lang` asks for English.
import { handOver } from '../hand-over.js';
import pack from '../packs/overlijden.en.js';

handOver(pack);
