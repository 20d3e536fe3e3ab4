// The line above "Versturen" on the check page while sending (busy, retrying, waiting for the
// network) and after a failed send: what went wrong and that the answers are kept (the alert), then
// the gemeente's contact route — for every kind of failure (401/403, 409, 413, other 4xx, retries
// exhausted, no kenmerk, a host's own failure), in the same place as on a referral (WCAG 3.2.6);
// the files to add again after a reload mid-send, and what is said when that cannot be done; and the
// view of a tab whose copy of the draft was sent from another tab.
import { html, nothing, type TemplateResult } from 'lit';
import type { PendingAttachment } from '../../draft/draft-store.js';
import { ACCEPTED_FILE_TYPES } from '../../fields/file-field.js';
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
  formatBytes?(bytes: number): string;
}

/** The files of a pending body that must be added again after a reload (hole 1 of issue 8). */
export interface ReattachState {
  files: (PendingAttachment & { present: boolean; error?: string | undefined })[];
  /** "Versturen" was pressed before every file was back. */
  asked: boolean;
  /** Offer "Ik heb het bestand niet meer" (not once the endpoint was asked). */
  offerNoFile: boolean;
  onFile(index: number, file: File): void;
  onNoFile(): void;
}

export function sendStateView(phase: Phase, texts: SendStateTexts, reattach?: ReattachState): TemplateResult | typeof nothing {
  const { t } = texts;
  const files = reattach && phase.kind !== 'sending' && phase.kind !== 'asking' ? reattachView(reattach, texts) : nothing;
  if (phase.kind === 'sending' || phase.kind === 'host-sending' || phase.kind === 'asking') {
    // The status line takes focus while the request is in flight ("Versturen" is disabled then) and is
    // read on focus; it keeps its words, since a focused text that changes is not re-read. Retries and
    // waiting for the network show below it and are said through the engine's live region instead.
    const progress = phase.kind === 'sending' && phase.waiting === 'offline'
      ? 'verzenden.offline'
      : phase.kind === 'sending' && phase.attempt > 1
        ? 'verzenden.opnieuwProberen'
        : null;
    return html`<div class="notice send-state">
      <p class="send-status" tabindex="-1">${t(phase.kind === 'asking' ? 'hervatten.vragen' : 'verzenden.bezig')}</p>
      ${progress ? html`<p class="send-progress">${t(progress, { poging: phase.kind === 'sending' ? phase.attempt : 1, max: 4 })}</p>` : nothing}
    </div>`;
  }
  if (phase.kind === 'maybe-arrived') {
    return html`<div class="send-error" part="error">
        ${errorTitle(t)}
        <div role="alert">
          <p>${t('hervatten.misschienAangekomen')}</p>
          <p>${t('hervatten.referentie', { referentie: phase.reference })}</p>
          <p>${t('verzenden.antwoordenBewaard')}</p>
        </div>
      </div>
      ${contactRouteView(t, texts.contact)}
      ${files}`;
  }
  if (phase.kind === 'send-error') {
    return html`<div class="send-error" part="error">
        ${errorTitle(t)}
        <div role="alert">
          <p>${texts.exists(phase.messageKey) ? t(phase.messageKey, texts.messageParams()) : phase.messageKey}</p>
          <p>${t('verzenden.antwoordenBewaard')}</p>
        </div>
      </div>
      ${contactRouteView(t, texts.contact)}
      ${files}`;
  }
  return files;
}

/**
 * The heading of a failure message: focus goes here when the send ends without a kenmerk, so a
 * screen reader reads it and continues into the message; the message itself is the alert (a child,
 * not the focused element, so it is not read twice — as in GOV.UK's error summary).
 */
function errorTitle(t: Translate): TemplateResult {
  return html`<h3 class="send-error__title" tabindex="-1">${t('verzenden.foutTitel')}</h3>`;
}

/**
 * One file input per missing file, each labelled with the file's name; only a file with the same
 * SHA-256 is taken (the check is the engine's), so the resent body is the identical one.
 */
function reattachView(r: ReattachState, texts: SendStateTexts): TemplateResult | typeof nothing {
  const { t } = texts;
  if (r.files.every((f) => f.present)) return nothing;
  const size = (bytes: number) => (texts.formatBytes ? ` (${texts.formatBytes(bytes)})` : '');
  return html`<div class="reattach" part="field">
    <h3 class="reattach__title" tabindex="-1">${t('hervatten.titel')}</h3>
    <p>${t('hervatten.uitleg')}</p>
    ${r.asked ? html`<p class="error-message" role="alert">${t('hervatten.eerstToevoegen')}</p>` : nothing}
    <ul class="file-list">
      ${r.files.map((f, index) => {
        const id = `hervat-${index}`;
        return html`<li class="file-list__item">
          ${f.present
            ? html`<span>${t('hervatten.toegevoegd', { bestand: f.bestandsnaam })}${size(f.grootte)}</span>`
            : html`<div class="field${f.error ? ' field--error' : ''}">
                <label class="label" for=${id} part="label">${t('hervatten.bestandLabel', { bestand: f.bestandsnaam })}${size(f.grootte)}</label>
                ${f.error
                  ? html`<p class="error-message" id="${id}-error" part="error"><span class="visually-hidden">${t('veld.foutPrefix')} </span>${f.error}</p>`
                  : nothing}
                <input id=${id} class="input input--file" type="file" part="input" accept=${ACCEPTED_FILE_TYPES}
                  aria-describedby=${f.error ? `${id}-error` : nothing}
                  aria-invalid=${f.error ? 'true' : nothing}
                  @change=${(e: Event) => {
                    const input = e.target as HTMLInputElement;
                    const file = input.files?.[0];
                    input.value = '';
                    if (file) r.onFile(index, file);
                  }} />
              </div>`}
        </li>`;
      })}
    </ul>
    ${r.offerNoFile
      ? html`<button type="button" class="button button--secondary" part="button" @click=${() => r.onNoFile()}>${t('hervatten.nietMeer')}</button>`
      : nothing}
  </div>`;
}

/** A copy of this draft was sent from another tab: say so, with its kenmerk, and offer a new form. */
export function otherTabView(t: Translate, kenmerk: string, onStartOver: () => void): TemplateResult {
  return html`<div class="form confirmation" part="form">
    <h2 class="step-title" tabindex="-1">${t('anderTabblad.titel')}</h2>
    <p role="status">${t('anderTabblad.alVerstuurd', { kenmerk })}</p>
    <p>${t('anderTabblad.uitleg')}</p>
    <div class="actions">
      <button type="button" class="button button--link" part="button" @click=${() => onStartOver()}>${t('bevestiging.nieuw')}</button>
    </div>
  </div>`;
}
