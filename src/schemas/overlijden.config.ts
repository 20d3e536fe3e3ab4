// Gemeente policy for <gemeente-overlijden>: every rule the domain notes (overlijden.md) mark
// "(config)", with the defaults they name. Shared by the element (from attributes) and the receiver.
import { isIsoDate } from './amsterdam.js';
import { MAX_BESTANDSGROOTTE, MAX_TOTALE_GROOTTE } from './attachments.js';

export interface OverlijdenConfig {
  /**
   * CBS code of this gemeente: the aangifte goes to the gemeente where the person died (BW 1:19f),
   * so `gegevens.overlijden.gemeentecode` must be this code.
   */
  gemeenteCode: string;
  /**
   * Whether a relative (`nabestaande`) may declare online. Default off: most gemeenten send relatives
   * to the desk and only the funeral director (eHerkenning) declares online.
   */
  nabestaandeToegestaan: boolean;
  /** Whether the funeral director must give the 12-digit KvK vestigingsnummer (default optional). */
  vestigingsnummerVerplicht: boolean;
  /** Declared days beyond the shipped decrees (`YYYY-MM-DD`); they move the funeral deadline. */
  extraFeestdagen: string[];
  /** Bytes per file. */
  maxBestandsgrootte: number;
  /** Bytes for all files together. */
  maxTotaleGrootte: number;
}

export type OverlijdenConfigInput = Partial<OverlijdenConfig> & { gemeenteCode: string };

/** Fills in the defaults; throws a TypeError naming the setting when a value is not allowed. */
export function resolveOverlijdenConfig(input: OverlijdenConfigInput): OverlijdenConfig {
  const config: OverlijdenConfig = {
    gemeenteCode: input.gemeenteCode,
    nabestaandeToegestaan: input.nabestaandeToegestaan ?? false,
    vestigingsnummerVerplicht: input.vestigingsnummerVerplicht ?? false,
    extraFeestdagen: [...(input.extraFeestdagen ?? [])],
    maxBestandsgrootte: input.maxBestandsgrootte ?? MAX_BESTANDSGROOTTE,
    maxTotaleGrootte: input.maxTotaleGrootte ?? MAX_TOTALE_GROOTTE,
  };
  const fail = (setting: string) => {
    throw new TypeError(`Invalid overlijden config: ${setting}`);
  };
  if (typeof config.gemeenteCode !== 'string' || !/^[0-9]{4}$/.test(config.gemeenteCode)) fail('gemeenteCode');
  if (typeof config.nabestaandeToegestaan !== 'boolean') fail('nabestaandeToegestaan');
  if (typeof config.vestigingsnummerVerplicht !== 'boolean') fail('vestigingsnummerVerplicht');
  if (!Array.isArray(config.extraFeestdagen) || !config.extraFeestdagen.every(isIsoDate)) fail('extraFeestdagen');
  for (const key of ['maxBestandsgrootte', 'maxTotaleGrootte'] as const) {
    if (!Number.isInteger(config[key]) || config[key] <= 0) fail(key);
  }
  return config;
}
