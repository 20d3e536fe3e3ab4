// The behaviour every gemeente form must have, written once: a form's test file calls
// `describeFormBehaviour(driver)` with a driver that knows its tag and how to fill its steps.
// Engine texts (error summary, buttons, notices) are the shared Dutch/English texts of the engine.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ReceiverUrls } from '../../commands/index.mjs';
import {
  button,
  check,
  errors,
  field,
  focused,
  group,
  heading,
  inlineErrors,
  press,
  retype,
  root,
  summaryLink,
  text,
  tick,
  type,
  until,
} from '../support/user.js';
import { untilStep, walk, walkToCheck } from './flow.js';
import type { FormDriver, FormElement, StepDriver } from './form-driver.js';

type Row = { kenmerk: string; idempotencyKey: string; envelope: Record<string, unknown> };

const DECLARATION = /naar waarheid/;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Sets the language the way a host page does (the attribute), and waits for the re-render. */
async function setLang(el: FormElement, lang: string): Promise<void> {
  el.setAttribute('lang', lang);
  await tick(el);
}

/** axe in Dutch, then in English (switched live), back to Dutch. */
async function accessibleInBoth(el: FormElement, englishHeading?: string): Promise<void> {
  await expect(el).to.be.accessible();
  await setLang(el, 'en');
  if (englishHeading) expect(heading(el)).to.equal(englishHeading);
  await expect(el).to.be.accessible();
  await setLang(el, 'nl');
}

async function declareAndSend(el: FormElement): Promise<void> {
  const box = [...root(el).querySelectorAll('label')].find((l) => DECLARATION.test(l.textContent ?? ''));
  await check(el, box!.textContent!.trim());
  await press(el, 'Versturen');
}

function problemResponse(status: number, body: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Fout', status, ...body }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function describeFormBehaviour(driver: FormDriver): void {
  const endpointOf = (r: ReceiverUrls) => `${r.url}${driver.endpointPath}`;
  const stepsUntil = (steps: StepDriver[], id: string) => steps.slice(0, steps.findIndex((s) => s.id === id));
  const stepById = (id: string) => driver.allSteps.find((s) => s.id === id) ?? driver.shortSteps.find((s) => s.id === id)!;

  describe(`<${driver.tag}> shared form behaviour`, () => {
    let receiver: ReceiverUrls;

    beforeEach(async () => {
      sessionStorage.clear();
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
    });
    afterEach(async () => {
      sinon.restore();
      await executeServerCommand('receiver-stop');
    });

    // ------------------------------------------------------------------ accessibility sweep

    describe('accessibility of every visible state', () => {
      it('passes axe on every step, empty and with errors shown, in Dutch and in English; then the check page and the confirmation', async function () {
        this.timeout(120000);
        const el = await driver.create({ endpoint: endpointOf(receiver), lookupUrl: receiver.lookupUrl });
        for (const step of driver.allSteps) {
          await untilStep(el, step.heading.nl);
          await accessibleInBoth(el, step.heading.en);

          await press(el, 'Volgende');
          await until(() => errors(el).length > 0);
          expect(inlineErrors(el).length, `inline errors on ${step.id}`).to.be.greaterThan(0);
          await expect(el).to.be.accessible();
          await setLang(el, 'en');
          expect(text(el)).to.contain('There is a problem');
          expect(text(el)).not.to.contain('Er is een probleem');
          await expect(el).to.be.accessible();
          await setLang(el, 'nl');

          await step.fill(el);
          await press(el, 'Volgende');
          await tick(el);
        }
        await untilStep(el, 'Controleer uw gegevens');
        await accessibleInBoth(el, 'Check your answers');
        // Sending without the declaration: the error on the check page.
        await press(el, 'Versturen');
        await until(() => errors(el).length > 0);
        await accessibleInBoth(el);

        await declareAndSend(el);
        await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
        await accessibleInBoth(el);
      });

      it('passes axe on the send-error state', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        sinon.stub(window, 'fetch').resolves(problemResponse(409));
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'));
        await accessibleInBoth(el);
      });

      it('passes axe on the configuration error', async () => {
        sinon.stub(console, 'error');
        const el = await driver.create({ endpoint: 'http://example.com/x' });
        expect(root(el).querySelector('.config-error')).to.exist;
        await accessibleInBoth(el);
      });
    });

    // ------------------------------------------------------------------ validation timing

    describe('when errors show', () => {
      const { timing } = driver;

      async function toTimingStep(el: FormElement) {
        await walk(el, stepsUntil(driver.shortSteps, timing.stepId));
        await untilStep(el, stepById(timing.stepId).heading.nl);
      }

      it('shows nothing while a field is typed for the first time, even a wrong value after leaving it', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await toTimingStep(el);
        const input = field(el, timing.field.label);
        input.focus();
        await sendKeys({ type: timing.field.invalid.slice(0, 4) });
        await tick(el);
        expect(inlineErrors(el)).to.deep.equal([]);
        await sendKeys({ type: timing.field.invalid.slice(4) });
        await sendKeys({ press: 'Tab' });
        await tick(el);
        expect(inlineErrors(el)).to.deep.equal([]);
        expect(root(el).querySelector('.error-summary')).to.equal(null);
        expect(input.hasAttribute('aria-invalid')).to.equal(false);
      });

      it('after "Volgende" shows every error inline and in the focused summary, whose links lead to the fields', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await toTimingStep(el);
        await type(field(el, timing.field.label), timing.field.invalid);
        await press(el, 'Volgende');
        await until(() => errors(el).length > 0);

        const summary = root(el).querySelector('.error-summary')!;
        expect(focused(el)).to.equal(summary);
        expect(summary.querySelector('[role="alert"]')).to.exist;
        expect(errors(el)).to.include(timing.field.error);
        expect(errors(el)).to.include(timing.other.error);
        // One entry per field, and one per address (docs/errors.md): never more entries than inline errors.
        expect(inlineErrors(el).length).to.be.at.least(errors(el).length);

        for (const [label, message] of [
          [timing.field.label, timing.field.error],
          [timing.other.label, timing.other.error],
        ] as const) {
          const input = field(el, label);
          expect(input.getAttribute('aria-invalid'), label).to.equal('true');
          const errorId = `${input.id}-error`;
          expect(input.getAttribute('aria-describedby')!.split(' ').concat(
            input.closest('fieldset')?.getAttribute('aria-describedby')?.split(' ') ?? [],
          )).to.include(errorId);
          const inline = root(el).getElementById(errorId)!;
          expect(inline.classList.contains('error-message')).to.equal(true);
          expect(inline.textContent).to.contain(message);
          expect(inline.closest('.field')).to.equal(input.closest('.field'));
        }

        // Every link moves focus to its own field (keyboard: focus the link, Enter).
        for (const link of [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')]) {
          const target = link.getAttribute('href')!.slice(1);
          link.focus();
          await sendKeys({ press: 'Enter' });
          await tick(el);
          expect(focused(el)?.id, link.textContent!).to.equal(target);
        }
        expect(summaryLink(el, timing.other.error)).to.exist;
      });

      // docs/errors.md: between two presses nothing changes — a vanishing error would move the fields
      // under the pointer, and a rebuilt summary (role="alert") is read out again.
      it('fixing a field keeps every error, inline and in the summary, exactly as it was until the next press', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await toTimingStep(el);
        await type(field(el, timing.field.label), timing.field.invalid);
        await press(el, 'Volgende');
        await until(() => errors(el).length > 0);
        const before = { summary: errors(el), inline: inlineErrors(el) };
        const alert = root(el).querySelector('.error-summary [role="alert"]')!;
        const alertText = alert.textContent;
        const fixed = field(el, timing.field.label);
        // Where the field stands in the element (the page may scroll while typing).
        const top = () => fixed.getBoundingClientRect().top - el.getBoundingClientRect().top;
        const topBefore = top();

        await retype(fixed, timing.field.valid);
        await type(field(el, timing.other.label), 'Jan');
        await tick(el);
        expect(errors(el)).to.deep.equal(before.summary);
        expect(inlineErrors(el)).to.deep.equal(before.inline);
        expect(fixed.getAttribute('aria-invalid')).to.equal('true');
        expect(top(), 'nothing moved').to.equal(topBefore);
        expect(root(el).querySelector('.error-summary [role="alert"]'), 'the same alert, not a new one').to.equal(alert);
        expect(alert.textContent).to.equal(alertText);

        // The next press shows what is left: both fields are right now.
        await press(el, 'Volgende');
        await tick(el);
        await until(() => !errors(el).includes(timing.field.error));
        expect(inlineErrors(el).join(' ')).not.to.contain(timing.field.error);
        expect(inlineErrors(el).join(' ')).not.to.contain(timing.other.error);
      });

      it('a question that appears after the press is not red, and the summary stays, until the next press', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await untilStep(el, driver.shortSteps[0]!.heading.nl);
        await press(el, 'Volgende');
        await until(() => errors(el).length > 0);
        const before = errors(el);

        await driver.followUp.reveal(el);
        await tick(el);
        const followUp = group(el, driver.followUp.legend);
        expect(followUp.querySelector('.error-message'), 'no error on the new question').to.equal(null);
        expect([...followUp.querySelectorAll('input')].some((i) => i.getAttribute('aria-invalid') === 'true')).to.equal(false);
        expect(errors(el)).to.deep.equal(before);

        await press(el, 'Volgende');
        await until(() => !!group(el, driver.followUp.legend).querySelector('.error-message'));
        expect(errors(el)).to.have.length(1);
      });

      // Issue 7 items 3 and 4: every entry links to a field on screen, says what to do, and fits a phone.
      async function everyStepEmpty(el: FormElement, check: (stepId: string, entry: string, link: HTMLAnchorElement) => void) {
        for (const step of driver.allSteps) {
          await untilStep(el, step.heading.nl);
          await press(el, 'Volgende');
          await tick(el);
          const items = [...root(el).querySelectorAll<HTMLLIElement>('.error-summary li')];
          const targets = items.map((li) => li.querySelector('a')?.getAttribute('href')?.slice(1));
          for (const [i, li] of items.entries()) {
            const entry = errors(el)[i]!;
            const link = li.querySelector('a');
            expect(link, `${step.id}: "${entry}" is a link`).to.exist;
            const target = root(el).getElementById(targets[i]!);
            expect(target?.getClientRects().length, `${step.id}: "${entry}" leads to a field on screen`).to.be.greaterThan(0);
            check(step.id, entry, link!);
          }
          expect(new Set(targets).size, `${step.id}: one entry per field: ${errors(el).join(' | ')}`).to.equal(targets.length);
          await step.fill(el);
          await press(el, 'Volgende');
          await tick(el);
        }
      }

      it('on every step: each summary entry links to a field on screen, once, and says what to do', async function () {
        this.timeout(180000);
        const el = await driver.create({ endpoint: endpointOf(receiver), lookupUrl: receiver.lookupUrl });
        await everyStepEmpty(el, (stepId, entry) => {
          // No label-less "Vul  in" for a question that is not on screen yet.
          expect(entry, `${stepId}: says what to do`).not.to.match(/(^|: )Vul\s+in$|\s{2}|:\s*$/);
        });
      });

      it('on every step at 360 px: each Dutch entry has at most 60 characters and 2 lines', async function () {
        // The wording is issue 7 item 1's per-field messages (every field has its own, a Node test
        // enforces it), so the generic "Kies een antwoord bij: <question>" never reaches a summary.
        this.timeout(180000);
        await setViewport({ width: 360, height: 800 });
        try {
          const el = await driver.create({ endpoint: endpointOf(receiver), lookupUrl: receiver.lookupUrl });
          await everyStepEmpty(el, (stepId, entry, link) => {
            expect(entry.length, `${stepId}: "${entry}"`).to.be.at.most(60);
            expect(link.getClientRects().length, `${stepId}: "${entry}" in at most 2 lines`).to.be.at.most(2);
          });
        } finally {
          await setViewport({ width: 800, height: 600 });
        }
      });
    });

    // ------------------------------------------------------------------ navigation and the check page

    describe('navigation', () => {
      it('moves focus to the step heading on every step change, forward and back', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        const [first, second] = driver.shortSteps;
        await first!.fill(el);
        await press(el, 'Volgende');
        await untilStep(el, second!.heading.nl);
        await until(() => focused(el)?.classList.contains('step-title') ?? false);
        expect(focused(el)!.textContent!.trim()).to.equal(second!.heading.nl);
        await press(el, 'Vorige stap');
        await untilStep(el, first!.heading.nl);
        await until(() => focused(el)?.classList.contains('step-title') ?? false);
        expect(focused(el)!.textContent!.trim()).to.equal(first!.heading.nl);
      });

      it('lists every answer grouped by step on the check page; "Wijzig" goes to the step and returns to the check page', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        const titles = [...root(el).querySelectorAll('.summary__title')].map((h) => h.textContent!.trim());
        expect(titles).to.deep.equal(driver.shortSteps.map((s) => s.heading.nl));
        for (const section of root(el).querySelectorAll('.summary')) {
          expect(section.querySelector('button')!.textContent).to.contain('Wijzig');
        }
        const { change } = driver;
        const row = () =>
          [...root(el).querySelectorAll(`#wijzig-${change.stepId}`)][0]!
            .closest('.summary')!
            .querySelectorAll('.summary__row');
        const valueOf = (label: string) =>
          [...row()].find((r) => r.querySelector('dt')!.textContent!.trim() === label)?.querySelector('dd')!.textContent!.trim();
        expect(valueOf(change.checkRow)).to.equal(change.from);

        const wijzig = root(el).getElementById(`wijzig-${change.stepId}`) as HTMLButtonElement;
        wijzig.focus();
        await sendKeys({ press: 'Enter' });
        await untilStep(el, stepById(change.stepId).heading.nl);
        expect(button(el, 'Opslaan en terug naar controleren')).to.exist;
        await retype(field(el, change.label), change.to);
        await press(el, 'Opslaan en terug naar controleren');
        await untilStep(el, 'Controleer uw gegevens');
        expect(valueOf(change.checkRow)).to.equal(change.checkValueAfter);
      });
    });

    // ------------------------------------------------------------------ drafts

    describe('drafts', () => {
      async function reload(el: FormElement, options: Parameters<FormDriver['create']>[0] = {}): Promise<FormElement> {
        const parent = el.parentElement!;
        const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
        el.remove();
        return driver.create({ ...options, attrs: { ...attrs, ...options.attrs }, id: el.id, parent });
      }

      it('keeps answers and the current step when the element is created again (a reload)', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walk(el, stepsUntil(driver.shortSteps, driver.timing.stepId));
        await type(field(el, driver.timing.field.label), driver.timing.field.valid);
        const again = await reload(el);
        expect(heading(again)).to.equal(stepById(driver.timing.stepId).heading.nl);
        expect(field(again, driver.timing.field.label).value).to.equal(driver.timing.field.valid);
        // The earlier steps kept their answers too: the check page is reachable without typing them.
        await press(again, 'Vorige stap');
        await tick(again);
        expect(heading(again)).not.to.equal(stepById(driver.timing.stepId).heading.nl);
      });

      if (driver.attachment) {
        const attachment = driver.attachment;
        it('does not keep files: after a reload it asks to add them again', async () => {
          const el = await driver.create({ endpoint: endpointOf(receiver) });
          await walk(el, stepsUntil(driver.shortSteps, attachment.stepId));
          await untilStep(el, stepById(attachment.stepId).heading.nl);
          await executeServerCommand('upload-files', {
            host: `${driver.tag}#${el.id}`,
            selector: `#f-bijlagen-${attachment.soort}`,
            files: [{ name: 'document.pdf', kind: 'pdf' }],
          });
          await until(() => text(el).includes('document.pdf ('));
          const again = await reload(el);
          expect(heading(again)).to.equal(stepById(attachment.stepId).heading.nl);
          expect(text(again)).to.contain('Voeg uw bestanden opnieuw toe');
          expect(text(again)).to.contain('document.pdf');
          expect(text(again)).to.contain('voeg dit bestand opnieuw toe');
          await expect(again).to.be.accessible();
        });
      }

      it('keeps nothing with persist="none"', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver), attrs: { persist: 'none' } });
        await walk(el, driver.shortSteps.slice(0, 2));
        const again = await reload(el);
        expect(heading(again)).to.equal(driver.shortSteps[0]!.heading.nl);
        expect(Object.keys(sessionStorage).filter((k) => k.includes(driver.tag))).to.deep.equal([]);
        expect(sessionStorage.length).to.equal(0);
      });

      it('forgets the draft after persist-minutes without activity', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver), attrs: { 'persist-minutes': '30' } });
        await walk(el, driver.shortSteps.slice(0, 2));
        const later = new Date(new Date(driver.now).getTime() + 31 * 60 * 1000);
        const again = await reload(el, { clock: () => later });
        expect(heading(again)).to.equal(driver.shortSteps[0]!.heading.nl);
        expect(text(again)).to.contain('Uw eerder ingevulde gegevens zijn gewist');

        // Within the time it is still there.
        sessionStorage.clear();
        const fresh = await driver.create({ endpoint: endpointOf(receiver), attrs: { 'persist-minutes': '30' } });
        await walk(fresh, driver.shortSteps.slice(0, 2));
        const soon = new Date(new Date(driver.now).getTime() + 29 * 60 * 1000);
        const kept = await reload(fresh, { clock: () => soon });
        expect(heading(kept)).to.equal(driver.shortSteps[2]!.heading.nl);
      });

      it('"Stop en wis mijn gegevens", confirmed, wipes the answers', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walk(el, driver.shortSteps.slice(0, 2));
        await press(el, 'Stop en wis mijn gegevens');
        await tick(el);
        await press(el, 'Ja, wis mijn gegevens');
        await untilStep(el, driver.shortSteps[0]!.heading.nl);
        expect(text(el)).to.contain('Uw gegevens zijn gewist.');
        expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
        const again = await reload(el);
        expect(heading(again)).to.equal(driver.shortSteps[0]!.heading.nl);
        expect(root(again).querySelectorAll('input:checked').length).to.equal(0);
      });

      it('after a successful send, a new element shows the confirmation with the kenmerk, not an empty form', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        await declareAndSend(el);
        await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
        const kenmerk = root(el).querySelector('.confirmation__kenmerk')!.textContent!.trim();
        const again = await reload(el);
        expect(heading(again)).to.equal('Uw gegevens zijn verstuurd');
        expect(root(again).querySelector('.confirmation__kenmerk')!.textContent!.trim()).to.equal(kenmerk);
        // Only "sent, kenmerk, time" stays in the tab: no answers.
        const stored = Object.values(sessionStorage).join(' ');
        expect(stored).to.contain(kenmerk);
        expect(stored).not.to.contain(driver.locked.value);
      });
    });

    // ------------------------------------------------------------------ network

    describe('sending', () => {
      it('retries a failing endpoint with one Idempotency-Key and stores exactly one submission', async function () {
        this.timeout(30000);
        receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now, failFirst: 2 });
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        const spy = sinon.spy(window, 'fetch');
        await declareAndSend(el);
        await until(() => text(el).includes('poging 2 van 4'), 5000);
        await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 15000);
        const keys = spy.getCalls().map((c) => new Headers((c.args[1] as RequestInit).headers).get('Idempotency-Key'));
        expect(keys).to.have.length(3);
        expect(new Set(keys).size).to.equal(1);
        const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
        expect(rows).to.have.length(1);
        expect(rows[0]!.idempotencyKey).to.equal(keys[0]);
        expect(root(el).querySelector('.confirmation__kenmerk')!.textContent!.trim()).to.equal(rows[0]!.kenmerk);
      });

      it('after four failed attempts offers "Opnieuw versturen"; after a receiver restart the same key stores one submission', async function () {
        this.timeout(40000);
        receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now, failFirst: 4 });
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        const spy = sinon.spy(window, 'fetch');
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'), 20000);
        expect(text(el)).to.contain('de gemeente nu niet bereikbaar is');
        expect(text(el)).to.contain('Uw antwoorden zijn bewaard.');
        expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);

        receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-restart', { today: driver.today, now: driver.now });
        // The restarted receiver is on the same port when it was free; otherwise point the element at it.
        el.setAttribute('endpoint', endpointOf(receiver));
        await tick(el);
        await press(el, 'Opnieuw versturen');
        await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
        const keys = spy.getCalls().map((c) => new Headers((c.args[1] as RequestInit).headers).get('Idempotency-Key'));
        expect(keys).to.have.length(5);
        expect(new Set(keys).size).to.equal(1);
        const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
        expect(rows).to.have.length(1);
        expect(rows[0]!.idempotencyKey).to.equal(keys[0]);
      });

      it('puts a problem+json field error on its field, reopens its step and lists it in the summary', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        const { serverField } = driver;
        sinon.stub(window, 'fetch').resolves(
          problemResponse(422, { invalidParams: [{ name: serverField.name, code: serverField.code, reason: serverField.reason }] }),
        );
        await declareAndSend(el);
        await untilStep(el, stepById(serverField.stepId).heading.nl);
        await until(() => errors(el).length > 0);
        const input = field(el, serverField.label);
        expect(input.getAttribute('aria-invalid')).to.equal('true');
        expect(root(el).getElementById(`${input.id}-error`)!.textContent).to.contain(driver.timing.field.error.split('.')[0]!);
        expect(errors(el).join(' ')).to.contain(driver.timing.field.error.split('.')[0]!);
        expect(focused(el)).to.equal(root(el).querySelector('.error-summary'));
        expect(button(el, 'Opslaan en terug naar controleren')).to.exist;
      });

      // Issue 7 item 3: a server error the citizen cannot fix in the form is no summary entry ("Vul in"
      // for an unknown field, "Pas de gemarkeerde antwoorden aan" with nothing marked) but a failure message.
      it('a problem+json error on a name the form does not show: a failure message with the contact route, no summary entry', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        sinon.stub(window, 'fetch').resolves(
          problemResponse(422, { invalidParams: [{ name: 'gegevens.bestaatNiet', code: 'fout.verplicht', reason: 'Verplicht.' }] }),
        );
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'));
        expect(heading(el)).to.equal('Controleer uw gegevens');
        expect(root(el).querySelector('.error-summary')).to.equal(null);
        expect(inlineErrors(el)).to.deep.equal([]);
        const message = root(el).querySelector('.send-error')!.textContent!;
        expect(message).to.contain('De gemeente kon uw melding niet verwerken');
        expect(message).not.to.match(/Vul\s+in|gemarkeerde/);
        expect(root(el).querySelector('.contact-route')).to.exist;
        // Focus on the message's heading (issue 7 item 5); compared as a boolean, since chai's diff of two
        // elements with shadow trees can hang the page instead of failing.
        expect(focused(el) === root(el).querySelector('.send-error__title'), 'focus on the failure heading').to.equal(true);
      });

      it('a 400 without field details: a failure message, not "the marked answers", and gone at the next send', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        const fetch = sinon.stub(window, 'fetch').resolves(problemResponse(400, { detail: 'Ongeldige aanvraag' }));
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'));
        expect(root(el).querySelector('.error-summary')).to.equal(null);
        expect(text(el)).not.to.contain('gemarkeerde');
        expect(root(el).querySelector('.send-error')!.textContent).to.contain('De gemeente kon uw melding niet verwerken');

        fetch.resolves(problemResponse(409));
        await press(el, 'Versturen');
        await until(() => (root(el).querySelector('.send-error')?.textContent ?? '').includes('al eerder'));
        expect(text(el)).not.to.contain('De gemeente kon uw melding niet verwerken');
        expect(root(el).querySelector('.error-summary')).to.equal(null);
      });

      it('a 2xx without kenmerk says nothing needs sending again, and offers no "Versturen"', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        sinon.stub(window, 'fetch').resolves(new Response('{}', { status: 200, headers: { 'Content-Type': 'application/json' } }));
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'));
        expect(root(el).querySelector('.send-error')!.textContent).to.contain('geen kenmerk');
        expect(text(el)).not.to.contain('niet opnieuw');
        expect([...root(el).querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Versturen');
      });

      // Issue 7 item 3: which step owns a path comes from the fields each step renders (a dry render),
      // not from hand-kept lists — proven for every field of the form, through the server's errors.
      it('a problem+json error on any field the form shows reopens the step that renders that field, with the error on it', async function () {
        this.timeout(600000);
        const el = await driver.create({ endpoint: endpointOf(receiver), lookupUrl: receiver.lookupUrl });
        await walkToCheck(el, driver.allSteps);
        const engine = el as unknown as {
          stepId: string;
          visibleSteps(): { id: string }[];
          fieldsOf(step: unknown): { fields: Map<string, { id: string }> };
          envelope(ingediendOp: string): { bijlagen: { soort: string }[] };
        };
        const original = window.fetch.bind(window);
        let name = '';
        sinon.stub(window, 'fetch').callsFake((input: RequestInfo | URL, init?: RequestInit) =>
          init?.method === 'POST'
            ? Promise.resolve(problemResponse(422, { invalidParams: [{ name, code: 'fout.ongeldig', reason: 'Controleer dit antwoord' }] }))
            : original(input, init),
        );
        const box = [...root(el).querySelectorAll('label')].find((l) => DECLARATION.test(l.textContent ?? ''));
        await check(el, box!.textContent!.trim());
        let count = 0;
        for (const step of engine.visibleSteps()) {
          for (const [path, registered] of engine.fieldsOf(step).fields) {
            // The payload path the server names: attachments by their index in `bijlagen`.
            const index = path.startsWith('bijlagen.') ? engine.envelope('').bijlagen.findIndex((b) => `bijlagen.${b.soort}` === path) : 0;
            if (index < 0) continue; // an attachment kind without a file: not in the payload
            name = path.startsWith('bijlagen.') ? `bijlagen.${index}.inhoud` : `gegevens.${path}`;
            await press(el, 'Versturen');
            await until(() => engine.stepId === step.id && !!root(el).getElementById(`${registered.id}-error`)).catch(() => {
              throw new Error(`${name} (rendered by ${step.id}) opened ${engine.stepId}; errors: ${errors(el).join(' | ')}`);
            });
            expect(errors(el), name).to.have.length(1);
            await press(el, 'Opslaan en terug naar controleren');
            await untilStep(el, 'Controleer uw gegevens');
            count++;
          }
        }
        expect(count).to.be.greaterThan(20);
      });

      it('401: says the login has ended, keeps every answer and offers "Opnieuw versturen" (then sends)', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        const rowsBefore = root(el).querySelectorAll('.summary__row').length;
        const stub = sinon.stub(window, 'fetch').resolves(problemResponse(401));
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'));
        expect(text(el)).to.contain('U bent niet meer ingelogd');
        expect(root(el).querySelectorAll('.summary__row').length).to.equal(rowsBefore);
        expect(text(el)).to.contain(driver.change.from);
        stub.restore();
        await press(el, 'Opnieuw versturen');
        await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
        expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(1);
      });

      it('413: says the attachments are too large, with the configured limits', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver), attrs: { 'max-bestand-mb': '4', 'max-totaal-mb': '12' } });
        await walkToCheck(el, driver.shortSteps);
        sinon.stub(window, 'fetch').resolves(problemResponse(413));
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'));
        const message = root(el).querySelector('.send-error')!.textContent!.replace(/\s+/g, ' ');
        expect(message).to.contain('De bijlagen zijn te groot');
        expect(message).to.contain('hoogstens 4 MB');
        expect(message).to.contain('hoogstens 12 MB');
      });

      it('409: says it failed, with the gemeente as contact route, answers kept', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        sinon.stub(window, 'fetch').resolves(problemResponse(409));
        await declareAndSend(el);
        await until(() => !!root(el).querySelector('.send-error'));
        expect(text(el)).to.contain('Deze aanvraag is al eerder met andere gegevens verstuurd');
        expect(text(el)).to.contain(`Neem contact op met de gemeente ${driver.gemeente.naam}`);
        expect(text(el)).to.contain(driver.change.from);
        expect(focused(el)).to.equal(root(el).querySelector('.send-error__title'));
      });
    });

    // ------------------------------------------------------------------ events

    describe('events', () => {
      it('gemeente-step-change carries the step, never an answer', async () => {
        const details: unknown[] = [];
        const listener = (e: Event) => details.push((e as CustomEvent).detail);
        document.addEventListener('gemeente-step-change', listener);
        try {
          const el = await driver.create({ endpoint: endpointOf(receiver) });
          await walkToCheck(el, driver.shortSteps);
          expect(details.map((d) => (d as { step: string }).step)).to.deep.equal([
            ...driver.shortSteps.slice(1).map((s) => s.id),
            'controleren',
          ]);
          for (const d of details) expect(Object.keys(d as object).sort()).to.deep.equal(['formulier', 'index', 'step', 'total']);
          const all = JSON.stringify(details);
          for (const personal of [driver.locked.value, driver.change.from, driver.timing.field.valid]) {
            expect(all).not.to.contain(personal);
          }
        } finally {
          document.removeEventListener('gemeente-step-change', listener);
        }
      });

      it('a cancelled gemeente-submit posts nothing; complete() shows the confirmation and fires gemeente-submitted', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        let payload: { formulier?: string } | undefined;
        el.addEventListener('gemeente-submit', (e) => {
          payload = (e as CustomEvent).detail.payload;
          e.preventDefault();
        });
        const submitted = new Promise<CustomEvent>((resolve) => el.addEventListener('gemeente-submitted', (e) => resolve(e as CustomEvent)));
        await declareAndSend(el);
        await until(() => payload !== undefined);
        expect(payload!.formulier).to.equal(driver.formulier);
        await wait(300);
        expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);
        expect(button(el, 'Versturen').disabled).to.equal(true);

        el.complete('ABC-1');
        await tick(el);
        expect(heading(el)).to.equal('Uw gegevens zijn verstuurd');
        expect(root(el).querySelector('.confirmation__kenmerk')!.textContent!.trim()).to.equal('ABC-1');
        expect((await submitted).detail.kenmerk).to.equal('ABC-1');
        expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);
      });

      it('fail() shows the host\'s message with "Opnieuw versturen"', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        el.addEventListener('gemeente-submit', (e) => e.preventDefault());
        await declareAndSend(el);
        await tick(el);
        el.fail('Het zaaksysteem is even niet bereikbaar.');
        await tick(el);
        expect(root(el).querySelector('.send-error')!.textContent).to.contain('Het zaaksysteem is even niet bereikbaar.');
        const resend = button(el, 'Opnieuw versturen');
        expect(resend.disabled).to.equal(false);
      });

      it('gemeente-submitted has the kenmerk the receiver stored', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await walkToCheck(el, driver.shortSteps);
        const submitted = new Promise<CustomEvent>((resolve) =>
          document.addEventListener('gemeente-submitted', (e) => resolve(e as CustomEvent), { once: true }),
        );
        await declareAndSend(el);
        const event = await submitted;
        const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
        expect(rows).to.have.length(1);
        expect(event.detail.kenmerk).to.equal(rows[0]!.kenmerk);
        expect(event.composed).to.equal(true);
      });
    });

    // ------------------------------------------------------------------ configuration errors

    describe('configuration errors', () => {
      for (const [name, attrs, attribute, visible] of [
        ['a missing endpoint', { endpoint: '' }, 'endpoint', 'Het attribuut endpoint ontbreekt'],
        ['an http endpoint on another host', { endpoint: 'http://example.com/x' }, 'endpoint', 'Het attribuut endpoint moet een https-adres zijn'],
        ['a malformed gemeente-code', { 'gemeente-code': '344' }, 'gemeente-code', 'Het attribuut gemeente-code moet een CBS-code van 4 cijfers zijn'],
      ] as const) {
        it(`shows ${name} on the page instead of the form and names the attribute in the console`, async () => {
          const spy = sinon.stub(console, 'error');
          const el = await driver.create({ endpoint: endpointOf(receiver), attrs: { ...attrs } });
          if ('endpoint' in attrs && attrs.endpoint === '') el.removeAttribute('endpoint');
          await tick(el);
          const box = root(el).querySelector('.config-error')!;
          expect(box).to.exist;
          expect(box.getAttribute('role')).to.equal('alert');
          expect(box.textContent).to.contain('Dit formulier is niet goed ingesteld');
          expect(box.textContent).to.contain(visible);
          expect(root(el).querySelector('form')).to.equal(null);
          expect(spy.getCalls().some((c) => String(c.args[0]).includes(`"${attribute}"`) && String(c.args[0]).includes(driver.tag))).to.equal(true);
        });
      }

      it('translates the configuration error (lang="en")', async () => {
        sinon.stub(console, 'error');
        const el = await driver.create({ endpoint: 'http://example.com/x', attrs: { lang: 'en' } });
        const box = root(el).querySelector('.config-error')!;
        expect(box.textContent).to.contain('This form is not set up correctly');
        expect(box.textContent).not.to.contain('Dit formulier');
      });
    });

    // ------------------------------------------------------------------ language, prefill, locked fields

    describe('language and prefill', () => {
      it('lang="en" shows the form, its buttons and its error messages in English', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver), attrs: { lang: 'en' } });
        expect(heading(el)).to.equal(driver.english.firstHeading);
        await press(el, 'Continue');
        await until(() => errors(el).length > 0);
        expect(text(el)).to.contain('There is a problem');
        expect(errors(el)).to.include(driver.english.requiredError);
        expect(text(el)).to.contain('Stop and delete my answers');
      });

      it('takes the language of an ancestor and re-renders live when lang changes', async () => {
        const parent = document.createElement('div');
        parent.lang = 'en';
        document.body.appendChild(parent);
        try {
          const el = await driver.create({ endpoint: endpointOf(receiver), parent });
          expect(heading(el)).to.equal(driver.english.firstHeading);
          await setLang(el, 'nl');
          expect(heading(el)).to.equal(driver.shortSteps[0]!.heading.nl);
          el.lang = 'en';
          await tick(el);
          expect(heading(el), 'the lang property').to.equal(driver.english.firstHeading);
        } finally {
          parent.remove();
        }
      });

      it('prefill fills answers; lockedFields shows them read-only with the lock hint', async () => {
        const { locked } = driver;
        const el = await driver.create({
          endpoint: endpointOf(receiver),
          props: { prefill: locked.prefill, lockedFields: [locked.path] },
        });
        await walk(el, stepsUntil(driver.shortSteps, locked.stepId));
        await untilStep(el, stepById(locked.stepId).heading.nl);
        const input = field(el, locked.label);
        expect(input.value).to.equal(locked.value);
        expect(input.readOnly).to.equal(true);
        const hint = root(el).getElementById(`${input.id}-locked`)!;
        expect(hint.textContent).to.contain('Dit gegeven komt van uw inlog');
        expect(input.getAttribute('aria-describedby')).to.contain(hint.id);
        input.focus();
        await sendKeys({ type: '123' });
        await sendKeys({ press: 'Tab' });
        await tick(el);
        expect(field(el, locked.label).value).to.equal(locked.value);
        await expect(el).to.be.accessible();
      });
    });

    // ------------------------------------------------------------------ theming

    describe('theming', () => {
      const primary = (el: FormElement) => root(el).querySelector<HTMLButtonElement>('.button--primary')!;

      it('without theming attributes no theme sheet is adopted; a theme-color set later is applied', async () => {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        const sheets = root(el).adoptedStyleSheets.length;
        el.setAttribute('theme-color', '#ffd200');
        await el.updateComplete;
        expect(root(el).adoptedStyleSheets.length).to.equal(sheets + 1);
        expect(getComputedStyle(primary(el)).backgroundColor).to.equal('rgb(255, 210, 0)');
        el.removeAttribute('theme-color');
        await el.updateComplete;
        expect(getComputedStyle(primary(el)).backgroundColor).not.to.equal('rgb(255, 210, 0)');
      });

      it('theme-color sets the primary button colour, with black text on a light brand colour', async () => {
        const el = await driver.create({
          endpoint: endpointOf(receiver),
          attrs: { 'theme-color': '#ffd200', 'theme-font': 'Georgia, serif', 'theme-radius': '12px', 'privacy-url': 'https://www.utrecht.nl/privacy' },
        });
        const style = getComputedStyle(primary(el));
        expect(style.backgroundColor).to.equal('rgb(255, 210, 0)');
        expect(style.color).to.equal('rgb(0, 0, 0)');
        expect(style.fontFamily).to.contain('Georgia');
        expect(style.borderTopLeftRadius).to.equal('12px');
        // The brand colour as text on white would be 1.45:1: secondary buttons and links use black
        // (step 1 has no secondary button since "Stop en wis" is a warning button: read the privacy link).
        expect(getComputedStyle(root(el).querySelector('a[href="https://www.utrecht.nl/privacy"]')!).color).to.equal('rgb(0, 0, 0)');
        expect(getComputedStyle(root(el).querySelector('.wipe__button')!).color).not.to.equal('rgb(255, 210, 0)');
        await expect(el).to.be.accessible();
      });

      it('takes the NL Design System (Utrecht) token colour from an ancestor theme class, without attributes', async () => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = '/node_modules/@utrecht/design-tokens/dist/theme.css';
        const loaded = new Promise((r) => (link.onload = r));
        document.head.appendChild(link);
        await loaded;
        const parent = document.createElement('div');
        parent.className = 'utrecht-theme';
        document.body.appendChild(parent);
        try {
          const probe = document.createElement('span');
          probe.style.backgroundColor = 'var(--utrecht-button-primary-action-background-color)';
          parent.appendChild(probe);
          const expected = getComputedStyle(probe).backgroundColor;
          expect(expected).not.to.equal('rgba(0, 0, 0, 0)');
          const el = await driver.create({ endpoint: endpointOf(receiver), parent });
          const without = await driver.create({ endpoint: endpointOf(receiver) });
          expect(getComputedStyle(primary(el)).backgroundColor).to.equal(expected);
          expect(getComputedStyle(primary(without)).backgroundColor).not.to.equal(expected);
        } finally {
          parent.remove();
          link.remove();
        }
      });
    });
  });
}
