import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorTemplate, fieldClasses, hintTemplate, labelText, type FieldBase } from './field-parts.js';
import type { ChoiceOption } from './choice-field.js';

export interface SelectFieldOptions extends FieldBase {
  value: string;
  options: ChoiceOption[];
  placeholder: string;
  onChange(value: string): void;
}

export function selectField(o: SelectFieldOptions): TemplateResult {
  return html`<div class=${fieldClasses(o)} part="field">
    <label class="label" for=${o.id} part="label">${labelText(o)}</label>
    ${hintTemplate(o)} ${errorTemplate(o)}
    <select
      id=${o.id}
      part="input"
      class="input input--select"
      ?disabled=${o.locked}
      aria-describedby=${describedBy(o)}
      aria-invalid=${o.error ? 'true' : nothing}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!o.value}>${o.placeholder}</option>
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${o.value === opt.value}>${opt.label}</option>`)}
    </select>
  </div>`;
}
