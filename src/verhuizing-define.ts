// `gemeente-formulieren/verhuizing/define` and the entry of dist/gemeente-verhuizing.js (the per-form
// classic script): registers <gemeente-verhuizing> only, guarded, so it can be loaded twice and next
// to the other form's script or the all-forms script. Exports nothing (no globals in the IIFE).
import { defineOnce } from './internal/define-once.js';
import { GemeenteVerhuizing } from './elements/verhuizing/verhuizing.js';

defineOnce('gemeente-verhuizing', GemeenteVerhuizing);
