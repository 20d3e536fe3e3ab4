import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, errorTemplate, fieldClasses, hintTemplate, labelText, type FieldBase } from './field-parts.js';

export interface ChosenFile {
  bestandsnaam: string;
  grootte: number;
  /** false after a reload: the file itself cannot be kept in sessionStorage, only its name. */
  beschikbaar: boolean;
}

export interface FileFieldOptions extends FieldBase {
  files: ChosenFile[];
  multiple?: boolean;
  texts: FieldBase['texts'] & { remove: string; lost: string; choose: string; none: string; size(bytes: number): string };
  onFiles(files: File[]): void;
  onRemove(index: number): void;
}

export const ACCEPTED_FILE_TYPES = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/**
 * A native file input (the only control every assistive technology and phone handles) plus the list of
 * chosen files, each with a remove button. The type is checked by content after choosing, not by
 * `accept`, which is only a hint to the picker.
 *
 * The native input lies transparent over a button-styled "Kies een bestand": the browser's own text
 * next to its button ("No file chosen", in the browser's language, not the form's) would contradict
 * the list, since the input is emptied after each choice so the same file can be chosen again. The
 * list (or "Nog geen bestand toegevoegd") says what was added; its name includes the visible words
 * (WCAG 2.5.3) through aria-labelledby.
 */
export function fileField(o: FileFieldOptions): TemplateResult {
  return html`<div class=${fieldClasses(o)} part="field">
    <label class="label" for=${o.id} id="${o.id}-label" part="label">${labelText(o)}</label>
    ${hintTemplate(o)} ${errorTemplate(o)}
    ${o.files.length
      ? html`<ul class="file-list">
          ${o.files.map(
            (file, index) => html`<li class="file-list__item${file.beschikbaar ? '' : ' file-list__item--lost'}">
              <span>${file.bestandsnaam} (${o.texts.size(file.grootte)})${file.beschikbaar ? nothing : html` — ${o.texts.lost}`}</span>
              <button type="button" class="button button--link" part="button" @click=${() => o.onRemove(index)}>
                ${o.texts.remove}<span class="visually-hidden"> ${file.bestandsnaam}</span>
              </button>
            </li>`,
          )}
        </ul>`
      : html`<p class="file-list__empty">${o.texts.none}</p>`}
    ${o.locked
      ? nothing
      : html`<div class="file-input">
        <input
          id=${o.id}
          part="input"
          class="file-input__native"
          type="file"
          accept=${ACCEPTED_FILE_TYPES}
          ?multiple=${o.multiple}
          aria-labelledby="${o.id}-label ${o.id}-kies"
          aria-describedby=${describedBy(o)}
          aria-invalid=${o.error ? 'true' : nothing}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const files = [...(input.files ?? [])];
            input.value = '';
            if (files.length) o.onFiles(files);
          }}
        />
        <span class="button button--secondary file-input__button" id="${o.id}-kies" aria-hidden="true">${o.texts.choose}</span>
      </div>`}
  </div>`;
}
