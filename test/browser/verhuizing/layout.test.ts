// Works on a phone: at 320 px wide (WCAG 1.4.10 reflow) nothing on the new-address step scrolls
// sideways — with the address choice list, the errors and the English texts shown.
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { choose, errors, press, tick, type, field, until } from '../support/user.js';
import { untilStep, walk } from '../shared/flow.js';
import { createVerhuizing, start, NOW, TODAY, untilLookedUp } from './driver.js';

const overflow = () => document.scrollingElement!.scrollWidth;

describe('<gemeente-verhuizing> at 320 px wide', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
    await setViewport({ width: 320, height: 640 });
  });
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await executeServerCommand('receiver-stop');
  });

  it('the new-address step does not overflow horizontally, empty, with errors, with the address choice, in English', async () => {
    const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl: receiver.lookupUrl });
    await walk(el, [start]);
    await untilStep(el, 'Uw nieuwe adres');
    expect(document.documentElement.clientWidth).to.equal(320);
    expect(overflow()).to.be.at.most(320);

    await press(el, 'Volgende');
    await until(() => errors(el).length > 0);
    expect(overflow(), 'with errors').to.be.at.most(320);

    await type(field(el, 'Postcode'), '3512ZZ');
    await type(field(el, 'Huisnummer'), '12');
    await untilLookedUp(el);
    await choose(el, 'Kies het juiste adres', 'Voorbeeldhof 12B-bis, 3512ZZ Utrecht');
    expect(overflow(), 'with the choice list').to.be.at.most(320);

    el.setAttribute('lang', 'en');
    await tick(el);
    expect(overflow(), 'in English').to.be.at.most(320);
    // Every input fits inside the element.
    const width = el.getBoundingClientRect().right;
    for (const input of el.shadowRoot!.querySelectorAll('input, button')) {
      expect(input.getBoundingClientRect().right, input.id || input.textContent!.trim()).to.be.at.most(width + 0.5);
    }
  });
});
