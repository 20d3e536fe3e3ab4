// Who declares (BW 1:19h): the funeral director, with a KvK number of exactly 8 digits and an
// optional (or, by config, required) 12-digit vestigingsnummer — or, only where the gemeente allows it
// (`nabestaande-toegestaan`), a relative with BSN, names, relation, address and contact details.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, errors, field, heading, press, retype, root, text, tick, type, until } from '../support/user.js';
import { untilStep, walk } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { HEADINGS, NOW, TODAY, antwoorden, createAt, createOverlijden, start, untilLookedUp, type Row } from './driver.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const labelOf = (el: FormElement, label: string) => norm(root(el).querySelector(`label[for="${field(el, label).id}"]`)!.textContent);
const legends = (el: FormElement) => [...root(el).querySelectorAll('legend')].map((l) => norm(l.textContent));

async function inBoth(el: FormElement): Promise<void> {
  await expect(el).to.be.accessible();
  el.setAttribute('lang', 'en');
  await tick(el);
  await expect(el).to.be.accessible();
  el.setAttribute('lang', 'nl');
  await tick(el);
}

/** The steps after the aangever, answered (a non-natural death: no attachments asked). */
const rest = { ...antwoorden.overledene, ...antwoorden.overlijden, ...antwoorden.lijkbezorging, overlijden: { ...antwoorden.overlijden.overlijden, natuurlijk: false } };

async function sendFrom(el: FormElement, stepId: string): Promise<void> {
  const order = ['aangever', 'overledene', 'overlijden', 'lijkbezorging', 'bijlagen'] as const;
  for (const id of order.slice(order.indexOf(stepId as (typeof order)[number]))) {
    await untilStep(el, HEADINGS[id].nl);
    await press(el, 'Volgende');
    await tick(el);
  }
  await untilStep(el, 'Controleer uw gegevens');
  await check(el, 'Ik heb alles naar waarheid ingevuld');
  await press(el, 'Versturen');
}

describe('<gemeente-overlijden> the declarant', () => {
  let receiver: ReceiverUrls;

  beforeEach(() => sessionStorage.clear());
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  const start_ = (policies?: Record<string, unknown>) =>
    executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW, ...(policies ? { policies } : {}) }).then((r) => (receiver = r));

  describe('a relative', () => {
    it('is not offered by default: the funeral director\'s questions come at once', async () => {
      await start_();
      const el = await createOverlijden({ endpoint: `${receiver.url}/api/overlijden` });
      await walk(el, [start]);
      await untilStep(el, HEADINGS.aangever.nl);
      expect(legends(el)).not.to.include('Wie doet de aangifte?');
      expect(text(el)).not.to.contain('Ik ben nabestaande');
      expect(() => field(el, 'Uw burgerservicenummer (BSN)')).to.throw();
      expect(field(el, 'Naam van de uitvaartonderneming')).to.exist;
      expect(field(el, 'KvK-nummer')).to.exist;
    });

    it('with nabestaande-toegestaan: declares with BSN, names, relation, the address from the lookup and contact details; the receiver stores it', async function () {
      this.timeout(30000);
      await start_({ overlijden: { '0344': { nabestaandeToegestaan: true } } });
      const el = await createAt('aangever', {
        endpoint: `${receiver.url}/api/overlijden`,
        lookupUrl: receiver.lookupUrl,
        attrs: { 'nabestaande-toegestaan': '' },
        extra: rest,
      });
      // Nothing chosen yet: one clear error, not the hidden fields' "Vul … in".
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.deep.equal(['Kies of u uitvaartondernemer of nabestaande bent']);

      await choose(el, 'Wie doet de aangifte?', 'Ik ben nabestaande');
      await tick(el);
      expect(() => field(el, 'KvK-nummer')).to.throw();
      expect(() => field(el, 'Naam van de nabestaande die u heeft gemachtigd')).to.throw();
      await type(field(el, 'Uw burgerservicenummer (BSN)'), '9999 93 847');
      await type(field(el, 'Voornamen'), 'Anna');
      await type(field(el, 'Voorvoegsel'), 'de');
      await type(field(el, 'Achternaam'), 'Vries');
      await type(field(el, 'Uw relatie tot de overledene'), 'dochter');
      await type(field(el, 'Postcode'), '3011 ad');
      await type(field(el, 'Huisnummer'), '40');
      await untilLookedUp(el);
      expect(text(el)).to.contain('Gevonden adres: Coolsingel 40, 3011AD Rotterdam');
      await type(field(el, 'E-mailadres'), 'anna.devries@example.nl');
      await type(field(el, 'Telefoonnummer'), '06 12345678');
      expect(legends(el)).to.include('Uw adres');
      await inBoth(el);

      await press(el, 'Volgende');
      // The deceased's address was prefilled without a lookup: showing the step looks it up.
      await untilStep(el, HEADINGS.overledene.nl);
      await untilLookedUp(el);
      expect(text(el)).to.contain('Gevonden adres: Stadsplateau 1, 3521AZ Utrecht');
      await sendFrom(el, 'overledene');
      await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
      const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
      expect(rows).to.have.length(1);
      expect(rows[0]!.envelope.gegevens['aangever']).to.deep.equal({
        type: 'nabestaande',
        naam: { voornamen: 'Anna', voorvoegsel: 'de', geslachtsnaam: 'Vries' },
        email: 'anna.devries@example.nl',
        telefoonnummer: '+31612345678',
        burgerservicenummer: '999993847',
        relatie: 'dochter',
        adres: { postcode: '3011AD', huisnummer: 40, straatnaam: 'Coolsingel', woonplaats: 'Rotterdam' },
      });
    });

    it('a receiver whose gemeente does not allow relatives refuses it on the declarant\'s step, answers kept', async function () {
      this.timeout(30000);
      await start_(); // default policy: funeral director only
      const el = await createAt('aangever', {
        endpoint: `${receiver.url}/api/overlijden`,
        attrs: { 'nabestaande-toegestaan': '' },
        extra: {
          ...rest,
          aangever: {
            type: 'nabestaande',
            burgerservicenummer: '999993847',
            naam: { voornamen: 'Anna', geslachtsnaam: 'Vries' },
            relatie: 'dochter',
            adres: { postcode: '3011AD', huisnummer: '40', straatnaam: 'Coolsingel', woonplaats: 'Rotterdam' },
            email: 'anna.devries@example.nl',
            telefoonnummer: '+31612345678',
          },
        },
      });
      await sendFrom(el, 'aangever');
      await untilStep(el, HEADINGS.aangever.nl);
      await until(() => errors(el).length > 0);
      expect(errors(el)[0]).to.contain('als nabestaande kan dit niet online');
      expect(field(el, 'Uw burgerservicenummer (BSN)').value).to.equal('999993847');
      expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);
    });
  });

  describe('the funeral director\'s numbers', () => {
    const withoutKvk = { aangever: { ...antwoorden.aangever.aangever, organisatie: { naam: antwoorden.aangever.aangever.organisatie.naam } } };

    it('KvK-nummer: exactly 8 digits (spaces allowed); the vestigingsnummer is optional and, when given, 12 digits', async () => {
      await start_();
      const el = await createAt('aangever', { endpoint: `${receiver.url}/api/overlijden`, extra: withoutKvk });
      expect(labelOf(el, 'Vestigingsnummer')).to.equal('Vestigingsnummer (niet verplicht)');
      await type(field(el, 'KvK-nummer'), '1234567');
      await type(field(el, 'Vestigingsnummer'), '0000 1234');
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.deep.equal(['Vul een KvK-nummer van 8 cijfers in', 'Vul een vestigingsnummer van 12 cijfers in']);
      expect(field(el, 'KvK-nummer').getAttribute('aria-invalid')).to.equal('true');
      await inBoth(el);

      await retype(field(el, 'KvK-nummer'), '123456789');
      await tick(el);
      expect(errors(el)).to.include('Vul een KvK-nummer van 8 cijfers in');
      await retype(field(el, 'KvK-nummer'), '1234 5678');
      await retype(field(el, 'Vestigingsnummer'), '0000 1234 5678');
      await tick(el);
      // Errors stay as they were until the next press (docs/errors.md).
      expect(errors(el)).to.deep.equal(['Vul een KvK-nummer van 8 cijfers in', 'Vul een vestigingsnummer van 12 cijfers in']);
      await retype(field(el, 'Vestigingsnummer'), '');
      await press(el, 'Volgende');
      await untilStep(el, HEADINGS.overledene.nl);
    });

    it('with vestigingsnummer-verplicht the vestigingsnummer is required', async () => {
      await start_();
      const el = await createAt('aangever', {
        endpoint: `${receiver.url}/api/overlijden`,
        attrs: { 'vestigingsnummer-verplicht': '' },
        extra: antwoorden.aangever,
      });
      expect(labelOf(el, 'Vestigingsnummer')).to.equal('Vestigingsnummer');
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.deep.equal(['Vul het vestigingsnummer in, 12 cijfers']);
      expect(field(el, 'Vestigingsnummer').getAttribute('aria-invalid')).to.equal('true');
      await type(field(el, 'Vestigingsnummer'), '000012345678');
      await press(el, 'Volgende');
      await untilStep(el, HEADINGS.overledene.nl);
    });
  });
});
