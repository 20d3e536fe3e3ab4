// Keyboard only, as a person without a mouse or with a switch device uses the form (WCAG 2.1.1
// Keyboard, 2.4.3 Focus Order, 2.4.7 Focus Visible needs focus somewhere): from a link on the host page
// before the element, only key presses through the browser driver — Tab, Shift+Tab, Space, Enter,
// arrows and typing. The test itself may not call `.focus()` or `.click()` on anything: `guard()`
// makes those throw when their direct caller is test code (the element's own focus management, which
// is what is being tested, still runs). After every key the focused element (through shadow roots)
// must not be <body>: focus that drops to the document start makes a keyboard user begin again.
import { sendKeys } from '@web/test-runner-commands';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The focused element, through open shadow roots. */
export function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Whether the direct caller of the patched method is a test file (not src/ or a library). */
function calledFromTest(): boolean {
  const frames = (new Error().stack ?? '').split('\n').slice(1).filter((l) => l.includes('at '));
  // [0] this function, [1] the patched method, [2] its caller.
  const caller = frames[2] ?? '';
  return /\/test\//.test(caller) && !/keyboard-only\.ts/.test(caller);
}

/** Makes `.focus()` and `.click()` throw when a test calls them. Returns the undo. */
export function guard(): () => void {
  const proto = HTMLElement.prototype;
  const { focus, click } = proto;
  proto.focus = function (this: HTMLElement, options?: FocusOptions) {
    if (calledFromTest()) throw new Error(`keyboard-only test called .focus() on <${this.localName}>: use Tab`);
    return focus.call(this, options);
  };
  proto.click = function (this: HTMLElement) {
    if (calledFromTest()) throw new Error(`keyboard-only test called .click() on <${this.localName}>: use Enter or Space`);
    return click.call(this);
  };
  return () => Object.assign(proto, { focus, click });
}

export type Action =
  | { text: string; value: string }
  | { radio: string; option: string }
  | { checkbox: string }
  | { date: string; value: readonly [string, string, string] }
  | { button: string; waitFor?: (el: HTMLElement) => boolean };

const labelOf = (control: Element | null): string =>
  norm((control as HTMLInputElement | null)?.labels?.[0]?.textContent);
const legendOf = (control: Element | null): string =>
  norm(control?.closest('fieldset')?.querySelector('legend')?.textContent);
const labelMatches = (text: string, label: string) =>
  text === label || text.startsWith(`${label} (`) || text === `${label} (niet verplicht)`;

/** A keyboard user on one element: counts the keys, checks focus after each. */
export class KeyboardUser {
  tabs = 0;
  keys = 0;
  constructor(private readonly el: HTMLElement & { updateComplete?: Promise<unknown> }) {}

  private async settle(): Promise<void> {
    await this.el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await this.el.updateComplete;
  }

  /** One key (or typed text); then focus must be on something other than <body>. */
  async key(press: string | { type: string }): Promise<void> {
    if (typeof press === 'string') {
      await sendKeys({ press });
      if (press === 'Tab' || press === 'Shift+Tab') this.tabs++;
    } else {
      await sendKeys({ type: press.type });
    }
    this.keys++;
    await this.settle();
    const active = deepActive();
    if (!active || active === document.body || active === document.documentElement) {
      throw new Error(`focus fell to <body> after ${typeof press === 'string' ? press : `typing "${press.type}"`} (heading: "${norm(this.el.shadowRoot?.querySelector('.step-title')?.textContent)}")`);
    }
  }

  /** Tabs forward until `matches(active)`; at most `max` presses. */
  async tabUntil(what: string, matches: (active: Element | null) => boolean, max = 60): Promise<void> {
    const seen: string[] = [];
    for (let i = 0; i < max; i++) {
      await this.key('Tab');
      const active = deepActive();
      if (matches(active)) return;
      seen.push(`${active?.localName}${labelOf(active) ? `[${labelOf(active)}]` : ''}${active?.localName === 'button' ? `[${norm(active.textContent)}]` : ''}`);
    }
    throw new Error(`Tab never reached ${what}; passed: ${seen.join(' → ')}`);
  }

  async do(action: Action): Promise<void> {
    if ('text' in action) {
      await this.tabUntil(`field "${action.text}"`, (a) => /^(input|textarea|select)$/.test(a?.localName ?? '') && labelMatches(labelOf(a), action.text));
      await this.key({ type: action.value });
    } else if ('radio' in action) {
      await this.tabUntil(`radio group "${action.radio}"`, (a) => (a as HTMLInputElement | null)?.type === 'radio' && legendOf(a).startsWith(action.radio));
      const radios = [...deepActive()!.closest('fieldset')!.querySelectorAll<HTMLInputElement>('input[type="radio"]')]
        .filter((r) => legendOf(r).startsWith(action.radio));
      const target = radios.findIndex((r) => labelOf(r) === action.option);
      if (target < 0) throw new Error(`No option "${action.option}" in "${action.radio}": ${radios.map(labelOf).join(' | ')}`);
      let current = radios.indexOf(deepActive() as HTMLInputElement);
      // Arrow keys move and check; Space checks the focused one (Tab lands on the first when none is checked).
      while (current !== target) {
        await this.key(current < target ? 'ArrowDown' : 'ArrowUp');
        current += current < target ? 1 : -1;
      }
      if (!radios[target]!.checked) await this.key('Space');
    } else if ('checkbox' in action) {
      await this.tabUntil(`checkbox "${action.checkbox}"`, (a) => (a as HTMLInputElement | null)?.type === 'checkbox' && labelOf(a).startsWith(action.checkbox));
      await this.key('Space');
    } else if ('date' in action) {
      await this.tabUntil(`date "${action.date}"`, (a) => a?.localName === 'input' && legendOf(a).startsWith(action.date));
      await this.key({ type: action.value[0] });
      await this.key('Tab');
      await this.key({ type: action.value[1] });
      await this.key('Tab');
      await this.key({ type: action.value[2] });
    } else {
      await this.tabUntil(`button "${action.button}"`, (a) => a?.localName === 'button' && norm(a.textContent).startsWith(action.button));
      await this.key('Enter');
      if (action.waitFor) {
        const start = Date.now();
        while (!action.waitFor(this.el)) {
          if (Date.now() - start > 15000) {
            const root = this.el.shadowRoot!;
            throw new Error(`after "${action.button}": timed out on "${norm(root.querySelector('.step-title')?.textContent)}"; errors: ${norm(root.querySelector('.error-summary')?.textContent)}`);
          }
          await new Promise((r) => setTimeout(r, 25));
        }
        await this.settle();
        const active = deepActive();
        if (!active || active === document.body) throw new Error(`focus on <body> after "${action.button}" finished`);
      }
    }
  }
}
