// The element's one polite live region (role="status", aria-live="polite"): everything the form says
// without moving focus goes through it — a warning that appears while typing (a late report, the
// deadline), the address lookup's result, a file added or removed, the send's retries, the draft's
// time limit. Why one region, rendered empty from the first paint and written to afterwards: screen
// readers (NVDA, JAWS, VoiceOver) only announce changes inside a live region they already know, so a
// region inserted together with its text is usually silent; and several regions that each re-render
// make a screen reader read the same warning twice or on every keystroke.
//
// Two ways in: `say(message)` for an event (said at once), and a text that is on screen while its
// condition holds — an element marked `data-announce="<key>"`, or `watch(key, text)` from a render for
// words that are not on screen as such — said when it appears or changes, after the typing settles,
// so a date typed digit by digit is said once. The marked element itself has no live role. A view that was just opened (another step,
// another language) is read by the citizen from its heading: what it shows then is not announced.
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

type Host = ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };

/** Wait after the last change of a watched text before saying it (a keystroke re-renders the step). */
const SETTLE_MS = 400;
/** The same words twice in a row: emptied first, then written again after this, so they are re-read. */
const REPEAT_MS = 100;

export class Announcer implements ReactiveController {
  /** Watched texts of the last finished render, by key. */
  private shown = new Map<string, string>();
  /** Watched texts of the render in progress. */
  private rendering = new Map<string, string>();
  /** Changed watched texts waiting for the typing to settle. */
  private waiting = new Map<string, string>();
  private scope: string | undefined;
  private renderScope: string | undefined;
  private settleTimer?: ReturnType<typeof setTimeout>;
  /** What the region says (or is about to). */
  private said = '';
  private repeatTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** The region itself: no binding inside, so Lit never rewrites what `say` wrote. */
  view(): TemplateResult {
    return html`<div class="visually-hidden announcer" role="status" aria-live="polite" aria-atomic="true"></div>`;
  }

  /** Says `message` (an empty one clears the region). */
  say(message: string): void {
    clearTimeout(this.repeatTimer);
    this.said = message;
    // After the render in progress: the region exists and the view it talks about is on screen.
    void this.host.updateComplete.then(() => {
      const region = this.host.renderRoot.querySelector<HTMLElement>('.announcer');
      if (!region) return;
      if (message && region.textContent === message) {
        region.textContent = '';
        this.repeatTimer = setTimeout(() => (region.textContent = message), REPEAT_MS);
        return;
      }
      region.textContent = message;
    });
  }

  /** Called at the start of each render: `scope` names the view (step and language). */
  beginRender(scope: string): void {
    this.renderScope = scope;
    this.rendering = new Map();
  }

  /** From a render: `text` is on screen under `key` ('' when its condition does not hold). */
  watch(key: string, text: string): void {
    this.rendering.set(key, text);
  }

  hostUpdated(): void {
    for (const marked of this.host.renderRoot.querySelectorAll<HTMLElement>('[data-announce]')) {
      this.rendering.set(marked.dataset['announce'] ?? '', (marked.textContent ?? '').replace(/\s+/g, ' ').trim());
    }
    const fresh = this.renderScope !== this.scope;
    this.scope = this.renderScope;
    for (const [key, text] of this.rendering) {
      if (!fresh && text && this.shown.get(key) !== text) this.waiting.set(key, text);
    }
    // A text that went (or changed again) is not said in its old words.
    for (const [key, text] of this.waiting) if (this.rendering.get(key) !== text) this.waiting.delete(key);
    // Nor left in the region once it is off screen: a screen reader's reading cursor could still find it.
    for (const [key, text] of this.shown) {
      if (text && !this.rendering.get(key) && this.said.includes(text)) this.say('');
    }
    this.shown = this.rendering;
    if (!this.waiting.size) return;
    clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      const texts = [...this.waiting.values()];
      this.waiting.clear();
      if (texts.length) this.say(texts.join(' '));
    }, SETTLE_MS);
  }

  hostDisconnected(): void {
    clearTimeout(this.settleTimer);
    clearTimeout(this.repeatTimer);
    this.waiting.clear();
  }
}
