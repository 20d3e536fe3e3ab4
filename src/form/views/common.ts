// What every view of the form shares: the header of a step (back button, "Stap 2 van 6", the
// heading that takes focus), the notice line, and "Stop en wis mijn gegevens" with its confirmation.
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

/**
 * `key`: i18n key of a notice (draft restored, files lost, …), or null for none. Not a live region: it
 * comes with a new view (read from the top), and what must be heard at once (wiped, expired) the
 * engine says through its one live region (announcer.ts).
 */
export function noticeView(t: Translate, key: string | null): TemplateResult | typeof nothing {
  if (!key) return nothing;
  return html`<div class="notice">${t(key)}</div>`;
}

/** "Stop en wis mijn gegevens" and its confirmation (the engine keeps the state, form-element.ts). */
export interface WipeState {
  /** The confirmation panel is open. */
  asked: boolean;
  /** A request is in flight: the action is aria-disabled with the reason beside it. */
  busy: boolean;
  onAsk(): void;
  onConfirm(): void;
  onCancel(): void;
}

/**
 * At the top of each view, apart from "Volgende"/"Versturen" and after a separator line: the next Tab
 * stop after the main button is never the one that wipes, and after a step change (focus on the
 * heading) Tab goes to the questions, not here. It asks first, with two real buttons (no
 * window.confirm: it cannot be styled or translated, and some embedded browsers block it). While
 * sending it stays focusable and readable (aria-disabled, WCAG 4.1.2) with the reason as its description.
 */
export function wipeView(t: Translate, w: WipeState): TemplateResult {
  return html`<div class="wipe">
    <button type="button" class="button button--warning wipe__button" part="button"
      aria-expanded=${w.asked && !w.busy ? 'true' : 'false'}
      aria-disabled=${w.busy ? 'true' : nothing}
      aria-describedby=${w.busy ? 'wipe-bezig' : nothing}
      @click=${() => (w.busy ? undefined : w.asked ? w.onCancel() : w.onAsk())}>
      ${t('navigatie.wissen')}
    </button>
    ${w.busy ? html`<p class="hint wipe__reason" id="wipe-bezig">${t('navigatie.wissenBezig')}</p>` : nothing}
    ${w.asked && !w.busy ? wipeConfirmView(t, w) : nothing}
  </div>`;
}

/** The open confirmation: its own function, so a first view (never asked yet) does not compile it. */
function wipeConfirmView(t: Translate, w: WipeState): TemplateResult {
  return html`<div class="wipe-confirm" part="notice"
    @keydown=${(e: KeyboardEvent) => {
      if (e.key === 'Escape') (e.preventDefault(), w.onCancel());
    }}>
    <p class="wipe-confirm__vraag" tabindex="-1">${t('navigatie.wissenVraag')}</p>
    <p class="hint">${t('navigatie.wissenUitleg')}</p>
    <div class="actions wipe-confirm__actions">
      <button type="button" class="button button--warning" part="button" @click=${() => w.onConfirm()}>${t('navigatie.wissenJa')}</button>
      <button type="button" class="button button--secondary" part="button" @click=${() => w.onCancel()}>${t('navigatie.wissenNee')}</button>
    </div>
  </div>`;
}
