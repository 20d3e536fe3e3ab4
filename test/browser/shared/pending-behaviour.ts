// Nothing filed twice, nothing kept too long (issue 8, holes 1 and 9), for every form: a reload mid-send
// with an attachment, a language switch between tries, asking the endpoint about the key (the reference
// receiver, and a backend without that operation), the draft's time limit on the open page, and the
// flush when the page is hidden. Two tabs (hole 2) and a real reload are in test/node/browser/.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { button, check, field, heading, press, root, text, tick, until } from '../support/user.js';
import { upload } from '../support/form-io.js';
import { untilStep, walk, walkToCheck } from './flow.js';
import type { FormDriver, FormElement, StepDriver } from './form-driver.js';

type Row = { kenmerk: string; idempotencyKey: string; envelope: Record<string, unknown> & { bijlagen: { bestandsnaam: string; inhoud: string }[] } };

const DECLARATION = /naar waarheid|truthfully|true/i;

async function declareAndSend(el: FormElement): Promise<void> {
  const box = [...root(el).querySelectorAll('label')].find((l) => DECLARATION.test(l.textContent ?? ''));
  await check(el, box!.textContent!.trim());
  await press(el, 'Versturen');
}

const keyOf = (call: sinon.SinonSpyCall) => new Headers((call.args[1] as RequestInit).headers).get('Idempotency-Key');
const methodOf = (call: sinon.SinonSpyCall) => (call.args[1] as RequestInit | undefined)?.method ?? 'GET';

export function describePendingBehaviour(driver: FormDriver): void {
  const attachment = driver.attachment!;
  const endpointOf = (r: ReceiverUrls) => `${r.url}${driver.endpointPath}`;
  const stepsUntil = (steps: StepDriver[], id: string) => steps.slice(0, steps.findIndex((s) => s.id === id));
  const stepById = (id: string) => driver.shortSteps.find((s) => s.id === id)!;

  async function reload(el: FormElement): Promise<FormElement> {
    const parent = el.parentElement!;
    const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    el.remove();
    return driver.create({ attrs, id: el.id, parent });
  }

  /** To the check page with one PDF on the attachment step. */
  async function toCheckWithFile(el: FormElement): Promise<void> {
    await walk(el, stepsUntil(driver.shortSteps, attachment.stepId));
    await untilStep(el, stepById(attachment.stepId).heading.nl);
    await upload(el, attachment.soort, [{ name: 'document.pdf', kind: 'pdf' }]);
    const rest = driver.shortSteps.slice(driver.shortSteps.findIndex((s) => s.id === attachment.stepId));
    await press(el, 'Volgende');
    await tick(el);
    await walkToCheck(el, rest.slice(1));
  }

  /**
   * fetch as a flaky mobile connection: the first POST reaches the receiver (it stores the report) but
   * its answer is lost; `lost` more POSTs fail before reaching it. Later requests go through.
   */
  function loseAnswers(lost = 0): sinon.SinonStub {
    const real = window.fetch.bind(window);
    let posts = 0;
    return sinon.stub(window, 'fetch').callsFake(async (input: RequestInfo | URL, init?: RequestInit) => {
      if (init?.method !== 'POST') return real(input, init);
      posts += 1;
      if (posts === 1) {
        await real(input, init);
        throw new TypeError('Failed to fetch');
      }
      if (posts <= 1 + lost) throw new TypeError('Failed to fetch');
      return real(input, init);
    });
  }

  describe(`<${driver.tag}> pending sends and the draft's time (issue 8)`, () => {
    let receiver: ReceiverUrls;

    beforeEach(async () => {
      sessionStorage.clear();
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
    });
    afterEach(async () => {
      sinon.restore();
      await executeServerCommand('receiver-stop');
    });

    describe('a reload mid-send with an attachment', () => {
      /** Sends, loses the stored answer, reloads during the retry wait: the new element on the check page. */
      async function reloadedMidSend(): Promise<{ again: FormElement; fetch: sinon.SinonStub }> {
        const el = await driver.create({ endpoint: endpointOf(receiver) });
        await toCheckWithFile(el);
        // Attempts 2 and 3 fail too, so the reload lands in a retry wait (1 s + 2 s) whatever the load.
        const fetch = loseAnswers(2);
        await declareAndSend(el);
        await until(() => fetch.callCount >= 1, 5000);
        for (let i = 0; i < 50 && (await executeServerCommand<Row[], unknown>('receiver-submissions')).length === 0; i++) {
          await new Promise((r) => setTimeout(r, 50));
        }
        expect(heading(el)).to.equal('Controleer uw gegevens');
        const again = await reload(el);
        await untilStep(again, 'Controleer uw gegevens');
        return { again, fetch };
      }

      it('asks for the same file again, refuses another one, and resends the identical body under the same key: one row, its kenmerk', async function () {
        this.timeout(60000);
        const { again, fetch } = await reloadedMidSend();
        expect(text(again)).to.contain('Voeg uw bestanden opnieuw toe');
        expect(field(again, 'Voeg document.pdf opnieuw toe')).to.exist;
        await expect(again).to.be.accessible();

        // "Versturen" before the file is back: said, and nothing is posted.
        const before = fetch.callCount;
        await press(again, 'Versturen');
        await until(() => text(again).includes('Voeg eerst de bestanden opnieuw toe'));
        expect(fetch.callCount).to.equal(before);

        // Another file (a PNG) under the right label is refused, with a translated message.
        await executeServerCommand('upload-files', { host: `${driver.tag}#${again.id}`, selector: '#hervat-0', files: [{ name: 'document.pdf', kind: 'png' }] });
        await until(() => text(again).includes('Kies precies het bestand document.pdf dat u eerder toevoegde'));
        again.setAttribute('lang', 'en');
        await tick(again);
        expect(text(again)).to.contain('Choose exactly the file document.pdf that you added before');

        // The same file: accepted; sent while the page is in English, the body keeps taal "nl".
        const [chosen] = await executeServerCommand<{ base64: string }[], unknown>('upload-files', {
          host: `${driver.tag}#${again.id}`,
          selector: '#hervat-0',
          files: [{ name: 'document.pdf', kind: 'pdf' }],
        });
        await until(() => !root(again).querySelector('#hervat-0'));
        await press(again, 'Send');
        await until(() => root(again).querySelector('.confirmation__kenmerk') !== null, 10000);
        const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
        expect(rows).to.have.length(1);
        expect(root(again).querySelector('.confirmation__kenmerk')!.textContent!.trim()).to.equal(rows[0]!.kenmerk);
        expect(rows[0]!.envelope['taal']).to.equal('nl');
        expect(rows[0]!.envelope.bijlagen.map((b) => b.inhoud)).to.deep.equal([chosen!.base64]);
        const posts = fetch.getCalls().filter((c) => methodOf(c) === 'POST');
        expect(new Set(posts.map(keyOf)).size).to.equal(1);
        expect(keyOf(posts[0]!)).to.equal(rows[0]!.idempotencyKey);
      });

      it('"Ik heb het bestand niet meer" asks the reference receiver about the key (a header, not the URL) and shows the stored kenmerk', async function () {
        this.timeout(60000);
        const { again, fetch } = await reloadedMidSend();
        await press(again, 'Ik heb het bestand niet meer');
        await until(() => heading(again) === 'Uw gegevens zijn verstuurd', 10000);
        const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
        expect(rows).to.have.length(1);
        expect(root(again).querySelector('.confirmation__kenmerk')!.textContent!.trim()).to.equal(rows[0]!.kenmerk);
        const lookup = fetch.getCalls().find((c) => methodOf(c) === 'GET')!;
        expect(String(lookup.args[0])).to.equal(endpointOf(receiver));
        expect(keyOf(lookup)).to.equal(rows[0]!.idempotencyKey);
      });

      it('against a backend without the key lookup: "may have arrived" with the key\'s first 8 characters and the contact route, and no fresh send', async function () {
        this.timeout(60000);
        receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now, keyLookup: false });
        const { again, fetch } = await reloadedMidSend();
        await press(again, 'Ik heb het bestand niet meer');
        await until(() => !!root(again).querySelector('.send-error'), 10000);
        const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
        const message = root(again).querySelector('.send-error')!.textContent!.replace(/\s+/g, ' ');
        expect(message).to.contain('Uw melding is misschien al aangekomen bij de gemeente');
        expect(message).to.contain(`Noem deze code als u contact opneemt met de gemeente: ${rows[0]!.idempotencyKey.slice(0, 8)}.`);
        // The contact route follows the alert, in the same place as on every failure (WCAG 3.2.6).
        const route = root(again).querySelector('.send-error + .contact-route')!.textContent!.replace(/\s+/g, ' ');
        expect(route).to.contain(`Neem contact op met de gemeente ${driver.gemeente.naam}`);
        expect([...root(again).querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Versturen');
        expect(root(again).activeElement).to.equal(root(again).querySelector('.send-error__title'));
        await expect(again).to.be.accessible();
        const gets = fetch.getCalls().filter((c) => methodOf(c) === 'GET');
        expect(gets).to.have.length(1);
        await new Promise((r) => setTimeout(r, 300));
        expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(1);
      });
    });

    it('a language switch between tries does not change the body: "Opnieuw versturen" gets the stored kenmerk, not a 409', async function () {
      this.timeout(60000);
      const el = await driver.create({ endpoint: endpointOf(receiver) });
      await walkToCheck(el, driver.shortSteps);
      loseAnswers(3);
      await declareAndSend(el);
      await until(() => !!root(el).querySelector('.send-error'), 20000);
      el.setAttribute('lang', 'en');
      await tick(el);
      await press(el, 'Send again');
      await until(() => root(el).querySelector('.confirmation__kenmerk') !== null || text(el).includes('different'), 10000);
      const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
      expect(rows).to.have.length(1);
      expect(root(el).querySelector('.confirmation__kenmerk')?.textContent?.trim()).to.equal(rows[0]!.kenmerk);
      expect(rows[0]!.envelope['taal']).to.equal('nl');
    });

    describe('the draft\'s time on the open page (persist-minutes="1": the warning at half the time)', () => {
      const live = (el: FormElement) => root(el).querySelector('.root > .visually-hidden[aria-live="polite"]')!.textContent!.trim();

      it('warns after 30 s with "Ik ben er nog", which restarts the time; a keystroke too; at expiry the draft and the answers are wiped and it says so', async function () {
        this.timeout(60000);
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
        const el = await driver.create({ endpoint: endpointOf(receiver), attrs: { 'persist-minutes': '1' } });
        const { timing } = driver;
        await walk(el, stepsUntil(driver.shortSteps, timing.stepId));
        await untilStep(el, stepById(timing.stepId).heading.nl);
        field(el, timing.field.label).focus();
        await sendKeys({ type: timing.field.valid });
        await sendKeys({ press: 'Tab' });
        await tick(el);
        expect(Object.values(sessionStorage).join(' ')).to.contain(timing.field.valid);

        await clock.tickAsync(25_000);
        await tick(el);
        expect(text(el)).not.to.contain('Ik ben er nog');
        await clock.tickAsync(6_000);
        await tick(el);
        expect(button(el, 'Ik ben er nog')).to.exist;
        expect(text(el)).to.contain('Als u niets doet, wissen we uw gegevens over 30 seconden.');
        expect(live(el)).to.contain('over 30 seconden');
        await expect(el).to.be.accessible();

        await press(el, 'Ik ben er nog');
        await tick(el);
        expect(text(el)).not.to.contain('Als u niets doet');
        expect(live(el)).to.contain('U heeft weer meer tijd');
        await clock.tickAsync(45_000); // 45 s after the press: not expired (it would be, counted from before)
        await tick(el);
        expect(field(el, timing.field.label).value).to.equal(timing.field.valid);
        expect(button(el, 'Ik ben er nog')).to.exist;

        // Any keystroke counts as activity: the warning goes, the time starts again.
        field(el, timing.field.label).focus();
        await sendKeys({ press: 'ArrowRight' });
        await tick(el);
        expect(text(el)).not.to.contain('Als u niets doet');
        await clock.tickAsync(50_000);
        await tick(el);
        expect(field(el, timing.field.label).value).to.equal(timing.field.valid);

        await clock.tickAsync(11_000);
        await tick(el);
        await untilStep(el, driver.shortSteps[0]!.heading.nl);
        expect(text(el)).to.contain('Uw eerder ingevulde gegevens zijn gewist');
        expect(live(el)).to.contain('Uw eerder ingevulde gegevens zijn gewist');
        expect(root(el).querySelectorAll('input:checked').length).to.equal(0);
        expect(Object.values(sessionStorage).join(' ')).not.to.contain(timing.field.valid);
        expect(Object.values(sessionStorage).join(' ')).not.to.contain(driver.timing.field.valid.slice(0, 6));
      });

      it('warns two minutes ahead when persist-minutes is more than 2', async function () {
        const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
        const el = await driver.create({ endpoint: endpointOf(receiver), attrs: { 'persist-minutes': '5' } });
        await clock.tickAsync(2 * 60_000 + 50_000);
        await tick(el);
        expect(text(el)).not.to.contain('Ik ben er nog');
        await clock.tickAsync(15_000);
        await tick(el);
        expect(text(el)).to.contain('Als u niets doet, wissen we uw gegevens over 2 minuten.');
      });
    });

    it('writes the draft at once when the page is hidden or left (pagehide), not 400 ms after the last key', async () => {
      const el = await driver.create({ endpoint: endpointOf(receiver) });
      const { timing } = driver;
      await walk(el, stepsUntil(driver.shortSteps, timing.stepId));
      await untilStep(el, stepById(timing.stepId).heading.nl);
      const stored = () => Object.values(sessionStorage).join(' ');

      field(el, timing.field.label).focus();
      await sendKeys({ type: timing.field.valid.slice(0, 5) });
      expect(stored()).not.to.contain(timing.field.valid.slice(0, 5));
      window.dispatchEvent(new Event('pagehide'));
      expect(stored()).to.contain(timing.field.valid.slice(0, 5));

      await sendKeys({ type: timing.field.valid.slice(5) });
      expect(stored()).not.to.contain(timing.field.valid);
      const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
      document.dispatchEvent(new Event('visibilitychange'));
      visibility.restore();
      expect(stored()).to.contain(timing.field.valid);
    });
  });
}
