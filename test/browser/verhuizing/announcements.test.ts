// Issue 7 item 6 on <gemeente-verhuizing>: what the one polite live region says on the new-address
// step — the address lookup's result ("N adressen gevonden. Kies uw adres."), the deadline, and the
// late-report warning with its consequence (Wet BRP: registered from the day of the report) — in
// Dutch and in English, read from the region after each event.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { field, group, press, retype, root, tick, type, typeDate, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { liveRegion, said } from '../shared/focus-behaviour.js';
import { NOW, TODAY, createVerhuizing, start } from './driver.js';

async function retypeDate(el: FormElement, legend: string, parts: [string, string, string]): Promise<void> {
  const inputs = group(el, legend).querySelectorAll('input');
  for (let i = 0; i < 3; i++) await retype(inputs[i] as HTMLInputElement, parts[i]!);
}

/** Waits until the region says `expected` (it waits for the typing to settle) and returns it. */
async function untilSaid(el: FormElement, check: (s: string) => boolean, what: string): Promise<string> {
  await until(() => check(said(el)), 5000).catch(() => {
    throw new Error(`the live region did not say ${what}; it says "${said(el)}"`);
  });
  return said(el);
}

describe('<gemeente-verhuizing> announcements on the new-address step (issue 7 item 6)', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  async function toNewAddress(lookup = true): Promise<FormElement> {
    const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, ...(lookup ? { lookupUrl: receiver.lookupUrl } : {}) });
    await start.fill(el);
    await press(el, 'Volgende');
    await untilStep(el, 'Uw nieuwe adres');
    return el;
  }

  it('after the lookup says how many addresses were found and to choose one; one address by its name', async () => {
    const el = await toNewAddress();
    const region = liveRegion(el);
    expect(said(el)).to.equal('');
    await type(field(el, 'Postcode'), '3512zz');
    await type(field(el, 'Huisnummer'), '12');
    const text = await untilSaid(el, (s) => /adressen gevonden/.test(s), '"N adressen gevonden"');
    const options = group(el, 'Kies het juiste adres').querySelectorAll('input[type="radio"]').length;
    expect(options).to.be.greaterThan(1);
    expect(text).to.equal(`${options} adressen gevonden. Kies uw adres.`);
    // The choice and the found address are not live regions of their own (one region, said once).
    expect(root(el).querySelector('.address-status')!.closest('[role="status"], [aria-live]')).to.equal(null);

    await retype(field(el, 'Postcode'), '3521 az');
    await retype(field(el, 'Huisnummer'), '1');
    await untilSaid(el, (s) => s.startsWith('Adres gevonden'), '"Adres gevonden: …"');
    expect(said(el)).to.equal('Adres gevonden: Stadsplateau 1, 3521AZ Utrecht.');
    expect(liveRegion(el)).to.equal(region);
  });

  it('says the deadline for a date in the window, and the late-report warning with its consequence for a late one', async () => {
    const el = await toNewAddress(false);
    await typeDate(el, 'Verhuisdatum', '20', 'november', '2026');
    await tick(el);
    const hint = await untilSaid(el, (s) => s.startsWith('U kunt deze verhuizing doorgeven tot en met'), 'the deadline');
    expect(root(el).querySelector('[data-announce="verhuizing.meldtermijn"]')!.closest('[role="status"], [aria-live]')).to.equal(null);
    expect(hint).to.match(/^U kunt deze verhuizing doorgeven tot en met \S+ \d+ november 2026\.$/);

    await retypeDate(el, 'Verhuisdatum', ['1', '1', '2026']);
    const late = await untilSaid(el, (s) => s.startsWith('U geeft deze verhuizing te laat door'), 'the late-report warning');
    expect(late).to.contain('de gemeente schrijft u in vanaf de dag waarop u dit doorgeeft, niet vanaf de verhuisdatum');
    // On screen as a warning too (not only for screen readers).
    expect(root(el).querySelector('.warning')!.textContent).to.contain('U geeft deze verhuizing te laat door');
  });

  it('says the late-report warning in English with lang="en"', async () => {
    const el = await toNewAddress(false);
    el.setAttribute('lang', 'en');
    await tick(el);
    await typeDate(el, 'Moving date', '1', '1', '2026');
    const late = await untilSaid(el, (s) => s.startsWith('You are reporting this move late'), 'the English warning');
    expect(late).to.contain('the municipality will register you from the day you report it');
  });
});
