import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, errorTemplate, fieldClasses, hintTemplate, labelText, type FieldBase } from './field-parts.js';
import type { DateParts } from './date-parts.js';

export interface DateFieldOptions extends FieldBase {
  value: DateParts;
  partLabels: { dag: string; maand: string; jaar: string };
  /** autocomplete prefix: 'bday' for the citizen's birth date (bday-day, bday-month, bday-year);
   *  'off' on every part for someone else's date. */
  autocomplete?: 'bday' | 'off';
  onInput(value: DateParts): void;
  onChange(value: DateParts): void;
}

/**
 * Three-field date in a fieldset with role="group" (GOV.UK date-input): the legend is read with each
 * part, and "group" rather than a plain fieldset avoids some screen readers announcing the legend
 * twice. The first input carries the field id so the error summary can link to it.
 */
export function dateField(o: DateFieldOptions): TemplateResult {
  const part = (key: keyof DateParts, width: string, inputmode: 'numeric' | 'text') => html`
    <div class="date-part">
      <label class="label label--date" for=${key === 'dag' ? o.id : `${o.id}-${key}`} part="label">${o.partLabels[key]}</label>
      <input
        id=${key === 'dag' ? o.id : `${o.id}-${key}`}
        part="input"
        class="input input--${width}"
        type="text"
        inputmode=${inputmode}
        autocomplete=${o.autocomplete === 'off'
          ? 'off'
          : o.autocomplete ? `${o.autocomplete}-${key === 'dag' ? 'day' : key === 'maand' ? 'month' : 'year'}` : nothing}
        ?readonly=${o.locked}
        aria-invalid=${o.error ? 'true' : nothing}
        .value=${live(o.value[key] ?? '')}
        @input=${(e: Event) => o.onInput({ ...o.value, [key]: (e.target as HTMLInputElement).value })}
        @change=${(e: Event) => o.onChange({ ...o.value, [key]: (e.target as HTMLInputElement).value })}
      />
    </div>`;
  return html`<div class=${fieldClasses(o)} part="field">
    <fieldset class="fieldset" role="group" aria-describedby=${describedBy(o)}>
      <legend class="legend" part="label">${labelText(o)}</legend>
      ${hintTemplate(o)} ${errorTemplate(o)}
      <div class="date-input">
        ${part('dag', 'day', 'numeric')} ${part('maand', 'month', 'text')} ${part('jaar', 'year', 'numeric')}
      </div>
    </fieldset>
  </div>`;
}
