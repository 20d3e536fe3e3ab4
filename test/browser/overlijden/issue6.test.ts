// Issue 6, items 4.10–4.15, driven by their Dutch labels with the keyboard; every text read by its
// heading, legend or label in Dutch and English (docs/domain-decisions.md names these tests). The clock
// is Saturday 28 November 2026, 10:00 in Amsterdam (driver.ts).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, errors, field, group, heading, press, root, text, tick, type, typeDate, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { HEADINGS, NOW, TODAY, antwoorden, createAt, createOverlijden, typeUitvaart, upload, type Row } from './driver.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const labelOf = (el: FormElement, label: string) => norm(root(el).querySelector(`label[for="${field(el, label).id}"]`)!.textContent);
/** The hint of the question with this legend (a radio group) or label (a field). */
const hintOf = (el: FormElement, question: string, kind: 'legend' | 'label' = 'legend') =>
  norm(
    kind === 'legend'
      ? group(el, question).querySelector('.hint')?.textContent
      : root(el).getElementById(`${field(el, question).id}-hint`)?.textContent,
  );
const window_ = (el: FormElement) => norm(root(el).querySelector<HTMLElement>('.window')?.textContent);

async function english(el: FormElement, read: () => void): Promise<void> {
  el.setAttribute('lang', 'en');
  await tick(el);
  read();
  await expect(el).to.be.accessible();
  el.setAttribute('lang', 'nl');
  await tick(el);
}

describe('<gemeente-overlijden> issue 6 (4.10–4.15)', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  const at = (stepId: Parameters<typeof createAt>[0], extra?: Record<string, unknown>, attrs?: Record<string, string>) =>
    createAt(stepId, { endpoint: `${receiver.url}/api/overlijden`, ...(extra ? { extra } : {}), ...(attrs ? { attrs } : {}) });

  async function uitstelTot10December(el: FormElement, gemeente: string): Promise<void> {
    await typeUitvaart(el, 'Cremeren', ['10', '12', '2026'], '11:00');
    await type(field(el, 'Reden van uw verzoek'), 'De kinderen komen uit Australië.');
    await type(field(el, 'Gemeente waar het lichaam nu is'), gemeente);
    await type(field(el, 'Naam van de begraafplaats of het crematorium'), 'Crematorium Daelwijck');
    await type(field(el, 'Plaats van de begraafplaats of het crematorium'), 'Utrecht');
    await choose(el, 'Vindt de begrafenis of crematie in het buitenland plaats?', 'Nee');
    await type(field(el, 'Aantal uittreksels van de akte van overlijden'), '1');
    await tick(el);
  }

  it('4.10 verklaring-arts-uitstel="optioneel": the uitstel asks the doctor’s statement as optional', async function () {
    this.timeout(30000);
    const el = await at('lijkbezorging', undefined, { 'verklaring-arts-uitstel': 'optioneel' });
    await uitstelTot10December(el, 'Utrecht');
    expect(text(el)).not.to.contain('Voeg bij de bijlagen de verklaring van de arts toe');
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.bijlagen.nl);
    expect(labelOf(el, 'Verklaring van de arts dat er geen bezwaar is tegen uitstel')).to.equal(
      'Verklaring van de arts dat er geen bezwaar is tegen uitstel (niet verplicht)',
    );
    await english(el, () => expect(text(el)).to.contain('Doctor’s statement of no objection to a postponement'));
  });

  it('4.11 asks where the body is, from the CBS list; another gemeente: the request goes there, also on the confirmation; the payload has its code', async function () {
    this.timeout(40000);
    const el = await at('lijkbezorging', { overlijden: { natuurlijk: false } });
    await uitstelTot10December(el, 'Amsterdam');
    const input = field(el, 'Gemeente waar het lichaam nu is');
    const lijst = root(el).getElementById(input.getAttribute('list')!) as HTMLDataListElement;
    expect(lijst.tagName).to.equal('DATALIST');
    expect(lijst.options.length).to.equal(342);
    expect(hintOf(el, 'Gemeente waar het lichaam nu is', 'label')).to.equal(
      'Bijvoorbeeld waar het mortuarium of uitvaartcentrum is. Kies uit de lijst of typ de naam.',
    );
    expect(text(el)).to.contain(
      'Het lichaam is in de gemeente Amsterdam. Over uitstel of bespoediging beslist de burgemeester van die gemeente: dien uw verzoek ook daar in. De aangifte doet u hier.',
    );
    await expect(el).to.be.accessible();
    await english(el, () => expect(text(el)).to.contain('The body is in the municipality of Amsterdam. The mayor of that municipality decides'));
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.bijlagen.nl);
    await upload(el, 'verklaring-arts-geen-bezwaar', [{ name: 'verklaring arts.pdf', kind: 'pdf' }]);
    await press(el, 'Volgende');
    await untilStep(el, 'Controleer uw gegevens');
    expect(text(el)).to.contain('Amsterdam');
    await check(el, 'Ik heb alles naar waarheid ingevuld');
    await press(el, 'Versturen');
    await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
    expect(text(el)).to.contain('Dien het verzoek om uitstel of bespoediging ook in bij de gemeente Amsterdam: de burgemeester van die gemeente beslist erover.');
    const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
    expect(rows[0]!.envelope.gegevens['verzoekUitstelOfBespoediging']).to.deep.equal({
      soort: 'uitstel',
      reden: 'De kinderen komen uit Australië.',
      gemeenteLichaam: { code: '0363', naam: 'Amsterdam' },
    });
  });

  it('4.11 a request needs the gemeente of the body; a name outside the list is free text, sent without a code', async function () {
    this.timeout(30000);
    const el = await at('lijkbezorging');
    await uitstelTot10December(el, '');
    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    expect(errors(el)).to.deep.equal(['Vul de gemeente in waar het lichaam nu is']);
    await type(field(el, 'Gemeente waar het lichaam nu is'), 'Mortuarium aan de Maas');
    await tick(el);
    expect(text(el)).to.contain('Over uitstel of bespoediging beslist de burgemeester van de gemeente waar het lichaam is.');
    await english(el, () => expect(text(el)).to.contain('The mayor of the municipality where the body is decides'));
  });

  it('4.12 a non-natural death: the hint names the gemeentelijk lijkschouwer and the behandelend arts is refused', async function () {
    this.timeout(30000);
    const el = await at('overlijden', { overlijden: { natuurlijk: false } });
    await typeDate(el, 'Datum van overlijden', '27', '11', '2026');
    await type(field(el, 'Tijd van overlijden'), '23.30');
    await type(field(el, 'Plaats van overlijden'), 'Utrecht');
    await choose(el, 'Op wat voor plek is de persoon overleden?', 'In een woning');
    await type(field(el, 'Naam van de arts die de overledene heeft geschouwd'), 'dr. K. Meijer');
    expect(hintOf(el, 'Deze arts is')).to.equal('Bij een niet-natuurlijke dood, ook na euthanasie of hulp bij zelfdoding, is dit de gemeentelijk lijkschouwer.');
    await choose(el, 'Deze arts is', 'De behandelend arts');
    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    expect(errors(el)).to.deep.equal([
      'Kies de gemeentelijk lijkschouwer: geen natuurlijke dood',
    ]);
    await english(el, () => expect(hintOf(el, 'This doctor is')).to.equal('After a non-natural death, also after euthanasia or assisted suicide, this is the municipal coroner.'));
    await choose(el, 'Deze arts is', 'De gemeentelijk lijkschouwer');
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.lijkbezorging.nl);
  });

  it('4.12 a deceased minor with the behandelend arts: the declarant confirms the overleg with the lijkschouwer, never refused', async function () {
    this.timeout(30000);
    const kind = { ...antwoorden.overledene.overledene, geboorte: { datum: '2012-03-01', plaats: 'Utrecht', land: 'Nederland' } };
    const el = await at('overlijden', { overledene: kind });
    await typeDate(el, 'Datum van overlijden', '27', '11', '2026');
    await type(field(el, 'Tijd van overlijden'), '23.30');
    await type(field(el, 'Plaats van overlijden'), 'Utrecht');
    await choose(el, 'Op wat voor plek is de persoon overleden?', 'In een ziekenhuis');
    await type(field(el, 'Naam van de arts die de overledene heeft geschouwd'), 'dr. K. Meijer');
    expect(() => field(el, 'De verklaring van overlijden vermeldt dat de behandelend arts overleg had met de gemeentelijk lijkschouwer')).to.throw();
    await choose(el, 'Deze arts is', 'De behandelend arts');
    await tick(el);
    const overleg = 'De verklaring van overlijden vermeldt dat de behandelend arts overleg had met de gemeentelijk lijkschouwer';
    expect(hintOf(el, overleg, 'label')).to.equal(
      'Is het overleden kind jonger dan 18 jaar? Dan geeft de behandelend arts de verklaring van overlijden pas af na overleg met de gemeentelijk lijkschouwer.',
    );
    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    expect(errors(el)).to.deep.equal(['Geef aan dat de arts overlegde met de lijkschouwer']);
    await english(el, () => expect(text(el)).to.contain('The certificate of death states that the attending doctor consulted the municipal coroner'));
    await check(el, overleg);
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.lijkbezorging.nl);
  });

  it('4.12 a-formulier-via-ggd="ja" with the lijkschouwer: the A-form is optional and the cause of death can go via the GGD', async function () {
    this.timeout(30000);
    // The gemeente's receiver has the same policy: it accepts no A-form and "via de GGD" only then.
    await executeServerCommand('receiver-stop');
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', {
      today: TODAY,
      now: NOW,
      policies: { overlijden: { '0344': { aFormulierViaGgd: true } } },
    });
    const el = await at(
      'bijlagen',
      { ...antwoorden.lijkbezorging, overlijden: { ...antwoorden.overlijden.overlijden, schouwendArts: { naam: 'dr. L. Visser', soort: 'gemeentelijk-lijkschouwer' } } },
      { 'a-formulier-via-ggd': 'ja' },
    );
    expect(labelOf(el, 'Verklaring van overlijden (A-formulier)')).to.equal('Verklaring van overlijden (A-formulier) (niet verplicht)');
    expect(hintOf(el, 'Verklaring van overlijden (A-formulier)', 'label')).to.contain('De GGD stuurt de verklaring van overlijden zelf naar de gemeente.');
    await choose(el, 'Hoe komt de doodsoorzaak bij het CBS?', 'De GGD (de gemeentelijk lijkschouwer) geeft de doodsoorzaak door aan het CBS');
    await english(el, () => expect(text(el)).to.contain('The GGD (the municipal coroner) reports the cause of death to CBS'));
    await press(el, 'Volgende');
    await untilStep(el, 'Controleer uw gegevens');
    await check(el, 'Ik heb alles naar waarheid ingevuld');
    await press(el, 'Versturen');
    await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
    const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
    expect(rows[0]!.envelope.gegevens['doodsoorzaak']).to.equal('ggd');
    expect(rows[0]!.envelope.bijlagen).to.deep.equal([]);
  });

  it('4.12 and 4.15 texts on the start step: euthanasia is never natural; a death in a moving vehicle counts where the body leaves it', async () => {
    const el = await createOverlijden({ endpoint: `${receiver.url}/api/overlijden` });
    expect(hintOf(el, 'Waar is de persoon overleden?')).to.equal(
      'Overleden in een rijdend voertuig, op een varend schip of tijdens een binnenlandse vlucht? Dan geldt de gemeente waar het lichaam het voertuig, schip of vliegtuig verlaat (of waar het schip aanlegt).',
    );
    await choose(el, 'Waar is de persoon overleden?', 'In de gemeente Utrecht');
    await choose(el, 'Om welke situatie gaat het?', 'Een overlijden');
    await tick(el);
    expect(hintOf(el, 'Heeft de arts verklaard dat de persoon een natuurlijke dood is gestorven?')).to.equal(
      'Dat staat op de verklaring van overlijden (het A-formulier). Na euthanasie of hulp bij zelfdoding is de dood nooit natuurlijk: kies dan Nee.',
    );
    await expect(el).to.be.accessible();
    await english(el, () => {
      expect(hintOf(el, 'Where did the person die?')).to.contain('Then the municipality where the body leaves the vehicle, ship or aircraft counts');
      expect(hintOf(el, 'Has the doctor declared that the person died of natural causes?')).to.contain(
        'After euthanasia or assisted suicide the death is never natural: then choose No.',
      );
    });
  });

  it('4.13 the window says a time in the repeated autumn hour or the skipped spring hour is read as the later instant', async () => {
    for (const [datum, vroegst, nl, en] of [
      [
        ['25', '10', '2026'],
        'op zijn vroegst op maandag 26 oktober 2026 om 14:30 uur',
        'Deze tijd bestaat twee keer: in de nacht van zomertijd naar wintertijd gaat de klok om 03:00 terug naar 02:00. Wij rekenen met het latere tijdstip (wintertijd), zodat de 36 uur zeker voorbij zijn.',
        'This time happens twice: in the night from summer to winter time the clock goes back from 03:00 to 02:00. We use the later moment (winter time)',
      ],
      [
        ['29', '3', '2026'],
        'op zijn vroegst op maandag 30 maart 2026 om 15:30 uur',
        'Deze tijd bestaat niet: in de nacht van wintertijd naar zomertijd gaat de klok om 02:00 vooruit naar 03:00. Wij rekenen met het latere tijdstip (een uur later, zomertijd), zodat de 36 uur zeker voorbij zijn.',
        'This time does not exist: in the night from winter to summer time the clock goes forward from 02:00 to 03:00.',
      ],
      [['26', '10', '2026'], 'op zijn vroegst op dinsdag 27 oktober 2026 om 14:30 uur', null, null],
    ] as const) {
      const el = await at('overlijden');
      await typeDate(el, 'Datum van overlijden', datum[0], datum[1], datum[2]);
      await type(field(el, 'Tijd van overlijden'), '02:30');
      await tick(el);
      expect(window_(el)).to.contain(vroegst);
      if (nl) expect(window_(el)).to.contain(nl);
      else expect(window_(el)).not.to.contain('Deze tijd bestaat');
      await english(el, () => (en ? expect(window_(el)).to.contain(en) : expect(window_(el)).not.to.contain('This time')));
    }
  });

  it('4.14 gelijkgestelde-dagen="werkdag" counts a declared day: death on Hemelvaartsdag 2026, latest Friday 22 May instead of Tuesday 26 May', async () => {
    for (const [attrs, uiterlijk] of [
      [{}, 'uiterlijk op dinsdag 26 mei 2026'],
      [{ 'gelijkgestelde-dagen': 'werkdag' }, 'uiterlijk op vrijdag 22 mei 2026'],
    ] as const) {
      const el = await at('overlijden', undefined, attrs);
      await typeDate(el, 'Datum van overlijden', '14', '5', '2026');
      await type(field(el, 'Tijd van overlijden'), '08:00');
      await tick(el);
      expect(window_(el)).to.contain(uiterlijk);
    }
  });

  it('4.15 bsn-aangever="verplicht" asks the BSN of the person declaring for the company; by default it is not asked', async function () {
    this.timeout(30000);
    const zonder = await at('aangever');
    expect(() => field(zonder, 'Uw burgerservicenummer (BSN)')).to.throw();
    const el = await at('aangever', undefined, { 'bsn-aangever': 'verplicht' });
    expect(labelOf(el, 'Uw burgerservicenummer (BSN)')).to.equal('Uw burgerservicenummer (BSN)');
    expect(hintOf(el, 'Uw burgerservicenummer (BSN)', 'label')).to.equal('De gemeente Utrecht vraagt dit om vast te stellen wie de aangifte doet.');
    await type(field(el, 'Naam van de uitvaartonderneming'), 'Uitvaartzorg De Linde B.V.');
    await type(field(el, 'KvK-nummer'), '12345678');
    await type(field(el, 'Voornamen'), 'Pieter');
    await type(field(el, 'Achternaam'), 'Bakker');
    await type(field(el, 'E-mailadres'), 'p.bakker@uitvaartzorg-delinde.example');
    await type(field(el, 'Telefoonnummer'), '030 123 4567');
    await type(field(el, 'Naam van de nabestaande die u heeft gemachtigd'), 'Anna de Vries');
    await type(field(el, 'Relatie van deze nabestaande tot de overledene'), 'dochter');
    await check(el, 'Ik verklaar dat deze nabestaande mij heeft gemachtigd de aangifte te doen');
    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    expect(errors(el)).to.deep.equal(['Wie handelt de aangifte af?: Vul uw burgerservicenummer in']);
    await english(el, () => expect(text(el)).to.contain('Your citizen service number (BSN)'));
    await type(field(el, 'Uw burgerservicenummer (BSN)'), '9999 93 847');
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.overledene.nl);
  });

  it('4.15 past the 6th working day the funeral director is referred: a relative declares (BW 1:19h lid 2)', async function () {
    this.timeout(30000);
    const el = await at('overlijden');
    // Wednesday 18 November: the 6th working day is Thursday 26 November, before today (28 November).
    await typeDate(el, 'Datum van overlijden', '18', '11', '2026');
    await type(field(el, 'Tijd van overlijden'), '10:00');
    await tick(el);
    expect(window_(el)).to.contain('Als uitvaartondernemer kunt u na de 6e werkdag na de dag van overlijden geen aangifte meer doen namens een nabestaande.');
    await type(field(el, 'Plaats van overlijden'), 'Utrecht');
    await choose(el, 'Op wat voor plek is de persoon overleden?', 'In een ziekenhuis');
    await type(field(el, 'Naam van de arts die de overledene heeft geschouwd'), 'dr. K. Meijer');
    await choose(el, 'Deze arts is', 'De behandelend arts');
    await press(el, 'Volgende');
    await until(() => heading(el) === 'Aangifte door een nabestaande');
    expect(text(el)).to.contain(
      'Na de 6e werkdag na de dag van overlijden kan een uitvaartondernemer de aangifte niet meer doen namens een nabestaande. Een nabestaande die van het overlijden weet, doet de aangifte bij de gemeente Utrecht.',
    );
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await tick(el);
    expect(heading(el)).to.equal('Registration by a relative');
    expect(text(el)).to.contain('After the 6th working day after the day of death a funeral director can no longer register the death for a relative.');
    expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);
  });

  it('4.15 a death abroad: the referral names the BRP gemeente or the RNI, the legalised certificate and inschrijving in Den Haag', async () => {
    const el = await createOverlijden({ endpoint: `${receiver.url}/api/overlijden` });
    await choose(el, 'Waar is de persoon overleden?', 'In het buitenland');
    await tick(el);
    await press(el, 'Volgende');
    await until(() => heading(el) === 'Overlijden in het buitenland');
    const nl = text(el);
    for (const part of [
      'registreert de gemeente waar de overledene het laatst stond ingeschreven het overlijden. Dat is de inschrijving in de Basisregistratie Personen (BRP)',
      'via de Registratie Niet-ingezetenen (RNI)',
      'de buitenlandse overlijdensakte aan, gelegaliseerd of met apostille',
      'alleen als de gemeente Den Haag de buitenlandse akte inschrijft in haar registers',
    ]) {
      expect(nl).to.contain(part);
    }
    el.setAttribute('lang', 'en');
    await tick(el);
    expect(heading(el)).to.equal('A death abroad');
    expect(text(el)).to.contain('through the Non-Residents Records (RNI)');
    expect(text(el)).to.contain('entered in the registers of the municipality of The Hague');
    await expect(el).to.be.accessible();
  });
});
