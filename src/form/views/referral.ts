// The end of the form when a step's answers point to another procedure (the step's `referral`):
// the wipe button (at the top, as on every view), a way back, its title and text, a link onward to
// the gemeente's page for that procedure when it gave one (GOV.UK: a page that sends people
// elsewhere says where, with a link, as its main action), and the gemeente's contact route.
// Nothing is sent.
import { html, nothing, type TemplateResult } from 'lit';
import type { Referral } from '../definition.js';
import { wipeView, type Translate, type WipeState } from './common.js';
import { contactRouteView, type ContactRoute } from './contact-route.js';

export function referralView(
  t: Translate,
  referral: Referral,
  contact: ContactRoute,
  on: { back(): void; wipe: WipeState },
): TemplateResult {
  const gemeente = contact.gemeenteNaam;
  return html`<div class="form" part="form">
    ${wipeView(t, on.wipe)}
    <button type="button" class="button button--link back" part="button" @click=${() => on.back()}>${t('navigatie.vorige')}</button>
    <h2 class="step-title" tabindex="-1">${t(referral.title, { gemeente, ...referral.params })}</h2>
    <p>${t(referral.body, { gemeente, ...referral.params })}</p>
    ${referral.onward
      ? html`<p class="referral__onward"><a class="button button--primary" part="button" href=${referral.onward.href}>${t(referral.onward.label, { gemeente, ...referral.params })}</a></p>`
      : nothing}
    ${contactRouteView(t, contact)}
  </div>`;
}
