// The Dutch texts: the source every other language is typed against (en.ts), so a missing key
// fails the type check.
import { commonNl } from './common.nl.js';
import { foutenNl } from './fouten.nl.js';
import { configNl } from './config.nl.js';
import { verhuizingNl } from './verhuizing.nl.js';
import { overlijdenNl } from './overlijden.nl.js';

export const nl = { ...commonNl, ...foutenNl, ...configNl, ...verhuizingNl, ...overlijdenNl };
export type Messages = typeof nl;
