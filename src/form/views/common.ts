// What every view of the form shares: the header of a step (back button, "Stap 2 van 6", the
// heading that takes focus), the notice line, and "Stop en wis mijn gegevens".
import { html, nothing, type TemplateResult } from 'lit';

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Where a view sits in the form: `index` 0-based among the visible steps, `count` including the check page. */
export interface StepPosition {
  index: number;
  count: number;
}

export function stepHeader(t: Translate, title: string, position: StepPosition, onBack: () => void): TemplateResult {
  return html`${position.index > 0
      ? html`<button type="button" class="button button--link back" part="button" @click=${onBack}>
          ${t('navigatie.vorige')}
        </button>`
      : nothing}
    <p class="step-count">${t('navigatie.stapVan', { stap: position.index + 1, totaal: position.count })}</p>
    <h2 class="step-title" tabindex="-1">${title}</h2>`;
}

/** `key`: i18n key of a notice (draft restored, files lost, …), or null for none. */
export function noticeView(t: Translate, key: string | null): TemplateResult | typeof nothing {
  if (!key) return nothing;
  return html`<div class="notice" role="status">${t(key)}</div>`;
}

export function wipeView(t: Translate, onWipe: () => void): TemplateResult {
  return html`<div class="wipe">
    <button type="button" class="button button--secondary" part="button" @click=${onWipe}>
      ${t('navigatie.wissen')}
    </button>
    <p class="hint">${t('navigatie.wissenUitleg')}</p>
  </div>`;
}
