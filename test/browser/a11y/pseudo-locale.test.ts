// A gemeente can add a language through the host's `translations` (product.md). Whatever it adds must
// lay out: this pseudo-locale makes every text about 40 % longer (German and Polish run that much
// longer than Dutch, Arabic and Turkish labels too), puts accents on every letter (for clipped
// ascenders and descenders), and is right-to-left (dir="rtl" on the element and the page). On every
// step of both forms, empty and with errors, at 320 px and at 800 px: nothing scrolls sideways, sticks
// out on either side, or is cut off (WCAG 1.4.10, 1.4.12's "no loss of content"), targets stay 44 px.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { nl } from '../../../src/i18n/locales/nl.js';
import { heading, press, root, tick } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormDriver, FormElement } from '../shared/form-driver.js';
import { verhuizingDriver } from '../verhuizing/driver.js';
import { overlijdenDriver } from '../overlijden/driver.js';
import { clipping, DEFAULT_VIEWPORT, horizontalOverflow, REFLOW_VIEWPORTS, smallTargets, viewport } from './layout-checks.js';

/** The pseudo-locale's language code (private use, as BCP 47 allows). */
const PSEUDO = 'qps';

const ACCENTS: Record<string, string> = {
  a: 'á', e: 'ë', i: 'í', o: 'ö', u: 'ü', y: 'ÿ', c: 'ç', n: 'ñ', s: 'š', z: 'ž', g: 'ğ', A: 'Å', E: 'É', I: 'Î', O: 'Ø', U: 'Ü', C: 'Ç', N: 'Ñ', S: 'Š',
};

/** Accents every letter outside {{placeholders}} and $t(nesting), and adds ~40 % in extra words. */
export function pseudo(text: string): string {
  const parts = text.split(/({{[^}]*}}|\$t\([^)]*\))/);
  const accented = parts.map((p, i) => (i % 2 ? p : p.replace(/[a-zA-Z]/g, (c) => ACCENTS[c] ?? c))).join('');
  const extra = Math.ceil(text.length * 0.4);
  const padding = 'ŀöñğéř ťëxť '.repeat(Math.ceil(extra / 12)).slice(0, extra).trim();
  return padding ? `${accented} ${padding}` : accented;
}

function pseudoTexts(value: unknown): unknown {
  if (typeof value === 'string') return pseudo(value);
  if (Array.isArray(value)) return value.map(pseudoTexts);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, pseudoTexts(v)]));
  return value;
}

const translations = { [PSEUDO]: pseudoTexts(nl) as Record<string, unknown> };

async function pseudoLocale(el: FormElement, on: boolean): Promise<void> {
  el.setAttribute('lang', on ? PSEUDO : 'nl');
  el.setAttribute('dir', on ? 'rtl' : 'ltr');
  document.documentElement.dir = on ? 'rtl' : 'ltr';
  await tick(el);
}

async function checkPseudo(el: FormElement, where: string): Promise<void> {
  for (const v of [...REFLOW_VIEWPORTS, { name: '800 px', ...DEFAULT_VIEWPORT }]) {
    await viewport(v, el);
    expect(horizontalOverflow(el), `${where}, ${v.name}`).to.deep.equal([]);
    expect(clipping(el), `${where}, ${v.name}: clipped`).to.deep.equal([]);
    if (v.name === '320 px') {
      // For a person to look at (.tmp/screenshots/, not committed).
      // In parts of 800 px, so each is readable at full size.
      const r = el.getBoundingClientRect();
      for (let top = 0, part = 1; top < r.height; top += 800, part++) {
        const clip = { x: r.left + scrollX, y: r.top + scrollY + top, width: r.width, height: Math.min(800, r.height - top) };
        await executeServerCommand('screenshot', { name: `pseudo-${el.localName}-${where.replace(/\W+/g, '-')}-${part}`, clip });
      }
    }
  }
  expect(smallTargets(el), `${where}: targets`).to.deep.equal([]);
}

function describePseudo(driver: FormDriver): void {
  describe(`<${driver.tag}> in a pseudo-locale through translations (40 % longer, accented, right-to-left)`, function () {
    this.timeout(240_000);
    let receiver: ReceiverUrls;

    beforeEach(async () => {
      sessionStorage.clear();
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
    });
    afterEach(async () => {
      document.documentElement.dir = '';
      await viewport(DEFAULT_VIEWPORT);
      await executeServerCommand('receiver-stop');
    });

    it('every step, empty and with errors, and the check page lay out without overflow or clipping', async () => {
      const el = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, lookupUrl: receiver.lookupUrl, props: { translations } });
      for (const step of driver.allSteps) {
        await untilStep(el, step.heading.nl);
        await pseudoLocale(el, true);
        const title = heading(el);
        expect(title, 'the pseudo-locale is shown').to.not.equal(step.heading.nl);
        expect(title.startsWith(pseudo(step.heading.nl).slice(0, 10)), `${title} is the pseudo heading`).to.equal(true);
        await checkPseudo(el, `${step.id} empty`);
        // "Volgende" in the pseudo-locale, with the keyboard.
        root(el).querySelector<HTMLButtonElement>('.actions .button--primary')!.focus();
        await sendKeys({ press: 'Enter' });
        await tick(el);
        if (heading(el) === title) await checkPseudo(el, `${step.id} with errors`);
        await pseudoLocale(el, false);
        if (!heading(el).startsWith(step.heading.nl)) {
          await press(el, 'Vorige stap');
          await untilStep(el, step.heading.nl);
        }
        // The drivers find fields by their Dutch labels: fill in Dutch.
        await step.fill(el);
        await press(el, 'Volgende');
        await tick(el);
      }
      await untilStep(el, 'Controleer uw gegevens');
      await pseudoLocale(el, true);
      await checkPseudo(el, 'check page');
      await pseudoLocale(el, false);
    });
  });
}

describePseudo(verhuizingDriver);
describePseudo(overlijdenDriver);
