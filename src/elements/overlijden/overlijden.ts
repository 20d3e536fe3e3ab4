import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GemeenteFormElement } from '../../form/form-element.js';
import { overlijdenDefinition } from './definition.js';
import type { OverlijdenFormConfig } from './config.js';

/**
 * `<gemeente-overlijden>`: a funeral director (or, where the gemeente allows it, a relative) registers a
 * death (aangifte overlijden, BW 1:19f–19h, Wet op de lijkbezorging).
 *
 * @tagname gemeente-overlijden
 * @fires gemeente-step-change - a step is shown; detail: `{ formulier, step, index, total }` (no personal data)
 * @fires gemeente-submit - cancelable, before sending; detail: `{ payload, idempotencyKey }`
 * @fires gemeente-submitted - the endpoint accepted the aangifte; detail: `{ kenmerk, response }`
 * @fires gemeente-submit-error - sending failed; detail: `{ kind, message }` (no personal data)
 */
export class GemeenteOverlijden extends GemeenteFormElement<OverlijdenFormConfig> {
  protected readonly definition = overlijdenDefinition;

  /** Lets relatives (nabestaanden) declare online too; by default only the funeral director. */
  @property({ attribute: 'nabestaande-toegestaan', type: Boolean }) nabestaandeToegestaan = false;
  /** Makes the funeral director's 12-digit KvK vestigingsnummer required. */
  @property({ attribute: 'vestigingsnummer-verplicht', type: Boolean }) vestigingsnummerVerplicht = false;
  /**
   * `verplicht` (default) or `optioneel`: the doctor's statement with a request for uitstel (the
   * burgemeester decides after hearing a doctor, Wlb art. 17 lid 1).
   */
  @property({ attribute: 'verklaring-arts-uitstel' }) verklaringArtsUitstel?: string;
  /**
   * `nee` (default) or `ja`: the GGD's gemeentelijk lijkschouwer sends the A-form himself, so with the
   * lijkschouwer as examining doctor its upload is optional and the cause of death can go via the GGD.
   */
  @property({ attribute: 'a-formulier-via-ggd' }) aFormulierViaGgd?: string;
  /**
   * `geen-werkdag` (default) or `werkdag`: whether days declared equal to a feestdag count as working
   * days for the 6th working day of Wlb art. 16 (both readings exist; the gemeente's jurist chooses).
   */
  @property({ attribute: 'gelijkgestelde-dagen' }) gelijkgesteldeDagen?: string;
  /**
   * `uit` (default), `optioneel` or `verplicht`: the BSN of the person declaring for the funeral
   * company, only where the gemeente asks it (data minimisation).
   */
  @property({ attribute: 'bsn-aangever' }) bsnAangever?: string;
  /** The fee for extracts of the death certificate, shown as text (e.g. "€ 14,10 per uittreksel"). */
  @property({ attribute: 'uittreksel-tarief' }) uittrekselTarief?: string;

  protected override render(): TemplateResult {
    return super.render();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'gemeente-overlijden': GemeenteOverlijden;
  }
}
