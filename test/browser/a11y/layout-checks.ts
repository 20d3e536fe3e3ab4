// Measurements for the layout bar (issue 7, "The bar"): reflow (WCAG 1.4.10), text spacing (1.4.12),
// target size (2.5.5 AAA house bar, 2.5.8 AA) and the focus ring (2.4.13 AAA, 2.4.7 AA). Each check
// returns a list of failures (empty = pass) so one assertion names every offender at once.
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { contrastRatio, parseColor, type Rgba } from '../../../src/theme/contrast.js';
import { root, tick } from '../support/user.js';
import type { FormElement } from '../shared/form-driver.js';

export const HOUSE_TARGET = 44; // CSS px, WCAG 2.5.5 (AAA) and GOV.UK; 2.5.8 (AA) asks 24
const EPS = 0.5;

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/** 320 CSS px wide (a small phone, WCAG 1.4.10) and a 1280×1024 screen at 400 % zoom (= 320×256 CSS px at 4 device px per CSS px). */
export const REFLOW_VIEWPORTS = [
  { name: '320 px', width: 320, height: 640 },
  { name: '400 % zoom', width: 320, height: 256, deviceScaleFactor: 4 },
] as const;
export const DEFAULT_VIEWPORT = { width: 800, height: 600 };

export async function viewport(v: { width: number; height: number; deviceScaleFactor?: number }, el?: FormElement): Promise<void> {
  await setViewport(v as { width: number; height: number });
  if (el) await tick(el);
  await frame();
}

/** Rendered, not screen-reader-only, not inside a closed <details>. */
function shown(node: Element): boolean {
  if (node.closest('.visually-hidden')) return false;
  const r = node.getBoundingClientRect();
  return r.width > 0 || r.height > 0;
}

const describe = (n: Element) => {
  const id = n.id ? `#${n.id}` : '';
  const cls = typeof n.className === 'string' && n.className ? `.${n.className.trim().split(/\s+/).join('.')}` : '';
  const text = (n.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  return `${n.localName}${id}${cls}${text ? ` "${text}"` : ''}`;
};

/** WCAG 1.4.10: nothing scrolls sideways — not the page, not the element, not its wrapper — and nothing sticks out. */
export function horizontalOverflow(el: FormElement): string[] {
  const failures: string[] = [];
  const page = document.scrollingElement!;
  if (page.scrollWidth > page.clientWidth) failures.push(`page scrolls sideways: ${page.scrollWidth} > ${page.clientWidth}`);
  if (el.scrollWidth > el.clientWidth) failures.push(`element scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
  const wrapper = root(el).querySelector('.root')!;
  if (wrapper.scrollWidth > wrapper.clientWidth) failures.push(`.root scrolls sideways: ${wrapper.scrollWidth} > ${wrapper.clientWidth}`);
  const box = el.getBoundingClientRect();
  for (const node of root(el).querySelectorAll('*')) {
    if (node.localName === 'style' || node.localName === 'link' || !shown(node)) continue;
    const r = node.getBoundingClientRect();
    if (r.right > box.right + EPS || r.left < box.left - EPS) {
      failures.push(`${describe(node)} sticks out: ${Math.round(r.left)}–${Math.round(r.right)} outside ${Math.round(box.left)}–${Math.round(box.right)}`);
    }
  }
  return failures;
}

/** WCAG 1.4.12's minimum spacing, applied to everything in the shadow root as a user style sheet would. */
export function applyTextSpacing(el: FormElement): () => void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`*, *::before, *::after {
    line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important;
  }
  p { margin-block-end: 2em !important; }`);
  const shadow = root(el);
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  return () => {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  };
}

/**
 * The longest value a citizen realistically types into each kind of input (the widths follow
 * NL Design System's per-field widths): a month written out, a BSN typed in groups, a KvK-nummer in
 * two groups, a vestigingsnummer of 12 digits in groups, a voorvoegsel of two words.
 */
export function longestValue(input: HTMLInputElement): string {
  const kind = [...input.classList].find((c) => c.startsWith('input--'))?.slice('input--'.length) ?? 'full';
  if (input.type === 'time') return '23:30';
  const values: Record<string, string> = {
    day: '31',
    month: 'september',
    year: '2026',
    postcode: '3512 ZZ',
    huisnummer: '12345',
    huisletter: 'W',
    toevoeging: 'hs-2',
    bsn: '9999 93 847',
    kvk: '1234 5678',
    vestigingsnummer: '0000 1234 5678',
    number: '12',
    short: 'van der',
    full: 'Crematorium Daelwijck',
  };
  return values[kind] ?? values.full!;
}

/**
 * WCAG 1.4.12: with the spacing applied, the longest realistic value fits in every input and no box
 * that hides overflow cuts its content off. The value is put in for the measurement only (no events,
 * so the form's state does not change) and put back.
 */
export function clipping(el: FormElement): string[] {
  const failures: string[] = [];
  for (const input of root(el).querySelectorAll<HTMLInputElement>('input')) {
    if (['radio', 'checkbox', 'file', 'hidden'].includes(input.type) || !shown(input)) continue;
    const before = input.value;
    const value = longestValue(input);
    input.value = value;
    if (input.scrollWidth > input.clientWidth) failures.push(`#${input.id} clips "${value}": ${input.scrollWidth} > ${input.clientWidth}`);
    input.value = before;
  }
  for (const node of root(el).querySelectorAll('*')) {
    if (node.localName === 'input' || !shown(node)) continue;
    const cs = getComputedStyle(node);
    const hidesX = cs.overflowX !== 'visible';
    const hidesY = cs.overflowY !== 'visible';
    if (hidesX && node.scrollWidth > node.clientWidth + 1) failures.push(`${describe(node)} clips sideways: ${node.scrollWidth} > ${node.clientWidth}`);
    if (hidesY && node.scrollHeight > node.clientHeight + 1) failures.push(`${describe(node)} clips at the bottom: ${node.scrollHeight} > ${node.clientHeight}`);
  }
  return failures;
}

/**
 * A link inside running text (its block holds other text too): WCAG 2.5.5 and 2.5.8 except these,
 * since a line of text cannot be 44 px high.
 */
function inlineLink(a: HTMLAnchorElement): boolean {
  const block = a.parentElement!;
  return (block.textContent ?? '').replace(/\s+/g, '') !== (a.textContent ?? '').replace(/\s+/g, '');
}

/**
 * WCAG 2.5.5 (house bar, 44 × 44 CSS px; 2.5.8 AA asks 24): every control; a radio or checkbox and its
 * label are one target, so both are ≥ 44 px high and touch (no dead gap between them).
 * Not measured here: the error summary's links (helper "summary" owns their styles) and links
 * inside running text (excepted by both criteria).
 */
export function smallTargets(el: FormElement): string[] {
  const failures: string[] = [];
  const shadow = root(el);
  for (const node of shadow.querySelectorAll<HTMLElement>('input, select, textarea, button, a[href]')) {
    if (!shown(node) || node.closest('.error-summary')) continue;
    if (node instanceof HTMLAnchorElement && inlineLink(node)) continue;
    const r = node.getBoundingClientRect();
    if (r.width < HOUSE_TARGET - EPS || r.height < HOUSE_TARGET - EPS) failures.push(`${describe(node)} is ${r.width.toFixed(1)} × ${r.height.toFixed(1)}`);
    if (node instanceof HTMLInputElement && (node.type === 'radio' || node.type === 'checkbox')) {
      const label = shadow.querySelector<HTMLLabelElement>(`label[for="${node.id}"]`);
      if (!label) {
        failures.push(`${describe(node)} has no label`);
        continue;
      }
      const l = label.getBoundingClientRect();
      if (l.height < HOUSE_TARGET - EPS) failures.push(`label of #${node.id} is ${l.height.toFixed(1)} px high`);
      const gap = getComputedStyle(el).direction === 'rtl' ? r.left - l.right : l.left - r.right;
      if (gap > 1) failures.push(`a ${gap.toFixed(1)} px dead gap between #${node.id} and its label`);
    }
  }
  return failures;
}

/** The colour behind `node`: the first opaque background up the tree (through the shadow host), else the page's white. */
export function backgroundBehind(node: Element): Rgba {
  let current: Element | null = node;
  while (current) {
    const bg = parseColor(getComputedStyle(current).backgroundColor);
    if (bg && bg.a === 1) return bg;
    current = current.parentElement ?? ((current.getRootNode() as ShadowRoot).host ?? null);
  }
  return parseColor('#ffffff')!;
}

export interface FocusStop {
  name: string;
  outlineWidth: number;
  /** Outline colour against the colour those pixels had before the focus (the background outside). */
  ringContrast: number;
  /** Outline colour against the control's own background (buttons, inputs), where it touches it. */
  adjacentContrast: number;
  /** The focused control's text against its own background (1.4.3 while focused). */
  textContrast: number;
}

/**
 * Tabs from `start` through every stop in the element (real key presses) and measures the focus
 * ring of each: WCAG 2.4.7 (visible) and 2.4.13 (≥ 2 CSS px, ≥ 3:1 against the unfocused pixels).
 */
export async function focusStops(el: FormElement, start: HTMLElement): Promise<FocusStop[]> {
  start.focus();
  const stops: FocusStop[] = [];
  for (let i = 0; i < 200; i++) {
    await sendKeys({ press: 'Tab' });
    const active = root(el).activeElement as HTMLElement | null;
    if (document.activeElement !== el || !active) break;
    // A file input is transparent over its visible button (file-field.ts): the ring the citizen sees
    // is the button's, so that is what is measured.
    const shown = active.classList.contains('file-input__native') ? ((active.nextElementSibling as HTMLElement | null) ?? active) : active;
    const cs = getComputedStyle(shown);
    const outline = parseColor(cs.outlineColor);
    const width = cs.outlineStyle === 'none' ? 0 : parseFloat(cs.outlineWidth);
    const outside = backgroundBehind(shown.parentElement ?? el);
    const own = parseColor(cs.backgroundColor);
    const ownBg = own && own.a === 1 ? own : outside;
    const text = parseColor(cs.color)!;
    stops.push({
      name: describe(active),
      outlineWidth: width,
      ringContrast: outline && outline.a === 1 ? contrastRatio(outline, outside) : 1,
      adjacentContrast: outline && outline.a === 1 ? contrastRatio(outline, ownBg) : 1,
      textContrast: contrastRatio(text, ownBg),
    });
  }
  return stops;
}

export function weakFocus(stops: FocusStop[]): string[] {
  return stops.flatMap((s) => {
    const f: string[] = [];
    if (s.outlineWidth < 2) f.push(`${s.name}: outline ${s.outlineWidth} px`);
    if (s.ringContrast < 3) f.push(`${s.name}: ring ${s.ringContrast.toFixed(2)}:1 against the background`);
    if (s.adjacentContrast < 3) f.push(`${s.name}: ring ${s.adjacentContrast.toFixed(2)}:1 against the control`);
    if (s.textContrast < 4.5) f.push(`${s.name}: text ${s.textContrast.toFixed(2)}:1 while focused`);
    return f;
  });
}
