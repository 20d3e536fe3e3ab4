// The aangifte overlijden's form-specific attributes (domain notes: every "(config)" rule), parsed by
// the one config schema together with the shared attributes.
import { attribute, booleanAttribute, enumAttribute, type SharedConfig } from '../../config/shared-config.js';
import { formPolicy, formPolicyAttributes } from '../../form/form-attributes.js';
import { resolveOverlijdenConfig, type OverlijdenConfig } from '../../schemas/overlijden.config.js';

export const overlijdenAttributes = () => ({
  'nabestaande-toegestaan': booleanAttribute(),
  'vestigingsnummer-verplicht': booleanAttribute(),
  // Issue 6, items 4.10, 4.12, 4.14, 4.15 (docs/domain-decisions.md).
  'verklaring-arts-uitstel': enumAttribute(['verplicht', 'optioneel'], 'verplicht', 'config.keuze'),
  'a-formulier-via-ggd': enumAttribute(['nee', 'ja'], 'nee', 'config.keuze'),
  'gelijkgestelde-dagen': enumAttribute(['geen-werkdag', 'werkdag'], 'geen-werkdag', 'config.keuze'),
  'bsn-aangever': enumAttribute(['uit', 'optioneel', 'verplicht'], 'uit', 'config.keuze'),
  ...formPolicyAttributes(),
  // Free text shown with the number of extracts, e.g. "€ 14,10 per uittreksel" (fees differ per gemeente).
  'uittreksel-tarief': attribute((value) => ({ ok: true as const, value: value?.trim() || null })),
});

/** The schema's config plus what the element shows. */
export interface OverlijdenFormConfig extends OverlijdenConfig {
  gemeenteNaam: string;
  privacyUrl: string | null;
  lookupUrl: string | null;
  uittrekselTarief: string | null;
}

export function toOverlijdenConfig(parsed: SharedConfig & Record<string, unknown>): OverlijdenFormConfig {
  return {
    ...resolveOverlijdenConfig({
      gemeenteCode: parsed.gemeenteCode,
      nabestaandeToegestaan: parsed.nabestaandeToegestaan as boolean,
      vestigingsnummerVerplicht: parsed.vestigingsnummerVerplicht as boolean,
      verklaringArtsUitstel: parsed.verklaringArtsUitstel as OverlijdenConfig['verklaringArtsUitstel'],
      aFormulierViaGgd: parsed.aFormulierViaGgd === 'ja',
      gelijkgesteldeDagen: parsed.gelijkgesteldeDagen as OverlijdenConfig['gelijkgesteldeDagen'],
      bsnAangever: parsed.bsnAangever as OverlijdenConfig['bsnAangever'],
      ...formPolicy(parsed),
    }),
    gemeenteNaam: parsed.gemeenteNaam,
    privacyUrl: parsed.privacyUrl?.href ?? null,
    lookupUrl: parsed.addressLookup?.href ?? null,
    uittrekselTarief: (parsed.uittrekselTarief as string | null) ?? null,
  };
}
