// The draft's time limit while the page is open (issue 8 hole 9; issue 7 item 8; WCAG 2.2.1 Timing
// Adjustable): the draft expires after `persist-minutes` without activity on the open page too, not only
// on the next load, so a BSN does not stay on a library screen. Before that, a polite announcement and a
// visible "Ik ben er nog" button give the citizen the chance to extend it (2.2.1 asks for at least 20 s
// warning and a simple action; we give two minutes). Any keystroke, input or pointer press in the form
// counts as activity and restarts the time.
//
// The warning comes two minutes ahead; with persist-minutes ≤ 2 it comes at half the time (1 minute:
// after 30 s), because "two minutes ahead" of a one-minute limit would be at once.
//
// Also: the draft is written at once on `pagehide` and when the page becomes hidden. Saving waits
// 400 ms after the last key (so typing does not write sessionStorage per keystroke); a reload, or a
// phone discarding a background tab, within that time would otherwise lose the last field.
//
// And while a send is in flight, leaving the page asks first (`beforeunload`): the outcome is unknown
// then. Not otherwise — the draft brings the citizen back to the same step after Back or a reload, and a
// prompt on every form page is noise (the listener is only added while sending, which also keeps the
// page eligible for the back/forward cache in browsers that refuse pages with such a listener).
//
// Timers are real timers (setTimeout), not the element's injectable clock: that clock pins "today" for
// the date rules, and tests pin it to one instant. Tests drive these timers with fake timers.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;
const WARN_AHEAD_MS = 2 * MINUTE;
/** Activity writes the draft at most this often, so its `savedAt` (expiry on load) follows it too. */
const TOUCH_EVERY_MS = 30_000;

/** Milliseconds before expiry at which the warning shows. */
export function warningLeadMs(ttlMs: number): number {
  return ttlMs <= WARN_AHEAD_MS ? ttlMs / 2 : WARN_AHEAD_MS;
}

export interface DraftExpiryOptions {
  /** The limit in minutes while it applies (a draft is kept and the form is open), else undefined. */
  minutes(): number | undefined;
  /** Write the draft now (its `savedAt` is the time of the last activity). */
  flush(): void;
  /** Announce the warning (it is shown while `warning` is true); `msLeft` is the time left. */
  warn(msLeft: number): void;
  /** The time is up: wipe the draft and the rendered answers, and say so. */
  expire(): void;
  /** Activity elsewhere in the form withdrew a shown warning (its announcement is stale now). */
  withdrawn?(): void;
}

export class DraftExpiryController implements ReactiveController {
  /** True while the warning is shown. */
  warning = false;
  private warnTimer: ReturnType<typeof setTimeout> | undefined;
  private expireTimer: ReturnType<typeof setTimeout> | undefined;
  private lastTouch = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: DraftExpiryOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY) this.host.addEventListener(type, this.onActivity, { capture: true });
    window.addEventListener('pagehide', this.onHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY) this.host.removeEventListener(type, this.onActivity, { capture: true });
    window.removeEventListener('pagehide', this.onHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.guardUnload(false);
    this.stop();
  }

  /** (Re)starts the time from now; stops it when the limit does not apply. */
  restart(): void {
    this.clearTimers();
    const hadWarning = this.warning;
    this.warning = false;
    const minutes = this.options.minutes();
    if (minutes === undefined) {
      if (hadWarning) this.host.requestUpdate();
      return;
    }
    const ttl = minutes * MINUTE;
    const lead = warningLeadMs(ttl);
    this.warnTimer = setTimeout(() => {
      this.warning = true;
      this.options.warn(lead);
      this.host.requestUpdate();
    }, ttl - lead);
    this.expireTimer = setTimeout(() => {
      this.clearTimers();
      this.warning = false;
      // Checked again: a send may have started since (never wipe what is being sent).
      if (this.options.minutes() === undefined) return;
      this.options.expire();
      this.host.requestUpdate();
    }, ttl);
    if (hadWarning) this.host.requestUpdate();
  }

  /** "Ik ben er nog": the time starts again, and the draft's saved time moves with it. */
  extend(): void {
    this.lastTouch = Date.now();
    this.options.flush();
    this.restart();
  }

  stop(): void {
    this.clearTimers();
    this.warning = false;
  }

  private clearTimers(): void {
    clearTimeout(this.warnTimer);
    clearTimeout(this.expireTimer);
    this.warnTimer = this.expireTimer = undefined;
  }

  private onActivity = (event: Event): void => {
    if (this.expireTimer === undefined) return;
    // A key on the warning itself is its button's business ("Ik ben er nog" extends on click); hiding
    // the warning at keydown would take the button away before Enter's click reaches it.
    if (event.composedPath().some((node) => (node as Element).classList?.contains('time-limit'))) return;
    const now = Date.now();
    if (now - this.lastTouch >= TOUCH_EVERY_MS) {
      this.lastTouch = now;
      this.options.flush();
    }
    const hadWarning = this.warning;
    this.restart();
    if (hadWarning) this.options.withdrawn?.();
  };

  /** Asks before the page is left while `busy` (a send in flight); see the header. */
  guardUnload(busy: boolean): void {
    if (busy === this.guarding) return;
    this.guarding = busy;
    if (busy) window.addEventListener('beforeunload', this.onBeforeUnload);
    else window.removeEventListener('beforeunload', this.onBeforeUnload);
  }
  private guarding = false;

  private onBeforeUnload = (event: BeforeUnloadEvent): void => {
    event.preventDefault();
    // Older Chromium and Safari show the prompt only when returnValue is set.
    event.returnValue = '';
  };

  private onHide = (): void => this.options.flush();

  private onVisibility = (): void => {
    if (document.visibilityState === 'hidden') this.options.flush();
  };
}

/** What counts as activity: a keystroke (also Tab), typing on a phone keyboard, a press or click. */
const ACTIVITY = ['keydown', 'input', 'pointerdown'] as const;
