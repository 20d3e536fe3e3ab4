// The gemeente's contact route (product.md "Contact route"; issue 6 item 16): ONE template, used by
// every referral, stop page and failure message, always directly after the message and before the
// actions, with the same heading. WCAG 2.2 SC 3.2.6 Consistent Help: a help mechanism that recurs on
// a set of pages comes in the same relative order on each, so a citizen who met it once finds it
// again without searching. Without the contact attributes it names the gemeente only (the engine
// warns the webmaster in the console once per element).
import { html, nothing, type TemplateResult } from 'lit';
import type { ContactConfig } from '../../config/contact.js';
import type { Translate } from './common.js';

/** What the route shows: the gemeente and its parsed contact attributes (SharedConfig has them). */
export type ContactRoute = ContactConfig & { gemeenteNaam: string };

export function contactRouteView(t: Translate, route: ContactRoute): TemplateResult {
  const gemeente = route.gemeenteNaam;
  const { contactTelefoon: telefoon, contactUrl: url, contactTekst: tekst } = route;
  return html`<div class="contact-route" part="contact-route">
    <h3 class="contact-route__title">${t('contact.titel')}</h3>
    <p>${t('contact.neemContactOp', { gemeente })}</p>
    ${telefoon || url
      ? html`<ul class="contact-route__list">
          ${telefoon ? html`<li>${t('contact.bel')} <a href=${telefoon.href}>${telefoon.tekst}</a></li>` : nothing}
          ${url
            ? html`<li>
                <a class="contact-route__page" href=${url.href} target="_blank" rel="noopener">${t('contact.pagina', { gemeente })}<span class="visually-hidden">
                    ${t('contact.nieuwTabblad')}</span></a>
              </li>`
            : nothing}
        </ul>`
      : nothing}
    ${tekst ? html`<p>${tekst}</p>` : nothing}
  </div>`;
}
