// Properties of createVerhuizingSchema over envelopes generated from the valid fixtures: accepted
// exactly when the 11-proef oracle and the reporting window say so; an accepted output survives JSON
// and parses again to itself, and the reference receiver accepts it; nothing hostile throws; every
// rejection is a message with nl and en text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { verhuizingValidator } from '../../../demo/receiver/forms.js';
import { verhuizingEn } from '../../../src/i18n/locales/verhuizing.en.js';
import { verhuizingNl } from '../../../src/i18n/locales/verhuizing.nl.js';
import { addDays, compareIsoDates } from '../../../src/schemas/amsterdam.js';
import { createVerhuizingSchema, verhuizingMeldVenster } from '../../../src/schemas/verhuizing.schema.js';
import type { VerhuizingConfigInput } from '../../../src/schemas/verhuizing.config.js';
import * as fixtures from '../../fixtures/verhuizing.js';
import { bsnsGeldig, metVijandigBlad, variaties } from './envelopes.js';
import { check, diep, ontvang, vijandig, translator } from './support.js';

const { today } = fixtures;
const now = new Date(`${today}T10:00:00Z`);
const translated = translator({ nl: verhuizingNl, en: verhuizingEn });

type Geval = { name: string; input: Record<string, unknown>; beleid: Partial<VerhuizingConfigInput> };
const gevallen: Geval[] = [
  ...Object.entries(fixtures.geldig).map(([name, input]) => ({ name, input: input as Record<string, unknown>, beleid: {} })),
  ...Object.entries(fixtures.geldigV1).map(([name, input]) => ({ name: `v1 ${name}`, input: input as Record<string, unknown>, beleid: {} })),
  ...Object.entries(fixtures.geldigMetBeleid).map(([name, { input, config }]) => ({ name, input: input as Record<string, unknown>, beleid: config })),
];

const schemas = new Map<object, ReturnType<typeof createVerhuizingSchema>>();
/** One schema per policy (the factory is not cheap; the receiver builds its own per request). */
const schemaFor = (beleid: Partial<VerhuizingConfigInput>) => {
  if (!schemas.has(beleid)) schemas.set(beleid, createVerhuizingSchema({ today, config: { ...fixtures.config, ...beleid } }));
  return schemas.get(beleid)!;
};
const receiverFor = (beleid: Partial<VerhuizingConfigInput>) => verhuizingValidator({ [fixtures.gemeente.code]: beleid });

/** A move date from 40 days ago to 40 days ahead: inside and outside the window. */
const verhuisdatum = fc.integer({ min: -40, max: 40 }).map((offset) => (input: Record<string, unknown>) => {
  (input['gegevens'] as Record<string, unknown>)['verhuisdatum'] = addDays(today, offset);
});

// The counterexample names the fixture (not its whole text) beside the generated input.
const variatie = fc.constantFrom(...gevallen).chain((geval) => variaties(geval.input, verhuisdatum).map((v) => ({ fixture: geval.name, ...v })));
const gevalVan = (name: string) => gevallen.find((g) => g.name === name)!;

test('property: a generated verhuizing is accepted exactly when its BSNs pass the 11-proef and its date is in the window; then it round-trips through JSON and the receiver', () => {
  check(
    fc.property(variatie, ({ fixture, input, bsns }) => {
      const geval = gevalVan(fixture);
      const schema = schemaFor(geval.beleid);
      const result = schema.safeParse(input);
      const datum = (input['gegevens'] as { verhuisdatum: string }).verhuisdatum;
      const venster = verhuizingMeldVenster(datum, today);
      const expected = bsnsGeldig(bsns, { uniek: true }) && venster.status !== 'te-vroeg';
      if (!result.success) translated(result.error.issues);
      assert.equal(result.success, expected, `${geval.name}: expected ${expected ? 'accepted' : 'refused'} (BSNs ${bsns.join(', ')}; date ${datum}: ${venster.status}), issues ${JSON.stringify(result.error?.issues ?? [])}`);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = issue.path.join('.');
          assert.ok(path.endsWith('burgerservicenummer') || path === 'gegevens.verhuisdatum', `unexpected issue at ${path}: ${issue.message}`);
        }
        return;
      }
      const output = result.data;
      const posted = JSON.parse(JSON.stringify(output));
      assert.deepEqual(schema.parse(posted), output, 'the output parses again to itself after JSON');
      const received = ontvang(receiverFor(geval.beleid), posted, { today, now });
      assert.ok(received.ok, `the receiver refuses it: ${JSON.stringify(received.ok ? [] : received.issues)}`);
      assert.deepEqual(received.ok && received.data, output);
      assert.ok(compareIsoDates(output.gegevens.verhuisdatum, venster.vroegsteMelddatum) >= 0 || compareIsoDates(today, venster.vroegsteMelddatum) >= 0);
    }),
    1.5,
  );
});

test('property: one node of a valid verhuizing replaced by anything (or removed) never throws; every issue is translated', () => {
  check(
    fc.property(fc.constantFrom(...gevallen).chain((g) => metVijandigBlad(variaties(g.input)).map((input) => ({ fixture: g.name, input }))), ({ fixture, input }) => {
      const g = gevalVan(fixture);
      const result = schemaFor(g.beleid).safeParse(input);
      if (!result.success) translated(result.error.issues);
      const received = ontvang(receiverFor(g.beleid), input, { today, now });
      if (!received.ok) translated(received.issues);
    }),
    1,
  );
});

test('property: a hostile body (anything, deep nesting, huge strings, hostile gegevens) never throws; every issue is translated', () => {
  const schema = schemaFor({});
  check(
    fc.property(
      fc.oneof(
        vijandig,
        diep.map((d) => ({ ...fixtures.geldig.alleen, gegevens: { ...fixtures.geldig.alleen.gegevens, aangever: d } })),
        vijandig.map((v) => ({ ...fixtures.geldig.alleen, gegevens: v })),
        vijandig.map((v) => ({ ...fixtures.geldig.metPartnerEnKind, bijlagen: v })),
        fc.array(vijandig, { maxLength: 60 }).map((m) => ({ ...fixtures.geldig.alleen, gegevens: { ...fixtures.geldig.alleen.gegevens, meeverhuizers: m } })),
      ),
      (input) => {
        // Some are valid (bijlagen undefined is the default []); the rest must be refused in words.
        const result = schema.safeParse(input);
        if (!result.success) translated(result.error.issues);
      },
    ),
  );
});
