// "Ja, er verhuizen mensen mee" never ends with nobody reported, and one report holds at most 50
// people (issue 6 item 4.5; issue 8 hole 4), driven by the Dutch labels with the keyboard.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { button, choose, errors, inlineErrors, press, root, tick, until } from '../support/user.js';
import { untilStep, walk } from '../shared/flow.js';
import { aangeverStap, createVerhuizing, meeverhuizers, nieuwAdresAlleen, NOW, persoon, start, TODAY } from './driver.js';

describe('<gemeente-verhuizing> co-movers', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('4.5 "Ja" opens the first person\'s block at once, and "Volgende" with it empty says what to fill in instead of sending nobody', async function () {
    this.timeout(60000);
    const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl: receiver.lookupUrl });
    await walk(el, [start, nieuwAdresAlleen, aangeverStap]);
    await untilStep(el, 'Wie verhuizen er met u mee?');
    expect(root(el).querySelectorAll('fieldset.group-item')).to.have.length(0);
    await choose(el, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Ja');
    await until(() => root(el).querySelectorAll('fieldset.group-item').length === 1);
    await press(el, 'Volgende');
    await tick(el);
    await untilStep(el, 'Wie verhuizen er met u mee?');
    expect(errors(el)).to.include.members(['Persoon 1: Vul het burgerservicenummer in', 'Persoon 1: Vul de voornamen in']);
    await expect(el).to.be.accessible();
  });

  it('removing a person takes their errors away and leaves the person who moves up in their place without them (docs/errors.md)', async function () {
    this.timeout(60000);
    const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl: receiver.lookupUrl });
    await walk(el, [start, nieuwAdresAlleen, aangeverStap]);
    await untilStep(el, 'Wie verhuizen er met u mee?');
    await choose(el, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Ja');
    await until(() => root(el).querySelectorAll('fieldset.group-item').length === 1);
    // Person 1 stays empty, person 2 is complete: the errors are person 1's only.
    await persoon(el, 1, meeverhuizers.partner);
    await press(el, 'Volgende');
    await tick(el);
    expect(errors(el)).to.include('Persoon 1: Vul het burgerservicenummer in');
    expect(errors(el).some((e) => e.startsWith('Persoon 2'))).to.equal(false);
    await press(el, 'Verwijder persoon 1');
    await until(() => root(el).querySelectorAll('fieldset.group-item').length === 1);
    await tick(el);
    // Keyed by path, the frozen errors of "meeverhuizers.0" would now sit on the complete person.
    const item = root(el).querySelector('fieldset.group-item')!;
    expect(item.querySelectorAll('.error-message').length, inlineErrors(el).join(' | ')).to.equal(0);
    expect(errors(el).some((e) => e.startsWith('Persoon 1'))).to.equal(false);
  });

  it('4.5 the add button goes once 50 people are on the report', async () => {
    const el = await createVerhuizing({
      endpoint: `${receiver.url}/api/verhuizing`,
      // 49 (empty) co-movers from the host; "5" residents, to which the driver types "1": 51.
      props: {
        prefill: {
          woonsituatie: { aantalBewoners: '5' },
          meeverhuizersJa: true,
          meeverhuizers: Array.from({ length: 49 }, () => ({})),
        },
      },
    });
    await walk(el, [start, nieuwAdresAlleen, aangeverStap]);
    await untilStep(el, 'Wie verhuizen er met u mee?');
    expect(root(el).querySelectorAll('fieldset.group-item')).to.have.length(49);
    await press(el, 'Nog een persoon toevoegen');
    await until(() => root(el).querySelectorAll('fieldset.group-item').length === 50);
    expect(() => button(el, 'Nog een persoon toevoegen')).to.throw();
  });
});
