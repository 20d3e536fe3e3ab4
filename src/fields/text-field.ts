import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { describedBy, errorTemplate, fieldClasses, hintTemplate, labelText, type FieldBase } from './field-parts.js';

/** Widths per Dutch field, after NL Design System (postcode 7ch, huisnummer 5, BSN 9 …). */
export type FieldWidth = 'postcode' | 'huisnummer' | 'huisletter' | 'toevoeging' | 'bsn' | 'kvk' | 'vestigingsnummer' | 'number' | 'short' | 'full';

export interface TextFieldOptions extends FieldBase {
  value: string;
  /** `number` and `time` render as text inputs: native number/time widgets are hard to use with a
   *  screen reader and reject what people type ("14.30"); the schema reads what was typed. */
  type?: 'text' | 'email' | 'tel' | 'number' | 'time';
  autocomplete?: string;
  inputmode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel';
  width?: FieldWidth;
  spellcheck?: boolean;
  multiline?: boolean;
  /**
   * Values to suggest while typing (a `<datalist>` in the same shadow root, so `list` resolves): the
   * citizen may still type anything else. Native, keyboard- and screen-reader-operable, no script.
   */
  suggestions?: readonly string[];
  onInput(value: string): void;
  onChange(value: string): void;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const input = o.multiline
    ? html`<textarea
        id=${o.id}
        part="input"
        class="input input--textarea"
        rows="4"
        ?readonly=${o.locked}
        aria-describedby=${describedBy(o)}
        aria-invalid=${o.error ? 'true' : nothing}
        .value=${live(o.value)}
        @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
        @change=${(e: Event) => o.onChange((e.target as HTMLTextAreaElement).value)}
      ></textarea>`
    : html`<input
        id=${o.id}
        part="input"
        class="input input--${o.width ?? 'full'}"
        type=${o.type === 'number' || o.type === 'time' ? 'text' : (o.type ?? 'text')}
        autocomplete=${o.autocomplete ?? nothing}
        inputmode=${o.inputmode ?? (o.type === 'number' ? 'numeric' : nothing)}
        spellcheck=${o.spellcheck === false ? 'false' : nothing}
        list=${o.suggestions ? `${o.id}-lijst` : nothing}
        ?readonly=${o.locked}
        aria-describedby=${describedBy(o)}
        aria-invalid=${o.error ? 'true' : nothing}
        .value=${live(o.value)}
        @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
        @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).value)}
      />`;
  return html`<div class=${fieldClasses(o)} part="field">
    <label class="label" for=${o.id} part="label">${labelText(o)}</label>
    ${hintTemplate(o)} ${errorTemplate(o)} ${input}
    ${o.suggestions && !o.multiline
      ? html`<datalist id=${`${o.id}-lijst`}>${o.suggestions.map((v) => html`<option value=${v}></option>`)}</datalist>`
      : nothing}
  </div>`;
}
