// `gemeente-formulieren/verhuizing/en`: English for <gemeente-verhuizing> up front. A host that imports it has
// English at the first render, with no load later; without it the form imports its English module
// only when `lang` asks for it (FormDefinition.languages). Registers the texts in the library's own
// registry (i18n/load-language.ts), not on `window`.
import { provideLanguage } from './i18n/load-language.js';
import pack from './i18n/packs/verhuizing.en.js';

provideLanguage(pack);
