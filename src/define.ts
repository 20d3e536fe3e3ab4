// Side-effect entry: registers both elements, guarded so a page that loads the script twice keeps
// working. The one-file script (IIFE) is built from this file.
import { defineOnce } from './internal/define-once.js';
import { GemeenteVerhuizing } from './elements/verhuizing/verhuizing.js';
import { GemeenteOverlijden } from './elements/overlijden/overlijden.js';

defineOnce('gemeente-verhuizing', GemeenteVerhuizing);
defineOnce('gemeente-overlijden', GemeenteOverlijden);

export * from './index.js';
