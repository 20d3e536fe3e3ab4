// Issue 8, holes 3 and 7 in the schema layer: at most N attachments per form (N from its kinds), and
// only the kinds the form asks for these answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BIJLAGEN_PER_SOORT, maxBijlagen } from '../../../src/schemas/attachments.js';
import { createOverlijdenSchema, OVERLIJDEN_BIJLAGE_SOORTEN } from '../../../src/schemas/overlijden.schema.js';
import { createVerhuizingSchema, VERHUIZING_BIJLAGE_SOORTEN } from '../../../src/schemas/verhuizing.schema.js';
import * as overlijden from '../../fixtures/overlijden.js';
import * as verhuizing from '../../fixtures/verhuizing.js';

type Envelop = { gegevens: Record<string, any>; bijlagen: any[] };
const met = (base: unknown, change: (e: Envelop) => void): Envelop => {
  const copy = structuredClone(base) as Envelop;
  change(copy);
  return copy;
};
const issuesOf = (result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string; params?: unknown }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: i.message, ...(i.params ? { params: i.params } : {}) }));

const verhuizingSchema = createVerhuizingSchema({ today: verhuizing.today, config: verhuizing.config });
const overlijdenSchema = createOverlijdenSchema({ today: overlijden.today, now: new Date(overlijden.now), config: overlijden.config });

test('N comes from the form’s attachment kinds: 32 for the verhuizing (8 kinds), 16 for the overlijden (4 kinds)', () => {
  assert.equal(BIJLAGEN_PER_SOORT, 4);
  assert.equal(VERHUIZING_BIJLAGE_SOORTEN.length, 8);
  assert.equal(maxBijlagen(VERHUIZING_BIJLAGE_SOORTEN), 32);
  assert.equal(maxBijlagen(OVERLIJDEN_BIJLAGE_SOORTEN), 16);
});

test('the verhuizing takes 32 attachments, and refuses the 33rd as one issue on bijlagen', () => {
  // 32 copies of the asked huurcontract: the count is what is judged here.
  const twintig = met(verhuizing.geldig.metPartnerEnKind, (e) => {
    e.bijlagen = Array.from({ length: 32 }, () => verhuizing.bijlage('huurcontract'));
  });
  assert.deepEqual(issuesOf(verhuizingSchema.safeParse(twintig)), []);
  const eenentwintig = met(twintig, (e) => e.bijlagen.push(verhuizing.bijlage('huurcontract')));
  assert.deepEqual(issuesOf(verhuizingSchema.safeParse(eenentwintig)), [
    { path: 'bijlagen', message: 'fout.bijlagen.te-veel', params: { maximum: 32 } },
  ]);
});

test('380,000 tiny attachments are refused at once, without parsing each one', () => {
  const tiny = { soort: 'huurcontract', bestandsnaam: 'a', mimeType: 'application/pdf', grootte: 1, inhoud: 'JQ==' };
  const envelope = met(verhuizing.geldig.metPartnerEnKind, (e) => (e.bijlagen = Array.from({ length: 380_000 }, () => tiny)));
  const started = performance.now();
  const issues = issuesOf(verhuizingSchema.safeParse(envelope));
  const ms = performance.now() - started;
  assert.deepEqual(issues, [{ path: 'bijlagen', message: 'fout.bijlagen.te-veel', params: { maximum: 32 } }]);
  // Parsing each entry took ≈ 15 s; counting first is milliseconds. The bound leaves room for a loaded
  // 2-core CI machine (1.2 s was seen at load average 20).
  assert.ok(ms < 5_000, `took ${ms.toFixed(0)} ms`);
});

test('the overlijden refuses its 17th attachment', () => {
  const zestien = met(overlijden.geldig.ondernemerCrematie, (e) => {
    e.bijlagen = [overlijden.bijlage('verklaring-van-overlijden'), ...Array.from({ length: 15 }, () => overlijden.bijlage('overig'))];
  });
  assert.deepEqual(issuesOf(overlijdenSchema.safeParse(zestien)), []);
  const zeventien = met(zestien, (e) => e.bijlagen.push(overlijden.bijlage('overig')));
  assert.deepEqual(issuesOf(overlijdenSchema.safeParse(zeventien)), [
    { path: 'bijlagen', message: 'fout.bijlagen.te-veel', params: { maximum: 16 } },
  ]);
});

test('an attachment of a kind the verhuizing did not ask for is refused', () => {
  // Living alone in a rented home: a huurcontract is asked, a koopakte or a consent is not.
  const soort = verhuizing.geldig.alleen as Envelop;
  assert.equal(soort.gegevens.woonsituatie.soort, 'huur');
  for (const kind of ['koopakte', 'zorgovereenkomst', 'toestemming-hoofdbewoner', 'machtiging']) {
    const input = met(verhuizing.geldig.alleen, (e) => (e.bijlagen = [verhuizing.bijlage('huurcontract'), verhuizing.bijlage(kind)]));
    assert.deepEqual(issuesOf(verhuizingSchema.safeParse(input)), [{ path: 'bijlagen.1.soort', message: 'fout.bijlage.niet-toegestaan' }], kind);
  }
  const gevraagd = met(verhuizing.geldig.alleen, (e) => (e.bijlagen = [verhuizing.bijlage('huurcontract')]));
  assert.deepEqual(issuesOf(verhuizingSchema.safeParse(gevraagd)), []);
});

test('an attachment of a kind the overlijden did not ask for is refused', () => {
  // A non-natural death: the officier van justitie sends his own statement (Wlb art. 10), no A-form.
  const input = met(overlijden.geldig.nietNatuurlijk, (e) => e.bijlagen.push(overlijden.bijlage('verklaring-van-overlijden')));
  const issues = issuesOf(overlijdenSchema.safeParse(input));
  assert.deepEqual(issues, [{ path: `bijlagen.${input.bijlagen.length - 1}.soort`, message: 'fout.bijlage.niet-toegestaan' }]);
  // The will is asked only for a body donated to science.
  const testament = met(overlijden.geldig.ondernemerCrematie, (e) => e.bijlagen.push(overlijden.bijlage('wilsbeschikking')));
  assert.deepEqual(issuesOf(overlijdenSchema.safeParse(testament)), [
    { path: `bijlagen.${testament.bijlagen.length - 1}.soort`, message: 'fout.bijlage.niet-toegestaan' },
  ]);
});
