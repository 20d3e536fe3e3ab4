// `gemeente-formulieren/overlijden/en`: English for <gemeente-overlijden> up front. A host that imports it has
// English at the first render, with no load later; without it the form imports its English module
// only when `lang` asks for it (FormDefinition.languages). Registers the texts in the library's own
// registry (i18n/load-language.ts), not on `window`.
import { provideLanguage } from './i18n/load-language.js';
import pack from './i18n/packs/overlijden.en.js';

provideLanguage(pack);
