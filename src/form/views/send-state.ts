// The line above "Versturen" on the check page while sending (busy, retrying, waiting for the
// network) and after a failed send: what went wrong and that the answers are kept (the alert), then
// the gemeente's contact route — for every kind of failure (401/403, 409, 413, other 4xx, retries
// exhausted, no kenmerk, a host's own failure), in the same place as on a referral (WCAG 3.2.6).
import { html, nothing, type TemplateResult } from 'lit';
import type { Phase } from '../submission.js';
import type { Translate } from './common.js';
import { contactRouteView, type ContactRoute } from './contact-route.js';

export interface SendStateTexts {
  t: Translate;
  exists(key: string): boolean;
  /** The gemeente and its contact route. */
  contact: ContactRoute;
  /** Values a failure message may name (the gemeente, the attachment limits). */
  messageParams(): Record<string, unknown>;
}

export function sendStateView(phase: Phase, texts: SendStateTexts): TemplateResult | typeof nothing {
  const { t } = texts;
  if (phase.kind === 'sending' || phase.kind === 'host-sending') {
    const key = phase.kind === 'sending' && phase.waiting === 'offline'
      ? 'verzenden.offline'
      : phase.kind === 'sending' && phase.attempt > 1
        ? 'verzenden.opnieuwProberen'
        : 'verzenden.bezig';
    return html`<div class="notice" role="status">${t(key, { poging: phase.kind === 'sending' ? phase.attempt : 1, max: 4 })}</div>`;
  }
  if (phase.kind === 'send-error') {
    return html`<div class="send-error" role="alert" tabindex="-1" part="error">
        <p>${texts.exists(phase.messageKey) ? t(phase.messageKey, texts.messageParams()) : phase.messageKey}</p>
        <p>${t('verzenden.antwoordenBewaard')}</p>
      </div>
      ${contactRouteView(t, texts.contact)}`;
  }
  return nothing;
}
