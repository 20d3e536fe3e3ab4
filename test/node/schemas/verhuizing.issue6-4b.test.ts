// Issue 6, items 4.4–4.8 (step 4b): the zorginstelling without a main occupant, the sanity rules, the
// partner question asked exactly when the schema needs it, and telephone numbers in E.164. The named
// fixtures in test/fixtures/verhuizing.ts also run through the `invalid: <name>` loop here next door and
// the real receiver's `rejects <name> …` loop; docs/domain-decisions.md names these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createOverlijdenSchema } from '../../../src/schemas/index.js';
import { createVerhuizingSchema } from '../../../src/schemas/verhuizing.schema.js';
import { resolveVerhuizingConfig, type VerhuizingConfigInput } from '../../../src/schemas/verhuizing.config.js';
import { bijPartnerGevraagd, hoofdbewonerVanToepassing } from '../../../src/schemas/verhuizing.rules.js';
import * as overlijden from '../../fixtures/overlijden.js';
import * as fixtures from '../../fixtures/verhuizing.js';

const { today, config, geldig } = fixtures;
const schemaWith = (overrides: Partial<VerhuizingConfigInput> = {}) => createVerhuizingSchema({ today, config: { ...config, ...overrides } });

type Issue = { path: PropertyKey[]; message: string };
const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  ((result.error?.issues ?? []) as Issue[]).map((i) => `${i.path.join('.')}: ${i.message}`);

function met<T>(base: T, change: (e: any) => void): T {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

const BELEID = ['uit', 'optioneel', 'verplicht'] as const;

test('4.4 a zorginstelling never asks the main occupant, nor whether the aangever joins a partner, under any policy', () => {
  for (const hoofdbewoner of BELEID) {
    const regels = resolveVerhuizingConfig({ ...config, hoofdbewoner });
    for (const bijPartner of [undefined, true, false]) {
      const woonsituatie = { soort: 'zorginstelling', anderenWonenOpAdres: true, bijPartner };
      assert.equal(hoofdbewonerVanToepassing(woonsituatie, regels), false, `${hoofdbewoner}, bijPartner ${bijPartner}`);
      assert.equal(bijPartnerGevraagd(woonsituatie, regels), false, hoofdbewoner);
    }
    assert.deepEqual(issuesOf(schemaWith({ hoofdbewoner }).safeParse(geldig.zorginstellingMetMedebewoners)), [], hoofdbewoner);
  }
  // The same household moving in with others elsewhere does need the main occupant (policy optioneel).
  const inwonen = met(geldig.zorginstellingMetMedebewoners, (e) => {
    e.gegevens.woonsituatie.soort = 'inwonen';
    e.gegevens.woonsituatie.bijPartner = false;
    e.bijlagen = [];
  });
  assert.deepEqual(issuesOf(schemaWith().safeParse(inwonen)), ['gegevens.hoofdbewoner: fout.hoofdbewoner.verplicht']);
});

test('4.5 sanity rules: a birth on the move date, two parents and a different house letter are accepted', () => {
  const schema = schemaWith();
  const opVerhuisdatum = met(geldig.metPartnerEnKind, (e) => {
    e.gegevens.verhuisdatum = '2026-11-25';
    e.gegevens.meeverhuizers[1].geboortedatum = '2026-11-25';
  });
  assert.deepEqual(issuesOf(schema.safeParse(opVerhuisdatum)), []);
  const tweeOuders = met(geldig.alleen, (e) => {
    e.gegevens.woonsituatie.aantalBewoners = '3';
    e.gegevens.meeverhuizers = [1, 2].map((n) => ({
      burgerservicenummer: fixtures.testBsn(n),
      naam: { voornamen: `Ouder ${n}`, geslachtsnaam: 'Berg' },
      geboortedatum: '1955-05-05',
      relatie: 'ouder',
    }));
  });
  assert.deepEqual(issuesOf(schema.safeParse(tweeOuders)), []);
  const andereHuisletter = met(geldig.alleen, (e) => {
    e.gegevens.vorigAdres = { postcode: '3521 AZ', huisnummer: '1', huisletter: 'b', straatnaam: 'Stadsplateau', woonplaats: 'Utrecht' };
  });
  assert.deepEqual(issuesOf(schema.safeParse(andereHuisletter)), []);
  // Case and spacing do not make a different address.
  const zelfde = met(geldig.alleen, (e) => {
    e.gegevens.vorigAdres = { postcode: '3521az', huisnummer: 1, huisletter: '', straatnaam: 'Stadsplateau', woonplaats: 'Utrecht' };
  });
  assert.deepEqual(issuesOf(schema.safeParse(zelfde)), ['gegevens.vorigAdres.postcode: fout.verhuizing.vorig-adres-gelijk-aan-nieuw']);
});

test('4.6 "Gaat u wonen bij uw echtgenoot …?" is required exactly when bijPartnerGevraagd says it is asked', () => {
  for (const hoofdbewoner of BELEID) {
    for (const soort of ['koop', 'huur', 'inwonen', 'zorginstelling', 'anders']) {
      for (const anderenWonenOpAdres of [true, false]) {
        const woonsituatie = { soort, anderenWonenOpAdres, aantalBewoners: '2' };
        const gevraagd = bijPartnerGevraagd(woonsituatie, resolveVerhuizingConfig({ ...config, hoofdbewoner }));
        assert.equal(gevraagd, hoofdbewoner !== 'uit' && soort !== 'zorginstelling' && anderenWonenOpAdres, `${hoofdbewoner} ${soort} ${anderenWonenOpAdres}`);
        const input = met(geldig.alleen, (e) => (e.gegevens.woonsituatie = woonsituatie));
        const issues = issuesOf(schemaWith({ hoofdbewoner }).safeParse(input));
        assert.equal(issues.includes('gegevens.woonsituatie.bijPartner: fout.verplicht'), gevraagd, `${hoofdbewoner} ${soort} ${anderenWonenOpAdres}`);
      }
    }
  }
});

test('4.8 the payload carries E.164, in the verhuizing and in the overlijden', () => {
  const verhuizing = schemaWith().parse(geldig.telefoonZoalsGetypt);
  assert.equal(verhuizing.gegevens.aangever.telefoonnummer, '+31301234567');
  assert.equal(schemaWith().parse(geldig.alleen).gegevens.aangever.telefoonnummer, '+31612345678');
  const hoofdbewoner = met(geldig.metHoofdbewoner, (e) => (e.gegevens.hoofdbewoner.telefoonnummer = '0031 (0)6 1234 5678'));
  assert.equal(schemaWith().parse(hoofdbewoner).gegevens.hoofdbewoner?.telefoonnummer, '+31612345678');
  // The overlijden uses the same field (fields.telefoon): its ondernemer typed 030-123 4567.
  const overlijdenSchema = createOverlijdenSchema({ today: overlijden.today, now: overlijden.now, config: overlijden.config });
  assert.equal(overlijdenSchema.parse(overlijden.geldig.ondernemerCrematie).gegevens.aangever.telefoonnummer, '+31301234567');
});
