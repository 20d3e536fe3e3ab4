// Reporting a move one does not make, and who may report for whom (issue 6 items 4.1, 4.2, 4.3, 4.9;
// Wet BRP art. 2.48 and 2.49), driven by the Dutch labels with the keyboard against the real receiver.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, errors, field, group, heading, press, root, text, tick, type, typeDate, until } from '../support/user.js';
import { untilStep, walk } from '../shared/flow.js';
import type { FormElement, StepDriver } from '../shared/form-driver.js';
import { aangever, aangeverStap, createVerhuizing, nieuwAdresAlleen, NOW, persoon, start, startNamens, TODAY, untilLookedUp } from './driver.js';

type Row = { envelope: { versie: string; gegevens: Record<string, any>; bijlagen: unknown[] } };

/** The new address, asked about "them": the aangever does not move. */
const nieuwAdresNamens: StepDriver = {
  id: 'nieuw-adres',
  heading: { nl: 'Het nieuwe adres', en: 'The new address' },
  async fill(el) {
    await type(field(el, 'Postcode'), '3521 az');
    await type(field(el, 'Huisnummer'), '1');
    await untilLookedUp(el);
    await typeDate(el, 'Verhuisdatum', '1', 'december', '2026');
    await choose(el, 'Hoe gaan zij op het nieuwe adres wonen?', 'In een huurwoning');
    await choose(el, 'Wonen er al andere mensen op het nieuwe adres?', 'Nee');
    await type(field(el, 'Met hoeveel mensen wonen zij na de verhuizing op het nieuwe adres?'), '3');
  },
};

/** The aangever's own details and contact, without a current address. */
const aangeverNamens: StepDriver = {
  id: 'aangever',
  heading: { nl: 'Uw gegevens', en: 'Your details' },
  async fill(el) {
    await type(field(el, 'Burgerservicenummer (BSN)'), aangever.bsn);
    await type(field(el, 'Voornamen'), aangever.voornamen);
    await type(field(el, 'Achternaam'), aangever.achternaam);
    await typeDate(el, 'Geboortedatum', ...aangever.geboortedatum);
    await type(field(el, 'E-mailadres'), aangever.email);
  },
};

describe('<gemeente-verhuizing> reporting for others (Wet BRP art. 2.48, 2.49)', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  const create = (attrs: Record<string, string> = {}) =>
    createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl: receiver.lookupUrl, attrs });

  it('4.1 "Verhuist u zelf mee?" Nee: two children move without the aangever, the second at the same current address; the receiver stores versie 2 with each child\'s own address', async function () {
    this.timeout(60000);
    const el = await create();
    // The question appears once "in Nederland" is chosen, and must be answered.
    await choose(el, 'Waar verhuist u naar?', 'Naar een adres in Nederland');
    await tick(el);
    await press(el, 'Volgende');
    await tick(el);
    expect(errors(el)).to.deep.equal(['Kies of u zelf meeverhuist']);
    await choose(el, 'Verhuist u zelf mee?', 'Nee');
    await press(el, 'Volgende');
    await tick(el);

    await walk(el, [nieuwAdresNamens]);
    await untilStep(el, 'Uw gegevens');
    expect(text(el)).to.contain('U verhuist zelf niet');
    expect(text(el)).not.to.contain('Uw huidige adres');
    await aangeverNamens.fill(el);
    await press(el, 'Volgende');
    await tick(el);

    // "Wie verhuizen er?": no yes/no question, the first person's block is open.
    await untilStep(el, 'Wie verhuizen er?');
    await until(() => root(el).querySelectorAll('fieldset.group-item').length === 1);
    expect(text(el)).not.to.contain('Verhuizen er andere mensen met u mee');
    await persoon(el, 0, { bsn: '999993483', voornamen: 'Sara', achternaam: 'Berg', geboortedatum: ['3', '9', '2016'], relatie: 'Mijn kind' });
    await tick(el);
    await check(el, 'Ik heb het gezag over dit kind');
    await type(field(el, 'Postcode'), '3011 ad');
    await type(field(el, 'Huisnummer'), '40');
    await untilLookedUp(el);
    await persoon(el, 1, { bsn: '999990482', voornamen: 'Daan', achternaam: 'Berg', geboortedatum: ['20', '4', '2014'], relatie: 'Mijn kind' });
    await tick(el);
    await check(el, 'Ik heb het gezag over dit kind', 1);
    // WCAG 3.3.7: the second child's current address is not typed again.
    await choose(el, 'Woont deze persoon nu op hetzelfde adres als Sara?', 'Ja');
    await tick(el);
    expect(root(el).querySelectorAll('fieldset.group-item')[1]!.querySelector('input[id$="-postcode"]')).to.equal(null);
    await expect(el).to.be.accessible();
    await press(el, 'Volgende');
    await tick(el);

    await untilStep(el, 'Bijlagen');
    await press(el, 'Volgende');
    await untilStep(el, 'Controleer uw gegevens');
    expect(text(el)).to.contain('Wie verhuizen er?');
    await check(el, 'Ik heb alles naar waarheid ingevuld');
    await press(el, 'Versturen');
    await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);

    const [row] = await executeServerCommand<Row[], unknown>('receiver-submissions');
    expect(row!.envelope.versie).to.equal('2');
    const g = row!.envelope.gegevens;
    expect(g.aangever.verhuistMee).to.equal(false);
    expect(g).not.to.have.property('vorigAdres');
    const coolsingel = { postcode: '3011AD', huisnummer: 40, straatnaam: 'Coolsingel', woonplaats: 'Rotterdam' };
    expect(g.meeverhuizers.map((p: { vorigAdres: unknown }) => p.vorigAdres)).to.deep.equal([coolsingel, coolsingel]);
    expect(g.meeverhuizers.map((p: { relatie: string; gezagBevestigd: boolean }) => [p.relatie, p.gezagBevestigd])).to.deep.equal([
      ['kind', true],
      ['kind', true],
    ]);
  });

  it('4.2 voogd, verzorger and curator are relations of their own; a verzorger confirms "Het kind woont bij mij", a curator needs no machtiging', async function () {
    this.timeout(60000);
    const el = await create();
    await walk(el, [startNamens, nieuwAdresNamens, aangeverNamens]);
    await untilStep(el, 'Wie verhuizen er?');
    const relaties = [...group(el, 'Wat is deze persoon van u?').querySelectorAll('label')].map((l) => l.textContent!.trim());
    expect(relaties).to.include.members([
      'Een kind van wie ik de voogd ben',
      'Een kind dat bij mij woont en voor wie ik zorg (verzorger, bijvoorbeeld pleegouder)',
      'Iemand van wie ik de curator ben',
    ]);
    await persoon(el, 0, {
      bsn: '999993483', voornamen: 'Sara', achternaam: 'Berg', geboortedatum: ['3', '9', '2016'],
      relatie: 'Een kind dat bij mij woont en voor wie ik zorg (verzorger, bijvoorbeeld pleegouder)',
    });
    await tick(el);
    expect(() => field(el, 'Ik heb het gezag over dit kind')).to.throw();
    await type(field(el, 'Postcode'), '3011 ad');
    await type(field(el, 'Huisnummer'), '40');
    await untilLookedUp(el);
    await press(el, 'Volgende');
    await tick(el);
    expect(errors(el).join(' ')).to.contain('Geef aan dat het kind bij u woont en u ervoor zorgt');
    await check(el, 'Het kind woont bij mij en ik zorg voor het kind');
    await persoon(el, 1, { bsn: '999990408', voornamen: 'Gerrit', achternaam: 'Jansen', geboortedatum: ['14', '2', '1948'], relatie: 'Iemand van wie ik de curator ben' });
    await tick(el);
    // The summary says whose address is missing.
    await press(el, 'Volgende');
    await tick(el);
    // One entry for the address, naming its parts (docs/errors.md).
    expect(errors(el)).to.include('Persoon 2: Vul postcode en huisnummer in');
    // A curator (art. 2.48 c): no machtiging panel.
    expect(text(el)).not.to.contain('Voor deze persoon heeft u een schriftelijke machtiging nodig');
    await choose(el, 'Woont deze persoon nu op hetzelfde adres als Sara?', 'Ja');
    await press(el, 'Volgende');
    await untilStep(el, 'Bijlagen');
  });

  it('4.2 gezag-bevestigen="nee": no gezag question for a child under 16', async function () {
    this.timeout(60000);
    const el = await create({ 'gezag-bevestigen': 'nee' });
    await walk(el, [start, nieuwAdresAlleen, aangeverStap]);
    await untilStep(el, 'Wie verhuizen er met u mee?');
    await choose(el, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Ja');
    await tick(el);
    await persoon(el, 0, { bsn: '999993483', voornamen: 'Sara', achternaam: 'Berg', geboortedatum: ['3', '9', '2016'], relatie: 'Een kind van wie ik de voogd ben' });
    await tick(el);
    expect(() => field(el, 'Ik heb het gezag over dit kind')).to.throw();
  });

  it('4.2 a parent entering a zorginstelling who cannot sign (art. 2.49 lid 1 d): "familie" asks the head\'s written statement on the Bijlagen step', async function () {
    this.timeout(60000);
    const el = await create();
    await walk(el, [startNamens]);
    await untilStep(el, 'Het nieuwe adres');
    await type(field(el, 'Postcode'), '3521 az');
    await type(field(el, 'Huisnummer'), '1');
    await untilLookedUp(el);
    await typeDate(el, 'Verhuisdatum', '1', 'december', '2026');
    await choose(el, 'Hoe gaan zij op het nieuwe adres wonen?', 'In een zorginstelling');
    await choose(el, 'Wonen er al andere mensen op het nieuwe adres?', 'Nee');
    await type(field(el, 'Met hoeveel mensen wonen zij na de verhuizing op het nieuwe adres?'), '1');
    await press(el, 'Volgende');
    await walk(el, [aangeverNamens]);
    await untilStep(el, 'Wie verhuizen er?');
    await persoon(el, 0, { bsn: '999994669', voornamen: 'Wilhelmina', achternaam: 'Berg', geboortedatum: ['1', '7', '1950'], relatie: 'Mijn vader of moeder' });
    await tick(el);
    await choose(
      el,
      'Kan deze persoon door zijn of haar gezondheid zelf geen aangifte doen en geen machtiging tekenen?',
      'Ja, en ik ben de echtgenoot, geregistreerd partner, levensgezel of familie tot en met de tweede graad. Dat is een ouder, kind, broer of zus, grootouder of kleinkind, ook aangetrouwd. Ik voeg een verklaring van het hoofd van de instelling toe',
    );
    await tick(el);
    expect(text(el)).not.to.contain('Voor deze persoon heeft u een schriftelijke machtiging nodig');
    await type(field(el, 'Postcode'), '3011 ad');
    await type(field(el, 'Huisnummer'), '40');
    await untilLookedUp(el);
    await press(el, 'Volgende');
    await untilStep(el, 'Bijlagen');
    expect(text(el)).to.contain('Schriftelijke verklaring van het hoofd van de zorginstelling');
    expect(text(el)).to.contain('Nodig: 1');
    expect(text(el)).not.to.contain('Machtiging met kopie identiteitsbewijs');
    await press(el, 'Volgende');
    await tick(el);
    expect(errors(el).join(' ')).to.contain('Voeg per bewoner de verklaring van de instelling toe');
  });

  it('4.3 a 17-year-old may not report for their mother, not even with a machtiging: the error is on the relation', async function () {
    this.timeout(60000);
    const el = await create();
    // Jan Willem, but born 1 June 2009: 17 today.
    const zeventien: StepDriver = {
      ...aangeverStap,
      async fill(form: FormElement) {
        await type(field(form, 'Burgerservicenummer (BSN)'), aangever.bsn);
        await type(field(form, 'Voornamen'), aangever.voornamen);
        await type(field(form, 'Achternaam'), aangever.achternaam);
        await typeDate(form, 'Geboortedatum', '1', 'juni', '2009');
        await type(field(form, 'Postcode'), aangever.huidigAdres.postcode);
        await type(field(form, 'Huisnummer'), aangever.huidigAdres.huisnummer);
        await untilLookedUp(form);
        await type(field(form, 'E-mailadres'), aangever.email);
      },
    };
    await walk(el, [start, nieuwAdresAlleen, zeventien]);
    await untilStep(el, 'Wie verhuizen er met u mee?');
    await choose(el, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Ja');
    await tick(el);
    await persoon(el, 0, { bsn: '999994669', voornamen: 'Wilhelmina', achternaam: 'Berg', geboortedatum: ['1', '7', '1970'], relatie: 'Mijn vader of moeder' });
    await press(el, 'Volgende');
    await tick(el);
    expect(errors(el).join(' ')).to.contain('Kies alleen uw eigen kind onder 16: u bent jonger dan 18');
    await expect(el).to.be.accessible();
  });

  it('4.9 the person block: one set of labels for every person, the autocomplete tokens only on the citizen\'s own details', async function () {
    this.timeout(60000);
    const el = await create();
    await walk(el, [start, nieuwAdresAlleen]);
    await untilStep(el, 'Uw gegevens');
    expect(field(el, 'Voornamen').getAttribute('autocomplete')).to.equal('given-name');
    expect(field(el, 'Achternaam').getAttribute('autocomplete')).to.equal('family-name');
    expect(field(el, 'Burgerservicenummer (BSN)').getAttribute('inputmode')).to.equal('numeric');
    await aangeverStap.fill(el);
    await press(el, 'Volgende');
    await untilStep(el, 'Wie verhuizen er met u mee?');
    await choose(el, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Ja');
    await tick(el);
    await until(() => root(el).querySelectorAll('fieldset.group-item').length === 1);
    for (const label of ['Burgerservicenummer (BSN)', 'Voornamen', 'Voorvoegsel', 'Achternaam']) field(el, label);
    group(el, 'Geboortedatum');
    // Someone else's name: autocomplete="off", so the browser does not offer the citizen's own (issue 7 item 9).
    expect(field(el, 'Voornamen').getAttribute('autocomplete')).to.equal('off');
    expect(field(el, 'Burgerservicenummer (BSN)').getAttribute('inputmode')).to.equal('numeric');
  });

  it('reads the start question in English', async () => {
    const el = await create({ lang: 'en' });
    await choose(el, 'Where are you moving to?', 'To an address in the Netherlands');
    await tick(el);
    expect(text(el)).to.contain('Are you moving too?');
    expect(text(el)).to.contain('Choose No if you report the move of someone else');
  });
});
