// One step of the form: header, notice, the error summary after a "Volgende" attempt, the step's
// own fields, and "Volgende" (or "Terug naar controleren" when the citizen came from the check page).
import { html, nothing, type TemplateResult } from 'lit';
import { errorSummary, type SummaryError } from '../error-summary.js';
import { noticeView, stepHeader, wipeView, type StepPosition, type Translate, type WipeState } from './common.js';

export interface StepView {
  t: Translate;
  title: string;
  position: StepPosition;
  notice: string | null;
  /** The step's fields, rendered before `errors` is built (rendering registers the fields it links to). */
  body: TemplateResult;
  /** The error summary's entries, or null while errors are not shown. */
  errors: SummaryError[] | null;
  returningToCheck: boolean;
  onNext(): void;
  onBack(): void;
  wipe: WipeState;
  onErrorLink(targetId: string): void;
}

export function stepView(v: StepView): TemplateResult {
  return html`<form class="form" part="form" novalidate @submit=${(e: Event) => { e.preventDefault(); v.onNext(); }}>
    ${wipeView(v.t, v.wipe)}
    ${stepHeader(v.t, v.title, v.position, v.onBack)}
    ${noticeView(v.t, v.notice)}
    ${v.errors ? errorSummary(v.t('fouten.titel'), v.errors, v.onErrorLink) : nothing}
    ${v.body}
    <div class="actions">
      <button type="submit" class="button button--primary" part="button">
        ${v.returningToCheck ? v.t('navigatie.terugNaarControleren') : v.t('navigatie.volgende')}
      </button>
    </div>
  </form>`;
}
