// The funeral window of the Wet op de lijkbezorging (art. 16: not sooner than 36 hours after the
// death, at the latest on the 6th working day after the day of death) and what the form makes of a
// funeral outside it (art. 17: a request to the burgemeester), plus the attachments that follow from
// the answers. The clock is Saturday 28 November 2026, 10:00 in Amsterdam.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, errors, field, heading, press, retype, root, text, tick, type, typeDate, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { HEADINGS, NOW, TODAY, createAt, typeUitvaart, type Row } from './driver.js';
import { liveRegion, said } from '../shared/focus-behaviour.js';

const window_ = (el: FormElement) => root(el).querySelector<HTMLElement>('.window')!;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const labelOf = (el: FormElement, label: string) => norm(root(el).querySelector(`label[for="${field(el, label).id}"]`)!.textContent);

async function inBoth(el: FormElement, english: (el: FormElement) => void = () => {}): Promise<void> {
  await expect(el).to.be.accessible();
  el.setAttribute('lang', 'en');
  await tick(el);
  english(el);
  await expect(el).to.be.accessible();
  el.setAttribute('lang', 'nl');
  await tick(el);
}

describe('<gemeente-overlijden> the funeral window', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  const at = (stepId: Parameters<typeof createAt>[0], extra?: Record<string, unknown>) =>
    createAt(stepId, { endpoint: `${receiver.url}/api/overlijden`, ...(extra ? { extra } : {}) });

  describe('on the step about the death', () => {
    it('announces the earliest moment and the last day in the live region as soon as date and time are valid', async () => {
      const el = await at('overlijden');
      // The engine's one live region is there, empty, before anything is typed: only then do screen
      // readers announce it (issue 7 item 6). The window itself has no live role (not read twice).
      const region = liveRegion(el);
      expect(region.getAttribute('role')).to.equal('status');
      expect(region.getAttribute('aria-live')).to.equal('polite');
      expect(said(el)).to.equal('');
      expect(window_(el).closest('[role="status"], [aria-live]')).to.equal(null);

      await typeDate(el, 'Datum van overlijden', '27', '11', '2026');
      expect(norm(window_(el).textContent), 'no time yet').to.equal('');
      await type(field(el, 'Tijd van overlijden'), '23.30');
      await tick(el);
      const venster =
        'De uitvaart mag op zijn vroegst op zondag 29 november 2026 om 11:30 uur: 36 uur na het overlijden. En uiterlijk op maandag 7 december 2026: de 6e werkdag na de dag van overlijden.';
      expect(norm(window_(el).textContent)).to.equal(venster);
      await until(() => said(el) === venster);
      expect(liveRegion(el)).to.equal(region); // the same region, so the change is announced
      await inBoth(el, () =>
        expect(norm(window_(el).textContent)).to.contain('at the earliest on Sunday, 29 November 2026 at 11:30 (36 hours after the death) and at the latest on Monday, 7 December 2026'),
      );

      // A time that does not exist takes the window away again.
      await retype(field(el, 'Tijd van overlijden'), '24:30');
      await tick(el);
      expect(norm(window_(el).textContent)).to.equal('');
    });

    it('counts 36 elapsed hours across the switch to summer time: Sat 28 March 12:00 → Mon 30 March 01:00', async () => {
      const el = await at('overlijden');
      await typeDate(el, 'Datum van overlijden', '28', 'maart', '2026');
      await type(field(el, 'Tijd van overlijden'), '12:00');
      await tick(el);
      expect(norm(window_(el).textContent)).to.contain('op zijn vroegst op maandag 30 maart 2026 om 01:00 uur');
      // Working days after Saturday 28 March: 30, 31 March, 1, 2 April, (Goede Vrijdag 3 April and
      // 2e Paasdag 6 April are holidays), 7, 8 April → the 6th is Wednesday 8 April.
      expect(norm(window_(el).textContent)).to.contain('uiterlijk op woensdag 8 april 2026');
      // That was months ago: a warning, not an error.
      expect(norm(window_(el).textContent)).to.contain('Het overlijden is meer dan 6 werkdagen geleden');
      await expect(el).to.be.accessible();
    });
  });

  describe('on the funeral step', () => {
    it('inside the window: says so, and asks no reason', async () => {
      const el = await at('lijkbezorging');
      await typeUitvaart(el, 'Begraven', ['2', '12', '2026'], '14:00');
      expect(text(el)).to.contain('Deze datum en tijd vallen binnen de wettelijke termijn.');
      expect(() => field(el, 'Reden van uw verzoek')).to.throw();
      await inBoth(el);
    });

    it('a funeral that has already begun: said at once, and the step cannot be left', async () => {
      const el = await at('lijkbezorging');
      // The clock is Saturday 28 November 10:00; 08:00 that morning is after the death but past.
      await typeUitvaart(el, 'Begraven', ['28', '11', '2026'], '08:00');
      expect(text(el)).to.contain('Kies voor de uitvaart een datum en tijd in de toekomst');
      expect(text(el)).not.to.contain('binnen de wettelijke termijn');
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el).join(' ')).to.contain('Kies voor de uitvaart een datum en tijd in de toekomst');
      await inBoth(el);
    });

    it('before the 36 hours: a request for bespoediging with the amount of time, a reason, and the doctor\'s statement required next', async function () {
      this.timeout(30000);
      const el = await at('lijkbezorging');
      await typeUitvaart(el, 'Cremeren', ['29', '11', '2026'], '11:00');
      const status = norm(window_(el).textContent);
      expect(status).to.contain(
        'Deze uitvaart is 30 minuten eerder dan 36 uur na het overlijden (op zijn vroegst zondag 29 november 2026 om 11:30 uur). U vraagt daarom de burgemeester om bespoediging.',
      );
      // Sunday 11:00 is within 48 hours of now.
      expect(status).to.contain('De uitvaart is binnen 48 uur');
      expect(labelOf(el, 'Reden van uw verzoek')).to.equal('Reden van uw verzoek');
      await inBoth(el, () => expect(text(el)).to.contain('This funeral is 30 minutes earlier than 36 hours after the death'));

      // Without a reason the request cannot go (the body is in Utrecht: its burgemeester decides).
      await type(field(el, 'Gemeente waar het lichaam nu is'), 'Utrecht');
      await type(field(el, 'Naam van de begraafplaats of het crematorium'), 'Crematorium Daelwijck');
      await type(field(el, 'Plaats van de begraafplaats of het crematorium'), 'Utrecht');
      await choose(el, 'Vindt de begrafenis of crematie in het buitenland plaats?', 'Nee');
      await type(field(el, 'Aantal uittreksels van de akte van overlijden'), '1');
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.have.length(1);
      expect(field(el, 'Reden van uw verzoek').getAttribute('aria-invalid')).to.equal('true');
      await inBoth(el);

      await type(field(el, 'Reden van uw verzoek'), 'Geloofsovertuiging');
      await press(el, 'Volgende');
      await untilStep(el, HEADINGS.bijlagen.nl);
      expect(labelOf(el, 'Verklaring van de arts dat er geen bezwaar is tegen bespoediging')).to.equal(
        'Verklaring van de arts dat er geen bezwaar is tegen bespoediging',
      );
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.include('Voeg de verklaring van de arts over bespoediging toe');
      expect(errors(el)).to.include('Voeg de verklaring van overlijden toe (het A-formulier)');
      await inBoth(el);
    });

    it('after the 6th working day: a request for uitstel with the number of days, and the doctor’s statement (Wlb art. 17 lid 1, issue 6 item 4.10)', async () => {
      const el = await at('lijkbezorging');
      await typeUitvaart(el, 'Cremeren', ['10', '12', '2026'], '11:00');
      expect(text(el)).to.contain(
        'Deze uitvaart is 3 dagen na de laatste toegestane dag (maandag 7 december 2026, de 6e werkdag na de dag van overlijden). U vraagt daarom de burgemeester om uitstel. Voeg bij de bijlagen de verklaring van de arts toe dat er geen bezwaar is tegen uitstel.',
      );
      expect(text(el)).not.to.contain('binnen 48 uur');
      await type(field(el, 'Reden van uw verzoek'), 'De kinderen komen uit Australië.');
      await type(field(el, 'Gemeente waar het lichaam nu is'), 'Utrecht');
      await inBoth(el);
      await type(field(el, 'Naam van de begraafplaats of het crematorium'), 'Crematorium Daelwijck');
      await type(field(el, 'Plaats van de begraafplaats of het crematorium'), 'Utrecht');
      await choose(el, 'Vindt de begrafenis of crematie in het buitenland plaats?', 'Nee');
      await type(field(el, 'Aantal uittreksels van de akte van overlijden'), '0');
      await press(el, 'Volgende');
      await untilStep(el, HEADINGS.bijlagen.nl);
      expect(labelOf(el, 'Verklaring van de arts dat er geen bezwaar is tegen uitstel')).to.equal('Verklaring van de arts dat er geen bezwaar is tegen uitstel');
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.include('Voeg de verklaring van de arts over uitstel toe');
    });

    it('body donated to science: no date fields, the explanation, and the will/codicil required', async () => {
      const el = await at('lijkbezorging');
      await choose(el, 'Wat gebeurt er met het lichaam?', 'Ter beschikking van de wetenschap');
      await tick(el);
      expect(() => field(el, 'Tijd van de uitvaart')).to.throw();
      expect(root(el).querySelectorAll('legend')).to.satisfy((ls: NodeListOf<HTMLLegendElement>) =>
        [...ls].every((l) => !norm(l.textContent).startsWith('Datum van de uitvaart')),
      );
      expect(() => field(el, 'Naam van de begraafplaats of het crematorium')).to.throw();
      expect(text(el)).to.contain('vraagt u verlof tot ontleding aan. Er is dan geen uitvaartdatum.');
      await inBoth(el);
      await type(field(el, 'Aantal uittreksels van de akte van overlijden'), '1');
      await press(el, 'Volgende');
      await untilStep(el, HEADINGS.bijlagen.nl);
      expect(labelOf(el, 'Wilsbeschikking (codicil) met kopie identiteitsbewijs')).to.equal('Wilsbeschikking (codicil) met kopie identiteitsbewijs');
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.include('Voeg het ondertekende testament of codicil toe');
      await inBoth(el);
    });
  });

  describe('natural or not', () => {
    it('a natural death requires the A-form and the choice how the cause of death reaches CBS', async () => {
      const el = await at('bijlagen', { lijkbezorging: { wijze: 'cremeren', datum: '2026-12-02', tijd: '11:00', locatie: { naam: 'Crematorium Daelwijck', plaats: 'Utrecht' }, buitenland: false }, aantalUittreksels: '2' });
      expect(labelOf(el, 'Verklaring van overlijden (A-formulier)')).to.equal('Verklaring van overlijden (A-formulier)');
      expect(text(el)).to.contain('Hoe komt de doodsoorzaak bij het CBS?');
      expect(text(el)).not.to.contain('Verklaring van de arts dat er geen bezwaar');
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      // (Order aside: the engine lists schema issues in schema order, not page order — reported.)
      expect(errors(el)).to.have.members([
        'Voeg de verklaring van overlijden toe (het A-formulier)',
        'Kies hoe de doodsoorzaak bij het CBS komt',
      ]);
    });

    it('a non-natural death asks neither; the confirmation says processing waits for the officier van justitie', async function () {
      this.timeout(20000);
      const el = await at('bijlagen', { overlijden: { natuurlijk: false } });
      expect(() => field(el, 'Verklaring van overlijden (A-formulier)')).to.throw();
      expect(text(el)).not.to.contain('Hoe komt de doodsoorzaak bij het CBS?');
      expect(labelOf(el, 'Andere documenten')).to.equal('Andere documenten (niet verplicht)');
      await press(el, 'Volgende');
      await untilStep(el, 'Controleer uw gegevens');
      await check(el, 'Ik heb alles naar waarheid ingevuld');
      await press(el, 'Versturen');
      await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
      expect(text(el)).to.contain(
        'Het gaat om een niet-natuurlijke dood. De gemeente verwerkt de aangifte zodra de verklaring van geen bezwaar van de officier van justitie binnen is.',
      );
      expect(text(el)).not.to.contain('B-envelop');
      const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
      expect(rows).to.have.length(1);
      expect(rows[0]!.envelope.gegevens['overlijden'].natuurlijk).to.equal(false);
      expect(rows[0]!.envelope.gegevens).not.to.have.property('doodsoorzaak');
      expect(rows[0]!.envelope.bijlagen).to.deep.equal([]);
    });
  });
});
