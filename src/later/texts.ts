// The Dutch texts that come with the later part (form/later.ts): the validation messages, which show
// only after a check that needs the schema anyway. In the sources and the ES build the engine's
// i18n has them from the start; a classic script adds them when its later file arrives.
import type { Texts } from '../i18n/language-pack.js';
import { foutenNl } from '../i18n/locales/fouten.nl.js';

const laterTexts: Texts | undefined = foutenNl;
export default laterTexts;
