// The accessibility wiring every field shares (GOV.UK Frontend / NL Design System form-field):
// hint and error ids listed in aria-describedby, aria-invalid, a visually hidden "Fout:" prefix so a
// screen reader announces the error as an error, and "(niet verplicht)" in the label of optional fields.
// Label, input, hint and error live in one shadow root: ARIA id references do not cross roots.
import { html, nothing, type TemplateResult } from 'lit';

export interface FieldBase {
  /** DOM id of the (first) input; derived from the answer path. */
  id: string;
  /** Translated label or legend text. */
  label: string;
  hint?: string | undefined;
  /** Translated error message, when one is shown. */
  error?: string | undefined;
  optional?: boolean;
  /** Prefilled by the host (e.g. from DigiD) and not changeable by the citizen. */
  locked?: boolean;
  /** Translated texts the templates need. */
  texts: { optional: string; errorPrefix: string; locked: string };
}

export function describedBy(field: FieldBase, extra: string[] = []): string | typeof nothing {
  const ids = [...extra];
  if (field.hint) ids.push(`${field.id}-hint`);
  if (field.locked) ids.push(`${field.id}-locked`);
  if (field.error) ids.push(`${field.id}-error`);
  return ids.length ? ids.join(' ') : nothing;
}

export function labelText(field: FieldBase): TemplateResult {
  return html`${field.label}${field.optional ? html` <span class="optional">${field.texts.optional}</span>` : nothing}`;
}

export function hintTemplate(field: FieldBase): TemplateResult | typeof nothing {
  const hint = field.hint
    ? html`<div class="hint" id="${field.id}-hint" part="hint">${field.hint}</div>`
    : nothing;
  const locked = field.locked
    ? html`<div class="hint locked" id="${field.id}-locked" part="hint">${field.texts.locked}</div>`
    : nothing;
  return html`${hint}${locked}`;
}

export function errorTemplate(field: FieldBase): TemplateResult | typeof nothing {
  if (!field.error) return nothing;
  return html`<p class="error-message" id="${field.id}-error" part="error">
    <span class="visually-hidden">${field.texts.errorPrefix}</span> ${field.error}
  </p>`;
}

export function fieldClasses(field: FieldBase, extra = ''): string {
  return `field${field.error ? ' field--error' : ''}${extra ? ` ${extra}` : ''}`;
}
