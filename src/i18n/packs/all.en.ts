// English for every form, the shared texts once: dist/gemeente-formulieren.en.js, the language file
// of the all-forms script (src/i18n/files/gemeente-formulieren.en.ts).
import type { LanguagePack } from '../language-pack.js';
import verhuizing from './verhuizing.en.js';
import overlijden from './overlijden.en.js';

const pack: LanguagePack = { lang: 'en', shared: verhuizing.shared, forms: { ...verhuizing.forms, ...overlijden.forms } };
export default pack;
