// All Dutch texts merged: the source every other language is typed against (en.ts), so a missing
// key fails the type check. Not imported at run time: i18n.ts takes the shared texts and each form
// brings its own (FormDefinition.texts), so one form's script does not carry the other's.
import { commonNl } from './common.nl.js';
import { foutenNl } from './fouten.nl.js';
import { configNl } from './config.nl.js';
import { verhuizingNl } from './verhuizing.nl.js';
import { overlijdenNl } from './overlijden.nl.js';

export const nl = { ...commonNl, ...foutenNl, ...configNl, ...verhuizingNl, ...overlijdenNl };
export type Messages = typeof nl;
