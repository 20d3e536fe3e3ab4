// Properties of createOverlijdenSchema over envelopes generated from the valid fixtures: accepted
// exactly when the 11-proef oracle and the number of extracts say so; an accepted output survives
// JSON and parses again to itself, and the reference receiver accepts it; nothing hostile throws;
// every rejection is a message with nl and en text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { overlijdenValidator } from '../../../demo/receiver/forms.js';
import { overlijdenEn } from '../../../src/i18n/locales/overlijden.en.js';
import { overlijdenNl } from '../../../src/i18n/locales/overlijden.nl.js';
import { createOverlijdenSchema, MAX_UITTREKSELS } from '../../../src/schemas/overlijden.schema.js';
import type { OverlijdenConfigInput } from '../../../src/schemas/overlijden.config.js';
import * as fixtures from '../../fixtures/overlijden.js';
import { bsnsGeldig, metVijandigBlad, variaties } from './envelopes.js';
import { check, diep, ontvang, vijandig, translator } from './support.js';

const { today } = fixtures;
const now = new Date(fixtures.now);
const translated = translator({ nl: overlijdenNl, en: overlijdenEn });

type Geval = { name: string; input: Record<string, unknown>; beleid: Partial<OverlijdenConfigInput> };
const gevallen: Geval[] = Object.entries(fixtures.geldig).map(([name, input]) => ({
  name,
  input: input as Record<string, unknown>,
  beleid: fixtures.geldigConfig[name as keyof typeof fixtures.geldig] ?? {},
}));

const schemas = new Map<object, ReturnType<typeof createOverlijdenSchema>>();
/** One schema per policy (the factory is not cheap; the receiver builds its own per request). */
const schemaFor = (beleid: Partial<OverlijdenConfigInput>) => {
  if (!schemas.has(beleid)) schemas.set(beleid, createOverlijdenSchema({ now, today, config: { ...fixtures.config, ...beleid } }));
  return schemas.get(beleid)!;
};
const receiverFor = (beleid: Partial<OverlijdenConfigInput>) => overlijdenValidator({ [fixtures.gemeente.code]: beleid });

/** The number of extracts, typed or as a number, from below 0 to above the maximum. */
const uittreksels = fc
  .tuple(fc.integer({ min: -2, max: MAX_UITTREKSELS + 2 }), fc.boolean())
  .map(([n, typed]) => (input: Record<string, unknown>) => {
    (input['gegevens'] as Record<string, unknown>)['aantalUittreksels'] = typed ? ` ${n} ` : n;
  });

// The counterexample names the fixture (not its whole text) beside the generated input.
const variatie = fc.constantFrom(...gevallen).chain((geval) => variaties(geval.input, uittreksels).map((v) => ({ fixture: geval.name, ...v })));
const gevalVan = (name: string) => gevallen.find((g) => g.name === name)!;

test('property: a generated aangifte overlijden is accepted exactly when its BSNs pass the 11-proef and the extracts are 0–10; then it round-trips through JSON and the receiver', () => {
  check(
    fc.property(variatie, ({ fixture, input, bsns }) => {
      const geval = gevalVan(fixture);
      const schema = schemaFor(geval.beleid);
      const result = schema.safeParse(input);
      const aantal = Number(String((input['gegevens'] as { aantalUittreksels: unknown }).aantalUittreksels).trim());
      const expected = bsnsGeldig(bsns, { uniek: false }) && aantal >= 0 && aantal <= MAX_UITTREKSELS;
      if (!result.success) translated(result.error.issues);
      assert.equal(result.success, expected, `${geval.name}: expected ${expected ? 'accepted' : 'refused'} (BSNs ${bsns.join(', ')}; uittreksels ${aantal}), issues ${JSON.stringify(result.error?.issues ?? [])}`);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const path = issue.path.join('.');
          assert.ok(path.endsWith('burgerservicenummer') || path === 'gegevens.aantalUittreksels', `unexpected issue at ${path}: ${issue.message}`);
        }
        return;
      }
      const output = result.data;
      const posted = JSON.parse(JSON.stringify(output));
      assert.deepEqual(schema.parse(posted), output, 'the output parses again to itself after JSON');
      const received = ontvang(receiverFor(geval.beleid), posted, { today, now });
      assert.ok(received.ok, `the receiver refuses it: ${JSON.stringify(received.ok ? [] : received.issues)}`);
      assert.deepEqual(received.ok && received.data, output);
    }),
    1,
  );
});

test('property: one node of a valid aangifte replaced by anything (or removed) never throws; every issue is translated', () => {
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
  const basis = fixtures.geldig.ondernemerCrematie as unknown as { gegevens: Record<string, unknown> };
  check(
    fc.property(
      fc.oneof(
        vijandig,
        diep.map((d) => ({ ...basis, gegevens: { ...basis.gegevens, overledene: d } })),
        vijandig.map((v) => ({ ...basis, gegevens: v })),
        vijandig.map((v) => ({ ...basis, bijlagen: v })),
        fc.array(vijandig, { maxLength: 60 }).map((o) => ({ ...basis, gegevens: { ...basis.gegevens, overledene: { ...(basis.gegevens['overledene'] as object), ouders: o } } })),
      ),
      (input) => {
        // Some are valid (bijlagen undefined is the default []); the rest must be refused in words.
        const result = schema.safeParse(input);
        if (!result.success) translated(result.error.issues);
      },
    ),
  );
});
