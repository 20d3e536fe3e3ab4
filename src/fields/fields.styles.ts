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
    min-block-size: 2.75rem; /* 44px target (WCAG 2.5.8 asks 24px; we keep GOV.UK's 44) */
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
  .input--postcode {
    inline-size: calc(7ch + 1.5rem);
  }
  .input--huisnummer {
    inline-size: calc(5ch + 1.5rem);
  }
  .input--huisletter {
    inline-size: calc(2ch + 1.5rem);
  }
  .input--toevoeging {
    inline-size: calc(4ch + 1.5rem);
  }
  .input--bsn,
  .input--kvk {
    inline-size: calc(11ch + 1.5rem);
  }
  .input--vestigingsnummer {
    inline-size: calc(14ch + 1.5rem);
  }
  .input--number,
  .input--short {
    inline-size: calc(6ch + 1.5rem);
  }
  .input--day,
  .input--month {
    inline-size: calc(5ch + 1.5rem);
  }
  .input--month {
    inline-size: calc(9ch + 1.5rem);
  }
  .input--year {
    inline-size: calc(4ch + 1.5rem);
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
  .choice {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
    min-block-size: 2.75rem;
    flex-wrap: wrap;
  }
  .choice__input {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    margin: 0.5rem 0 0;
    accent-color: var(--_primary);
    flex: none;
  }
  .choice__label {
    padding-block: 0.6rem;
    flex: 1 1 0;
    cursor: pointer;
  }
  .choice__hint {
    flex-basis: 100%;
    padding-inline-start: 2.5rem;
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
  .file-input__button {
    display: inline-flex;
    align-items: center;
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
