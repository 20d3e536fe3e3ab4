import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foutenEn } from '../../../src/i18n/locales/fouten.en.js';
import { foutenNl } from '../../../src/i18n/locales/fouten.nl.js';
import { createWerkdagenKalender } from '../../../src/schemas/calendar.js';
import {
  LANDEN,
  LAND_KEUZES,
  OVERLIJDEN_BIJLAGE_SOORTEN,
  STRAATSBURG_PARTIJEN,
  aangifteWaarschuwingen,
  buitenlandRegeling,
  createOverlijdenSchema,
  partnerGevraagd,
  resolveOverlijdenConfig,
  uitvaartBeoordeling,
  uitvaartVoorbij,
  urenEnMinuten,
  vereisteBijlagen,
  type OverlijdenConfigInput,
} from '../../../src/schemas/index.js';
import * as fixtures from '../../fixtures/overlijden.js';

const { today, now, config, geldig, geldigConfig, ongeldig, bijlage, met } = fixtures;

const schemaWith = (overrides: Partial<OverlijdenConfigInput> = {}) =>
  createOverlijdenSchema({ today, now, config: { ...config, ...overrides } });
const schema = schemaWith();

type Issue = { path: PropertyKey[]; message: string; params?: Record<string, unknown> };
const issuesOf = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  ((result.error?.issues ?? []) as Issue[]).map((i) => ({
    path: i.path.join('.'),
    message: i.message,
    ...(i.params ? { params: i.params } : {}),
  }));

function lookup(tree: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);
}

const schemaFor = (name: string) => schemaWith(geldigConfig[name as keyof typeof geldig]);

test('every valid example is accepted', () => {
  for (const [name, input] of Object.entries(geldig)) {
    assert.deepEqual(issuesOf(schemaFor(name).safeParse(input)), [], name);
  }
});

test('the output is the normalised payload', () => {
  assert.deepEqual(schema.parse(geldig.ondernemerCrematie), fixtures.geldigOndernemerCrematieOutput);
});

test('parsing the output again gives the same output (the receiver re-validates)', () => {
  for (const [name, input] of Object.entries(geldig)) {
    const s = schemaFor(name);
    const output = s.parse(input);
    assert.deepEqual(s.parse(output), output, name);
    assert.deepEqual(s.parse(JSON.parse(JSON.stringify(output))), output, `${name} after JSON`);
  }
});

test('normalises what was typed', () => {
  const crematie = schema.parse(geldig.ondernemerCrematie).gegevens;
  assert.equal(crematie.overlijden.tijd, '23:30', '23.30 becomes 23:30');
  assert.equal(crematie.aangever.organisatie?.kvkNummer, '12345678');
  assert.equal('vestigingsnummer' in crematie.aangever.organisatie!, false, 'empty optional number is omitted');
  for (const key of ['burgerservicenummer', 'relatie', 'adres']) {
    assert.equal(key in crematie.aangever, false, `the relative's empty ${key} is left out`);
  }
  assert.equal(crematie.overledene.ouders, null, 'an empty list of parents is null');
  assert.equal(crematie.overlijden.natuurlijk, true, "'ja' becomes true");
  assert.equal('land' in crematie.lijkbezorging, false);

  const straatsburg = schema.parse(geldig.buitenlandStraatsburg).gegevens.lijkbezorging;
  assert.equal(straatsburg.tijd, '09:00', '9:00 becomes 09:00');
  assert.equal(schema.parse(geldig.buitenlandBelgie).gegevens.lijkbezorging.land, 'BE', 'country codes in capitals');
  const nietNatuurlijk = schema.parse(geldig.nietNatuurlijk).gegevens;
  assert.equal('doodsoorzaak' in nietNatuurlijk, false, 'null doodsoorzaak is left out');
  assert.equal('omschrijving' in nietNatuurlijk.overlijden.locatie, false);
  const wetenschap = schema.parse(geldig.wetenschap).gegevens.lijkbezorging;
  assert.deepEqual(wetenschap, { wijze: 'wetenschap', buitenland: false }, 'no date, time or place for science');
  const onbekend = schema.parse(geldig.bsnOnbekend).gegevens.overledene;
  assert.equal(onbekend.burgerservicenummer, null);
  assert.equal(onbekend.laatsteAdres, null);
  assert.equal(onbekend.ouders?.length, 2);
  const bespoediging = schema.parse(geldig.bespoediging).gegevens.verzoekUitstelOfBespoediging;
  assert.equal(bespoediging?.reden, 'Geloofsovertuiging: begraven zo snel mogelijk na het overlijden.');
  const tijden = (tijd: string) => schema.safeParse(met(geldig.ondernemerCrematie, (e) => (e.gegevens.lijkbezorging.tijd = tijd)));
  assert.equal((tijden('1100') as any).data.gegevens.lijkbezorging.tijd, '11:00');
  assert.equal(tijden('11:5').success, false);
  assert.equal(tijden('7 uur').success, false);
});

for (const [name, geval] of Object.entries(ongeldig)) {
  test(`invalid: ${name}`, () => {
    const result = createOverlijdenSchema({ today: geval.now ? undefined : today, now: geval.now ?? now, config: { ...config, ...geval.config } }).safeParse(geval.input);
    assert.equal(result.success, false);
    assert.deepEqual(issuesOf(result), geval.expected);
  });
}

test('every message is a fout. key in both locales, and its placeholders are in params', () => {
  const inputs = [
    ...Object.values(ongeldig).map((g) => [g.input, g.config] as const),
    [{}, undefined] as const,
    [{ gegevens: {} }, undefined] as const,
    [{ gegevens: { aangever: {}, overledene: {}, overlijden: {}, lijkbezorging: {} } }, undefined] as const,
  ];
  let checked = 0;
  for (const [input, overrides] of inputs) {
    for (const issue of issuesOf(schemaWith(overrides).safeParse(input))) {
      assert.match(issue.message, /^fout\./);
      const nl = lookup(foutenNl, issue.message);
      assert.equal(typeof nl, 'string', `${issue.message} missing in fouten.nl`);
      const en = lookup(foutenEn, issue.message);
      assert.equal(typeof en, 'string', `${issue.message} missing in fouten.en`);
      for (const text of [nl, en] as string[]) {
        for (const [, name] of text.matchAll(/\{\{(\w+)\}\}/g)) {
          if (name !== 'veld') assert.ok(issue.params && name! in issue.params, `${issue.message} needs params.${name}`);
        }
      }
      checked++;
    }
  }
  assert.ok(checked > 70, `only ${checked} issues checked`);
});

test('the 11-proef message fits any person’s BSN (the deceased, a co-mover), not only the reader’s own', () => {
  assert.equal(
    foutenNl.fout.bsn.elfproef,
    'Controleer het burgerservicenummer: dit nummer bestaat niet',
  );
  assert.doesNotMatch(foutenNl.fout.bsn.elfproef, /\buw\b/i);
  assert.doesNotMatch(foutenEn.fout.bsn.elfproef, /\byour\b/i);
  assert.match(foutenEn.fout.bsn.elfproef, /^Check the citizen service number \(BSN\)/);
});

test('a missing attachment names its soort, so the element puts it on that upload field', () => {
  for (const geval of Object.values(ongeldig)) {
    for (const issue of geval.expected.filter((i) => i.message.startsWith('fout.bijlage.ontbreekt.'))) {
      assert.equal(issue.path, 'bijlagen');
      assert.ok(OVERLIJDEN_BIJLAGE_SOORTEN.includes(issue.params?.soort as never), issue.message);
      // The doctor's statement for uitstel has its own words (4.10), on the same upload field.
      const soort = issue.params!.soort;
      const keys = soort === 'verklaring-arts-geen-bezwaar' ? [`fout.bijlage.ontbreekt.${soort}`, 'fout.bijlage.ontbreekt.verklaring-arts-uitstel'] : [`fout.bijlage.ontbreekt.${soort}`];
      assert.ok(keys.includes(issue.message), issue.message);
    }
  }
});

test('missing input gives fout.verplicht, also for zod’s own type issues', () => {
  const messages = new Map(issuesOf(schema.safeParse({ gegevens: { aangever: {}, overledene: {} } })).map((i) => [i.path, i.message]));
  for (const path of [
    'formulier',
    'gegevens.aangever.type',
    'gegevens.aangever.naam',
    'gegevens.aangever.email',
    'gegevens.overledene.bsnOnbekend',
    'gegevens.overledene.geboorte',
    'gegevens.overlijden',
    'gegevens.lijkbezorging',
    'gegevens.aantalUittreksels',
  ]) {
    assert.equal(messages.get(path), 'fout.verplicht', path);
  }
  assert.equal(messages.get('gegevens.verklaringNaarWaarheid'), 'fout.verklaring.verplicht');
  assert.ok(!messages.has('gegevens.verzoekUitstelOfBespoediging'), 'absent request means none');
  assert.ok(!messages.has('gegevens.overledene.burgerservicenummer'), 'not asked before the BSN question is answered');
});

// --- Step-wise validation: the element parses the whole envelope built from the answers so far and
// keeps the issues under the current step's paths. Cross-field rules must fire with the rest missing.

const alleen = (gegevens: Record<string, unknown>) => ({ gegevens });
const onder = (prefix: string) => (i: { path: string }) => i.path === prefix || i.path.startsWith(`${prefix}.`);

test('step-wise: the aangever step alone reports the missing authorisation', () => {
  const stap = alleen({ aangever: { ...(geldig.ondernemerCrematie.gegevens as any).aangever, machtigingBevestigd: false } });
  assert.deepEqual(issuesOf(schema.safeParse(stap)).filter(onder('gegevens.aangever')), [
    { path: 'gegevens.aangever.machtigingBevestigd', message: 'fout.aangever.machtiging' },
  ]);
});

test('step-wise: the overledene step alone reports the parents on the "not in the BRP" path', () => {
  const overledene = { ...(geldig.bsnOnbekend.gegevens as any).overledene, ouders: [] };
  assert.deepEqual(issuesOf(schema.safeParse(alleen({ overledene }))).filter(onder('gegevens.overledene')), [
    { path: 'gegevens.overledene.ouders', message: 'fout.overledene.ouders' },
  ]);
});

test('step-wise: the lijkbezorging step reports the window while aangever, overledene and bijlagen are missing', () => {
  const { overlijden, lijkbezorging } = geldig.bespoediging.gegevens as any;
  const issues = issuesOf(schema.safeParse(alleen({ overlijden, lijkbezorging })));
  assert.deepEqual(issues.filter(onder('gegevens.verzoekUitstelOfBespoediging')), [
    {
      path: 'gegevens.verzoekUitstelOfBespoediging',
      message: 'fout.uitvaart.te-vroeg',
      params: { datum: '2026-11-29', tijd: '11:30', verschil: '0:30' },
    },
  ]);
  assert.deepEqual(issues.filter(onder('bijlagen')), [
    { path: 'bijlagen', message: 'fout.bijlage.ontbreekt.verklaring-van-overlijden', params: { soort: 'verklaring-van-overlijden' } },
    { path: 'bijlagen', message: 'fout.bijlage.ontbreekt.verklaring-arts-geen-bezwaar', params: { soort: 'verklaring-arts-geen-bezwaar' } },
  ]);
});

test('step-wise: the window waits for a valid moment of death', () => {
  const { lijkbezorging } = geldig.bespoediging.gegevens as any;
  for (const overlijden of [{}, { datum: '2026-11-27' }, { datum: '2026-11-27', tijd: '25:00' }, { datum: '2026-12-27', tijd: '10:00' }]) {
    const issues = issuesOf(schema.safeParse(alleen({ overlijden, lijkbezorging })));
    assert.deepEqual(issues.filter(onder('gegevens.verzoekUitstelOfBespoediging')), [], JSON.stringify(overlijden));
    assert.ok(!issues.some((i) => i.params?.soort === 'verklaring-arts-geen-bezwaar'), JSON.stringify(overlijden));
  }
});

// --- The funeral window at schema level, with the domain notes' worked examples.

/** The crematie example with another moment of death and funeral; a clock long after both. */
function uitvaart(dood: [string, string], uitvaartMoment: [string, string], verzoek: unknown = null) {
  return met(geldig.ondernemerCrematie, (e) => {
    Object.assign(e.gegevens.overlijden, { datum: dood[0], tijd: dood[1] });
    Object.assign(e.gegevens.lijkbezorging, { datum: uitvaartMoment[0], tijd: uitvaartMoment[1] });
    e.gegevens.verzoekUitstelOfBespoediging = verzoek;
  });
}
const laterSchema = (extra: Partial<OverlijdenConfigInput> = {}) =>
  // The window, not the uitstel's doctor's statement (4.10 has its own tests).
  createOverlijdenSchema({ now: '2031-06-01T12:00:00Z', config: { ...config, verklaringArtsUitstel: 'optioneel', ...extra } });
const vensterIssues = (s: ReturnType<typeof laterSchema>, input: unknown) =>
  issuesOf(s.safeParse(input)).filter((i) => onder('gegevens.verzoekUitstelOfBespoediging')(i) || i.path === 'bijlagen');

test('worked example: death Fri 2026-11-27 23:30 — earliest Sun 29 November 11:30, latest Mon 7 December', () => {
  const s = laterSchema();
  const dood: [string, string] = ['2026-11-27', '23:30'];
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2026-11-29', '11:00'])), [
    { path: 'gegevens.verzoekUitstelOfBespoediging', message: 'fout.uitvaart.te-vroeg', params: { datum: '2026-11-29', tijd: '11:30', verschil: '0:30' } },
    { path: 'bijlagen', message: 'fout.bijlage.ontbreekt.verklaring-arts-geen-bezwaar', params: { soort: 'verklaring-arts-geen-bezwaar' } },
  ]);
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2026-11-29', '11:30'])), [], '36 hours exactly is allowed');
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2026-12-07', '16:00'])), [], 'the 6th working day itself is allowed');
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2026-12-08', '10:00'])), [
    { path: 'gegevens.verzoekUitstelOfBespoediging', message: 'fout.uitvaart.te-laat', params: { datum: '2026-12-07', dagen: 1, werkdagen: 1 } },
  ]);
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2026-12-08', '10:00'], { soort: 'uitstel', reden: 'Familie uit het buitenland' })), []);
});

test('worked examples: Easter, Christmas and Hemelvaart with a declared day move the latest day', () => {
  const s = laterSchema();
  const cases: [string, string, string][] = [
    ['2026-04-02', '2026-04-14', '2026-04-15'], // Goede Vrijdag, 2e Paasdag
    ['2026-12-24', '2027-01-05', '2027-01-06'], // Kerst, Nieuwjaarsdag
    ['2026-05-14', '2026-05-26', '2026-05-27'], // declared 15 May, 2e Pinksterdag
  ];
  for (const [death, latest, after] of cases) {
    assert.deepEqual(vensterIssues(s, uitvaart([death, '08:00'], [latest, '15:00'])), [], `${death}: ${latest} is on time`);
    assert.deepEqual(
      vensterIssues(s, uitvaart([death, '08:00'], [after, '09:00'])).map((i) => [i.message, i.params?.datum]),
      [['fout.uitvaart.te-laat', latest]],
      `${death}: ${after} needs uitstel`,
    );
  }
});

test('worked example: 36 hours across the switch to summer time end at 01:00 wall clock', () => {
  const s = laterSchema();
  const dood: [string, string] = ['2026-03-28', '12:00'];
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2026-03-30', '01:00'])), []);
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2026-03-30', '00:59'])).map((i) => i.params), [
    { datum: '2026-03-30', tijd: '01:00', verschil: '0:01' },
    { soort: 'verklaring-arts-geen-bezwaar' },
  ]);
});

test('Koningsdag on Saturday 26 April 2025 (27 April is a Sunday) costs no working day', () => {
  // Death Fri 25 April 2025: Mon 28, Tue 29, Wed 30, Thu 1, Fri 2 May, (Mon 5 May is a holiday), Tue 6 May.
  const s = laterSchema();
  const dood: [string, string] = ['2025-04-25', '14:00'];
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2025-05-06', '11:00'])), []);
  assert.deepEqual(vensterIssues(s, uitvaart(dood, ['2025-05-07', '11:00'])).map((i) => [i.message, i.params]), [
    ['fout.uitvaart.te-laat', { datum: '2025-05-06', dagen: 1, werkdagen: 1 }],
  ]);
  // 2031 as well: Koningsdag is Saturday 26 April.
  const beoordeling = uitvaartBeoordeling({ datum: '2031-04-25', tijd: '14:00' }, { wijze: 'begraven', datum: '2031-05-06', tijd: '11:00' }, {});
  assert.equal(beoordeling.venster?.uiterlijkeDatum, '2031-05-06');
  assert.equal(beoordeling.status, 'binnen');
});

test('an extra declared day from config moves the latest day', () => {
  const extra = { extraFeestdagen: ['2026-12-07'] };
  // With 7 December declared, Tuesday 8 December is the 6th working day: no uitstel needed.
  assert.deepEqual(issuesOf(schemaWith(extra).safeParse(geldig.uitstel)), [
    { path: 'gegevens.verzoekUitstelOfBespoediging', message: 'fout.verzoek.niet-nodig' },
  ]);
  // Without the request the doctor's statement for it is not asked either, so it goes too (an
  // attachment of a kind the form did not ask is refused: issue 8 hole 7).
  const zonderVerzoek = met(geldig.uitstel, (e) => {
    e.gegevens.verzoekUitstelOfBespoediging = null;
    e.bijlagen = e.bijlagen.filter((b) => b.soort !== 'verklaring-arts-geen-bezwaar');
  });
  assert.equal(schemaWith(extra).safeParse(zonderVerzoek).success, true);
  assert.equal(schema.safeParse(zonderVerzoek).success, false);
});

// --- The helpers the element uses.

test('uitvaartBeoordeling: status, window and how far outside', () => {
  const dood = { datum: '2026-11-27', tijd: '23:30' };
  const at = (datum: string, tijd: string, wijze = 'cremeren') => uitvaartBeoordeling(dood, { wijze, datum, tijd }, {});
  assert.deepEqual(at('2026-12-01', '10:00'), {
    venster: { vroegst: { date: '2026-11-29', time: '11:30' }, uiterlijkeDatum: '2026-12-07' },
    status: 'binnen',
    verschil: null,
  });
  assert.deepEqual(at('2026-11-28', '09:15').verschil, { grens: 'vroegst', minuten: 26 * 60 + 15 });
  assert.equal(urenEnMinuten(26 * 60 + 15), '26:15');
  assert.deepEqual(at('2026-12-12', '10:00'), {
    venster: { vroegst: { date: '2026-11-29', time: '11:30' }, uiterlijkeDatum: '2026-12-07' },
    status: 'te-laat',
    verschil: { grens: 'uiterlijk', dagen: 5, werkdagen: 4 },
  });
  assert.equal(at('2026-11-27', '23:30').status, 'voor-overlijden', 'at the moment of death');
  assert.equal(at('2026-11-27', '23:31').status, 'te-vroeg');
  assert.deepEqual(at('2026-12-01', '10:00', 'wetenschap'), { venster: null, status: 'onbekend', verschil: null });
  assert.deepEqual(uitvaartBeoordeling(dood, { wijze: 'begraven' }, {}).status, 'onbekend', 'no funeral date yet');
  assert.ok(uitvaartBeoordeling(dood, { wijze: 'begraven' }, {}).venster, 'the window shows as soon as the death is known');
  assert.deepEqual(uitvaartBeoordeling({ datum: '2026-11-27' }, { datum: '2026-12-01', tijd: '10:00' }, {}).venster, null);
  const kalender = createWerkdagenKalender({ extraFeestdagen: ['2026-12-07'] });
  assert.equal(uitvaartBeoordeling(dood, { datum: '2026-12-08', tijd: '10:00' }, kalender).status, 'binnen', 'a kalender is accepted too');
  // Autumn: 36 hours from Sat 24 October 12:00 summer time end on Sunday 23:00 winter time.
  assert.deepEqual(uitvaartBeoordeling({ datum: '2026-10-24', tijd: '12:00' }, {}, {}).venster?.vroegst, { date: '2026-10-25', time: '23:00' });
});

test('buitenlandRegeling: Benelux verlof, Strasbourg laissez-passer, otherwise the burgemeester', () => {
  for (const code of ['BE', 'LU', 'lu', ' be ']) assert.equal(buitenlandRegeling(code), 'verlof-volstaat', code);
  for (const code of ['TR', 'CH', 'AT', 'FR', 'ES', 'CZ', 'MD', 'AD']) assert.equal(buitenlandRegeling(code), 'laissez-passer', code);
  for (const code of ['DE', 'GB', 'IT', 'PL', 'MA', 'SR', 'DK', 'anders', '']) {
    assert.equal(buitenlandRegeling(code), 'verklaring-burgemeester', code);
  }
});

test('the country list: every Strasbourg party, unique ISO codes, names in both languages', () => {
  const codes = LANDEN.map((l) => l.code as string);
  assert.equal(STRAATSBURG_PARTIJEN.length, 22, '23 parties minus the Netherlands');
  for (const code of STRAATSBURG_PARTIJEN) assert.ok(codes.includes(code), code);
  assert.equal(new Set(codes).size, codes.length);
  assert.ok(!codes.includes('NL'), 'the Netherlands is not abroad');
  for (const land of LANDEN) {
    assert.match(land.code, /^[A-Z]{2}$/);
    assert.ok(land.nl && land.en, land.code);
  }
  assert.deepEqual([...LAND_KEUZES], [...codes, 'anders']);
  assert.ok(LANDEN.length <= 40, 'the list ships in the one-file script: keep it modest');
});

test('vereisteBijlagen: what the attachment step asks for these answers', () => {
  const eisen = (name: keyof typeof geldig) => vereisteBijlagen((geldig[name] as any).gegevens, {});
  const normalised = (name: keyof typeof geldig) => vereisteBijlagen(schemaFor(name).parse(geldig[name]).gegevens, {});
  assert.deepEqual(normalised('ondernemerCrematie'), [
    { soort: 'verklaring-van-overlijden', verplicht: true },
    { soort: 'overig', verplicht: false },
  ]);
  assert.deepEqual(normalised('nietNatuurlijk'), [{ soort: 'overig', verplicht: false }]);
  assert.deepEqual(normalised('bespoediging'), [
    { soort: 'verklaring-van-overlijden', verplicht: true },
    { soort: 'verklaring-arts-geen-bezwaar', verplicht: true, verzoek: 'bespoediging' },
    { soort: 'overig', verplicht: false },
  ]);
  assert.deepEqual(normalised('uitstel')[1], { soort: 'verklaring-arts-geen-bezwaar', verplicht: true, verzoek: 'uitstel' });
  assert.deepEqual(eisen('wetenschap'), [
    { soort: 'verklaring-van-overlijden', verplicht: false }, // raw 'ja' is not yet true
    { soort: 'wilsbeschikking', verplicht: true },
    { soort: 'overig', verplicht: false },
  ]);
  assert.deepEqual(vereisteBijlagen({}, {}), [
    { soort: 'verklaring-van-overlijden', verplicht: false },
    { soort: 'overig', verplicht: false },
  ]);
  // A bespoediging requested inside the window: the statement is offered, not required (the
  // schema reports the request itself as not needed).
  const binnen = met(schema.parse(geldig.ondernemerCrematie), (e) => (e.gegevens.verzoekUitstelOfBespoediging = { soort: 'bespoediging', reden: 'x' }));
  assert.deepEqual((vereisteBijlagen((binnen as any).gegevens, {}))[1], { soort: 'verklaring-arts-geen-bezwaar', verplicht: false, verzoek: 'bespoediging' });
});

test('a funeral in the past is refused; one starting now is not', () => {
  // The crematie on Wednesday 2 December 11:00 (10:00 UTC), judged at several moments.
  const op = (moment: string) =>
    issuesOf(createOverlijdenSchema({ now: moment, config }).safeParse(geldig.ondernemerCrematie)).filter(onder('gegevens.lijkbezorging'));
  assert.deepEqual(op('2026-12-02T10:00:00Z'), [], 'starting this minute');
  assert.deepEqual(op('2026-12-02T10:00:01Z'), [{ path: 'gegevens.lijkbezorging.tijd', message: 'fout.uitvaart.verleden' }]);
  assert.deepEqual(op('2026-12-03T08:00:00Z'), [{ path: 'gegevens.lijkbezorging.datum', message: 'fout.uitvaart.verleden' }]);
  // A pinned date wins for the day: the funeral's date lies before today.
  const pinned = createOverlijdenSchema({ now: '2026-12-02T09:00:00Z', today: '2026-12-03', config });
  assert.deepEqual(issuesOf(pinned.safeParse(geldig.ondernemerCrematie)).filter(onder('gegevens.lijkbezorging')), [
    { path: 'gegevens.lijkbezorging.datum', message: 'fout.uitvaart.verleden' },
  ]);
  // Before the death is the more useful message (a typing mistake), not both.
  const voor = met(geldig.ondernemerCrematie, (e) => (e.gegevens.lijkbezorging.datum = '2026-11-26'));
  assert.deepEqual(issuesOf(schema.safeParse(voor)).filter(onder('gegevens.lijkbezorging')), [
    { path: 'gegevens.lijkbezorging.datum', message: 'fout.uitvaart.voor-overlijden' },
  ]);
  // Body donated to science: no funeral, nothing to judge (the funeral director's term is 4.15's).
  assert.deepEqual(
    issuesOf(createOverlijdenSchema({ now: '2026-12-20T10:00:00Z', config }).safeParse(geldig.wetenschap)).filter(onder('gegevens.lijkbezorging')),
    [],
  );
  // The helper the element can use: the date alone is enough once it lies before today.
  const om = (moment: string) => new Date(moment);
  assert.equal(uitvaartVoorbij({ wijze: 'cremeren', datum: '2026-12-02', tijd: '11:00' }, om('2026-12-02T10:00:00Z')), false);
  assert.equal(uitvaartVoorbij({ wijze: 'cremeren', datum: '2026-12-02', tijd: '11:00' }, om('2026-12-02T10:01:00Z')), true);
  assert.equal(uitvaartVoorbij({ wijze: 'cremeren', datum: '2026-12-01', tijd: '' }, om('2026-12-02T10:00:00Z')), true);
  assert.equal(uitvaartVoorbij({ wijze: 'cremeren', datum: '2026-12-02', tijd: '' }, om('2026-12-02T10:00:00Z')), false);
  assert.equal(uitvaartVoorbij({ wijze: 'wetenschap', datum: '2026-12-01', tijd: '11:00' }, om('2026-12-02T10:00:00Z')), false);
  assert.equal(uitvaartVoorbij({ wijze: 'cremeren', datum: '2026-02-30', tijd: '11:00' }, om('2026-12-02T10:00:00Z')), false);
});

test('born on the day of death is allowed (geboortedatum ≤ datum van overlijden)', () => {
  const zelfdeDag = met(geldig.bsnOnbekend, (e) => {
    e.gegevens.overledene.geboorte.datum = '2026-11-27';
    e.gegevens.overledene.burgerlijkeStaat = 'ongehuwd';
    // A minor with the behandelend arts: the overleg with the lijkschouwer is confirmed (4.12).
    e.gegevens.overlijden.overlegLijkschouwer = true;
  });
  assert.deepEqual(issuesOf(schema.safeParse(zelfdeDag)), []);
});

test('partnerGevraagd follows the burgerlijke staat', () => {
  for (const staat of ['gehuwd', 'geregistreerd-partner', 'weduwe-weduwnaar', 'achtergebleven-geregistreerd-partner']) {
    assert.equal(partnerGevraagd(staat), true, staat);
  }
  for (const staat of ['ongehuwd', 'gescheiden', 'ontbonden-geregistreerd-partnerschap']) assert.equal(partnerGevraagd(staat), false, staat);
  assert.equal(partnerGevraagd(undefined), undefined);
  assert.equal(partnerGevraagd('samenwonend'), undefined);
});

test('a widowed person with a late partner and a bespoediging for a relative allowed to declare', () => {
  const bsnOnbekendWeduwe = met(geldig.bsnOnbekend, (e) => {
    e.gegevens.overledene.burgerlijkeStaat = 'weduwe-weduwnaar';
    e.gegevens.overledene.partner = { naam: { voornamen: 'Greta', geslachtsnaam: 'Müller' }, geboortedatum: '1963-01-01' };
  });
  assert.equal(schema.safeParse(bsnOnbekendWeduwe).success, true);
});

test('aangifteWaarschuwingen: near funeral, late aangifte', () => {
  const gegevens = schema.parse(geldig.ondernemerCrematie).gegevens; // funeral Wed 2 December 11:00
  assert.deepEqual(aangifteWaarschuwingen(gegevens, new Date(now), {}), []);
  assert.deepEqual(aangifteWaarschuwingen(gegevens, new Date('2026-11-30T10:00:01Z'), {}), ['uitvaart-nabij'], 'less than 48 hours');
  assert.deepEqual(aangifteWaarschuwingen(gegevens, new Date('2026-12-02T10:00:00Z'), {}), ['uitvaart-nabij'], 'starting now');
  // A funeral that has passed is not "within 48 hours": the schema refuses it (fout.uitvaart.verleden).
  assert.deepEqual(aangifteWaarschuwingen(gegevens, new Date('2026-12-02T10:00:01Z'), {}), [], 'a second after it started');
  assert.deepEqual(aangifteWaarschuwingen(gegevens, new Date('2026-12-08T08:00:00Z'), {}), ['overlijden-lang-geleden']);
  assert.deepEqual(aangifteWaarschuwingen(schema.parse(geldig.wetenschap).gegevens, new Date('2026-12-07T22:00:00Z'), {}), []);
});

test('configuration gets defaults and rejects invalid values', () => {
  const resolved = resolveOverlijdenConfig({ gemeenteCode: '0344' });
  assert.deepEqual(resolved, {
    gemeenteCode: '0344',
    nabestaandeToegestaan: false,
    vestigingsnummerVerplicht: false,
    extraFeestdagen: [],
    gelijkgesteldeDagen: 'geen-werkdag',
    verklaringArtsUitstel: 'verplicht',
    aFormulierViaGgd: false,
    bsnAangever: 'uit',
    maxBestandsgrootte: 10 * 1024 * 1024,
    maxTotaleGrootte: 25 * 1024 * 1024,
  });
  assert.throws(() => resolveOverlijdenConfig({ gemeenteCode: '344' }), /gemeenteCode/);
  assert.throws(() => resolveOverlijdenConfig({ gemeenteCode: '0344', nabestaandeToegestaan: 'ja' as never }), /nabestaandeToegestaan/);
  assert.throws(() => resolveOverlijdenConfig({ gemeenteCode: '0344', extraFeestdagen: ['2029-02-30'] }), /extraFeestdagen/);
  assert.throws(() => resolveOverlijdenConfig({ gemeenteCode: '0344', maxTotaleGrootte: 0 }), /maxTotaleGrootte/);
  assert.throws(() => createOverlijdenSchema({ now: 'gisteren', config }), RangeError);
  assert.throws(() => createOverlijdenSchema({ now, today: '30-11-2026', config }), RangeError);
});

test("today defaults to now's Amsterdam date", () => {
  // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam: a death on 1 December is not in the future.
  const justAfterMidnight = createOverlijdenSchema({ now: new Date('2026-11-30T23:30:00Z'), config });
  const input = met(geldig.ondernemerCrematie, (e) => Object.assign(e.gegevens.overlijden, { datum: '2026-12-01', tijd: '00:15' }));
  const issues = issuesOf(justAfterMidnight.safeParse(input)).filter(onder('gegevens.overlijden'));
  assert.deepEqual(issues, []);
  const tooLate = met(input, (e) => (e.gegevens.overlijden.tijd = '00:45'));
  assert.deepEqual(issuesOf(justAfterMidnight.safeParse(tooLate)).filter(onder('gegevens.overlijden')), [
    { path: 'gegevens.overlijden.tijd', message: 'fout.overlijden.tijd-toekomst' },
  ]);
});

test('attachments: the kinds of this form only, with the size limits of config', () => {
  assert.deepEqual([...OVERLIJDEN_BIJLAGE_SOORTEN], ['verklaring-van-overlijden', 'verklaring-arts-geen-bezwaar', 'wilsbeschikking', 'overig']);
  const metOverig = met(geldig.ondernemerCrematie, (e) => e.bijlagen.push(bijlage('overig', 'bidprentje.pdf')));
  assert.equal(schema.safeParse(metOverig).success, true);
  assert.deepEqual(issuesOf(schemaWith({ maxBestandsgrootte: 60 }).safeParse(geldig.ondernemerCrematie)), [
    { path: 'bijlagen.0.inhoud', message: 'fout.bijlage.te-groot', params: { maxMb: 0 } },
  ]);
});

test('a time is read as typed: 9:05, 09.05 and 0905 are 09:05; anything else is left for the check', async () => {
  const { normaliseerTijd } = await import('../../../src/schemas/overlijden.schema.js');
  assert.equal(normaliseerTijd('9:05'), '09:05');
  assert.equal(normaliseerTijd(' 09.05 '), '09:05');
  assert.equal(normaliseerTijd('0905'), '09:05');
  assert.equal(normaliseerTijd('9 uur'), '9 uur');
});
