import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GemeenteFormElement } from '../../form/form-element.js';
import { verhuizingDefinition } from './definition.js';
import type { VerhuizingFormConfig } from './config.js';

/**
 * `<gemeente-verhuizing>`: a resident reports a move (verhuizing doorgeven, Wet BRP art. 2.39).
 *
 * @tagname gemeente-verhuizing
 * @fires gemeente-step-change - a step is shown; detail: `{ formulier, step, index, total }` (no personal data)
 * @fires gemeente-submit - cancelable, before sending; detail: `{ payload, idempotencyKey }`
 * @fires gemeente-submitted - the endpoint accepted the report; detail: `{ kenmerk, response }`
 * @fires gemeente-submit-error - sending failed; detail: `{ kind, message }` (no personal data)
 */
export class GemeenteVerhuizing extends GemeenteFormElement<VerhuizingFormConfig> {
  protected readonly definition = verhuizingDefinition;

  /** Main occupant's consent: `verplicht`, `optioneel` (default) or `uit`. */
  @property() hoofdbewoner?: string;
  /** Late reports: `waarschuwen` (default: accept with a warning) or `blokkeren`. */
  @property({ attribute: 'laat-melden' }) laatMelden?: string;
  /** Parent and adult child may report for each other only when they share the current address too. */
  @property({ attribute: 'ouder-kind-zelfde-adres', type: Boolean }) ouderKindZelfdeAdres = false;
  /** Makes the phone number required. */
  @property({ attribute: 'telefoon-verplicht', type: Boolean }) telefoonVerplicht = false;
  /**
   * `ja` (default): a parent or voogd confirms having gezag over a child under 16, a verzorger that the
   * child lives with them; `nee`: not asked (gezag is gemeente policy, not law: Wet BRP art. 2.48).
   */
  @property({ attribute: 'gezag-bevestigen' }) gezagBevestigen?: string;
  /** `optioneel`: offer the court decision (voogd, curator) or pleegcontract (verzorger) as an attachment; `uit` (default). */
  @property({ attribute: 'bijlage-gezag' }) bijlageGezag?: string;
  /** Rental contract when renting: `verplicht`, `optioneel` (default) or `uit`. */
  @property({ attribute: 'bijlage-huurcontract' }) bijlageHuurcontract?: string;
  /** Deed of sale when buying: `verplicht`, `optioneel` (default) or `uit`. */
  @property({ attribute: 'bijlage-koopakte' }) bijlageKoopakte?: string;
  /** Care agreement when moving to a care home: `verplicht`, `optioneel` (default) or `uit`. */
  @property({ attribute: 'bijlage-zorgovereenkomst' }) bijlageZorgovereenkomst?: string;
  /** The gemeente's page for reporting a departure abroad: the link onward on that referral page. */
  @property({ attribute: 'url-vertrek-buitenland' }) urlVertrekBuitenland?: string;
  /** The gemeente's page (appointment) for registering on arrival from abroad: the link onward there. */
  @property({ attribute: 'url-inschrijving-buitenland' }) urlInschrijvingBuitenland?: string;
  /** The gemeente's page for applying for a briefadres: the link onward on that referral page. */
  @property({ attribute: 'url-briefadres' }) urlBriefadres?: string;

  protected override render(): TemplateResult {
    return super.render();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gemeente-verhuizing': GemeenteVerhuizing;
  }
}
