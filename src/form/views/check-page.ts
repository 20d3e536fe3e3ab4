// Check your answers: every visible step's questions as rows (from the steps' summary render) with a
// "Wijzig" button per step, the declaration checkbox, the send state and "Versturen".
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary, type SummaryError } from '../error-summary.js';
import type { SummaryRow } from '../step-context.js';
import { noticeView, stepHeader, wipeView, type StepPosition, type Translate, type WipeState } from './common.js';

export interface CheckPageView {
  t: Translate;
  position: StepPosition;
  notice: string | null;
  /** The error summary's entries, or null while errors are not shown. */
  errors: SummaryError[] | null;
  /** Per visible step: its id, its heading and the rows its summary render recorded. */
  groups: { stepId: string; title: string; rows: SummaryRow[] }[];
  declarationHint: string;
  /** The declaration checkbox, rendered by the engine's step context. */
  declaration: unknown;
  sendState: TemplateResult | typeof nothing;
  sending: boolean;
  offerResend: boolean;
  /** False hides "Versturen": a report that may have arrived is never sent fresh (send-state.ts). */
  canSubmit?: boolean;
  onSubmit(): void;
  onBack(): void;
  onChange(stepId: string): void;
  wipe: WipeState;
  onErrorLink(targetId: string): void;
}

export function checkPageView(v: CheckPageView): TemplateResult {
  const { t } = v;
  return html`<form class="form" part="form" novalidate @submit=${(e: Event) => { e.preventDefault(); v.onSubmit(); }}>
    ${wipeView(t, v.wipe)}
    ${stepHeader(t, t('controleren.titel'), v.position, v.onBack)}
    ${noticeView(t, v.notice)}
    ${v.errors ? errorSummary(t('fouten.titel'), v.errors, v.onErrorLink) : nothing}
    <p>${t('controleren.intro')}</p>
    ${v.groups.map(
      ({ stepId, title, rows }) => html`<section class="summary">
        <div class="summary__header">
          <h3 class="summary__title">${title}</h3>
          <button type="button" class="button button--link" part="button" id="wijzig-${stepId}"
            @click=${() => v.onChange(stepId)}>
            ${t('controleren.wijzig')}<span class="visually-hidden"> ${title}</span>
          </button>
        </div>
        ${sections(rows).map(
          (group) => html`${group.section ? html`<h4 class="summary__section">${group.section}</h4>` : nothing}
            <dl class="summary__list">
              ${group.rows.map(
                (row) => html`<div class="summary__row">
                  <dt>${row.label}</dt>
                  <dd>${row.value || html`<span class="summary__empty">${t('controleren.leeg')}</span>`}</dd>
                </div>`,
              )}
            </dl>`,
        )}
      </section>`,
    )}
    <h3>${t('controleren.verklaringTitel')}</h3>
    <p class="hint">${t(v.declarationHint)}</p>
    ${v.declaration}
    ${v.sendState}
    ${v.canSubmit === false
      ? nothing
      : html`<div class="actions">
          <button type="submit" class="button button--primary" part="button" ?disabled=${v.sending} aria-disabled=${v.sending ? 'true' : 'false'}>
            ${v.offerResend ? t('verzenden.opnieuw') : t('verzenden.versturen')}
          </button>
        </div>`}
  </form>`;
}

/** Consecutive rows with the same sub-heading (e.g. "Persoon 2"). Each group gets its own <dl> under
 *  a heading: a <dl> may only hold dt/dd groups, so a sub-heading inside it breaks the list for
 *  screen readers (axe: definition-list). */
function sections(rows: SummaryRow[]): { section: string | undefined; rows: SummaryRow[] }[] {
  const groups: { section: string | undefined; rows: SummaryRow[] }[] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1];
    if (last && last.section === row.section) last.rows.push(row);
    else groups.push({ section: row.section, rows: [row] });
  }
  return groups;
}
