// The emitted JSON Schema describes the posted (normalised) payload: check it against the fixture
// output with a tiny structural walker (types, required keys, enums, consts) — no validator dependency.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createVerhuizingSchema } from '../../../src/schemas/verhuizing.schema.js';
import { config, geldig, geldigAlleenOutput, today } from '../../fixtures/verhuizing.js';
import { createOverlijdenSchema } from '../../../src/schemas/overlijden.schema.js';
import * as overlijden from '../../fixtures/overlijden.js';

type JsonSchema = {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
};

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

/** Structural problems of `value` against `schema`, as 'path: reason' strings. */
function problems(schema: JsonSchema, value: unknown, path = '$'): string[] {
  if (schema.anyOf) {
    return schema.anyOf.some((option) => problems(option, value, path).length === 0) ? [] : [`${path}: matches no anyOf option`];
  }
  const actual = typeOf(value);
  if (schema.type && !(schema.type === actual || (schema.type === 'number' && actual === 'integer'))) {
    return [`${path}: expected ${schema.type}, got ${actual}`];
  }
  const out: string[] = [];
  if (schema.enum && !schema.enum.includes(value)) out.push(`${path}: not in enum`);
  if ('const' in schema && schema.const !== value) out.push(`${path}: not the const`);
  if (schema.pattern && typeof value === 'string' && !new RegExp(schema.pattern).test(value)) out.push(`${path}: pattern`);
  if (schema.properties && value && typeof value === 'object') {
    for (const key of schema.required ?? []) if (!(key in value)) out.push(`${path}.${key}: required`);
    for (const [key, sub] of Object.entries(schema.properties)) {
      if (key in value) out.push(...problems(sub, (value as Record<string, unknown>)[key], `${path}.${key}`));
    }
  }
  if (schema.items && Array.isArray(value)) value.forEach((item, i) => out.push(...problems(schema.items!, item, `${path}[${i}]`)));
  return out;
}

execFileSync('node_modules/.bin/tsx', ['scripts/emit-json-schema.ts'], { stdio: 'ignore' });
const jsonSchema = JSON.parse(readFileSync('dist/schema/verhuizing.schema.json', 'utf8')) as JsonSchema & { description: string };

test('the JSON Schema says it is the structural subset', () => {
  assert.match(jsonSchema.description, /structural subset/i);
  assert.match(jsonSchema.description, /11-proef/);
});

test('the JSON Schema requires the envelope and the gegevens of the domain notes', () => {
  assert.deepEqual(jsonSchema.required, ['formulier', 'versie', 'gemeente', 'taal', 'ingediendOp', 'gegevens', 'bijlagen']);
  const gegevens = jsonSchema.properties!.gegevens!;
  for (const key of ['nieuwAdres', 'verhuisdatum', 'woonsituatie', 'aangever', 'meeverhuizers', 'hoofdbewoner', 'verklaringNaarWaarheid']) {
    assert.ok(gegevens.required!.includes(key), key);
  }
  // Versie 2: the aangever's vorigAdres is absent when they do not move (a cross-field rule).
  assert.ok(gegevens.properties!.vorigAdres && !gegevens.required!.includes('vorigAdres'));
  assert.equal(gegevens.properties!.nieuwAdres!.properties!.huisnummer!.type, 'integer');
});

test('every valid fixture, as posted, fits the JSON Schema', () => {
  assert.deepEqual(problems(jsonSchema, geldigAlleenOutput), []);
  const schema = createVerhuizingSchema({ today, config });
  for (const [name, input] of Object.entries(geldig)) {
    assert.deepEqual(problems(jsonSchema, JSON.parse(JSON.stringify(schema.parse(input)))), [], name);
  }
});

test('the JSON Schema rejects raw, un-normalised input', () => {
  assert.notDeepEqual(problems(jsonSchema, geldig.alleen), []);
  const broken = structuredClone(geldigAlleenOutput) as any;
  delete broken.gegevens.aangever.email;
  broken.gegevens.nieuwAdres.postcode = '3521 az';
  assert.deepEqual(problems(jsonSchema, broken), ['$.gegevens.nieuwAdres.postcode: pattern', '$.gegevens.aangever.email: required']);
});

// --- Aangifte overlijden

const overlijdenJsonSchema = JSON.parse(readFileSync('dist/schema/overlijden.schema.json', 'utf8')) as JsonSchema & {
  description: string;
  $id: string;
};

test('overlijden: the JSON Schema says it is the structural subset', () => {
  assert.match(overlijdenJsonSchema.description, /structural subset/i);
  assert.match(overlijdenJsonSchema.description, /11-proef/);
  assert.match(overlijdenJsonSchema.description, /lijkbezorging art\. 16/);
  assert.match(overlijdenJsonSchema.$id, /overlijden\.schema\.json$/);
  assert.equal(overlijdenJsonSchema.properties!.formulier!.const, 'overlijden');
});

test('overlijden: the JSON Schema requires the envelope and the gegevens of the domain notes', () => {
  assert.deepEqual(overlijdenJsonSchema.required, ['formulier', 'versie', 'gemeente', 'taal', 'ingediendOp', 'gegevens', 'bijlagen']);
  const gegevens = overlijdenJsonSchema.properties!.gegevens!;
  assert.deepEqual(gegevens.required, [
    'aangever',
    'overledene',
    'overlijden',
    'lijkbezorging',
    'verzoekUitstelOfBespoediging',
    'aantalUittreksels',
    'verklaringNaarWaarheid',
  ]);
  assert.ok(!gegevens.required!.includes('doodsoorzaak'), 'only for a natural death');
  const props = gegevens.properties!;
  assert.equal(props.aantalUittreksels!.type, 'integer');
  // 'ggd' only where the gemeente sets a-formulier-via-ggd (issue 6 item 4.12).
  assert.deepEqual(props.doodsoorzaak!.enum, ['b-envelop', 'digitaal', 'ggd']);
  assert.equal(props.overlijden!.properties!.tijd!.pattern, '^([01][0-9]|2[0-3]):[0-5][0-9]$');
  assert.equal(props.aangever!.properties!.organisatie!.properties!.kvkNummer!.pattern, '^[0-9]{8}$');
  assert.ok(props.lijkbezorging!.properties!.land!.enum!.includes('TR'));
  const soort = overlijdenJsonSchema.properties!.bijlagen!.items!.properties!.soort!;
  assert.deepEqual(soort.enum, ['verklaring-van-overlijden', 'verklaring-arts-geen-bezwaar', 'wilsbeschikking', 'overig']);
});

test('overlijden: every valid fixture, as posted, fits the JSON Schema', () => {
  assert.deepEqual(problems(overlijdenJsonSchema, overlijden.geldigOndernemerCrematieOutput), []);
  for (const [name, input] of Object.entries(overlijden.geldig)) {
    const extra = overlijden.geldigConfig[name as keyof typeof overlijden.geldig];
    const schema = createOverlijdenSchema({ today: overlijden.today, now: overlijden.now, config: { ...overlijden.config, ...extra } });
    assert.deepEqual(problems(overlijdenJsonSchema, JSON.parse(JSON.stringify(schema.parse(input)))), [], name);
  }
});

test('overlijden: the JSON Schema rejects raw, un-normalised input', () => {
  assert.notDeepEqual(problems(overlijdenJsonSchema, overlijden.geldig.ondernemerCrematie), []);
  const broken = structuredClone(overlijden.geldigOndernemerCrematieOutput) as any;
  broken.gegevens.overlijden.tijd = '23.30';
  broken.gegevens.aantalUittreksels = '2';
  delete broken.gegevens.overledene.bsnOnbekend;
  assert.deepEqual(problems(overlijdenJsonSchema, broken), [
    '$.gegevens.overledene.bsnOnbekend: required',
    '$.gegevens.overlijden.tijd: pattern',
    '$.gegevens.aantalUittreksels: expected integer, got string',
  ]);
});
