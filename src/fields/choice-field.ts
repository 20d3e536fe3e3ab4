import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorTemplate, fieldClasses, hintTemplate, labelText, type FieldBase } from './field-parts.js';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

export interface RadioFieldOptions extends FieldBase {
  value: string;
  options: ChoiceOption[];
  inline?: boolean;
  onChange(value: string): void;
}

/** Radios in a fieldset + legend; the first radio carries the field id (error-summary target). */
export function radioField(o: RadioFieldOptions): TemplateResult {
  return html`<div class=${fieldClasses(o)} part="field">
    <fieldset class="fieldset" aria-describedby=${describedBy(o)}>
      <legend class="legend" part="label">${labelText(o)}</legend>
      ${hintTemplate(o)} ${errorTemplate(o)}
      <div class="choices${o.inline ? ' choices--inline' : ''}">
        ${o.options.map((option, index) => {
          const id = index === 0 ? o.id : `${o.id}-${option.value}`;
          return html`<div class="choice">
            <input
              class="choice__input"
              part="input"
              type="radio"
              id=${id}
              name=${o.id}
              .value=${option.value}
              .checked=${o.value === option.value}
              ?disabled=${o.locked && o.value !== option.value}
              aria-describedby=${option.hint ? `${id}-hint` : nothing}
              @change=${() => o.onChange(option.value)}
            />
            <label class="choice__label" for=${id} part="label">${option.label}</label>
            ${option.hint ? html`<div class="hint choice__hint" id="${id}-hint">${option.hint}</div>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>
  </div>`;
}

export interface CheckboxFieldOptions extends FieldBase {
  checked: boolean;
  onChange(checked: boolean): void;
}

/** One checkbox whose label is the statement being confirmed (e.g. "naar waarheid"). */
export function checkboxField(o: CheckboxFieldOptions): TemplateResult {
  return html`<div class=${fieldClasses(o)} part="field">
    ${errorTemplate(o)}
    <div class="choice">
      <input
        class="choice__input"
        part="input"
        type="checkbox"
        id=${o.id}
        .checked=${o.checked}
        ?disabled=${o.locked}
        aria-describedby=${describedBy(o)}
        aria-invalid=${o.error ? 'true' : nothing}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
      />
      <label class="choice__label" for=${o.id} part="label">${o.label}</label>
    </div>
    ${hintTemplate(o)}
  </div>`;
}
