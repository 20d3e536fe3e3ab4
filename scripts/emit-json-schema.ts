// Writes dist/schema/verhuizing.schema.json and dist/schema/overlijden.schema.json: the JSON Schema
// (draft 2020-12) of what gets POSTED.
//
// io: 'output' — the schema describes the normalised payload the element sends and the receiver stores
// (postcode 1234AB, 9-digit BSN, integer huisnummer, empty optional fields absent), not the raw answers
// the zod schema also accepts. Normalising transforms run before each typed schema, so the output side
// is fully structural. Refinements (11-proef, date windows, cross-field rules) cannot be expressed and
// are left out; `unrepresentable: 'any'` keeps the emit from failing should one slip in.
import { mkdirSync, writeFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { createVerhuizingSchema } from '../src/schemas/verhuizing.schema.js';
import { createOverlijdenSchema } from '../src/schemas/overlijden.schema.js';
import { todayInAmsterdam } from '../src/schemas/amsterdam.js';

const OUT_DIR = 'dist/schema';

/**
 * Marks every attachment's `inhoud` as RFC 4648 base64 (JSON Schema `contentEncoding`), which the zod
 * schema checks but, without a registry, does not say (see the note at `inhoud` in attachments.ts).
 */
function markBase64(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(markBase64);
  if (!node || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  const properties = record['properties'] as Record<string, Record<string, unknown>> | undefined;
  if (properties?.['inhoud'] && properties['bestandsnaam']) properties['inhoud']['contentEncoding'] = 'base64';
  Object.values(record).forEach(markBase64);
}

// `today` and `gemeenteCode` only affect refinements, which JSON Schema leaves out.
const schema = createVerhuizingSchema({ today: todayInAmsterdam(new Date()), config: { gemeenteCode: '0000' } });

const jsonSchema = {
  ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }),
  $id: 'https://gemeente-formulieren.example/schema/verhuizing.schema.json',
  title: 'Verhuizing doorgeven — envelope versie 2 (versie 1 still accepted)',
  description:
    'Structural subset of the verhuizing envelope as POSTed by <gemeente-verhuizing>: types, required fields and formats ' +
    'of the normalised payload. It cannot express the BSN 11-proef, the reporting window (Wet BRP art. 2.39 with the ' +
    'Algemene Termijnenwet), the relation, main-occupant and attachment rules, nor the content checks of attachments: ' +
    'validate with createVerhuizingSchema from gemeente-formulieren/schemas for those.',
};

// `now` and the config only affect refinements too. Which optional parts apply depends on other answers
// (aangever type, BSN known, burgerlijke staat, natural death, wijze, abroad, the funeral window): the
// structure marks them optional or nullable; createOverlijdenSchema requires or refuses them.
const overlijden = createOverlijdenSchema({ now: new Date(), config: { gemeenteCode: '0000' } });

const overlijdenJsonSchema = {
  ...z.toJSONSchema(overlijden, { io: 'output', unrepresentable: 'any', target: 'draft-2020-12' }),
  $id: 'https://gemeente-formulieren.example/schema/overlijden.schema.json',
  title: 'Aangifte overlijden — envelope versie 2 (versie 1 still accepted)',
  description:
    'Structural subset of the aangifte overlijden envelope as POSTed by <gemeente-overlijden>: types, required fields ' +
    'and formats of the normalised payload. It cannot express the BSN 11-proef, the funeral window (Wet op de ' +
    'lijkbezorging art. 16 and 17, with Amsterdam wall-clock time and Algemene Termijnenwet working days), the parts ' +
    'that are required or refused depending on other answers (funeral director or relative, BSN unknown, partner, ' +
    'natural death, burial/cremation or science, abroad) and the required attachments, nor the content checks of ' +
    'attachments: validate with createOverlijdenSchema from gemeente-formulieren/schemas for those.',
};

mkdirSync(OUT_DIR, { recursive: true });
for (const [name, schemaJson] of [
  ['verhuizing', jsonSchema],
  ['overlijden', overlijdenJsonSchema],
] as const) {
  markBase64(schemaJson);
  writeFileSync(`${OUT_DIR}/${name}.schema.json`, `${JSON.stringify(schemaJson, null, 2)}\n`);
  console.log(`emit-json-schema: wrote ${OUT_DIR}/${name}.schema.json`);
}
