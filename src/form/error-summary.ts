// GOV.UK-style error summary: shown above the step after a "Volgende" attempt, receives focus so
// screen readers read it at once (role="alert" on a child, not the focused container, so NVDA does not
// read it twice), and links to each field; a link moves focus to the input and scrolls its label or
// legend into view (GOV.UK: the question must stay visible above the input).
// The focused container has no role and so no name: ARIA 1.2 prohibits aria-label(ledby) on a generic
// <div>, and screen readers ignore it there (axe's aria-prohibited-attr left it "for review" in
// Chromium, WebKit and Firefox). GOV.UK Frontend does the same: focus the plain container, let the
// role="alert" child and the heading carry what is read.
import { html, nothing, type TemplateResult } from 'lit';

export interface SummaryError {
  /** Id of the element to focus, or null for errors without a field (summary only). */
  targetId: string | null;
  text: string;
}

export function errorSummary(
  title: string,
  errors: SummaryError[],
  onLink: (targetId: string) => void,
): TemplateResult | typeof nothing {
  if (!errors.length) return nothing;
  return html`<div class="error-summary" part="error-summary" tabindex="-1">
    <div role="alert">
      <h2 class="error-summary__title" id="error-summary-title">${title}</h2>
      <ul class="error-summary__list">
        ${errors.map((e) =>
          e.targetId
            ? html`<li>
                <a
                  href="#${e.targetId}"
                  @click=${(ev: Event) => {
                    ev.preventDefault();
                    onLink(e.targetId!);
                  }}
                  >${e.text}</a
                >
              </li>`
            : html`<li>${e.text}</li>`,
        )}
      </ul>
    </div>
  </div>`;
}
