// The confirmation after a send: the kenmerk, when it was received, the form's "what happens next"
// (not after a reload: those facts lived in memory only), a plain-text download and "start again".
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from './common.js';

export interface ConfirmationView {
  t: Translate;
  /** i18n key of the form's name (first line of the download). */
  formName: string;
  kenmerk: string;
  /** The receipt time, formatted in the element's language. */
  when: string;
  gemeente: string;
  /** The form's "what happens next", or nothing. */
  next: TemplateResult | typeof nothing;
  /** Where the temporary download link is attached (the element's shadow root). */
  root: Node;
  onStartOver(): void;
}

export function confirmationView(v: ConfirmationView): TemplateResult {
  const { t } = v;
  return html`<div class="form confirmation" part="form">
    <div class="confirmation__panel">
      <h2 class="step-title" tabindex="-1">${t('bevestiging.titel')}</h2>
      <p>${t('bevestiging.kenmerkLabel')}<br /><strong class="confirmation__kenmerk">${v.kenmerk}</strong></p>
    </div>
    <p>${t('bevestiging.ontvangen', { tijd: v.when, gemeente: v.gemeente })}</p>
    ${v.next}
    <div class="actions">
      <button type="button" class="button button--secondary" part="button" @click=${() => downloadConfirmation(v)}>
        ${t('bevestiging.download')}
      </button>
      <button type="button" class="button button--link" part="button" @click=${() => v.onStartOver()}>
        ${t('bevestiging.nieuw')}
      </button>
    </div>
  </div>`;
}

/** A plain-text record (kenmerk, time, gemeente) — no answers, so no personal data beyond what is on screen. */
function downloadConfirmation(v: ConfirmationView): void {
  const { t, kenmerk } = v;
  const text = [
    t(v.formName),
    `${t('bevestiging.kenmerkLabel')} ${kenmerk}`,
    t('bevestiging.ontvangen', { tijd: v.when, gemeente: v.gemeente }),
    '',
  ].join('\r\n');
  // A blob: URL and a temporary link: no inline script or data: navigation, so it works under a strict CSP.
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `bevestiging-${kenmerk}.txt`;
  v.root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
