// A funeral abroad: the form asks the country and says what it needs — Belgium and Luxembourg: the
// Dutch verlof suffices; a party to the Strasbourg agreement (France): a laissez-passer; any other
// country: a statement of the burgemeester. The payload carries the ISO code, or `anders` + the name.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, errors, field, heading, press, root, text, tick, type, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { HEADINGS, NOW, TODAY, createAt, select, typeUitvaart, type Row } from './driver.js';

const regeling = (el: FormElement) => (root(el).querySelector('.panel[data-announce="overlijden.regeling"]')?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<gemeente-overlijden> funeral abroad', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  async function abroad(): Promise<FormElement> {
    // A non-natural death, so the attachment step asks nothing and the test can send at once.
    const el = await createAt('lijkbezorging', { endpoint: `${receiver.url}/api/overlijden`, extra: { overlijden: { natuurlijk: false } } });
    await typeUitvaart(el, 'Begraven', ['3', '12', '2026'], '13:30');
    await type(field(el, 'Naam van de begraafplaats of het crematorium'), 'Cimetière de Montmartre');
    await type(field(el, 'Plaats van de begraafplaats of het crematorium'), 'Parijs');
    await choose(el, 'Vindt de begrafenis of crematie in het buitenland plaats?', 'Ja');
    await tick(el);
    await type(field(el, 'Aantal uittreksels van de akte van overlijden'), '3');
    return el;
  }

  it('says per country what is needed: Belgium, France (Strasbourg), another country by name', async () => {
    const el = await abroad();
    expect(regeling(el)).to.equal('');
    await select(el, 'In welk land?', 'België');
    expect(regeling(el)).to.equal('Voor dit land is het Nederlandse verlof tot begraven of cremeren voldoende.');
    await expect(el).to.be.accessible();

    await select(el, 'In welk land?', 'Frankrijk');
    expect(regeling(el)).to.contain('Overeenkomst van Straatsburg');
    expect(regeling(el)).to.contain('laissez-passer');
    await expect(el).to.be.accessible();

    await select(el, 'In welk land?', 'Een ander land');
    expect(regeling(el)).to.contain('Voor dit land geeft de burgemeester een verklaring af voor het vervoer van het lichaam.');
    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    expect(errors(el)).to.deep.equal(['Vul de naam van het land in']);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'en');
    await tick(el);
    expect(regeling(el)).to.contain('the mayor issues a statement');
    expect([...(field(el, 'In which country?') as unknown as HTMLSelectElement).options].map((o) => o.textContent!.trim())).to.include.members(['Belgium', 'France', 'Another country']);
    await expect(el).to.be.accessible();
    el.setAttribute('lang', 'nl');
    await tick(el);
    await type(field(el, 'Naam van het land'), 'Japan');
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.bijlagen.nl);
  });

  it('sends the country as its ISO code (France: FR)', async function () {
    this.timeout(20000);
    const el = await abroad();
    await select(el, 'In welk land?', 'Frankrijk');
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.bijlagen.nl);
    await press(el, 'Volgende');
    await untilStep(el, 'Controleer uw gegevens');
    expect(text(el)).to.contain('Frankrijk');
    await check(el, 'Ik heb alles naar waarheid ingevuld');
    await press(el, 'Versturen');
    await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
    const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
    expect(rows[0]!.envelope.gegevens['lijkbezorging']).to.deep.equal({
      wijze: 'begraven',
      datum: '2026-12-03',
      tijd: '13:30',
      locatie: { naam: 'Cimetière de Montmartre', plaats: 'Parijs' },
      buitenland: true,
      land: 'FR',
    });
  });
});
