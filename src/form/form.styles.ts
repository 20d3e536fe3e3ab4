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
  /*
   * Layout answers to the space the element gets, not to the viewport: a CMS column can be narrow on a
   * wide screen (WCAG 1.4.10 then still applies to what the citizen sees). Each part of the form (the
   * step's form, the confirmation, a referral, the notes above them) is a size container, queried by
   * name below; :host stays display: block so the host page's layout is untouched.
   *
   * A size container has no width of its own to offer its parent (inline-size containment), so in a
   * flex row or an auto-width table cell the element would shrink to nothing. The one grid column gives
   * the element the sizes a paragraph has instead: it prefers 40rem (the reading width) and can shrink
   * to any width (minmax's 0, also instead of min-width: auto).
   */
  .root {
    display: grid;
    grid-template-columns: minmax(0, 40rem);
  }
  .root > * {
    container: gemeente-form / inline-size;
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
  /*
   * A 3 px ring in the focus colour outside the text (WCAG 2.4.13, AAA: ≥ 2 px at ≥ 3:1 against the
   * background it covers; 2.4.7 AA: visible). No fill: GOV.UK's fill works with its yellow focus
   * colour, but with our default black one it put #1a1a1a text on black (1.2:1, WCAG 1.4.3).
   */
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    text-decoration-thickness: 2px;
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
  /* "Stop en wis mijn gegevens": at the top of each view after a separator line, apart from the main
     buttons (views/common.ts); an outlined warning, never filled like "Versturen". */
  .wipe {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: calc(var(--_space) * 1);
    border-block-end: 1px solid var(--_border);
    padding-block-end: calc(var(--_space) * 1);
    margin-block-end: calc(var(--_space) * 2);
  }
  .button--warning {
    background: var(--_background);
    color: var(--_error);
    border-color: var(--_error);
  }
  .button--warning[aria-disabled='true'] {
    color: var(--_text-secondary);
    border-color: var(--_text-secondary);
    border-style: dashed;
    cursor: not-allowed;
  }
  .wipe__reason {
    margin: 0;
    flex-basis: 100%;
    text-align: end;
  }
  .wipe-confirm {
    flex-basis: 100%;
    border-inline-start: 6px solid var(--_error);
    background: var(--_background-muted);
    padding: calc(var(--_space) * 1.5);
  }
  .wipe-confirm__vraag {
    margin-block: 0 calc(var(--_space) * 1);
    font-weight: 700;
  }
  .wipe-confirm__actions {
    margin-block: calc(var(--_space) * 1) 0;
  }
  .send-status {
    margin: 0;
    font-weight: 700;
  }
  .send-progress {
    margin-block: calc(var(--_space) * 1) 0;
  }
  .send-error__title {
    margin-block: 0 calc(var(--_space) * 1);
    font-size: 1.125em;
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
    /* A message may hold a URL ("https://api.gemeente.nl/verhuizing") or a server's reason with one:
       without a break opportunity it ran out of the box and scrolled a 320 px page sideways (WCAG
       1.4.10 Reflow; found by the named-states sweep). */
    overflow-wrap: anywhere;
  }
  .error-summary:focus,
  .send-error:focus,
  .send-error__title:focus,
  .send-status:focus,
  .wipe-confirm__vraag:focus {
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
  /* The referral's link onward looks and sizes like the main button (GOV.UK start button: a link);
     it wraps inside a narrow column instead of overflowing it (WCAG 1.4.10). */
  .referral__onward a {
    display: inline-block;
    box-sizing: border-box;
    max-inline-size: 100%;
    padding-block: max(calc(var(--_space) * 0.5), calc((2.75rem - 1.5em) / 2));
    text-decoration: none;
    overflow-wrap: anywhere;
  }
  /*
   * The contact page link stands on its own line, so it is a target like a button: 44 px high (WCAG
   * 2.5.5, our house bar). The telephone link sits inside a sentence ("Bel 14 030"), which 2.5.5 and
   * 2.5.8 except.
   */
  .contact-route__page {
    display: inline-block;
    padding-block: max(0px, calc((2.75rem - 1.5em) / 2));
  }
  .error-summary__title,
  .config-error__title {
    margin-block: 0 calc(var(--_space) * 1);
    font-size: 1.25em;
  }
  /* On a phone the summary must leave the questions in view (issue 7 item 4: at most 300 px of an
     800 px screen with every field of the new-address step empty): tighter padding, heading and
     gaps, as GOV.UK's summary on small screens; the entries keep line-height 1.5 (WCAG 1.4.8). The
     roomy version is for the element's own width (a container query, as the buttons' below): a
     narrow CMS column on a wide screen is a phone's width too. */
  .error-summary {
    padding: calc(var(--_space) * 0.75);
  }
  .error-summary__title {
    font-size: 1.125em;
    line-height: 1.25;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  @container gemeente-form (inline-size >= 30rem) {
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
  @container gemeente-form (inline-size >= 30rem) {
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
  /* The heading takes focus on the brand-coloured panel: a ring in the page's focus colour (black)
     vanished on a dark brand colour (1.4:1 on #1d1d5e). The panel's text colour is chosen for 4.5:1
     on the brand colour, so the ring gets at least that (WCAG 1.4.11, 2.4.7; found by the sweep). */
  .confirmation__panel .step-title:focus-visible {
    outline-color: var(--_primary-text);
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
  /*
   * Narrow (a phone, 400 % zoom, or a narrow CMS column): the main buttons take the full width, as
   * GOV.UK's do on small screens, so they are easy to hit and their text never has to squeeze; the
   * check page puts each answer under its question.
   */
  @container gemeente-form (inline-size < 30rem) {
    .button--primary,
    .button--secondary {
      inline-size: 100%;
    }
    .summary__row {
      flex-direction: column;
    }
    .summary__row dt,
    .summary__row dd {
      flex-basis: auto;
    }
  }
  @media (forced-colors: active) {
    .button--primary,
    .confirmation__panel {
      border: 2px solid ButtonText;
    }
    .notice,
    .panel,
    .warning,
    .wipe-confirm {
      border: 2px solid CanvasText;
    }
    .button--warning[aria-disabled='true'] {
      border-color: GrayText;
      color: GrayText;
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
