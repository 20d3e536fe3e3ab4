import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foutenEn } from '../../../src/i18n/locales/fouten.en.js';
import { foutenNl } from '../../../src/i18n/locales/fouten.nl.js';
import { resolveVerhuizingConfig } from '../../../src/schemas/verhuizing.config.js';
import { beoordeelMeeverhuizer, gevraagdeBijlagen, machtigingenNodig, type AangifteContext } from '../../../src/schemas/verhuizing.rules.js';
import { datum, persoonVelden } from '../../../src/schemas/fields.js';
import { createVerhuizingSchema, type VerhuizingConfigInput } from '../../../src/schemas/index.js';
import * as fixtures from '../../fixtures/verhuizing.js';

const { today, config, geldig, ongeldig, bijlage } = fixtures;

const schemaWith = (overrides: Partial<VerhuizingConfigInput> = {}) =>
  createVerhuizingSchema({ today, config: { ...config, ...overrides } });
const schema = schemaWith();

type Issue = { path: PropertyKey[]; message: string; params?: Record<string, unknown> };
const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  ((result.error?.issues ?? []) as Issue[]).map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    ...(i.params ? { params: i.params } : {}),
  }));

/** A deep copy of a valid example with one change. */
function met<T>(base: T, change: (e: any) => void): T {
  const copy = structuredClone(base);
  change(copy);
  return copy;
}

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

test('every valid example is accepted', () => {
  for (const [name, input] of Object.entries(geldig)) {
    const result = schema.safeParse(input);
    assert.deepEqual(issuesOf(result), [], name);
  }
});

test('the output is the normalised payload', () => {
  assert.deepEqual(schema.parse(geldig.alleen), fixtures.geldigAlleenOutput);
});

test('parsing the output again gives the same output (the receiver re-validates)', () => {
  for (const [name, input] of Object.entries(geldig)) {
    const output = schema.parse(input);
    assert.deepEqual(schema.parse(output), output, name);
    assert.deepEqual(schema.parse(JSON.parse(JSON.stringify(output))), output, `${name} after JSON`);
  }
});

test('normalises what a citizen types', () => {
  const output = schema.parse(geldig.metPartnerEnKind);
  assert.equal(output.gegevens.meeverhuizers[1]!.burgerservicenummer, '999993483');
  assert.equal(output.gegevens.woonsituatie.aantalBewoners, 3);
  assert.equal('voorvoegsel' in output.gegevens.meeverhuizers[0]!.naam, false, 'empty optional text is omitted');
  const hoofdbewoner = schema.parse(geldig.metHoofdbewoner).gegevens;
  assert.equal(hoofdbewoner.woonsituatie.anderenWonenOpAdres, true, "'ja' becomes true");
  assert.equal(hoofdbewoner.woonsituatie.bijPartner, false, "'nee' becomes false");
  const eightDigits = met(geldig.alleen, (e) => (e.gegevens.aangever.burgerservicenummer = '12345672'));
  assert.equal(schema.parse(eightDigits).gegevens.aangever.burgerservicenummer, '012345672');
});

for (const [name, geval] of Object.entries(ongeldig)) {
  test(`invalid: ${name}`, () => {
    const result = schemaWith(geval.config).safeParse(geval.input);
    assert.equal(result.success, false);
    assert.deepEqual(issuesOf(result), geval.expected);
  });
}

test('every message is a fout. key in both locales, and its placeholders are in params', () => {
  const inputs = [...Object.values(ongeldig).map((g) => [g.input, g.config] as const), [{}, undefined] as const, [{ gegevens: {} }, undefined] as const];
  let checked = 0;
  for (const [input, overrides] of inputs) {
    for (const issue of issuesOf(schemaWith(overrides).safeParse(input))) {
      assert.match(issue.message, /^fout\./);
      const nl = lookup(foutenNl, issue.message);
      assert.equal(typeof nl, 'string', `${issue.message} missing in fouten.nl`);
      assert.equal(typeof lookup(foutenEn, issue.message), 'string', `${issue.message} missing in fouten.en`);
      // {{veld}} is added by the element; every other placeholder must come with the issue.
      for (const [, name] of (nl as string).matchAll(/\{\{(\w+)\}\}/g)) {
        if (name !== 'veld') assert.ok(issue.params && name! in issue.params, `${issue.message} needs params.${name}`);
      }
      checked++;
    }
  }
  assert.ok(checked > 50, `only ${checked} issues checked`);
});

test('missing input gives fout.verplicht, also for zod’s own type issues', () => {
  const issues = issuesOf(schema.safeParse({ gegevens: { aangever: {} } }));
  const messages = new Map(issues.map((i) => [i.path, i.message]));
  for (const path of ['formulier', 'gegevens.nieuwAdres', 'gegevens.verhuisdatum', 'gegevens.aangever.burgerservicenummer', 'gegevens.aangever.naam', 'gegevens.aangever.email']) {
    assert.equal(messages.get(path), 'fout.verplicht', path);
  }
  assert.equal(messages.get('gegevens.verklaringNaarWaarheid'), 'fout.verklaring.verplicht');
  assert.ok(!messages.has('gegevens.meeverhuizers'), 'no co-movers is an empty list');
  assert.ok(!messages.has('gegevens.hoofdbewoner'), 'absent hoofdbewoner means not applicable');
  const wrongType = met(geldig.alleen, (e) => (e.gegevens.nieuwAdres.huisnummer = { nummer: 1 }));
  assert.deepEqual(issuesOf(schema.safeParse(wrongType)), [{ path: 'gegevens.nieuwAdres.huisnummer', message: 'fout.huisnummer.ongeldig' }]);
});

test('step-wise: the first step alone reports the gemeente and the too-early date', () => {
  const stap1 = {
    gegevens: {
      nieuwAdres: { ...(ongeldig.nieuwAdresInAndereGemeente.input as any).gegevens.nieuwAdres },
      verhuisdatum: '2026-12-24',
    },
  };
  const issues = issuesOf(schema.safeParse(stap1)).filter((i) => i.path.startsWith('gegevens.nieuwAdres') || i.path === 'gegevens.verhuisdatum');
  assert.deepEqual(issues, [
    { path: 'gegevens.verhuisdatum', message: 'fout.verhuisdatum.te-vroeg', params: { datum: '2026-11-26' } },
    { path: 'gegevens.nieuwAdres.gemeentecode', message: 'fout.nieuw-adres.andere-gemeente', params: { gemeentecode: '0363' } },
  ]);
});

test('step-wise: a child without gezag is reported while the previous address is still missing', () => {
  const answers = met(geldig.metPartnerEnKind, (e) => {
    delete e.gegevens.vorigAdres;
    delete e.gegevens.verklaringNaarWaarheid;
    e.gegevens.meeverhuizers[1].gezagBevestigd = false;
  });
  const issues = issuesOf(schema.safeParse(answers)).filter((i) => i.path.startsWith('gegevens.meeverhuizers'));
  assert.deepEqual(issues, [{ path: 'gegevens.meeverhuizers.1.gezagBevestigd', message: 'fout.meeverhuizer.gezag' }]);
});

test('a late report is accepted by default (the element warns)', () => {
  const late = met(geldig.alleen, (e) => (e.gegevens.verhuisdatum = '2026-11-13'));
  assert.equal(schema.safeParse(late).success, true);
  assert.equal(schemaWith({ laatMelden: 'blokkeren' }).safeParse(late).success, false);
  // Move Fri 13 November: the deadline is Wed 18 November, still on time that day.
  const onDeadline = createVerhuizingSchema({ today: '2026-11-18', config: { ...config, laatMelden: 'blokkeren' } });
  assert.equal(onDeadline.safeParse(late).success, true, 'the deadline day itself is on time');
});

test('a move exactly 28 days ahead may be reported', () => {
  const d28 = met(geldig.alleen, (e) => (e.gegevens.verhuisdatum = '2026-12-23'));
  assert.equal(schema.safeParse(d28).success, true);
});

const mee = (aangeverGeboortedatum: string, extra: Partial<AangifteContext> = {}): AangifteContext => ({
  aangeverGeboortedatum,
  verhuistMee: true,
  woonsituatie: 'huur',
  ...extra,
});
const rules = { ouderKindZelfdeAdres: false, gezagBevestigen: true };

test('relations: who may be reported without a machtiging', () => {
  const person = (relatie: string, geboortedatum: string, extra: object = {}) => ({ relatie, geboortedatum, ...extra });
  assert.equal(beoordeelMeeverhuizer(person('echtgenoot', '1987-06-12'), mee('1985-03-27'), today, rules), 'toegestaan');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2016-09-03', { gezagBevestigd: true }), mee('1985-03-27'), today, rules), 'toegestaan');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2016-09-03'), mee('1985-03-27'), today, rules), 'gezag-nodig');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2010-11-25'), mee('1985-03-27'), today, rules), 'toegestaan', '16 today: no gezag needed');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2010-11-26'), mee('1985-03-27'), today, rules), 'gezag-nodig', '16 tomorrow');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2004-02-10'), mee('1985-03-27'), today, rules), 'toegestaan', 'adult child');
  assert.equal(beoordeelMeeverhuizer(person('ouder', '1960-01-01'), mee('1990-03-27'), today, rules), 'toegestaan', 'parent of an adult');
  assert.equal(beoordeelMeeverhuizer(person('ouder', '1960-01-01'), mee('2009-06-01'), today, rules), 'minderjarige-aangever', 'aangever is 17');
  assert.equal(beoordeelMeeverhuizer(person('ouder', '1960-01-01'), mee('2008-11-25'), today, rules), 'toegestaan', 'aangever is 18 today');
  assert.equal(beoordeelMeeverhuizer(person('anders', '1990-05-05'), mee('1985-03-27'), today, rules), 'machtiging-nodig');
  assert.equal(beoordeelMeeverhuizer(person('kind', 'onbekend'), mee('1985-03-27'), today, rules), 'onbekend');
  const strict = { ouderKindZelfdeAdres: true, gezagBevestigen: true };
  assert.equal(beoordeelMeeverhuizer(person('kind', '2004-02-10', { zelfdeHuidigAdres: true }), mee('1985-03-27'), today, strict), 'toegestaan');
  assert.equal(beoordeelMeeverhuizer(person('ouder', '1960-01-01'), mee('1990-03-27'), today, strict), 'machtiging-nodig');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2010-01-01'), mee('1985-03-27'), today, strict), 'toegestaan', '16–17 is not affected');
});

test('4.1 an aangever who does not move: art. 2.48 still applies, art. 2.49 lid 1 a and b do not', () => {
  const person = (relatie: string, geboortedatum: string, extra: object = {}) => ({ relatie, geboortedatum, ...extra });
  const niet = mee('1985-03-27', { verhuistMee: false });
  assert.equal(beoordeelMeeverhuizer(person('kind', '2016-09-03', { gezagBevestigd: true }), niet, today, rules), 'toegestaan', 'child under 16 (2.48 a)');
  assert.equal(beoordeelMeeverhuizer(person('curator', '1948-02-14'), niet, today, rules), 'toegestaan', 'curator (2.48 c)');
  assert.equal(beoordeelMeeverhuizer(person('echtgenoot', '1987-06-12'), niet, today, rules), 'machtiging-nodig', 'spouse: not the same new address');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2004-02-10'), niet, today, rules), 'machtiging-nodig', 'adult child');
  assert.equal(beoordeelMeeverhuizer(person('ouder', '1950-07-01'), niet, today, rules), 'machtiging-nodig', 'parent');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2009-01-15'), niet, today, rules), 'machtiging-nodig', '16–17 who moves away from the parent');
});

test('4.2 voogd, verzorger and curator are relations of their own; gezag is gemeente policy', () => {
  const person = (relatie: string, geboortedatum: string, extra: object = {}) => ({ relatie, geboortedatum, ...extra });
  const ctx = mee('1985-03-27');
  assert.equal(beoordeelMeeverhuizer(person('voogd', '2016-09-03'), ctx, today, rules), 'gezag-nodig');
  assert.equal(beoordeelMeeverhuizer(person('voogd', '2016-09-03', { gezagBevestigd: true }), ctx, today, rules), 'toegestaan');
  assert.equal(beoordeelMeeverhuizer(person('verzorger', '2016-09-03'), ctx, today, rules), 'verzorging-nodig');
  assert.equal(beoordeelMeeverhuizer(person('verzorger', '2016-09-03', { verzorgingBevestigd: true }), ctx, today, rules), 'toegestaan');
  assert.equal(beoordeelMeeverhuizer(person('verzorger', '2000-01-01'), ctx, today, rules), 'niet-minderjarig');
  assert.equal(beoordeelMeeverhuizer(person('voogd', '2009-01-15'), ctx, today, rules), 'toegestaan', '16–17: no confirmation');
  const beleidNee = { ouderKindZelfdeAdres: false, gezagBevestigen: false };
  for (const relatie of ['kind', 'voogd', 'verzorger']) {
    assert.equal(beoordeelMeeverhuizer(person(relatie, '2016-09-03'), ctx, today, beleidNee), 'toegestaan', `${relatie} with gezag-bevestigen="nee"`);
  }
  // Art. 2.49 lid 1 d: only for a resident of a zorginstelling.
  const zorg = mee('1985-03-27', { verhuistMee: false, woonsituatie: 'zorginstelling' });
  assert.equal(beoordeelMeeverhuizer(person('ouder', '1950-07-01', { zorginstellingRol: 'familie' }), zorg, today, rules), 'verklaring-nodig');
  assert.equal(beoordeelMeeverhuizer(person('anders', '1950-07-01', { zorginstellingRol: 'hoofd-instelling' }), zorg, today, rules), 'toegestaan');
  assert.equal(beoordeelMeeverhuizer(person('anders', '1950-07-01', { zorginstellingRol: 'geen' }), zorg, today, rules), 'machtiging-nodig');
  const huur = mee('1985-03-27', { verhuistMee: false });
  assert.equal(beoordeelMeeverhuizer(person('anders', '1950-07-01', { zorginstellingRol: 'hoofd-instelling' }), huur, today, rules), 'machtiging-nodig', 'not a zorginstelling');
});

test('4.3 a 16- or 17-year-old reports only for themselves and their own child under 16', () => {
  const person = (relatie: string, geboortedatum: string, extra: object = {}) => ({ relatie, geboortedatum, ...extra });
  const zeventien = mee('2009-06-01');
  assert.equal(beoordeelMeeverhuizer(person('kind', '2025-08-08', { gezagBevestigd: true }), zeventien, today, rules), 'toegestaan', 'own child, as parent');
  assert.equal(beoordeelMeeverhuizer(person('verzorger', '2025-08-08', { verzorgingBevestigd: true }), zeventien, today, rules), 'toegestaan', 'child, as verzorger');
  for (const [relatie, geboortedatum] of [['echtgenoot', '2008-01-01'], ['ouder', '1970-01-01'], ['voogd', '2020-01-01'], ['curator', '1950-01-01'], ['anders', '1990-01-01']] as const) {
    assert.equal(beoordeelMeeverhuizer(person(relatie, geboortedatum), zeventien, today, rules), 'minderjarige-aangever', relatie);
  }
});

test('versie: a v1 body (a pending draft of the previous release) still validates, with its v1 meaning', () => {
  for (const [name, input] of Object.entries(fixtures.geldigV1)) {
    const result = schema.safeParse(input);
    assert.deepEqual(issuesOf(result), [], name);
    const output = schema.parse(input);
    assert.equal(output.versie, '1');
    assert.equal('verhuistMee' in output.gegevens.aangever, false, `${name}: v1 has no verhuistMee`);
    assert.deepEqual(schema.parse(output), output, `${name}: output parses to itself`);
  }
});

test('valid under a gemeente policy only', () => {
  for (const [name, { input, config: overrides }] of Object.entries(fixtures.geldigMetBeleid)) {
    assert.deepEqual(issuesOf(schemaWith(overrides).safeParse(input)), [], name);
    assert.equal(schema.safeParse(input).success, false, `${name} is invalid under the default policy`);
  }
});

test('persoonVelden: the person block fields, with or without BSN', () => {
  const metBsn = persoonVelden({ geboortedatum: datum() });
  assert.deepEqual(Object.keys(metBsn), ['burgerservicenummer', 'naam', 'geboortedatum']);
  assert.deepEqual(Object.keys(persoonVelden({ geboortedatum: datum(), bsn: false })), ['naam', 'geboortedatum']);
});

test('one machtiging per person who needs one', () => {
  const twee = met(geldig.alleen, (e) => {
    e.gegevens.woonsituatie.aantalBewoners = 3;
    e.gegevens.meeverhuizers = [
      { burgerservicenummer: '999990482', naam: { voornamen: 'Kees', geslachtsnaam: 'Bakker' }, geboortedatum: '1990-05-05', relatie: 'anders' },
      { burgerservicenummer: '999993653', naam: { voornamen: 'Anna', geslachtsnaam: 'Smit' }, geboortedatum: '1992-08-08', relatie: 'anders' },
    ];
    e.bijlagen = [bijlage('machtiging')];
  });
  assert.deepEqual(issuesOf(schema.safeParse(twee)), [{ path: 'bijlagen', message: 'fout.bijlage.ontbreekt.machtiging', params: { aantal: 2 } }]);
  const beide = met(twee, (e) => e.bijlagen.push(bijlage('machtiging', 'machtiging Anna.pdf')));
  assert.equal(schema.safeParse(beide).success, true);
});

test('a 16- or 17-year-old child may be reported without gezag', () => {
  const tiener = met(geldig.metPartnerEnKind, (e) => {
    e.gegevens.meeverhuizers[1].geboortedatum = '2009-01-15';
    delete e.gegevens.meeverhuizers[1].gezagBevestigd;
  });
  assert.equal(schema.safeParse(tiener).success, true);
});

test('hoofdbewoner: optional consent, and switched off by config', () => {
  const nietMogelijk = met(geldig.metHoofdbewoner, (e) => {
    e.gegevens.hoofdbewoner.toestemming = 'niet-mogelijk';
    e.gegevens.hoofdbewoner.toelichting = 'De hoofdbewoner is voor lange tijd in het buitenland.';
    e.bijlagen = [];
  });
  assert.equal(schema.safeParse(nietMogelijk).success, true, "'optioneel' never blocks the report");
  const uit = schemaWith({ hoofdbewoner: 'uit' });
  assert.deepEqual(issuesOf(uit.safeParse(geldig.metHoofdbewoner)), [
    { path: 'gegevens.hoofdbewoner', message: 'fout.hoofdbewoner.niet-van-toepassing' },
    { path: 'bijlagen.0.soort', message: 'fout.bijlage.niet-toegestaan' },
  ]);
  const zonder = met(geldig.metHoofdbewoner, (e) => {
    e.gegevens.hoofdbewoner = null;
    delete e.gegevens.woonsituatie.bijPartner;
    e.bijlagen = [];
  });
  assert.equal(uit.safeParse(zonder).success, true, 'bijPartner is not asked when the policy is off');
});

test('a required document is only asked when the woonsituatie matches', () => {
  const huurVerplicht = schemaWith({ bijlagen: { huurcontract: 'verplicht' } });
  const koop = met(geldig.alleen, (e) => (e.gegevens.woonsituatie.soort = 'koop'));
  assert.equal(huurVerplicht.safeParse(koop).success, true);
  assert.equal(huurVerplicht.safeParse(geldig.metPartnerEnKind).success, true, 'huurcontract attached');
});

test('configuration gets defaults and rejects invalid values', () => {
  const resolved = resolveVerhuizingConfig({ gemeenteCode: '0344' });
  assert.equal(resolved.laatMelden, 'waarschuwen');
  assert.equal(resolved.hoofdbewoner, 'optioneel');
  assert.equal(resolved.ouderKindZelfdeAdres, false);
  assert.equal(resolved.telefoonVerplicht, false);
  assert.equal(resolved.gezagBevestigen, true);
  assert.equal(resolved.bijlageGezag, 'uit');
  assert.throws(() => resolveVerhuizingConfig({ gemeenteCode: '0344', bijlageGezag: 'verplicht' as never }), /bijlageGezag/);
  assert.deepEqual(resolved.bijlagen, { huurcontract: 'optioneel', koopakte: 'optioneel', zorgovereenkomst: 'optioneel' });
  assert.equal(resolved.maxBestandsgrootte, 10 * 1024 * 1024);
  assert.equal(resolved.maxTotaleGrootte, 25 * 1024 * 1024);
  assert.throws(() => resolveVerhuizingConfig({ gemeenteCode: '344' }), TypeError);
  assert.throws(() => resolveVerhuizingConfig({ gemeenteCode: '0344', hoofdbewoner: 'soms' as never }), /hoofdbewoner/);
  assert.throws(() => resolveVerhuizingConfig({ gemeenteCode: '0344', extraFeestdagen: ['2029-02-30'] }), /extraFeestdagen/);
  assert.throws(() => createVerhuizingSchema({ today: '25-11-2026', config }), RangeError);
});

test('extra declared days from config move the late-report deadline', () => {
  // Move Mon 2026-11-23: deadline Mon 30 Nov; declaring 24–27 Nov leaves only the 30th and 1 Dec.
  const late = met(geldig.alleen, (e) => (e.gegevens.verhuisdatum = '2026-11-23'));
  const blokkeren = (extra: string[]) =>
    createVerhuizingSchema({ today: '2026-12-01', config: { ...config, laatMelden: 'blokkeren', extraFeestdagen: extra } });
  assert.equal(blokkeren([]).safeParse(late).success, false);
  assert.equal(blokkeren(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']).safeParse(late).success, true);
});

// ------------------------------------------------------------------ the documents the form asks for


/** The normalised `gegevens` of a valid example (what the element builds is equivalent). */
const gegevensVan = (envelope: unknown) => {
  const result = schema.safeParse(envelope);
  assert.ok(result.success, JSON.stringify(issuesOf(result)));
  return result.data.gegevens;
};

test('documents: the one matching the woonsituatie, required only when the gemeente says verplicht, absent when uit', () => {
  const gegevens = gegevensVan(geldig.alleen); // a rented home
  assert.deepEqual(gevraagdeBijlagen(gegevens, today, resolveVerhuizingConfig(config)), [{ soort: 'huurcontract', verplicht: false }]);
  const verplicht = resolveVerhuizingConfig({ ...config, bijlagen: { huurcontract: 'verplicht' } });
  assert.deepEqual(gevraagdeBijlagen(gegevens, today, verplicht), [{ soort: 'huurcontract', verplicht: true }]);
  const uit = resolveVerhuizingConfig({ ...config, bijlagen: { huurcontract: 'uit' } });
  assert.deepEqual(gevraagdeBijlagen(gegevens, today, uit), []);
});

test('documents: one machtiging per co-mover who needs one; the main occupant\'s consent when it is to be attached', () => {
  const anders = (bsn: string) => ({ burgerservicenummer: bsn, naam: { voornamen: 'Kim', geslachtsnaam: 'Smit' }, geboortedatum: '1990-01-01', relatie: 'anders' });
  const gegevens = { ...gegevensVan(geldig.alleen), meeverhuizers: [anders('999992077'), anders('999993483')] };
  const cfg = resolveVerhuizingConfig(config);
  assert.equal(machtigingenNodig(gegevens, today, cfg), 2);
  assert.deepEqual(gevraagdeBijlagen(gegevens, today, cfg).find((b) => b.soort === 'machtiging'), { soort: 'machtiging', verplicht: true, aantal: 2 });

  const metHoofdbewoner = gegevensVan(geldig.metHoofdbewoner);
  assert.deepEqual(gevraagdeBijlagen(metHoofdbewoner, today, cfg), [{ soort: 'toestemming-hoofdbewoner', verplicht: true }]);
  assert.deepEqual(gevraagdeBijlagen(metHoofdbewoner, today, resolveVerhuizingConfig({ ...config, hoofdbewoner: 'uit' })), []);
});

test('4.5 fifty people on one report are accepted, fifty-one are not', () => {
  const vijftig = met(geldig.alleen, (e) => {
    e.gegevens.woonsituatie.aantalBewoners = 51;
    e.gegevens.meeverhuizers = fixtures.kinderen(50);
  });
  assert.deepEqual(issuesOf(schema.safeParse(vijftig)), []);
  assert.equal(new Set(fixtures.kinderen(51).map((k) => k.burgerservicenummer)).size, 51, 'distinct valid BSNs');
});

// Found by the hostile-node property (seed -612923496): a woonsituatie.soort that is an array holding a
// null-prototype object made the attachment rule throw ("Cannot convert object to primitive value")
// instead of giving a validation issue. Only a string names a woonsituatie; `constructor` is no key either.
test('gevraagdeBijlagen: a woonsituatie.soort that is not one of the kinds asks for no document and never throws', () => {
  for (const soort of [[Object.create(null)], Object.create(null), 'constructor', '__proto__', 42, null]) {
    assert.deepEqual(gevraagdeBijlagen({ woonsituatie: { soort } }, today, resolveVerhuizingConfig(config)), [], String(typeof soort));
  }
  const envelope = structuredClone(geldig.alleen) as unknown as { gegevens: { woonsituatie: Record<string, unknown> } };
  envelope.gegevens.woonsituatie.soort = [Object.create(null)];
  assert.equal(schema.safeParse(envelope).success, false);
});
