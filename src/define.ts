// Side-effect entry: registers both elements, guarded so a page that loads the script twice keeps
// working. The one-file script (IIFE) is built from this file. It exports nothing: the classic script
// must not create globals (a CMS page is a shared namespace), and the ES build's consumers import the
// classes from the package's main entry instead.
import { defineOnce } from './internal/define-once.js';
import { GemeenteVerhuizing } from './elements/verhuizing/verhuizing.js';
import { GemeenteOverlijden } from './elements/overlijden/overlijden.js';

defineOnce('gemeente-verhuizing', GemeenteVerhuizing);
defineOnce('gemeente-overlijden', GemeenteOverlijden);
