// The warning before the draft's time is up (draft-expiry.ts; WCAG 2.2.1): visible, with the one action
// that gives more time. Not an alert and focus does not move: a polite announcement (the engine's live
// region) tells a screen-reader user, and the button is reachable where they are.
import { html, type TemplateResult } from 'lit';
import type { Translate } from './common.js';

/** The text for `msLeft` milliseconds: seconds under a minute, else whole minutes (plural keys). */
export function timeLimitText(t: Translate, msLeft: number): string {
  return msLeft < 60_000
    ? t('tijdslimiet.seconden', { count: Math.round(msLeft / 1000) })
    : t('tijdslimiet.waarschuwing', { count: Math.round(msLeft / 60_000) });
}

export function timeLimitView(t: Translate, msLeft: number, onExtend: () => void): TemplateResult {
  return html`<div class="notice time-limit" part="notice">
    <p>${timeLimitText(t, msLeft)} ${t('tijdslimiet.uitleg')}</p>
    <button type="button" class="button button--secondary" part="button" @click=${onExtend}>${t('tijdslimiet.knop')}</button>
  </div>`;
}
