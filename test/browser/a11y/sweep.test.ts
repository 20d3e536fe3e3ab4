// The axe sweep (issue 7, "The bar, tested in Chromium"): every named state of both forms
// (named-states.ts), in Dutch and in English, with the default look and with a dark and a light brand
// colour through `theme-color`, against the WCAG 2.2 A/AA rules (axe.ts; the brand colours with the
// colour rules, since `theme-color` changes nothing else). Zero violations.
// Each state is entered once (with the keyboard) and then switched live: language and look are
// attributes a host page may change at any time, so switching them is itself part of what is tested.
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { check, press } from '../support/user.js';
import { COLOUR_RULES, wcagViolations } from './axe.js';
import { LOOKS, NAMED_STATES, createStateElement, leaveStates, until, type StateIO } from './named-states.js';

const keyboard: StateIO = {
  press: (el, text) => press(el, text),
  check: (el, label) => check(el, label),
};

/** WCAG relative luminance contrast of two computed `rgb(a)` colours (alpha ignored). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((x) => {
      const v = Number(x) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

/** The colour behind `node`: the nearest ancestor (through shadow hosts) with a background. */
function backgroundBehind(node: Element): string {
  for (let n: Element | null = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null); n; n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host ?? null)) {
    const bg = getComputedStyle(n).backgroundColor;
    if (!transparent(bg)) return bg;
  }
  return 'rgb(255, 255, 255)';
}

/**
 * The focus ring of what has focus in the state must stand out 3:1 from what is around it (WCAG
 * 1.4.11 Non-text Contrast for the indicator, 2.4.7 Focus Visible): axe does not look at focus.
 */
function focusRingProblem(el: HTMLElement): string | null {
  const active = el.shadowRoot!.activeElement;
  if (!active) return null;
  const style = getComputedStyle(active);
  if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0) return null;
  const behind = backgroundBehind(active);
  const ratio = contrast(style.outlineColor, behind);
  return ratio >= 3 ? null : `focus ring of <${active.localName} class="${active.getAttribute('class') ?? ''}"> ${style.outlineColor} on ${behind}: ${ratio.toFixed(2)}:1`;
}

async function switchLang(el: HTMLElement, lang: string): Promise<void> {
  const before = el.shadowRoot!.textContent;
  el.setAttribute('lang', lang);
  // The English pack loads on demand: wait for the re-render in the other language.
  await until(() => el.shadowRoot!.textContent !== before, `the switch to "${lang}"`, 5000);
  await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
}

describe('axe sweep of the named states (WCAG 2.2 A/AA)', () => {
  before(async () => {
    await import('../../../src/define.js');
  });
  afterEach(() => leaveStates());

  const started = Date.now();
  let axeMs = 0;
  after(() =>
    console.log(
      `axe sweep: ${NAMED_STATES.length} states × 2 languages × ${LOOKS.length} looks in ${((Date.now() - started) / 1000).toFixed(1)} s (axe and the switches: ${(axeMs / 1000).toFixed(1)} s)`,
    ),
  );

  for (const state of NAMED_STATES) {
    it(`${state.id}: no violations and a 3:1 focus ring in nl and en, ${LOOKS.map((l) => l.id).join(', ')}; no sideways scrolling at 320 px`, async function () {
      this.timeout(60000);
      const parent = await fixture<HTMLDivElement>(html`<div></div>`);
      const el = await createStateElement(state, parent, { lang: 'nl' });
      await state.enter(el, keyboard);
      const found: string[] = [];
      const axeStart = performance.now();
      for (const lang of ['nl', 'en']) {
        if (lang !== 'nl') await switchLang(el, lang);
        for (const look of LOOKS) {
          el.removeAttribute('theme-color');
          for (const [k, v] of Object.entries(look.attrs)) el.setAttribute(k, v);
          await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
          // The default look gets every WCAG A/AA rule; a brand colour changes colours only (axe.ts).
          const rules = look.id === 'standaard' ? {} : { rules: COLOUR_RULES };
          for (const v of await wcagViolations(el, rules)) found.push(`[${lang}, ${look.id}] ${v}`);
          const ring = focusRingProblem(el);
          if (ring) found.push(`[${lang}, ${look.id}] ${ring}`);
        }
      }
      axeMs += performance.now() - axeStart;
      expect(found, found.join('\n')).to.deep.equal([]);

      // WCAG 1.4.10 Reflow: at 320 CSS px nothing in the state scrolls the page sideways (a long URL
      // in the configuration error did, issue 7). In English too: its words differ.
      await setViewport({ width: 320, height: 640 });
      try {
        for (const lang of ['en', 'nl']) {
          if (el.getAttribute('lang') !== lang) await switchLang(el, lang);
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          // A box wider than the viewport, or a box whose text runs out of it (overflow does not widen the box).
          const wide = [el, ...el.shadowRoot!.querySelectorAll('*')].filter(
            (n) => n.getBoundingClientRect().right > window.innerWidth + 0.5 || (n.clientWidth > 0 && n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX === 'visible'),
          );
          expect(wide.map((n) => `[${lang}] <${n.localName} class="${n.getAttribute('class') ?? ''}"> ${(n.textContent ?? '').trim().slice(0, 60)}`), 'wider than 320 px').to.deep.equal([]);
          expect(document.documentElement.scrollWidth, `[${lang}] page scroll width at 320 px`).to.be.at.most(320);
        }
      } finally {
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});

describe('the axe sweep itself', () => {
  it('finds a WCAG violation inside the shadow root when there is one (an input without a label)', async () => {
    await import('../../../src/define.js');
    const state = NAMED_STATES[0]!;
    const parent = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = await createStateElement(state, parent);
    el.shadowRoot!.querySelector('form')!.append(document.createElement('input'));
    const found = await wcagViolations(el);
    expect(found.join('\n')).to.contain('label');
  });
});
