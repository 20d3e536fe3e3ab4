// A CMS column can be narrow on a wide screen: the element lays out for the space it gets (container
// queries on its inner parts, :host stays display: block), not for the viewport. At 1280 px wide it
// sits in a flex row and in a table cell next to a wide menu: no sideways scrolling on any step
// (WCAG 1.4.10) and the narrow layout (full-width main button); given room, the wide layout. In a flex
// row or an auto-width table it neither collapses (a size container has no width of its own) nor
// stretches past its 40rem reading width.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { button, root, tick } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormDriver, FormElement } from '../shared/form-driver.js';
import { verhuizingDriver } from '../verhuizing/driver.js';
import { overlijdenDriver } from '../overlijden/driver.js';
import { DEFAULT_VIEWPORT, horizontalOverflow, viewport } from './layout-checks.js';
import { press } from '../support/user.js';

const WIDE_SCREEN = { width: 1280, height: 800 };

/** The host page layouts: each returns the element's parent. */
const layouts = {
  'a flex row next to a wide menu': async () =>
    (await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 16px">
      <nav style="flex: 0 0 880px">Menu</nav>
      <main class="slot"></main>
    </div>`)).querySelector('main')!,
  'a flex row, the element itself the flex item': async () => {
    const row = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 16px"><nav style="flex: 0 0 880px">Menu</nav></div>`);
    return row;
  },
  'a table cell next to a wide menu': async () =>
    (await fixture<HTMLTableElement>(html`<table style="inline-size: 100%; border-collapse: collapse">
      <tr><td style="inline-size: 70%">Menu van de gemeente met een paar links</td><td class="slot"></td></tr>
    </table>`)).querySelector('td.slot') as HTMLElement,
};

/** The main button spans the part it is in (narrow layout) or not (wide). */
function fullWidthButton(el: FormElement): boolean {
  const next = button(el, 'Volgende');
  const part = next.closest('.root > *')!;
  return Math.abs(next.getBoundingClientRect().width - part.getBoundingClientRect().width) < 1;
}

function describeContainer(driver: FormDriver): void {
  describe(`<${driver.tag}> in a narrow CMS column on a wide screen`, function () {
    this.timeout(120_000);
    let receiver: ReceiverUrls;

    beforeEach(async () => {
      sessionStorage.clear();
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
      await viewport(WIDE_SCREEN);
    });
    afterEach(async () => {
      await viewport(DEFAULT_VIEWPORT);
      await executeServerCommand('receiver-stop');
    });

    for (const [name, layout] of Object.entries(layouts)) {
      it(`in ${name}: the narrow layout, and no sideways scrolling on any step`, async () => {
        const parent = await layout();
        const el = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, lookupUrl: receiver.lookupUrl, parent });
        const width = el.getBoundingClientRect().width;
        // 1280 - 2 × 8 body margin - 880 menu - 16 gap = 368 in the rows; 30 % of the table's width.
        expect(width, 'the element neither collapses nor pushes the menu').to.be.within(300, 400);
        for (const step of driver.shortSteps) {
          await untilStep(el, step.heading.nl);
          await tick(el);
          expect(horizontalOverflow(el), step.id).to.deep.equal([]);
          expect(fullWidthButton(el), `${step.id}: the main button spans the column`).to.equal(true);
          await step.fill(el);
          await press(el, 'Volgende');
          await tick(el);
        }
        await untilStep(el, 'Controleer uw gegevens');
        expect(horizontalOverflow(el), 'check page').to.deep.equal([]);
      });
    }

    it('the error summary: compact in the narrow column, roomy with room (a container query, not the viewport)', async () => {
      const narrow = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, parent: await layouts['a flex row next to a wide menu']() });
      const roomy = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 16px"><nav style="flex: 0 0 200px">Menu</nav></div>`);
      const wide = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, parent: roomy });
      const padding = (el: FormElement) => parseFloat(getComputedStyle(root(el).querySelector('.error-summary')!).paddingInlineStart);
      for (const el of [narrow, wide]) {
        await press(el, 'Volgende');
        await tick(el);
      }
      expect(padding(narrow), 'narrow column').to.be.lessThan(padding(wide));
    });

    it('with room (a flex row next to a small menu, an auto-width table): its 40rem reading width and the wide layout', async () => {
      const row = await fixture<HTMLDivElement>(html`<div style="display: flex; gap: 16px"><nav style="flex: 0 0 200px">Menu</nav></div>`);
      const inRow = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, parent: row });
      const table = await fixture<HTMLTableElement>(html`<table><tr><td class="slot"></td></tr></table>`);
      const inTable = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, parent: table.querySelector('td')! });
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      for (const el of [inRow, inTable]) {
        expect(root(el).querySelector('.root')!.getBoundingClientRect().width, el.id).to.be.closeTo(40 * rem, 1);
        expect(fullWidthButton(el), el.id).to.equal(false);
        expect(horizontalOverflow(el), el.id).to.deep.equal([]);
      }
    });
  });
}

describeContainer(verhuizingDriver);
describeContainer(overlijdenDriver);
