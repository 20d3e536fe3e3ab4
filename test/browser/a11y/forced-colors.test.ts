// WCAG 1.4.11 (non-text contrast) in Windows' contrast themes: under `forced-colors: active` the browser
// replaces every author colour with a few system colours and drops box-shadows and background images,
// so whatever showed a control or its state only through them disappears. Checked in Chromium with the
// mode emulated (test/commands/layout.mjs): inputs keep a border, the native radios and checkboxes
// are painted by the browser in system colours, the focus ring stays an outline, and a checked radio
// looks different from an unchecked one in the pixels. The screenshots land in .tmp/screenshots/
// (not committed) for a person to look at; docs/accessibility-notes-layout.md says what they show.
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { choose, field, group, root, tick } from '../support/user.js';
import type { FormElement } from '../shared/form-driver.js';
import { createVerhuizing } from '../verhuizing/driver.js';
import { createAt } from '../overlijden/driver.js';
import { DEFAULT_VIEWPORT, viewport } from './layout-checks.js';

const forcedColors = (active: boolean) => executeServerCommand('emulate-forced-colors', { active });

/** A PNG of `node`'s box (plus `pad` px around it), saved as `name` and decoded to pixels. */
async function screenshot(node: Element, name: string, pad = 0): Promise<ImageData> {
  const r = node.getBoundingClientRect();
  const clip = { x: r.left + scrollX - pad, y: r.top + scrollY - pad, width: r.width + 2 * pad, height: r.height + 2 * pad };
  const { base64 } = await executeServerCommand<{ base64: string }, unknown>('screenshot', { name, clip });
  const img = new Image();
  img.src = `data:image/png;base64,${base64}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}

/** Share of pixels that differ by more than a little in any channel. */
function difference(a: ImageData, b: ImageData): number {
  expect([a.width, a.height]).to.deep.equal([b.width, b.height]);
  let differ = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    if ([0, 1, 2].some((c) => Math.abs(a.data[i + c]! - b.data[i + c]!) > 32)) differ++;
  }
  return differ / (a.width * a.height);
}

/** Distinct colours in the image (rounded), to see that an outline or edge is drawn at all. */
const colours = (img: ImageData) => {
  const set = new Set<string>();
  for (let i = 0; i < img.data.length; i += 4) set.add(`${img.data[i]! >> 5},${img.data[i + 1]! >> 5},${img.data[i + 2]! >> 5}`);
  return set.size;
};

const visibleColour = (value: string) => value !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(value);

function borders(node: Element): string[] {
  const cs = getComputedStyle(node);
  return (['Top', 'Right', 'Bottom', 'Left'] as const).flatMap((side) => {
    const style = cs.getPropertyValue(`border-${side.toLowerCase()}-style`);
    const width = parseFloat(cs.getPropertyValue(`border-${side.toLowerCase()}-width`));
    const colour = cs.getPropertyValue(`border-${side.toLowerCase()}-color`);
    return style === 'none' || width < 1 || !visibleColour(colour) ? [`#${node.id} border-${side}: ${width}px ${style} ${colour}`] : [];
  });
}

/** Tabs until `target` has focus (real key presses, so :focus-visible applies). */
async function tabTo(el: FormElement, target: Element): Promise<void> {
  for (let i = 0; i < 60 && root(el).activeElement !== target; i++) await sendKeys({ press: 'Tab' });
  expect(root(el).activeElement, 'reached by Tab').to.equal(target);
}

function focusRing(node: Element): string[] {
  const cs = getComputedStyle(node);
  const width = parseFloat(cs.outlineWidth);
  return cs.outlineStyle === 'none' || width < 2 || !visibleColour(cs.outlineColor) ? [`#${node.id} focus ring: ${width}px ${cs.outlineStyle} ${cs.outlineColor}`] : [];
}

describe('forced colours (Windows contrast themes)', function () {
  this.timeout(60_000);

  beforeEach(async () => {
    sessionStorage.clear();
    await viewport(DEFAULT_VIEWPORT);
    await forcedColors(true);
    expect(matchMedia('(forced-colors: active)').matches, 'the mode is emulated').to.equal(true);
  });
  afterEach(() => forcedColors(false));

  it('<gemeente-verhuizing>: radios are painted by the browser, a checked radio differs from an unchecked one, the focus ring stays', async () => {
    const el = await createVerhuizing({ endpoint: '/api/verhuizing' });
    const set = group(el, 'Waar verhuist u naar?');
    const radio = set.querySelector<HTMLInputElement>('input[type=radio]')!;
    // Native controls (appearance auto) are drawn in system colours by the browser in this mode.
    for (const r of root(el).querySelectorAll('input[type=radio]')) expect(getComputedStyle(r).appearance, r.id).to.not.equal('none');
    await screenshot(root(el).querySelector('.root')!, 'forced-colors-verhuizing-start', 4);

    const unchecked = await screenshot(radio, 'forced-colors-radio-unchecked', 2);
    expect(colours(unchecked), 'the radio is drawn').to.be.greaterThan(1);
    await choose(el, 'Waar verhuist u naar?', 'Naar een adres in Nederland');
    await tick(el);
    expect(radio.checked).to.equal(true);
    // The focus ring is measured on the focused radio, then focus moves on, so the compare below is
    // between the two states only, both without focus.
    expect(focusRing(radio)).to.deep.equal([]);
    await screenshot(radio.closest('.choice')!, 'forced-colors-radio-checked-focused', 4);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.not.equal(radio);
    const checked = await screenshot(radio, 'forced-colors-radio-checked', 2);
    expect(difference(unchecked, checked), 'checked vs unchecked').to.be.greaterThan(0.05);
  });

  it('<gemeente-overlijden>: inputs keep their borders, checkboxes are painted by the browser, the focus ring stays', async () => {
    const el = await createAt('aangever', { endpoint: '/api/overlijden' });
    const inputs = [...root(el).querySelectorAll<HTMLInputElement>('input.input')];
    expect(inputs.length).to.be.greaterThan(3);
    expect(inputs.flatMap(borders)).to.deep.equal([]);
    const box = root(el).querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(getComputedStyle(box).appearance).to.not.equal('none');

    const naam = field(el, 'Naam van de uitvaartonderneming');
    root(el).querySelector<HTMLElement>('.step-title')!.focus();
    await tabTo(el, naam);
    expect(focusRing(naam)).to.deep.equal([]);
    await screenshot(naam.closest('.field')!, 'forced-colors-input-focused', 6);

    const before = await screenshot(box, 'forced-colors-checkbox-unchecked', 2);
    await tabTo(el, box);
    expect(focusRing(box)).to.deep.equal([]);
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    expect(box.checked).to.equal(true);
    const after = await screenshot(box, 'forced-colors-checkbox-checked', 2);
    expect(difference(before, after), 'checked vs unchecked').to.be.greaterThan(0.05);
    await screenshot(root(el).querySelector('.root')!, 'forced-colors-overlijden-aangever', 4);

    // The buttons: a border instead of the background colour the mode removes.
    for (const b of root(el).querySelectorAll('.button--primary, .button--secondary')) expect(borders(b), b.textContent!.trim()).to.deep.equal([]);
  });
});
