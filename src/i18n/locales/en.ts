import type { Translations } from './fouten.nl.js';
import type { Messages } from './nl.js';
import { commonEn } from './common.en.js';
import { foutenEn } from './fouten.en.js';
import { configEn } from './config.en.js';
import { verhuizingEn } from './verhuizing.en.js';
import { overlijdenEn } from './overlijden.en.js';

export const en: Translations<Messages> = { ...commonEn, ...foutenEn, ...configEn, ...verhuizingEn, ...overlijdenEn };
