// Issue 7 items 5–7, written once for every form: where focus is while sending and after it, the one
// polite live region and what it says, and "Stop en wis mijn gegevens" (confirmation, Tab order,
// aria-disabled while sending). Keyboard only: a control is reached as `press` does (focus + a key),
// Tab and Enter through the browser driver.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { button, check, focused, heading, press, root, text, tick, until } from '../support/user.js';
import { untilStep, walk, walkToCheck } from './flow.js';
import type { FormDriver, FormElement, StepDriver } from './form-driver.js';

const DECLARATION = /naar waarheid/;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The element's one polite live region. */
export function liveRegion(el: FormElement): HTMLElement {
  const region = root(el).querySelector<HTMLElement>('.announcer');
  if (!region) throw new Error('No live region (.announcer)');
  return region;
}

/** What the live region says now ('' without one). */
export const said = (el: FormElement) => norm(root(el).querySelector('.announcer')?.textContent);

async function declare(el: FormElement): Promise<void> {
  const box = [...root(el).querySelectorAll('label')].find((l) => DECLARATION.test(l.textContent ?? ''));
  await check(el, box!.textContent!.trim());
}

/** Presses "Versturen" with the keyboard and samples focus and the live region every few ms until `done`. */
async function sendAndWatch(el: FormElement, done: () => boolean, timeout = 15000) {
  const seen = { body: 0, status: 0, said: new Set<string>(), focusedClasses: new Set<string>() };
  await press(el, 'Versturen');
  const start = Date.now();
  while (!done()) {
    if (Date.now() - start > timeout) throw new Error(`send did not end; text: ${text(el).slice(0, 300)}`);
    // Focus inside the shadow root shows as the host in the document; on <body> it was lost.
    if (document.activeElement === document.body || !focused(el)) seen.body++;
    const inside = focused(el);
    if (inside?.classList.contains('send-status')) seen.status++;
    if (inside) seen.focusedClasses.add(inside.className || inside.tagName);
    if (said(el)) seen.said.add(said(el));
    await new Promise((r) => setTimeout(r, 5));
  }
  if (document.activeElement === document.body || !focused(el)) seen.body++;
  return seen;
}

function problemResponse(status: number): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Fout', status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function describeFocusBehaviour(driver: FormDriver): void {
  const endpointOf = (r: ReceiverUrls) => `${r.url}${driver.endpointPath}`;
  const stepsUntil = (steps: StepDriver[], id: string) => steps.slice(0, steps.findIndex((s) => s.id === id));
  const stepById = (id: string) => driver.allSteps.find((s) => s.id === id) ?? driver.shortSteps.find((s) => s.id === id)!;

  describe(`<${driver.tag}> focus, announcements and "Stop en wis" (issue 7 items 5–7)`, () => {
    let receiver: ReceiverUrls;

    beforeEach(async () => {
      sessionStorage.clear();
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
    });
    afterEach(async () => {
      sinon.restore();
      await executeServerCommand('receiver-stop');
    });

    // ------------------------------------------------------------------ item 5: focus while sending

    describe('focus while sending', () => {
      it('is on the status line during the send and its retry, never on <body>; then on the confirmation heading', async function () {
        this.timeout(40000);
        receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now, failFirst: 1 });
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        await declare(el);
        const seen = await sendAndWatch(el, () => heading(el) === 'Uw gegevens zijn verstuurd');
        expect(seen.body, `focus on <body> in ${seen.body} samples; focused: ${[...seen.focusedClasses].join(', ')}`).to.equal(0);
        expect(seen.status, 'the status line had focus').to.be.greaterThan(0);
        // The retry is said through the polite region, not by changing the focused line.
        expect([...seen.said].join(' | ')).to.contain('Versturen lukt nog niet. We proberen het opnieuw (poging 2 van 4)');
        expect(focused(el)?.classList.contains('step-title')).to.equal(true);
        expect(norm(focused(el)?.textContent)).to.equal('Uw gegevens zijn verstuurd');
      });

      it('the status line is a focusable paragraph (tabindex=-1) whose words stay while the retries are said elsewhere', async function () {
        this.timeout(40000);
        // Three failures: the status line stays for the 1 + 2 s of backoff after "poging 2" is said, so a
        // loaded machine still reads it before the fourth attempt succeeds.
        receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now, failFirst: 3 });
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        await declare(el);
        await press(el, 'Versturen');
        await until(() => said(el).includes('poging 2 van 4') && !!root(el).querySelector('.send-status'), 10000);
        const status = root(el).querySelector<HTMLElement>('.send-status')!;
        expect(status.tagName).to.equal('P');
        expect(status.getAttribute('tabindex')).to.equal('-1');
        expect(status.closest('[aria-live], [role="status"], [role="alert"]'), 'not inside a live region').to.equal(null);
        expect(norm(status.textContent)).to.equal('Uw gegevens worden verstuurd…');
        expect(focused(el)).to.equal(status);
        await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 15000);
      });

      it('after a failed send (409) focus is on the heading of the message, never on <body> before it', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        await declare(el);
        sinon.stub(window, 'fetch').callsFake(() => new Promise((r) => setTimeout(() => r(problemResponse(409)), 300)));
        const seen = await sendAndWatch(el, () => !!root(el).querySelector('.send-error'));
        await tick(el);
        expect(seen.body).to.equal(0);
        const title = root(el).querySelector('.send-error__title')!;
        expect(title.tagName).to.equal('H3');
        expect(norm(title.textContent)).to.equal('Er ging iets mis bij het versturen');
        expect(focused(el)).to.equal(title);
        // The message is the alert; the focused heading is not inside it (read once, not twice).
        expect(norm(root(el).querySelector('.send-error [role="alert"]')?.textContent)).to.contain('Deze aanvraag is al eerder met andere gegevens verstuurd');
        expect(title.closest('[role="alert"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    });

    // ------------------------------------------------------------------ item 6: the live region

    describe('the polite live region', () => {
      it('is one region, role="status" aria-live="polite", present and empty before anything is said', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        const region = liveRegion(el);
        expect(region.getAttribute('role')).to.equal('status');
        expect(region.getAttribute('aria-live')).to.equal('polite');
        expect(said(el)).to.equal('');
        await walk(el, driver.shortSteps.slice(0, 1));
        expect(liveRegion(el), 'the same element across steps').to.equal(region);
      });

      if (driver.attachment) {
        const attachment = driver.attachment;
        it('says "Bestand toegevoegd: naam, grootte" and "Bestand verwijderd"; the field lists its files, not the browser\'s "No file chosen"', async () => {
          const el = await driver.create({ endpoint: endpointOf(receiver) });
          await walk(el, stepsUntil(driver.shortSteps, attachment.stepId));
          await untilStep(el, stepById(attachment.stepId).heading.nl);
          const fieldOf = () => root(el).getElementById(`f-bijlagen-${attachment.soort}`)!.closest('.field')!;
          expect(norm(fieldOf().textContent)).to.contain('Nog geen bestand toegevoegd.');
          // The native input is transparent over "Kies een bestand": its own text never shows.
          const input = root(el).getElementById(`f-bijlagen-${attachment.soort}`) as HTMLInputElement;
          expect(getComputedStyle(input).opacity).to.equal('0');
          expect(norm(fieldOf().querySelector('.file-input__button')?.textContent)).to.match(/^Kies (een|een of meer) bestand/);
          const name = input.getAttribute('aria-labelledby')!.split(' ').map((id) => norm(root(el).getElementById(id)?.textContent)).join(' ');
          expect(name).to.contain(attachment.label);
          expect(name).to.contain('Kies een');

          await executeServerCommand('upload-files', {
            host: `${driver.tag}#${el.id}`,
            selector: `#f-bijlagen-${attachment.soort}`,
            files: [{ name: 'document.pdf', kind: 'pdf' }],
          });
          await until(() => said(el).startsWith('Bestand toegevoegd'));
          expect(said(el)).to.match(/^Bestand toegevoegd: document\.pdf, \d+(,\d+)? (B|kB|bytes?)\.$/);
          expect(norm(fieldOf().textContent)).not.to.contain('Nog geen bestand toegevoegd.');
          expect(norm(fieldOf().querySelector('.file-list')?.textContent)).to.contain('document.pdf');
          await expect(el).to.be.accessible();

          await press(el, 'Verwijder');
          await until(() => said(el) === 'Bestand verwijderd: document.pdf.');
          expect(norm(fieldOf().textContent)).to.contain('Nog geen bestand toegevoegd.');
        });
      }
    });

    // ------------------------------------------------------------------ item 7: Stop en wis

    describe('"Stop en wis mijn gegevens"', () => {
      const wipeButton = (el: FormElement) => button(el, 'Stop en wis mijn gegevens');

      it('asks first; "Nee, ga terug" keeps every answer and gives focus back to the button', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walk(el, driver.shortSteps.slice(0, 2));
        const where = heading(el);
        const checked = root(el).querySelectorAll('input:checked').length;
        await press(el, 'Stop en wis mijn gegevens');
        await tick(el);
        // Focus on the question (read on focus), not on a button: a second Enter wipes nothing.
        expect(focused(el)?.classList.contains('wipe-confirm__vraag')).to.equal(true);
        expect(norm(focused(el)?.textContent)).to.equal('Weet u het zeker? Wij wissen dan al uw antwoorden.');
        expect(wipeButton(el).getAttribute('aria-expanded')).to.equal('true');
        await sendKeys({ press: 'Enter' });
        await tick(el);
        expect(heading(el)).to.equal(where);
        await sendKeys({ press: 'Tab' });
        expect(norm(focused(el)?.textContent)).to.equal('Ja, wis mijn gegevens');
        await sendKeys({ press: 'Tab' });
        expect(norm(focused(el)?.textContent)).to.equal('Nee, ga terug');
        await expect(el).to.be.accessible();
        await sendKeys({ press: 'Enter' });
        await tick(el);
        expect(root(el).querySelector('.wipe-confirm')).to.equal(null);
        expect(focused(el)).to.equal(wipeButton(el));
        expect(heading(el)).to.equal(where);
        expect(root(el).querySelectorAll('input:checked').length).to.equal(checked);
        // Escape closes it too.
        await sendKeys({ press: 'Enter' });
        await tick(el);
        expect(root(el).querySelector('.wipe-confirm')).to.exist;
        await sendKeys({ press: 'Escape' });
        await tick(el);
        expect(root(el).querySelector('.wipe-confirm')).to.equal(null);
        expect(focused(el)).to.equal(wipeButton(el));
      });

      it('"Ja, wis mijn gegevens" wipes every answer, back to the first step with focus on its heading', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walk(el, driver.shortSteps.slice(0, 2));
        await press(el, 'Stop en wis mijn gegevens');
        await tick(el);
        await sendKeys({ press: 'Tab' });
        await sendKeys({ press: 'Enter' });
        await untilStep(el, driver.shortSteps[0]!.heading.nl);
        await tick(el);
        expect(text(el)).to.contain('Uw gegevens zijn gewist.');
        expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
        expect(focused(el)?.classList.contains('step-title')).to.equal(true);
      });

      it('is not the next Tab stop after "Volgende" or "Versturen", and sits apart from them', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        // A host page goes on after the form (a footer link): without it the last Tab stop on the page
        // wraps to the first, which is the element's own wipe button, and the test would measure the wrap.
        const after = document.createElement('a');
        after.href = '#na-het-formulier';
        after.textContent = 'Na het formulier';
        el.after(after);
        await walk(el, driver.shortSteps.slice(0, 1));
        for (const main of ['Volgende', 'Versturen']) {
          if (main === 'Versturen') await walkToCheck(el, driver.shortSteps.slice(1));
          button(el, main).focus();
          await sendKeys({ press: 'Tab' });
          expect(focused(el), `Tab after "${main}"`).not.to.equal(wipeButton(el));
          expect(wipeButton(el).closest('.actions'), 'not among the main buttons').to.equal(null);
          expect(wipeButton(el).classList.contains('button--primary')).to.equal(false);
          // Before the step's heading, so after a step change (focus on the heading) Tab goes on to the questions.
          const title = root(el).querySelector('.step-title')!;
          expect(wipeButton(el).compareDocumentPosition(title) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
        }
        after.remove();
      });

      it('while sending is aria-disabled (focusable, not disabled) with the reason; Enter wipes nothing; afterwards it works again', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        await declare(el);
        sinon.stub(window, 'fetch').callsFake(() => new Promise((r) => setTimeout(() => r(problemResponse(409)), 1500)));
        await press(el, 'Versturen');
        await until(() => !!root(el).querySelector('.send-status'));
        await tick(el);
        const wipe = wipeButton(el);
        expect(wipe.disabled).to.equal(false);
        expect(wipe.getAttribute('aria-disabled')).to.equal('true');
        const reason = root(el).getElementById(wipe.getAttribute('aria-describedby')!);
        expect(norm(reason?.textContent)).to.equal('Wissen kan pas als het versturen klaar is.');
        wipe.focus();
        expect(focused(el)).to.equal(wipe);
        await sendKeys({ press: 'Enter' });
        await tick(el);
        expect(root(el).querySelector('.wipe-confirm')).to.equal(null);
        expect(root(el).querySelector('.send-status')).to.exist;
        await expect(el).to.be.accessible();

        await until(() => !!root(el).querySelector('.send-error'), 10000);
        await tick(el);
        expect(wipeButton(el).hasAttribute('aria-disabled')).to.equal(false);
        expect(heading(el)).to.equal('Controleer uw gegevens');
        await press(el, 'Stop en wis mijn gegevens');
        await tick(el);
        expect(root(el).querySelector('.wipe-confirm')).to.exist;
      });
    });
  });
}
