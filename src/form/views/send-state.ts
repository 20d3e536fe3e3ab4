// The line above "Versturen" on the check page while sending (busy, retrying, waiting for the
// network) and after a failed send (what went wrong, how to reach the gemeente, answers kept).
import { html, nothing, type TemplateResult } from 'lit';
import type { Phase } from '../submission.js';
import type { Translate } from './common.js';

export interface SendStateTexts {
  t: Translate;
  exists(key: string): boolean;
  gemeente: string;
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
      ${phase.showContact ? html`<p>${t('verzenden.contact', { gemeente: texts.gemeente })}</p>` : nothing}
      <p>${t('verzenden.antwoordenBewaard')}</p>
    </div>`;
  }
  return nothing;
}
