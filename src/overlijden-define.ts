// `gemeente-formulieren/overlijden/define` and the entry of dist/gemeente-overlijden.js (the per-form
// classic script): registers <gemeente-overlijden> only, guarded, so it can be loaded twice and next
// to the other form's script or the all-forms script. Exports nothing (no globals in the IIFE).
import { defineOnce } from './internal/define-once.js';
import { GemeenteOverlijden } from './elements/overlijden/overlijden.js';

defineOnce('gemeente-overlijden', GemeenteOverlijden);
