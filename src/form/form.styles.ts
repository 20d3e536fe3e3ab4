// Layout of the form engine's own parts: steps, buttons, error summary, check-your-answers,
// confirmation. Works at 320 px wide and 400 % zoom (no fixed widths, wrapping rows), in forced-colours
// mode (borders instead of background-only cues) and in print (the confirmation).
import { css } from 'lit';

export const formStyles = css`
  :host {
    /* Secondary shades, derived from the token chain in theme/base-tokens.ts. */
    --_text-secondary: var(--gemeente-color-text-secondary, var(--utrecht-form-field-description-color, #505a5f));
    --_background-muted: var(--gemeente-color-background-muted, #f3f2f1);
    --_link: var(--gemeente-color-link, var(--utrecht-link-color, var(--_primary)));
    --_warning: var(--gemeente-color-warning, #b25b00);
    display: block;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    max-inline-size: 40rem;
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .step-count {
    color: var(--_text-secondary);
    margin-block: calc(var(--_space) * 1) 0;
  }
  .step-title {
    font-size: 1.75em;
    line-height: 1.2;
    margin-block: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
  }
  .step-title:focus {
    outline: none;
  }
  .step-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h3 {
    font-size: 1.25em;
    margin-block: calc(var(--_space) * 3) calc(var(--_space) * 1);
  }
  a {
    color: var(--_link);
  }
  a:focus-visible {
    outline: 3px solid var(--_focus);
    background: var(--_focus);
    color: var(--_text);
  }
  .button {
    font: inherit;
    font-weight: 700;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 2px solid transparent;
    cursor: pointer;
  }
  .button--primary {
    background: var(--_primary);
    color: var(--_primary-text);
  }
  .button--primary:hover {
    background: var(--_primary-hover);
    color: var(--_primary-hover-text);
  }
  .button--secondary {
    background: var(--_background);
    /* --_link, not --_primary: brand colour as text on the background needs 4.5:1 too (form/theme.ts). */
    color: var(--_link);
    border-color: var(--_link);
  }
  .button--link {
    background: none;
    border: 0;
    color: var(--_link);
    text-decoration: underline;
    padding-inline: 0;
    font-weight: 400;
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: wait;
  }
  .back {
    margin-block-end: calc(var(--_space) * 1);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    align-items: center;
    margin-block: calc(var(--_space) * 3);
  }
  .wipe {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 4);
  }
  .notice,
  .panel {
    border-inline-start: 6px solid var(--_primary);
    background: var(--_background-muted);
    padding: calc(var(--_space) * 1.5);
    margin-block: calc(var(--_space) * 2);
  }
  .warning {
    border-inline-start: 6px solid var(--_warning);
    padding: calc(var(--_space) * 1.5);
    margin-block: calc(var(--_space) * 2);
    font-weight: 700;
  }
  .error-summary,
  .config-error,
  .send-error {
    border: 4px solid var(--_error);
    padding: calc(var(--_space) * 2);
    margin-block: calc(var(--_space) * 2);
  }
  .error-summary:focus,
  .send-error:focus {
    outline: 3px solid var(--_focus);
  }
  /* The contact route (views/contact-route.ts): the same block after every referral and failure. */
  .contact-route {
    margin-block: calc(var(--_space) * 3);
  }
  .contact-route__title {
    margin-block: 0 calc(var(--_space) * 1);
    font-size: 1.125em;
  }
  .contact-route__list {
    margin-block: calc(var(--_space) * 1);
    padding-inline-start: 1.25em;
  }
  .error-summary__title,
  .config-error__title {
    margin-block: 0 calc(var(--_space) * 1);
    font-size: 1.25em;
  }
  /* On a phone the summary must leave the questions in view (issue 7 item 4: at most 300 px of an
     800 px screen with every field of the new-address step empty): tighter padding, heading and
     gaps, as GOV.UK's summary on small screens; the entries keep line-height 1.5 (WCAG 1.4.8). */
  .error-summary {
    padding: calc(var(--_space) * 0.75);
  }
  .error-summary__title {
    font-size: 1.125em;
    line-height: 1.25;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  @media (min-width: 40.0625em) {
    .error-summary {
      padding: calc(var(--_space) * 2);
    }
    .error-summary__title {
      font-size: 1.25em;
      margin-block-end: calc(var(--_space) * 1);
    }
  }
  /* GOV.UK's summary list: no bullets and no indent, so an entry keeps to two lines on a 360 px
     phone and the summary leaves the questions in view (issue 7 item 4). */
  .error-summary__list {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .error-summary__list li + li {
    margin-block-start: calc(var(--_space) * 0.25);
  }
  @media (min-width: 40.0625em) {
    .error-summary__list li + li {
      margin-block-start: calc(var(--_space) * 0.75);
    }
  }
  .error-summary__list a {
    color: var(--_error);
    font-weight: 700;
  }
  /* A sticky CMS header must not cover what a summary link, a step change or the summary's own focus
     scrolls to (WCAG 2.4.11 Focus Not Obscured): the host page sets its header's height here, as it
     would set scroll-padding-top on its own page. */
  input,
  select,
  textarea,
  label,
  legend,
  .error-summary,
  .send-error,
  .step-title {
    scroll-margin-block-start: var(--gemeente-scroll-offset, 0px);
  }
  .summary {
    margin-block: calc(var(--_space) * 3);
  }
  .summary__header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: calc(var(--_space) * 1);
    border-block-end: 2px solid var(--_border);
  }
  .summary__title {
    margin: 0;
  }
  .summary__list {
    margin: 0;
  }
  .summary__section {
    font-size: inherit;
    font-weight: 700;
    margin-block: calc(var(--_space) * 1.5) 0;
  }
  .summary__row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
    padding-block: calc(var(--_space) * 0.75);
  }
  .summary__row dt {
    font-weight: 700;
    flex: 1 1 12rem;
  }
  .summary__row dd {
    margin: 0;
    flex: 2 1 14rem;
    overflow-wrap: anywhere;
  }
  .summary__empty {
    color: var(--_text-secondary);
  }
  .confirmation__panel {
    background: var(--_primary);
    color: var(--_primary-text);
    padding: calc(var(--_space) * 3);
    text-align: center;
    margin-block-end: calc(var(--_space) * 3);
  }
  .confirmation__kenmerk {
    font-size: 1.5em;
    overflow-wrap: anywhere;
  }
  .section {
    margin-block: calc(var(--_space) * 3);
  }
  .section__legend {
    font-size: 1.25em;
    margin-block-end: calc(var(--_space) * 1);
  }
  .group-item {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: calc(var(--_space) * 2);
    margin-block: calc(var(--_space) * 3);
  }
  .address-found {
    margin-block: calc(var(--_space) * 2);
  }
  @media (forced-colors: active) {
    .button--primary,
    .confirmation__panel {
      border: 2px solid ButtonText;
    }
    .notice,
    .panel,
    .warning {
      border: 2px solid CanvasText;
    }
  }
  @media print {
    .actions,
    .wipe,
    .back,
    .button {
      display: none;
    }
    .confirmation__panel {
      border: 2px solid #000;
      color: #000;
      background: none;
    }
    :host {
      color: #000;
    }
  }
`;
