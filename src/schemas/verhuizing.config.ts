// Gemeente policy for <gemeente-verhuizing>: every rule the domain notes mark "(config)", with the
// defaults they name. Shared by the element (from attributes) and the receiver.
import { isIsoDate } from './amsterdam.js';
import { MAX_BESTANDSGROOTTE, MAX_TOTALE_GROOTTE } from './attachment-files.js';

export type Beleid = 'verplicht' | 'optioneel' | 'uit';

export interface VerhuizingConfig {
  /** CBS code of this gemeente: the new address must lie in it (Wet BRP art. 2.39 lid 1). */
  gemeenteCode: string;
  /** Late reports: accept with a warning (default), or block. */
  laatMelden: 'waarschuwen' | 'blokkeren';
  /** Main occupant's consent when moving in with others (default optioneel). */
  hoofdbewoner: Beleid;
  /** Parent and adult child may report for each other only when they now share an address too. */
  ouderKindZelfdeAdres: boolean;
  telefoonVerplicht: boolean;
  /**
   * Whether a parent or voogd confirms having gezag over a child under 16, and a verzorger that the
   * child lives with them. Gemeente policy, not law: Wet BRP art. 2.48 names ouders, voogden and
   * verzorgers without a gezag condition (default true: ask).
   */
  gezagBevestigen: boolean;
  /**
   * The court decision (voogd, curator) or pleegcontract (verzorger) as an attachment: `uit` (default)
   * or `optioneel`. Never required: the law gives the duty to report without it (art. 2.48).
   */
  bijlageGezag: 'uit' | 'optioneel';
  /** Declared days beyond the shipped decrees (`YYYY-MM-DD`). */
  extraFeestdagen: string[];
  /** Documents matching the woonsituatie; 'verplicht' only asks when the soort matches. */
  bijlagen: { huurcontract: Beleid; koopakte: Beleid; zorgovereenkomst: Beleid };
  /** Bytes per file. */
  maxBestandsgrootte: number;
  /** Bytes for all files together. */
  maxTotaleGrootte: number;
}

export type VerhuizingConfigInput = Partial<Omit<VerhuizingConfig, 'bijlagen'>> & {
  gemeenteCode: string;
  bijlagen?: Partial<VerhuizingConfig['bijlagen']>;
};

const BELEID: readonly Beleid[] = ['verplicht', 'optioneel', 'uit'];

/** Fills in the defaults; throws a TypeError naming the setting when a value is not allowed. */
export function resolveVerhuizingConfig(input: VerhuizingConfigInput): VerhuizingConfig {
  const config: VerhuizingConfig = {
    gemeenteCode: input.gemeenteCode,
    laatMelden: input.laatMelden ?? 'waarschuwen',
    hoofdbewoner: input.hoofdbewoner ?? 'optioneel',
    ouderKindZelfdeAdres: input.ouderKindZelfdeAdres ?? false,
    telefoonVerplicht: input.telefoonVerplicht ?? false,
    gezagBevestigen: input.gezagBevestigen ?? true,
    bijlageGezag: input.bijlageGezag ?? 'uit',
    extraFeestdagen: [...(input.extraFeestdagen ?? [])],
    bijlagen: {
      huurcontract: input.bijlagen?.huurcontract ?? 'optioneel',
      koopakte: input.bijlagen?.koopakte ?? 'optioneel',
      zorgovereenkomst: input.bijlagen?.zorgovereenkomst ?? 'optioneel',
    },
    maxBestandsgrootte: input.maxBestandsgrootte ?? MAX_BESTANDSGROOTTE,
    maxTotaleGrootte: input.maxTotaleGrootte ?? MAX_TOTALE_GROOTTE,
  };
  const fail = (setting: string) => {
    throw new TypeError(`Invalid verhuizing config: ${setting}`);
  };
  if (typeof config.gemeenteCode !== 'string' || !/^[0-9]{4}$/.test(config.gemeenteCode)) fail('gemeenteCode');
  if (!['waarschuwen', 'blokkeren'].includes(config.laatMelden)) fail('laatMelden');
  if (!BELEID.includes(config.hoofdbewoner)) fail('hoofdbewoner');
  if (typeof config.gezagBevestigen !== 'boolean') fail('gezagBevestigen');
  if (!['uit', 'optioneel'].includes(config.bijlageGezag)) fail('bijlageGezag');
  for (const [soort, beleid] of Object.entries(config.bijlagen)) if (!BELEID.includes(beleid)) fail(`bijlagen.${soort}`);
  if (!config.extraFeestdagen.every(isIsoDate)) fail('extraFeestdagen');
  for (const key of ['maxBestandsgrootte', 'maxTotaleGrootte'] as const) {
    if (!Number.isInteger(config[key]) || config[key] <= 0) fail(key);
  }
  return config;
}
