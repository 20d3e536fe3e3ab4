// The verhuizing's form-specific attributes (domain notes: every "(config)" rule), parsed by the one
// config schema together with the shared attributes.
import { booleanAttribute, enumAttribute, linkAttribute, type SharedConfig } from '../../config/shared-config.js';
import type { ContactRoute } from '../../form/views/contact-route.js';
import { formPolicy, formPolicyAttributes } from '../../form/form-attributes.js';
import { resolveVerhuizingConfig, type VerhuizingConfig } from '../../schemas/verhuizing.config.js';

const BELEID = ['verplicht', 'optioneel', 'uit'] as const;

export const verhuizingAttributes = (pageUrl: string) => ({
  hoofdbewoner: enumAttribute(BELEID, 'optioneel', 'config.keuze'),
  'laat-melden': enumAttribute(['waarschuwen', 'blokkeren'], 'waarschuwen', 'config.keuze'),
  'ouder-kind-zelfde-adres': booleanAttribute(),
  'telefoon-verplicht': booleanAttribute(),
  // Gezag is gemeente policy, not law (Wet BRP art. 2.48 names ouders, voogden and verzorgers).
  'gezag-bevestigen': enumAttribute(['ja', 'nee'], 'ja', 'config.keuze'),
  'bijlage-gezag': enumAttribute(['uit', 'optioneel'], 'uit', 'config.keuze'),
  'bijlage-huurcontract': enumAttribute(BELEID, 'optioneel', 'config.keuze'),
  'bijlage-koopakte': enumAttribute(BELEID, 'optioneel', 'config.keuze'),
  'bijlage-zorgovereenkomst': enumAttribute(BELEID, 'optioneel', 'config.keuze'),
  ...formPolicyAttributes(),
  // The gemeente's own pages for the procedures this form refers to (Wet BRP art. 2.43 departure,
  // art. 2.38 first registration from abroad, art. 2.40-2.42 briefadres): the referral pages link
  // there. Each gemeente has its own (often a DigiD form or an appointment page), so none is built in.
  'url-vertrek-buitenland': linkAttribute(pageUrl),
  'url-inschrijving-buitenland': linkAttribute(pageUrl),
  'url-briefadres': linkAttribute(pageUrl),
});

/** The schema's config plus what the element shows (gemeente name, privacy link, lookup URL). */
export interface VerhuizingFormConfig extends VerhuizingConfig {
  gemeenteNaam: string;
  privacyUrl: string | null;
  /** null when `address-lookup="off"`. */
  lookupUrl: string | null;
  /** The gemeente's contact route (item 16), for the steps that offer it as the way out (hoofdbewoner verplicht). */
  contact: ContactRoute;
  /** The gemeente's page per referral of the start step (`url-*` attributes), null when not given. */
  verwijzingUrls: Record<'naar-buitenland' | 'uit-buitenland' | 'geen-vast-adres', string | null>;
}

export function toVerhuizingConfig(parsed: SharedConfig & Record<string, unknown>): VerhuizingFormConfig {
  const schemaConfig = resolveVerhuizingConfig({
    gemeenteCode: parsed.gemeenteCode,
    hoofdbewoner: parsed.hoofdbewoner as VerhuizingConfig['hoofdbewoner'],
    laatMelden: parsed.laatMelden as VerhuizingConfig['laatMelden'],
    ouderKindZelfdeAdres: parsed.ouderKindZelfdeAdres as boolean,
    telefoonVerplicht: parsed.telefoonVerplicht as boolean,
    gezagBevestigen: parsed.gezagBevestigen !== 'nee',
    bijlageGezag: parsed.bijlageGezag as VerhuizingConfig['bijlageGezag'],
    bijlagen: {
      huurcontract: parsed.bijlageHuurcontract as VerhuizingConfig['hoofdbewoner'],
      koopakte: parsed.bijlageKoopakte as VerhuizingConfig['hoofdbewoner'],
      zorgovereenkomst: parsed.bijlageZorgovereenkomst as VerhuizingConfig['hoofdbewoner'],
    },
    ...formPolicy(parsed),
  });
  return {
    ...schemaConfig,
    gemeenteNaam: parsed.gemeenteNaam,
    privacyUrl: parsed.privacyUrl?.href ?? null,
    lookupUrl: parsed.addressLookup?.href ?? null,
    verwijzingUrls: {
      'naar-buitenland': (parsed.urlVertrekBuitenland as URL | null)?.href ?? null,
      'uit-buitenland': (parsed.urlInschrijvingBuitenland as URL | null)?.href ?? null,
      'geen-vast-adres': (parsed.urlBriefadres as URL | null)?.href ?? null,
    },
    contact: {
      gemeenteNaam: parsed.gemeenteNaam,
      contactUrl: parsed.contactUrl,
      contactTelefoon: parsed.contactTelefoon,
      contactTekst: parsed.contactTekst,
    },
  };
}
