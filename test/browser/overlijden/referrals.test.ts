// The aangifte goes to the gemeente where the person died (BW 1:19f); a death abroad, a stillbirth and
// a found body are other procedures. Each ends in a referral text, and nothing is sent.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { choose, heading, press, root, text, tick, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import { HEADINGS, NOW, TODAY, createOverlijden, type Row } from './driver.js';

describe('<gemeente-overlijden> referrals', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    sinon.restore();
    await executeServerCommand('receiver-stop');
  });

  for (const [plaats, situatie, title, body] of [
    ['In een andere Nederlandse gemeente', null, 'Doe aangifte bij de gemeente van overlijden', 'De aangifte van overlijden doet u bij de gemeente waar de persoon is overleden'],
    ['In het buitenland', null, 'Overlijden in het buitenland', 'Dan doet u aangifte in dat land. In Nederland registreert de gemeente waar de overledene het laatst stond ingeschreven het overlijden.'],
    ['In de gemeente Utrecht', 'Een kind dat levenloos is geboren', 'Aangifte van een levenloos geboren kind', 'Voor een kind dat levenloos is geboren, geldt een andere aangifte'],
    ['In de gemeente Utrecht', 'Een lichaam dat is gevonden', 'Een gevonden lichaam', 'regelen de politie en de officier van justitie de melding'],
  ] as const) {
    it(`"${situatie ?? plaats}" ends with a referral, and nothing is sent`, async () => {
      const spy = sinon.spy(window, 'fetch');
      const el = await createOverlijden({ endpoint: `${receiver.url}/api/overlijden` });
      await choose(el, 'Waar is de persoon overleden?', plaats);
      if (situatie) await choose(el, 'Om welke situatie gaat het?', situatie);
      await tick(el);
      // The natural-death question belongs to an ordinary death in this gemeente only.
      expect([...root(el).querySelectorAll('legend')].map((l) => l.textContent!.trim())).to.deep.equal([
        'Waar is de persoon overleden?',
        'Om welke situatie gaat het?',
      ]);
      await press(el, 'Volgende');
      await tick(el);
      expect(heading(el)).to.equal(title);
      expect(text(el)).to.contain(body);
      expect(root(el).querySelector('.button--primary')).to.equal(null);
      expect(root(el).querySelector('form')).to.equal(null);
      await until(() => root(el).activeElement?.classList.contains('step-title') ?? false);
      await expect(el).to.be.accessible();
      expect(spy.callCount).to.equal(0);
      expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);
      // "Vorige stap" goes back to the questions, answers kept.
      await press(el, 'Vorige stap');
      await untilStep(el, HEADINGS.start.nl);
      expect(root(el).querySelectorAll('input:checked').length).to.equal(situatie ? 2 : 1);
    });
  }

  it('an ordinary death in this gemeente asks whether it was natural, and continues', async () => {
    const el = await createOverlijden({ endpoint: `${receiver.url}/api/overlijden` });
    await choose(el, 'Waar is de persoon overleden?', 'In de gemeente Utrecht');
    await choose(el, 'Om welke situatie gaat het?', 'Een overlijden');
    await tick(el);
    await press(el, 'Volgende');
    await until(() => root(el).querySelectorAll('.error-summary li').length > 0);
    expect(text(el)).to.contain('Kies of de arts een natuurlijke dood heeft verklaard');
    await choose(el, 'Heeft de arts verklaard dat de persoon een natuurlijke dood is gestorven?', 'Ja');
    await press(el, 'Volgende');
    await untilStep(el, HEADINGS.aangever.nl);
  });
});
