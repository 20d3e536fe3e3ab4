// The deceased: the "BSN unknown / not in the BRP" path asks the parents' names for the akte instead
// of the BSN, and the (late) partner is asked only for the marital states that have one.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, errors, field, heading, press, root, text, tick, type, typeDate, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { HEADINGS, NOW, TODAY, antwoorden, createAt, typeIn, type Row } from './driver.js';

const legends = (el: FormElement) => [...root(el).querySelectorAll('legend')].map((l) => l.textContent!.replace(/\s+/g, ' ').trim());

async function inBoth(el: FormElement): Promise<void> {
  await expect(el).to.be.accessible();
  el.setAttribute('lang', 'en');
  await tick(el);
  await expect(el).to.be.accessible();
  el.setAttribute('lang', 'nl');
  await tick(el);
}

describe('<gemeente-overlijden> the deceased', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('BSN unknown: no BSN field, the parents\' names asked instead; the payload has burgerservicenummer null and the parents', async function () {
    this.timeout(30000);
    // The later steps answered; a non-natural death, so nothing is asked on the attachment step.
    const el = await createAt('overledene', {
      endpoint: `${receiver.url}/api/overlijden`,
      extra: { ...antwoorden.overlijden, ...antwoorden.lijkbezorging, overlijden: { ...antwoorden.overlijden.overlijden, natuurlijk: false } },
    });
    expect(legends(el)).not.to.include('Eerste ouder');
    await check(el, 'Het BSN is onbekend of de overledene stond niet ingeschreven in Nederland');
    await tick(el);
    expect(() => field(el, 'Burgerservicenummer (BSN)')).to.throw();
    expect(legends(el)).to.include.members(['Eerste ouder', 'Tweede ouder']);
    expect(text(el)).to.contain('Nodig voor de akte, omdat het BSN onbekend is. Vul ten minste één ouder in.');

    // Thomas Müller, a visitor from Köln (the fixtures' `bsnOnbekend` example, typed).
    await type(field(el, 'Voornamen'), 'Thomas');
    await type(field(el, 'Achternaam'), 'Müller');
    await choose(el, 'Geslacht', 'Man');
    await typeDate(el, 'Geboortedatum', '9', 'augustus', '1961');
    await type(field(el, 'Geboorteplaats'), 'Köln');
    await type(field(el, 'Geboorteland'), 'Duitsland');
    await check(el, 'Het laatste adres in Nederland is onbekend');
    await tick(el);
    expect(() => field(el, 'Postcode')).to.throw();
    await choose(el, 'Burgerlijke staat', 'Ongehuwd');

    // No parent yet: the akte needs at least one.
    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    // The summary names whose field it is (the inline message sits inside the "Eerste ouder" fieldset).
    expect(errors(el)).to.deep.equal(['Eerste ouder: Vul de naam van ten minste één ouder in']);
    await inBoth(el);

    await typeIn(el, 'Eerste ouder', 'Voornamen', 'Klaus');
    await typeIn(el, 'Eerste ouder', 'Achternaam', 'Müller');
    await typeIn(el, 'Tweede ouder', 'Voornamen', 'Ingrid');
    await typeIn(el, 'Tweede ouder', 'Achternaam', 'Schmidt');
    await press(el, 'Volgende');
    for (const id of ['overlijden', 'lijkbezorging', 'bijlagen'] as const) {
      await untilStep(el, HEADINGS[id].nl);
      await press(el, 'Volgende');
      await tick(el);
    }
    await untilStep(el, 'Controleer uw gegevens');
    expect(text(el)).to.contain('Eerste ouder');
    await check(el, 'Ik heb alles naar waarheid ingevuld');
    await press(el, 'Versturen');
    await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
    const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
    expect(rows[0]!.envelope.gegevens['overledene']).to.deep.equal({
      burgerservicenummer: null,
      bsnOnbekend: true,
      naam: { voornamen: 'Thomas', geslachtsnaam: 'Müller' },
      geslacht: 'man',
      geboorte: { datum: '1961-08-09', plaats: 'Köln', land: 'Duitsland' },
      laatsteAdres: null,
      burgerlijkeStaat: 'ongehuwd',
      partner: null,
      ouders: [
        { naam: { voornamen: 'Klaus', geslachtsnaam: 'Müller' } },
        { naam: { voornamen: 'Ingrid', geslachtsnaam: 'Schmidt' } },
      ],
    });
  });

  it('asks the partner for gehuwd, geregistreerd partner, weduwe/weduwnaar and achtergebleven partner — not for ongehuwd, gescheiden or a dissolved partnership', async () => {
    const el = await createAt('overledene', { endpoint: `${receiver.url}/api/overlijden`, extra: antwoorden.overledene });
    for (const [staat, asked] of [
      ['Gehuwd', true],
      ['Ongehuwd', false],
      ['Geregistreerd partner', true],
      ['Gescheiden', false],
      ['Geregistreerd partnerschap ontbonden', false],
      ['Weduwe of weduwnaar', true],
      ['Achtergebleven geregistreerd partner', true],
    ] as const) {
      await choose(el, 'Burgerlijke staat', staat);
      await tick(el);
      expect(legends(el).includes('Echtgenoot of geregistreerd partner'), staat).to.equal(asked);
    }
    expect(text(el)).to.contain('Is deze al overleden? Vul dan de gegevens van de overleden partner in.');
    await inBoth(el);

    // Married without the partner's details: the akte needs them.
    await choose(el, 'Burgerlijke staat', 'Gehuwd');
    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    expect(errors(el)).to.have.length(1);
    expect(root(el).querySelector('fieldset.section [aria-invalid="true"]')).to.exist;
    await typeIn(el, 'Echtgenoot of geregistreerd partner', 'Voornamen', 'Hendrik');
    await typeIn(el, 'Echtgenoot of geregistreerd partner', 'Achternaam', 'Jansen');
    await typeDate(el, 'Geboortedatum van de partner', '1', '2', '1935');
    // Changing to ongehuwd drops the partner from what is sent (else the receiver would refuse it).
    await choose(el, 'Burgerlijke staat', 'Ongehuwd');
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.overlijden.nl);
  });
});
