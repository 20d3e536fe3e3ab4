// The aangifte overlijden's form-specific attributes (domain notes: every "(config)" rule), parsed by
// the one config schema together with the shared attributes.
import { attribute, booleanAttribute, type SharedConfig } from '../../config/shared-config.js';
import { formPolicy, formPolicyAttributes } from '../../form/form-attributes.js';
import { resolveOverlijdenConfig, type OverlijdenConfig } from '../../schemas/overlijden.config.js';

export const overlijdenAttributes = () => ({
  'nabestaande-toegestaan': booleanAttribute(),
  'vestigingsnummer-verplicht': booleanAttribute(),
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
      ...formPolicy(parsed),
    }),
    gemeenteNaam: parsed.gemeenteNaam,
    privacyUrl: parsed.privacyUrl?.href ?? null,
    lookupUrl: parsed.addressLookup?.href ?? null,
    uittrekselTarief: (parsed.uittrekselTarief as string | null) ?? null,
  };
}
