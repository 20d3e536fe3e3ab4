// Gemeente policy for <gemeente-overlijden>: every rule the domain notes (overlijden.md) mark
// "(config)", with the defaults they name. Shared by the element (from attributes) and the receiver.
import { isIsoDate } from './amsterdam.js';
import { MAX_BESTANDSGROOTTE, MAX_TOTALE_GROOTTE } from './attachment-files.js';

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
  /**
   * Whether days declared equal to a feestdag (Atw art. 3 lid 3) count as working days for the 6th
   * working day of Wlb art. 16. Both readings are published (docs/domain-decisions.md 4.14); the default
   * `geen-werkdag` follows sterfgeval.nl Q 70745 (2025) and lengthens the legal maximum by a day.
   */
  gelijkgesteldeDagen: 'geen-werkdag' | 'werkdag';
  /**
   * The doctor's statement for a request for uitstel: the burgemeester decides "na een arts te hebben
   * gehoord" (Wlb art. 17 lid 1), for uitstel as for bespoediging. Default `verplicht`.
   */
  verklaringArtsUitstel: 'verplicht' | 'optioneel';
  /**
   * The GGD's gemeentelijk lijkschouwer sends the verklaring van overlijden (A-form) to the gemeente
   * himself: with the lijkschouwer as examining doctor its upload is optional and the cause of death
   * can go "via de GGD". Default off.
   */
  aFormulierViaGgd: boolean;
  /**
   * The BSN of the natural person declaring for the funeral company: `uit` (default, data
   * minimisation — the law does not ask it), `optioneel` or `verplicht` where the gemeente asks it.
   */
  bsnAangever: 'uit' | 'optioneel' | 'verplicht';
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
    gelijkgesteldeDagen: input.gelijkgesteldeDagen ?? 'geen-werkdag',
    verklaringArtsUitstel: input.verklaringArtsUitstel ?? 'verplicht',
    aFormulierViaGgd: input.aFormulierViaGgd ?? false,
    bsnAangever: input.bsnAangever ?? 'uit',
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
  if (!['geen-werkdag', 'werkdag'].includes(config.gelijkgesteldeDagen)) fail('gelijkgesteldeDagen');
  if (!['verplicht', 'optioneel'].includes(config.verklaringArtsUitstel)) fail('verklaringArtsUitstel');
  if (typeof config.aFormulierViaGgd !== 'boolean') fail('aFormulierViaGgd');
  if (!['uit', 'optioneel', 'verplicht'].includes(config.bsnAangever)) fail('bsnAangever');
  for (const key of ['maxBestandsgrootte', 'maxTotaleGrootte'] as const) {
    if (!Number.isInteger(config[key]) || config[key] <= 0) fail(key);
  }
  return config;
}
