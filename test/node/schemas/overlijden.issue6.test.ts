// Issue 6, items 4.10–4.15: the overlijden rules a legal review found missing, each proved on the
// schema and — with the same named fixtures — on the real reference receiver (demo/receiver/forms.ts),
// which must answer the same invalidParams names and codes. docs/domain-decisions.md names these tests.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it, test } from 'node:test';
import { defaultForms } from '../../../demo/receiver/forms.js';
import { startReceiver } from '../../../demo/receiver/receiver.js';
import { amsterdamWallClockToInstant } from '../../../src/schemas/amsterdam.js';
import { createWerkdagenKalender, laatstGedekteJaar, zomertijdUur } from '../../../src/schemas/calendar.js';
import {
  buitenGedekteKalender,
  createOverlijdenSchema,
  doodsoorzaakViaGgdMogelijk,
  gemeenteBijCode,
  gemeenteBijNaam,
  gemeenten,
  machtigingTermijnVerstreken,
  overlegLijkschouwerGevraagd,
  overlijdenKalender,
  uitvaartBeoordeling,
  vereisteBijlagen,
  type OverlijdenConfigInput,
} from '../../../src/schemas/index.js';
import * as fixtures from '../../fixtures/overlijden.js';
import { post, tempDbPath } from '../receiver/helpers.js';

const { config, geldig, geldigConfig, ongeldig, met, bijlage } = fixtures;

const schemaWith = (overrides: Partial<OverlijdenConfigInput> = {}, now: string = fixtures.now) =>
  createOverlijdenSchema({ now, config: { ...config, ...overrides } });
const issues = (result: { success: boolean; error?: { issues: unknown[] } }) =>
  ((result.error?.issues ?? []) as { path: PropertyKey[]; message: string }[]).map((i) => `${i.path.join('.')} ${i.message}`);
const ok = (name: keyof typeof geldig, overrides: Partial<OverlijdenConfigInput> = {}) =>
  assert.deepEqual(issues(schemaWith({ ...geldigConfig[name], ...overrides }).safeParse(geldig[name])), [], name);
const fails = (name: string) => {
  const geval = ongeldig[name]!;
  return issues(schemaWith(geval.config, geval.now).safeParse(geval.input));
};

test('4.10 uitstel needs the doctor’s statement (Wlb art. 17 lid 1), unless the gemeente made it optional', () => {
  ok('uitstel');
  assert.deepEqual(fails('uitstelZonderArtsverklaring'), ['bijlagen fout.bijlage.ontbreekt.verklaring-arts-uitstel']);
  ok('uitstelArtsOptioneel');
  const gegevens = schemaWith().parse(geldig.uitstel).gegevens;
  assert.deepEqual(vereisteBijlagen(gegevens, {})[1], { soort: 'verklaring-arts-geen-bezwaar', verplicht: true, verzoek: 'uitstel' });
  assert.deepEqual(vereisteBijlagen(gegevens, { verklaringArtsUitstel: 'optioneel' })[1], {
    soort: 'verklaring-arts-geen-bezwaar',
    verplicht: false,
    verzoek: 'uitstel',
  });
});

test('4.11 the gemeente where the body is: a CBS code of the 2026 list with its name, or free text', () => {
  const lijst = gemeenten();
  assert.equal(lijst.length, 342, 'CBS: 342 gemeenten on 1 January 2026');
  assert.equal(new Set(lijst.map((g) => g.code)).size, 342, 'codes are unique');
  assert.ok(lijst.every((g) => /^[0-9]{4}$/.test(g.code) && g.naam.trim() === g.naam && g.naam !== ''));
  assert.deepEqual(gemeenteBijCode('0344'), { code: '0344', naam: 'Utrecht' });
  assert.equal(gemeenteBijNaam('  súdwest-fryslân ')?.code, '1900');
  assert.equal(gemeenteBijNaam('Den Haag')?.naam, "'s-Gravenhage", 'CBS names it ’s-Gravenhage');
  assert.equal(gemeenteBijNaam('Voorne aan Zee')?.code, '1992', 'the 2023 merger is in');
  assert.equal(gemeenteBijNaam('Brielle'), undefined, 'merged away');
  assert.equal(gemeenteBijNaam('Mortuarium aan de Maas'), undefined);
  ok('uitstelLichaamElders');
  ok('uitstelLichaamVrijeTekst');
  const elders = schemaWith().parse(geldig.uitstelLichaamElders).gegevens.verzoekUitstelOfBespoediging;
  assert.deepEqual(elders?.gemeenteLichaam, { code: '0363', naam: 'amsterdam' });
  const vrij = schemaWith().parse(geldig.uitstelLichaamVrijeTekst).gegevens.verzoekUitstelOfBespoediging;
  assert.deepEqual(vrij?.gemeenteLichaam, { naam: 'Mortuarium aan de Maas' }, 'free text: the name alone');
  assert.deepEqual(fails('lichaamOnbekendeGemeentecode'), ['gegevens.verzoekUitstelOfBespoediging.gemeenteLichaam.code fout.verzoek.gemeente-onbekend']);
  assert.deepEqual(fails('lichaamCodeBijAndereNaam'), ['gegevens.verzoekUitstelOfBespoediging.gemeenteLichaam.code fout.verzoek.gemeente-onbekend']);
  // Absent keeps the versie 1 meaning ("not stated"): a v1 request without it is still accepted.
  const zonder = met(geldig.uitstel, (e) => delete e.gegevens.verzoekUitstelOfBespoediging.gemeenteLichaam);
  assert.deepEqual(issues(schemaWith().safeParse(zonder)), []);
});

test('4.12 non-natural death: the gemeentelijk lijkschouwer, never the behandelend arts (Wlb art. 7 lid 3, art. 10)', () => {
  ok('nietNatuurlijk');
  assert.deepEqual(fails('nietNatuurlijkBehandelendArts'), ['gegevens.overlijden.schouwendArts.soort fout.overlijden.arts-niet-natuurlijk']);
});

test('4.12 a deceased minor with the behandelend arts: the overleg with the lijkschouwer is confirmed, never refused (Wlb art. 10a lid 1)', () => {
  ok('minderjarigMetOverleg');
  assert.deepEqual(fails('minderjarigZonderOverleg'), ['gegevens.overlijden.overlegLijkschouwer fout.overlijden.overleg-lijkschouwer']);
  assert.deepEqual(fails('overlegBijMeerderjarige'), ['gegevens.overlijden.overlegLijkschouwer fout.niet-van-toepassing']);
  const kind = (geboren: string, soort = 'behandelend-arts') =>
    overlegLijkschouwerGevraagd({ overledene: { geboorte: { datum: geboren } }, overlijden: { datum: '2026-11-27', natuurlijk: true, schouwendArts: { soort } } });
  assert.equal(kind('2008-11-28'), true, 'one day before the 18th birthday');
  assert.equal(kind('2008-11-27'), false, '18 on the day of death');
  assert.equal(kind('2012-03-01', 'gemeentelijk-lijkschouwer'), false);
  assert.equal(kind(''), undefined);
});

test('4.12 a-formulier-via-ggd: with the GGD’s lijkschouwer the A-form is optional and the cause of death goes via the GGD', () => {
  ok('ggdLijkschouwer');
  assert.deepEqual(fails('ggdZonderConfig'), ['gegevens.doodsoorzaak fout.doodsoorzaak.ggd', 'bijlagen fout.bijlage.ontbreekt.verklaring-van-overlijden']);
  assert.deepEqual(fails('ggdBijBehandelendArts'), ['gegevens.doodsoorzaak fout.doodsoorzaak.ggd', 'bijlagen fout.bijlage.ontbreekt.verklaring-van-overlijden']);
  const gegevens = schemaWith({ aFormulierViaGgd: true }).parse(geldig.ggdLijkschouwer).gegevens;
  assert.deepEqual(vereisteBijlagen(gegevens, { aFormulierViaGgd: true })[0], { soort: 'verklaring-van-overlijden', verplicht: false });
  assert.equal(doodsoorzaakViaGgdMogelijk(gegevens, { aFormulierViaGgd: true }), true);
  assert.equal(doodsoorzaakViaGgdMogelijk(gegevens, { aFormulierViaGgd: false }), false);
});

test('4.13 a time in the repeated autumn hour and in the skipped spring hour is read as the later instant', () => {
  assert.equal(amsterdamWallClockToInstant('2026-10-25', '02:30').toISOString(), '2026-10-25T01:30:00.000Z', 'autumn: winter time');
  assert.equal(amsterdamWallClockToInstant('2026-03-29', '02:30').toISOString(), '2026-03-29T01:30:00.000Z', 'spring: 03:30 summer time');
  assert.equal(zomertijdUur('2026-10-25', '02:30'), 'dubbel');
  assert.equal(zomertijdUur('2026-10-25', '03:00'), null);
  assert.equal(zomertijdUur('2026-03-29', '02:30'), 'overgeslagen');
  assert.equal(zomertijdUur('2026-03-29', '03:00'), null);
  assert.equal(zomertijdUur('2026-11-27', '23:30'), null);
  const venster = (datum: string) => uitvaartBeoordeling({ datum, tijd: '02:30' }, { wijze: 'begraven' }, {}).venster?.vroegst;
  assert.deepEqual(venster('2026-10-25'), { date: '2026-10-26', time: '14:30' });
  assert.deepEqual(venster('2026-03-29'), { date: '2026-03-30', time: '15:30' });
  assert.deepEqual(fails('zomertijdDubbelUurTeVroeg'), [
    'gegevens.verzoekUitstelOfBespoediging fout.uitvaart.te-vroeg',
    'bijlagen fout.bijlage.ontbreekt.verklaring-arts-geen-bezwaar',
  ]);
  assert.deepEqual(fails('zomertijdOvergeslagenUurTeVroeg'), [
    'gegevens.verzoekUitstelOfBespoediging fout.uitvaart.te-vroeg',
    'bijlagen fout.bijlage.ontbreekt.verklaring-arts-geen-bezwaar',
  ]);
});

test('4.14 declared days are not werkdagen by default; gelijkgesteldeDagen "werkdag" counts them', () => {
  const geval = ongeldig['gelijkgesteldeDagAlsWerkdag']!;
  assert.deepEqual(issues(schemaWith({}, geval.now).safeParse(geval.input)), [], 'default: 26 May is the 6th working day');
  assert.deepEqual(fails('gelijkgesteldeDagAlsWerkdag'), [
    'gegevens.verzoekUitstelOfBespoediging fout.uitvaart.te-laat',
    'bijlagen fout.bijlage.ontbreekt.verklaring-arts-uitstel',
  ]);
  assert.equal(overlijdenKalender({}).isWerkdag('2026-05-15'), false);
  assert.equal(overlijdenKalender({ gelijkgesteldeDagen: 'werkdag' }).isWerkdag('2026-05-15'), true);
  assert.equal(overlijdenKalender({ gelijkgesteldeDagen: 'werkdag', extraFeestdagen: ['2026-12-07'] }).isWerkdag('2026-12-07'), true);
  assert.equal(overlijdenKalender({ gelijkgesteldeDagen: 'werkdag' }).isWerkdag('2026-05-14'), false, 'Hemelvaartsdag stays a feestdag');
  assert.equal(createWerkdagenKalender().isWerkdag('2026-05-15'), false, 'the verhuizing (Atw) calendar is unchanged');
});

test('4.14 the shipped decrees end in 2028; a date past the last covered year is reported for the receiver’s warning', () => {
  assert.equal(laatstGedekteJaar(), 2028);
  assert.equal(laatstGedekteJaar(['2029-05-11']), 2029);
  assert.equal(buitenGedekteKalender({ overlijden: { datum: '2028-12-31' } }, {}), null);
  assert.equal(buitenGedekteKalender({ overlijden: { datum: '2028-12-29' }, lijkbezorging: { datum: '2029-01-04' } }, {}), 2028);
  assert.equal(buitenGedekteKalender({ overlijden: { datum: '2029-01-10' } }, { extraFeestdagen: ['2029-05-11'] }), null);
  assert.equal(buitenGedekteKalender(undefined, {}), null);
});

test('4.15 the BSN of the person declaring for the funeral company only where the gemeente asks it', () => {
  ok('ondernemerMetBsn');
  assert.deepEqual(fails('ondernemerBsnNietGevraagd'), ['gegevens.aangever.burgerservicenummer fout.niet-van-toepassing']);
  assert.deepEqual(fails('ondernemerBsnVerplichtOntbreekt'), ['gegevens.aangever.burgerservicenummer fout.verplicht']);
  const eigen = met(geldig.ondernemerMetBsn, (e) => (e.gegevens.aangever.burgerservicenummer = '999992077'));
  assert.deepEqual(issues(schemaWith({ bsnAangever: 'optioneel' }).safeParse(eigen)), ['gegevens.aangever.burgerservicenummer fout.bsn.overledene']);
});

test('4.15 past the 6th working day a funeral director no longer declares as gemachtigde (BW 1:19h lid 2)', () => {
  assert.deepEqual(fails('ondernemerNaDeTermijn'), ['gegevens.aangever.machtigingBevestigd fout.aangever.machtiging-termijn']);
  // The law names the art. 16 term; an uitstel (art. 17, "een andere termijn") does not extend it.
  const later = '2026-12-10T09:00:00Z';
  const metUitstel = met(geldig.uitstel, (e) => (e.gegevens.lijkbezorging.datum = '2026-12-14'));
  assert.deepEqual(issues(schemaWith({}, later).safeParse(metUitstel)), ['gegevens.aangever.machtigingBevestigd fout.aangever.machtiging-termijn']);
  const kalender = overlijdenKalender({});
  const gegevens = schemaWith().parse(geldig.wetenschap).gegevens;
  assert.equal(machtigingTermijnVerstreken(gegevens, '2026-12-07', kalender), null, 'the 6th working day itself');
  assert.equal(machtigingTermijnVerstreken(gegevens, '2026-12-08', kalender), '2026-12-07');
  assert.equal(machtigingTermijnVerstreken({ ...gegevens, aangever: { type: 'nabestaande' } }, '2026-12-08', kalender), null, 'a relative declares in person');
  const nabestaande = met(geldig.nabestaande, (e) => (e.gegevens.lijkbezorging.datum = '2026-12-14'));
  assert.deepEqual(
    issues(schemaWith({ nabestaandeToegestaan: true }, later).safeParse(nabestaande)).filter((i) => i.includes('aangever')),
    [],
  );
});

// --- The same fixtures on the real reference receiver.

async function withReceiver(
  geval: { config?: Partial<OverlijdenConfigInput>; now?: string },
  run: (url: string) => Promise<void>,
): Promise<void> {
  const { gemeenteCode, ...policy } = { ...config, ...geval.config };
  const server = await startReceiver({
    dbPath: tempDbPath(),
    allowedOrigins: [],
    ...defaultForms({ overlijden: { [gemeenteCode]: policy } }),
    now: () => new Date(geval.now ?? fixtures.now),
  });
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

describe('receiver with the real overlijden schema', () => {
  it('accepts every valid overlijden example', async () => {
    for (const [name, envelope] of Object.entries(geldig)) {
      await withReceiver({ config: geldigConfig[name as keyof typeof geldig] }, async (url) => {
        const res = await post(`${url}/api/overlijden`, envelope);
        assert.equal(res.status, 201, `${name}: ${res.text}`);
      });
    }
  });

  for (const [name, geval] of Object.entries(ongeldig)) {
    it(`rejects ${name} with the schema's invalidParams names and codes`, async () => {
      await withReceiver(geval, async (url) => {
        const res = await post(`${url}/api/overlijden`, geval.input);
        assert.equal(res.status, 422, res.text);
        assert.deepEqual(
          res.json.invalidParams.map((p: { name: string; code: string }) => ({ name: p.name, code: p.code })),
          geval.expected.map((e) => ({ name: e.path, code: e.message })),
        );
        for (const param of res.json.invalidParams) assert.doesNotMatch(param.reason, /\{\{/, `${param.code}: every placeholder filled`);
      });
    });
  }

  it('4.14 warns once, without personal data, when a date passes the last covered year', async (t) => {
    const warn = t.mock.method(console, 'warn', () => {});
    const in2029 = met(geldig.ondernemerCrematie, (e) => {
      Object.assign(e.gegevens.overlijden, { datum: '2029-01-10', tijd: '10:00' });
      e.gegevens.lijkbezorging.datum = '2029-01-15';
    });
    await withReceiver({ now: '2029-01-11T09:00:00Z' }, async (url) => {
      assert.equal((await post(`${url}/api/overlijden`, geldig.ondernemerCrematie)).status, 422, 'a 2026 death in 2029 is long past');
      assert.equal(warn.mock.callCount(), 0);
      assert.equal((await post(`${url}/api/overlijden`, in2029)).status, 201);
      assert.equal((await post(`${url}/api/overlijden`, in2029, { key: randomUUID() })).status, 201);
      assert.equal(warn.mock.callCount(), 1, 'once');
      const message = String(warn.mock.calls[0]!.arguments[0]);
      assert.match(message, /2028/);
      assert.match(message, /extra-feestdagen/);
      for (const persoonlijk of ['Vries', 'Johanna', '999992077', 'Bakker', '2029-01-10']) assert.ok(!message.includes(persoonlijk), persoonlijk);
    });
  });

  it('4.11 the real receiver stores the uitstel request with the gemeente of the body, code and name', async () => {
    await withReceiver({}, async (url) => {
      const res = await post(`${url}/api/overlijden`, met(geldig.uitstelLichaamElders, (e) => e.bijlagen.push(bijlage('overig'))));
      assert.equal(res.status, 201, res.text);
      const [row] = (await (await fetch(`${url}/inbox.json`)).json()) as any[];
      assert.deepEqual(row.envelope.gegevens.verzoekUitstelOfBespoediging.gemeenteLichaam, { code: '0363', naam: 'amsterdam' });
    });
  });
});
