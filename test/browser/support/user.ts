// Drives an element like a user: finds controls by their Dutch label text (as a screen reader
// would announce them) and types with real key presses through the browser driver.
import { sendKeys } from '@web/test-runner-commands';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

export function root(el: Element): ShadowRoot {
  return el.shadowRoot!;
}

/** The input whose <label> text starts with `label` (e.g. "Postcode" matches "Postcode"). */
export function field(el: Element, label: string, nth = 0): HTMLInputElement {
  const labels = [...root(el).querySelectorAll('label')].filter((l) => {
    const text = norm(l.textContent);
    return text === label || text.startsWith(`${label} (`) || text === `${label} (niet verplicht)`;
  });
  const target = labels[nth] && root(el).getElementById(labels[nth].htmlFor);
  if (!target) throw new Error(`No field labelled "${label}" (#${nth}). Labels: ${[...root(el).querySelectorAll('label')].map((l) => norm(l.textContent)).join(' | ')}`);
  return target as HTMLInputElement;
}

/** The fieldset whose legend starts with `legend`. */
export function group(el: Element, legend: string, nth = 0): HTMLFieldSetElement {
  const sets = [...root(el).querySelectorAll('fieldset')].filter((f) => norm(f.querySelector('legend')?.textContent).startsWith(legend));
  if (!sets[nth]) throw new Error(`No fieldset "${legend}". Legends: ${[...root(el).querySelectorAll('legend')].map((l) => norm(l.textContent)).join(' | ')}`);
  return sets[nth];
}

export async function type(input: HTMLElement, text: string): Promise<void> {
  input.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

/** Chooses a radio in the group with this legend by the option's label, with the keyboard (Space). */
export async function choose(el: Element, legend: string, option: string, nth = 0): Promise<void> {
  const set = group(el, legend, nth);
  const label = [...set.querySelectorAll('label')].find((l) => norm(l.textContent) === option);
  if (!label) throw new Error(`No option "${option}" in "${legend}"`);
  const radio = root(el).getElementById(label.htmlFor) as HTMLInputElement;
  radio.focus();
  await sendKeys({ press: 'Space' });
}

export async function typeDate(el: Element, legend: string, dag: string, maand: string, jaar: string, nth = 0): Promise<void> {
  const set = group(el, legend, nth);
  const inputs = set.querySelectorAll('input');
  inputs[0].focus();
  await sendKeys({ type: dag });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: maand });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: jaar });
  await sendKeys({ press: 'Tab' });
}

export async function tick(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** Clicks a button by its visible text with the keyboard (focus + Enter). */
export async function press(el: Element, text: string): Promise<void> {
  const button = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent).startsWith(text));
  if (!button) throw new Error(`No button "${text}". Buttons: ${[...root(el).querySelectorAll('button')].map((b) => norm(b.textContent)).join(' | ')}`);
  button.focus();
  await sendKeys({ press: 'Enter' });
}

export function heading(el: Element): string {
  return norm(root(el).querySelector('.step-title')?.textContent);
}

export function errors(el: Element): string[] {
  return [...root(el).querySelectorAll('.error-summary li')].map((li) => norm(li.textContent));
}

/** Waits until `check` passes (for the lookup and the network). */
export async function until(check: () => boolean, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Ticks a checkbox by its label with the keyboard (focus + Space). */
export async function check(el: Element, label: string, nth = 0): Promise<void> {
  const box = field(el, label, nth);
  if (box.type !== 'checkbox') throw new Error(`"${label}" is not a checkbox`);
  box.focus();
  await sendKeys({ press: 'Space' });
}

/** Replaces what is in a field: select all, type, leave it (Tab). */
export async function retype(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await sendKeys({ type: text });
  await sendKeys({ press: 'Tab' });
}

/** The active element inside the element's shadow root (what a keyboard user is on). */
export function focused(el: Element): Element | null {
  return root(el).activeElement;
}

/** The text of the element's visible content, whitespace collapsed. */
export function text(el: Element): string {
  return norm(root(el).textContent);
}

/** Inline error messages (`.error-message`) currently shown, without the hidden "Fout:" prefix. */
export function inlineErrors(el: Element): string[] {
  return [...root(el).querySelectorAll('.error-message')].map((p) => {
    const clone = p.cloneNode(true) as HTMLElement;
    clone.querySelector('.visually-hidden')?.remove();
    return norm(clone.textContent);
  });
}

/** The error-summary link with this text (starts with). */
export function summaryLink(el: Element, startsWith: string): HTMLAnchorElement {
  const link = [...root(el).querySelectorAll<HTMLAnchorElement>('.error-summary a')].find((a) => norm(a.textContent).startsWith(startsWith));
  if (!link) throw new Error(`No summary link "${startsWith}". Links: ${errors(el).join(' | ')}`);
  return link;
}

/** A button by its visible text (starts with). */
export function button(el: Element, label: string): HTMLButtonElement {
  const found = [...root(el).querySelectorAll('button')].find((b) => norm(b.textContent).startsWith(label));
  if (!found) throw new Error(`No button "${label}". Buttons: ${[...root(el).querySelectorAll('button')].map((b) => norm(b.textContent)).join(' | ')}`);
  return found;
}

/** Waits for the step heading to start with `title`. */
export async function untilHeading(el: Element, title: string, timeout = 5000): Promise<void> {
  try {
    await until(() => heading(el).startsWith(title), timeout);
  } catch {
    throw new Error(`Expected heading "${title}", got "${heading(el)}". Errors: ${errors(el).join(' | ')}`);
  }
}
