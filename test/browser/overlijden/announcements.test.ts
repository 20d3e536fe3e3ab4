// Issue 7 item 6 on <gemeente-overlijden>: the one polite live region says the funeral window's
// verdict when the funeral is outside it (Wlb art. 16/17: a request for uitstel or bespoediging to
// the burgemeester), and the warning that the death is more than 6 working days ago.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { field, root, tick, type, typeDate, until } from '../support/user.js';
import type { FormElement } from '../shared/form-driver.js';
import { liveRegion, said } from '../shared/focus-behaviour.js';
import { NOW, TODAY, createAt, typeUitvaart } from './driver.js';

async function untilSaid(el: FormElement, check: (s: string) => boolean, what: string): Promise<string> {
  await until(() => check(said(el)), 5000).catch(() => {
    throw new Error(`the live region did not say ${what}; it says "${said(el)}"`);
  });
  return said(el);
}

describe('<gemeente-overlijden> announcements of the funeral window (issue 7 item 6)', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('a funeral after the 6th working day: says it is a request for uitstel, from the one region', async () => {
    const el = await createAt('lijkbezorging', { endpoint: `${receiver.url}/api/overlijden` });
    expect(said(el)).to.equal('');
    await typeUitvaart(el, 'Begraven', ['21', '12', '2026'], '14:00');
    const text = await untilSaid(el, (s) => s.includes('uitstel'), 'the uitstel warning');
    expect(text).to.match(/^Deze uitvaart is \d+ dag(en)? na de laatste toegestane dag/);
    expect(text).to.contain('U vraagt daarom de burgemeester om uitstel.');
    expect(root(el).querySelector('.window')!.closest('[role="status"], [aria-live]')).to.equal(null);
    expect(root(el).querySelectorAll('[aria-live="polite"]')).to.have.length(1);
  });

  it('a funeral before the 36 hours: says it is a request for bespoediging', async () => {
    const el = await createAt('lijkbezorging', { endpoint: `${receiver.url}/api/overlijden` });
    await typeUitvaart(el, 'Cremeren', ['29', '11', '2026'], '11:00');
    const text = await untilSaid(el, (s) => s.includes('bespoediging'), 'the bespoediging warning');
    expect(text).to.contain('U vraagt daarom de burgemeester om bespoediging.');
    expect(liveRegion(el).getAttribute('aria-live')).to.equal('polite');
  });

  it('a death more than 6 working days ago: the warning is said with the window', async () => {
    const el = await createAt('overlijden', { endpoint: `${receiver.url}/api/overlijden` });
    await typeDate(el, 'Datum van overlijden', '2', '11', '2026');
    await type(field(el, 'Tijd van overlijden'), '12:00');
    await tick(el);
    const text = await untilSaid(el, (s) => s.includes('meer dan 6 werkdagen geleden'), 'the late warning');
    expect(text).to.contain('Doe de aangifte zo snel mogelijk');
  });
});
