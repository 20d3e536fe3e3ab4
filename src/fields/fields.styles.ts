// Field styles, written against the element's internal --_* variables (see theme/), never against a
// brand colour. Logical properties so a right-to-left translation lays out correctly.
import { css } from 'lit';

export const fieldStyles = css`
  .field {
    margin-block: 0 calc(var(--_space) * 3);
  }
  .field--error {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  .label,
  .legend {
    display: block;
    font-weight: 700;
    margin-block-end: calc(var(--_space) * 0.5);
    color: var(--_text);
  }
  .legend {
    padding: 0;
  }
  .label--date {
    font-weight: 400;
  }
  .optional {
    font-weight: 400;
  }
  .fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
  }
  .hint {
    color: var(--_text-secondary);
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .error-message {
    color: var(--_error);
    font-weight: 700;
    margin-block: 0 calc(var(--_space) * 0.5);
  }
  .input {
    box-sizing: border-box;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    /* 44 × 44 px target (WCAG 2.5.5 AAA, our house bar with GOV.UK; 2.5.8 AA asks 24 px). */
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: calc(var(--_space) * 0.5);
    max-inline-size: 100%;
  }
  .field--error .input {
    border-color: var(--_error);
  }
  .input[readonly] {
    background: var(--_background-muted);
    border-style: dashed;
  }
  .input:focus-visible,
  .choice__input:focus-visible,
  .button:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  .input--full,
  .input--textarea,
  .input--select {
    inline-size: 100%;
    max-inline-size: 30rem;
  }
  /*
   * Widths per Dutch field (NL Design System: postcode 7 characters, huisnummer 5, BSN 9 plus the
   * spaces people type) hint how long the answer is. They are counted in characters and sized in ch and
   * em with the room WCAG 1.4.12 text spacing needs (0.12em letter spacing per character, 0.16em word
   * spacing for up to two spaces), so the longest realistic value never clips ("septembe" did) — and
   * ch/em grow with the text size too (1.4.4). max-inline-size keeps them inside a 320 px screen.
   */
  .input--postcode,
  .input--huisnummer,
  .input--huisletter,
  .input--toevoeging,
  .input--bsn,
  .input--kvk,
  .input--vestigingsnummer,
  .input--number,
  .input--short,
  .input--day,
  .input--month,
  .input--year {
    inline-size: calc(var(--_chars) * (1ch + 0.12em) + 0.32em + 1.5rem);
  }
  .input--postcode {
    --_chars: 7;
  }
  .input--huisnummer {
    --_chars: 5;
  }
  .input--huisletter {
    --_chars: 2;
  }
  .input--toevoeging {
    --_chars: 4;
  }
  .input--bsn,
  .input--kvk {
    --_chars: 11;
  }
  .input--vestigingsnummer {
    --_chars: 14;
  }
  .input--number {
    --_chars: 6;
  }
  /* Voorvoegsel ("van der") and time ("23:30"). */
  .input--short {
    --_chars: 8;
  }
  .input--day {
    --_chars: 3;
  }
  .input--month {
    --_chars: 9;
  }
  .input--year {
    --_chars: 4;
  }
  .input--file {
    border-style: dashed;
    inline-size: 100%;
    max-inline-size: 30rem;
  }
  .date-input {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 1);
  }
  .choices {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
  }
  .choices--inline {
    flex-direction: row;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  /*
   * A radio or checkbox and its label are one target of at least 44 × 44 CSS px (WCAG 2.5.5, AAA: our
   * house bar with GOV.UK; 2.5.8 AA asks 24): the control itself is 44 px (Chromium, WebKit and
   * Firefox scale the native control to its box), the label row is at least 44 px high and starts
   * where the control ends (its padding, not a gap, separates the text), so there is no dead strip a
   * tap can fall into between them.
   */
  .choice {
    display: flex;
    align-items: flex-start;
    min-block-size: 2.75rem;
    flex-wrap: wrap;
  }
  .choice__input {
    inline-size: 2.75rem;
    block-size: 2.75rem;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
  .choice__label {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    /* Centres one line of text on the 44 px control. */
    padding-block: max(0px, calc((2.75rem - 1.5em) / 2));
    padding-inline: calc(var(--_space) * 0.75) 0;
    flex: 1 1 0;
    cursor: pointer;
  }
  .choice__hint {
    flex-basis: 100%;
    padding-inline-start: calc(2.75rem + var(--_space) * 0.75);
  }
  .file-list {
    list-style: none;
    padding: 0;
    margin-block: 0 calc(var(--_space) * 1);
  }
  .file-list__item {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 1);
  }
  /* The native file input lies transparent over its button-styled text (file-field.ts): the click and
     the keyboard reach the real input, its focus ring shows on the visible button. */
  .file-input {
    position: relative;
    display: inline-block;
    max-inline-size: 100%;
  }
  .file-input__native {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    opacity: 0;
    cursor: pointer;
  }
  .file-input__native:focus-visible + .file-input__button {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 2px var(--_text);
  }
  /* A long English label ("Choose one or more files") wraps inside a 320 px column (WCAG 1.4.10). */
  .file-input__button {
    display: inline-flex;
    align-items: center;
    max-inline-size: 100%;
    box-sizing: border-box;
    white-space: normal;
    overflow-wrap: anywhere;
    text-align: start;
  }
  .field--error .file-input__button {
    border-color: var(--_error);
  }
  .file-list__empty {
    margin-block: 0 calc(var(--_space) * 1);
    color: var(--_text-secondary);
  }
  .file-list__item--lost {
    color: var(--_error);
  }
  @media (forced-colors: active) {
    .field--error {
      border-inline-start-color: CanvasText;
    }
    .input {
      border-color: CanvasText;
    }
  }
`;
