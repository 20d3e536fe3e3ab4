// English for <gemeente-overlijden>: the shared texts and the form's own. Loaded on demand (the ES
// build splits it off through the form's `languages`; the classic script loads dist/gemeente-overlijden.en.js
// built from src/i18n/files/gemeente-overlijden.en.ts), never in the Dutch script (issue 9).
import type { LanguagePack } from '../language-pack.js';
import { commonEn } from '../locales/common.en.js';
import { foutenEn } from '../locales/fouten.en.js';
import { configEn } from '../locales/config.en.js';
import { overlijdenEn } from '../locales/overlijden.en.js';

const pack: LanguagePack = { lang: 'en', shared: { ...commonEn, ...foutenEn, ...configEn }, forms: { overlijden: overlijdenEn } };
export default pack;
