// Writes dist/schema/verhuizing.schema.json: the JSON Schema (draft 2020-12) of what gets POSTED.
//
// io: 'output' — the schema describes the normalised payload the element sends and the receiver stores
// (postcode 1234AB, 9-digit BSN, integer huisnummer, empty optional fields absent), not the raw answers
// the zod schema also accepts. Normalising transforms run before each typed schema, so the output side
// is fully structural. Refinements (11-proef, date windows, cross-field rules) cannot be expressed and
// are left out; `unrepresentable: 'any'` keeps the emit from failing should one slip in.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { createVerhuizingSchema } from '../src/schemas/verhuizing.schema.js';
import { todayInAmsterdam } from '../src/schemas/amsterdam.js';

const OUT_DIR = 'dist/schema';

// `today` and `gemeenteCode` only affect refinements, which JSON Schema leaves out.
const schema = createVerhuizingSchema({ today: todayInAmsterdam(new Date()), config: { gemeenteCode: '0000' } });

const jsonSchema = {
  ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }),
  $id: 'https://gemeente-formulieren.example/schema/verhuizing.schema.json',
  title: 'Verhuizing doorgeven — envelope versie 1',
  description:
    'Structural subset of the verhuizing envelope as POSTed by <gemeente-verhuizing>: types, required fields and formats ' +
    'of the normalised payload. It cannot express the BSN 11-proef, the reporting window (Wet BRP art. 2.39 with the ' +
    'Algemene Termijnenwet), the relation, main-occupant and attachment rules, nor the content checks of attachments: ' +
    'validate with createVerhuizingSchema from gemeente-formulieren/schemas for those.',
};

mkdirSync(OUT_DIR, { recursive: true });
writeFileSync(`${OUT_DIR}/verhuizing.schema.json`, `${JSON.stringify(jsonSchema, null, 2)}\n`);
console.log(`emit-json-schema: wrote ${OUT_DIR}/verhuizing.schema.json`);
