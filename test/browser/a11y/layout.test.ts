// The layout bar of issue 7 on every step of both forms and the check page, empty and with errors:
//   - WCAG 1.4.10 reflow: at 320 CSS px and at 400 % zoom of a 1280×1024 screen nothing scrolls sideways;
//   - WCAG 1.4.12 text spacing: with the minimum spacing applied, the longest realistic value fits in
//     every input (the "septembe" defect of issue 7 item 9) and no box cuts text off;
//   - WCAG 2.5.5 (AAA, our house bar; 2.5.8 AA asks 24 px): every target is at least 44 × 44 px, a
//     radio or checkbox together with its label row;
//   - WCAG 2.4.13 (AAA; 2.4.7 AA): Tab reaches every control with a ring of ≥ 2 px at ≥ 3:1 against
//     the pixels it covers and the control it surrounds, and focused text keeps 4.5:1 (1.4.3).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, heading, press, root, tick, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormDriver, FormElement } from '../shared/form-driver.js';
import { verhuizingDriver } from '../verhuizing/driver.js';
import { overlijdenDriver } from '../overlijden/driver.js';
import {
  applyTextSpacing,
  clipping,
  DEFAULT_VIEWPORT,
  focusStops,
  horizontalOverflow,
  REFLOW_VIEWPORTS,
  smallTargets,
  viewport,
  weakFocus,
} from './layout-checks.js';

/** What the walk measured, printed at the end for docs/accessibility-notes-layout.md. */
const measured: string[] = [];

async function checkState(el: FormElement, where: string, { focus }: { focus: boolean }): Promise<void> {
  for (const v of REFLOW_VIEWPORTS) {
    await viewport(v, el);
    expect(horizontalOverflow(el), `${where}, ${v.name}`).to.deep.equal([]);
  }
  // Text spacing at the narrowest width: the spacing must not push anything out sideways either.
  const undo = applyTextSpacing(el);
  try {
    await tick(el);
    expect(clipping(el), `${where}, text spacing`).to.deep.equal([]);
    expect(horizontalOverflow(el), `${where}, text spacing at 320 px`).to.deep.equal([]);
  } finally {
    undo();
  }
  await viewport(DEFAULT_VIEWPORT, el);
  expect(smallTargets(el), `${where}, targets`).to.deep.equal([]);
  const smallest = Math.min(
    ...[...root(el).querySelectorAll<HTMLElement>('input:not([type=hidden]), button, select')].map((n) => {
      const r = n.getBoundingClientRect();
      return r.width && r.height ? Math.min(r.width, r.height) : Infinity;
    }),
  );
  if (focus) {
    const title = root(el).querySelector<HTMLElement>('.step-title')!;
    const stops = await focusStops(el, title);
    expect(stops.length, `${where}: Tab reaches controls`).to.be.greaterThan(0);
    expect(weakFocus(stops), `${where}, focus ring`).to.deep.equal([]);
    const thinnest = Math.min(...stops.map((s) => s.outlineWidth));
    const weakest = Math.min(...stops.map((s) => Math.min(s.ringContrast, s.adjacentContrast)));
    measured.push(`${where}: smallest target ${smallest.toFixed(1)} px; ${stops.length} Tab stops, thinnest ring ${thinnest} px, lowest ring contrast ${weakest.toFixed(2)}:1`);
  } else {
    measured.push(`${where}: smallest target ${smallest.toFixed(1)} px`);
  }
}

function describeLayout(driver: FormDriver): void {
  describe(`<${driver.tag}>: reflow, text spacing, targets and focus ring on every step`, function () {
    this.timeout(240_000);
    let receiver: ReceiverUrls;

    beforeEach(async () => {
      sessionStorage.clear();
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
    });
    afterEach(async () => {
      await viewport(DEFAULT_VIEWPORT);
      await executeServerCommand('receiver-stop');
      for (const m of measured.splice(0)) console.log(`[layout] ${driver.formulier} ${m}`);
    });

    it('every step empty and with errors, the check page and the confirmation, at 320 px, 400 % zoom, text spacing and 44 px targets', async () => {
      const el = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, lookupUrl: receiver.lookupUrl });
      for (const step of driver.allSteps) {
        await untilStep(el, step.heading.nl);
        await checkState(el, `${step.id} empty`, { focus: true });
        await press(el, 'Volgende');
        await tick(el);
        if (heading(el).startsWith(step.heading.nl)) {
          await checkState(el, `${step.id} with errors`, { focus: false });
        } else {
          // Nothing was required: go back and fill it as the citizen would.
          await press(el, 'Vorige stap');
          await untilStep(el, step.heading.nl);
        }
        await step.fill(el);
        await press(el, 'Volgende');
        await tick(el);
      }
      await untilStep(el, 'Controleer uw gegevens');
      await checkState(el, 'check page', { focus: true });

      // Sent to the reference receiver: the confirmation.
      const declaration = [...root(el).querySelectorAll('label')].find((l) => /naar waarheid/.test(l.textContent ?? ''))!;
      await check(el, declaration.textContent!.trim());
      await press(el, 'Versturen');
      await until(() => root(el).querySelector('.confirmation__kenmerk') !== null, 15_000);
      await checkState(el, 'confirmation', { focus: true });
    });
  });
}

describeLayout(verhuizingDriver);
describeLayout(overlijdenDriver);

/** A referral of each form, with the gemeente's contact route: its links are the ones a citizen meets. */
const referrals = [
  { driver: verhuizingDriver, legend: 'Waar verhuist u naar?', option: 'Naar het buitenland' },
  { driver: overlijdenDriver, legend: 'Waar is de persoon overleden?', option: 'In het buitenland' },
];

describe('a referral page with the contact route: its links', function () {
  this.timeout(60_000);
  afterEach(() => viewport(DEFAULT_VIEWPORT));

  for (const { driver, legend, option } of referrals) {
    it(`<${driver.tag}> "${option}": reflow, text spacing, 44 px targets and a focus ring that keeps the link text readable`, async () => {
      const el = await driver.create({
        endpoint: driver.endpointPath,
        attrs: { 'contact-url': 'https://www.utrecht.nl/contact/', 'contact-telefoon': '14 030', 'contact-tekst': 'Maandag tot en met vrijdag van 8.00 tot 17.00 uur.' },
      });
      await choose(el, legend, option);
      await press(el, 'Volgende');
      await tick(el);
      await until(() => root(el).querySelector('.contact-route a') !== null);
      expect(root(el).querySelectorAll('.contact-route a').length, 'the contact links').to.equal(2);
      await checkState(el, `${driver.formulier} referral`, { focus: true });
      for (const m of measured.splice(0)) console.log(`[layout] ${m}`);
    });
  }
});
