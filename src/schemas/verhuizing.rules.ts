// The cross-field rules of the verhuizing (domain notes verhuizing.md, "Who may report for whom",
// "Main occupant", "Bijlagen"). They read the partly parsed envelope defensively: the element validates
// one step at a time, so a rule must run while unrelated parts are still missing or invalid.
import { ageOn, isIsoDate } from './amsterdam.js';
import { at, type ReportFout } from './envelope.js';
import { isBlank } from './fields.js';
import { isValidBsn } from './validators.js';
import type { VerhuizingConfig } from './verhuizing.config.js';

export type Relatie = 'echtgenoot' | 'kind' | 'ouder' | 'anders';

/**
 * Whether the aangever may report this co-mover:
 * - `toegestaan`: spouse/registered partner; a child under 16 with gezag confirmed; a child of 16–17;
 *   a parent/adult child (moving together) — unless the gemeente also requires the same current address.
 * - `gezag-nodig`: a child under 16 without the aangever confirming parental authority.
 * - `machtiging-nodig`: anyone else — a signed machtiging must be attached.
 * - `onbekend`: the dates needed to decide are not (validly) filled in yet.
 */
export type Beoordeling = 'toegestaan' | 'gezag-nodig' | 'machtiging-nodig' | 'onbekend';

export interface MeeverhuizerAntwoorden {
  relatie?: unknown;
  geboortedatum?: unknown;
  gezagBevestigd?: unknown;
  zelfdeHuidigAdres?: unknown;
}

export function beoordeelMeeverhuizer(
  persoon: MeeverhuizerAntwoorden,
  aangeverGeboortedatum: unknown,
  today: string,
  config: Pick<VerhuizingConfig, 'ouderKindZelfdeAdres'>,
): Beoordeling {
  // Parents and adult children "only when they move together" — they do, being on one report — and in
  // some gemeenten only when they also share the current address (config).
  const ouderKind = (): Beoordeling =>
    config.ouderKindZelfdeAdres && persoon.zelfdeHuidigAdres !== true ? 'machtiging-nodig' : 'toegestaan';
  switch (persoon.relatie) {
    case 'echtgenoot':
      return 'toegestaan';
    case 'kind': {
      if (!isIsoDate(persoon.geboortedatum)) return 'onbekend';
      const age = ageOn(persoon.geboortedatum, today);
      if (age < 16) return persoon.gezagBevestigd === true ? 'toegestaan' : 'gezag-nodig';
      if (age < 18) return 'toegestaan'; // a parent may report for a 16- or 17-year-old
      return ouderKind();
    }
    case 'ouder': {
      // The aangever is the child here, and must be an adult child.
      if (!isIsoDate(aangeverGeboortedatum)) return 'onbekend';
      return ageOn(aangeverGeboortedatum, today) < 18 ? 'machtiging-nodig' : ouderKind();
    }
    case 'anders':
      return 'machtiging-nodig';
    default:
      return 'onbekend';
  }
}

/**
 * The main occupant's details are asked when the gemeente uses the policy, others already live at the
 * new address and the citizen is not joining their own spouse/registered partner. Undefined while the
 * answers needed to decide are missing.
 */
export function hoofdbewonerVanToepassing(woonsituatie: unknown, config: Pick<VerhuizingConfig, 'hoofdbewoner'>): boolean | undefined {
  if (config.hoofdbewoner === 'uit') return false;
  const anderen = at(woonsituatie, 'anderenWonenOpAdres');
  if (anderen === false) return false;
  if (anderen !== true) return undefined;
  const bijPartner = at(woonsituatie, 'bijPartner');
  return bijPartner === true ? false : bijPartner === false ? true : undefined;
}

const BIJLAGE_BIJ_WOONSITUATIE = { huur: 'huurcontract', koop: 'koopakte', zorginstelling: 'zorgovereenkomst' } as const;

/** How many co-movers need a machtiging (one signed authorisation each). */
export function machtigingenNodig(gegevens: unknown, today: string, config: Pick<VerhuizingConfig, 'ouderKindZelfdeAdres'>): number {
  const meeverhuizers = at(gegevens, 'meeverhuizers');
  if (!Array.isArray(meeverhuizers)) return 0;
  const aangeverGeboortedatum = at(gegevens, 'aangever', 'geboortedatum');
  return meeverhuizers.filter(
    (persoon) =>
      beoordeelMeeverhuizer(
        (persoon && typeof persoon === 'object' ? persoon : {}) as MeeverhuizerAntwoorden,
        aangeverGeboortedatum,
        today,
        config,
      ) === 'machtiging-nodig',
  ).length;
}

export interface VerhuizingBijlageEis {
  soort: 'huurcontract' | 'koopakte' | 'zorgovereenkomst' | 'machtiging' | 'toestemming-hoofdbewoner';
  verplicht: boolean;
  /** For the machtiging: how many are needed. */
  aantal?: number;
}

/**
 * The documents the form asks for these answers (`gegevens`, partly filled in), in order: the one that
 * matches the woonsituatie unless the gemeente switched it off (required when its policy is
 * verplicht), one machtiging per co-mover who needs it, and the main occupant's consent when it is
 * to be attached. The element asks exactly these; the cross-check below requires the required ones.
 */
export function gevraagdeBijlagen(gegevens: unknown, today: string, config: VerhuizingConfig): VerhuizingBijlageEis[] {
  const eisen: VerhuizingBijlageEis[] = [];
  const woonsituatie = at(gegevens, 'woonsituatie');
  const soort = BIJLAGE_BIJ_WOONSITUATIE[at(woonsituatie, 'soort') as keyof typeof BIJLAGE_BIJ_WOONSITUATIE];
  if (soort && config.bijlagen[soort] !== 'uit') eisen.push({ soort, verplicht: config.bijlagen[soort] === 'verplicht' });
  const machtigingen = machtigingenNodig(gegevens, today, config);
  if (machtigingen > 0) eisen.push({ soort: 'machtiging', verplicht: true, aantal: machtigingen });
  if (hoofdbewonerVanToepassing(woonsituatie, config) === true && at(gegevens, 'hoofdbewoner', 'toestemming') === 'bijlage') {
    eisen.push({ soort: 'toestemming-hoofdbewoner', verplicht: true });
  }
  return eisen;
}

function soorten(bijlagen: unknown): string[] {
  return Array.isArray(bijlagen) ? bijlagen.map((b) => at(b, 'soort')).filter((s): s is string => typeof s === 'string') : [];
}

/** All cross-field rules; issue paths are from the envelope root. */
export function verhuizingCrossCheck(today: string, config: VerhuizingConfig) {
  return (envelope: unknown, report: ReportFout): void => {
    const gegevens = at(envelope, 'gegevens');
    const bijlagen = at(envelope, 'bijlagen');
    const bijlageSoorten = soorten(bijlagen);
    const meeverhuizers = at(gegevens, 'meeverhuizers');
    const personen: unknown[] = Array.isArray(meeverhuizers) ? meeverhuizers : [];
    const woonsituatie = at(gegevens, 'woonsituatie');
    const aangeverGeboortedatum = at(gegevens, 'aangever', 'geboortedatum');

    // New address: report to the gemeente of the new address (Wet BRP art. 2.39 lid 1). A manually
    // entered address carries no BAG data; the back office checks it.
    const nieuwAdres = at(gegevens, 'nieuwAdres');
    if (at(nieuwAdres, 'handmatig') === true) {
      for (const key of ['gemeentecode', 'nummeraanduidingIdentificatie', 'adresseerbaarObjectIdentificatie']) {
        if (!isBlank(at(nieuwAdres, key))) report(['gegevens', 'nieuwAdres', key], 'fout.nieuw-adres.handmatig');
      }
    } else {
      const gemeentecode = at(nieuwAdres, 'gemeentecode');
      if (typeof gemeentecode === 'string' && /^[0-9]{4}$/.test(gemeentecode) && gemeentecode !== config.gemeenteCode) {
        report(['gegevens', 'nieuwAdres', 'gemeentecode'], 'fout.nieuw-adres.andere-gemeente', { gemeentecode });
      }
    }

    // Each person once: a co-mover's BSN is not the aangever's and not another co-mover's.
    const aangeverBsn = at(gegevens, 'aangever', 'burgerservicenummer');
    const seen = new Set<unknown>();
    personen.forEach((persoon, i) => {
      const bsn = at(persoon, 'burgerservicenummer');
      if (typeof bsn !== 'string' || !isValidBsn(bsn)) return;
      const path = ['gegevens', 'meeverhuizers', i, 'burgerservicenummer'];
      if (bsn === aangeverBsn) report(path, 'fout.bsn.aangever');
      else if (seen.has(bsn)) report(path, 'fout.bsn.dubbel');
      seen.add(bsn);
    });

    // Who may report for whom; every co-mover needing a machtiging needs one attachment.
    personen.forEach((persoon, i) => {
      const beoordeling = beoordeelMeeverhuizer(
        (persoon && typeof persoon === 'object' ? persoon : {}) as MeeverhuizerAntwoorden,
        aangeverGeboortedatum,
        today,
        config,
      );
      if (beoordeling === 'gezag-nodig') report(['gegevens', 'meeverhuizers', i, 'gezagBevestigd'], 'fout.meeverhuizer.gezag');
    });
    const nodig = machtigingenNodig(gegevens, today, config);
    const machtigingen = bijlageSoorten.filter((s) => s === 'machtiging').length;
    if (machtigingen < nodig) {
      report(['bijlagen'], 'fout.bijlage.ontbreekt.machtiging', { aantal: nodig });
    }

    // Residents after the move: the aangever, every co-mover and — when others live there — at least one more.
    const aantalBewoners = at(woonsituatie, 'aantalBewoners');
    if (Number.isInteger(aantalBewoners) && Array.isArray(meeverhuizers)) {
      const minimum = 1 + personen.length + (at(woonsituatie, 'anderenWonenOpAdres') === true ? 1 : 0);
      if ((aantalBewoners as number) < minimum) {
        report(['gegevens', 'woonsituatie', 'aantalBewoners'], 'fout.aantal-bewoners.te-laag', { minimum });
      }
    }

    // Hoofdbewoner (config): asked only when it applies; consent may be "not possible" unless verplicht,
    // because a policy must never block the legal duty to report.
    if (config.hoofdbewoner !== 'uit' && at(woonsituatie, 'anderenWonenOpAdres') === true && at(woonsituatie, 'bijPartner') === undefined) {
      report(['gegevens', 'woonsituatie', 'bijPartner'], 'fout.verplicht');
    }
    const hoofdbewoner = at(gegevens, 'hoofdbewoner');
    const vanToepassing = hoofdbewonerVanToepassing(woonsituatie, config);
    if (vanToepassing === true && hoofdbewoner === null) {
      report(['gegevens', 'hoofdbewoner'], 'fout.hoofdbewoner.verplicht');
    } else if (vanToepassing === false && hoofdbewoner != null) {
      report(['gegevens', 'hoofdbewoner'], 'fout.hoofdbewoner.niet-van-toepassing');
    }
    if (vanToepassing !== false && hoofdbewoner !== null && typeof hoofdbewoner === 'object') {
      const path = ['gegevens', 'hoofdbewoner'];
      if (isBlank(at(hoofdbewoner, 'email')) && isBlank(at(hoofdbewoner, 'telefoonnummer'))) {
        report([...path, 'email'], 'fout.hoofdbewoner.contact');
      }
      const toestemming = at(hoofdbewoner, 'toestemming');
      if (toestemming === 'niet-mogelijk') {
        if (config.hoofdbewoner === 'verplicht') report([...path, 'toestemming'], 'fout.hoofdbewoner.toestemming-verplicht');
        else if (isBlank(at(hoofdbewoner, 'toelichting'))) report([...path, 'toelichting'], 'fout.verplicht');
      }
      if (toestemming === 'bijlage' && !bijlageSoorten.includes('toestemming-hoofdbewoner')) {
        report(['bijlagen'], 'fout.bijlage.ontbreekt.toestemming-hoofdbewoner');
      }
    }

    // Documents per gemeente policy: required when verplicht and the woonsituatie matches.
    const soort = at(woonsituatie, 'soort');
    for (const [woonsoort, bijlageSoort] of Object.entries(BIJLAGE_BIJ_WOONSITUATIE)) {
      if (config.bijlagen[bijlageSoort] === 'verplicht' && soort === woonsoort && !bijlageSoorten.includes(bijlageSoort)) {
        report(['bijlagen'], `fout.bijlage.ontbreekt.${bijlageSoort}`);
      }
    }
    // A kind switched off (uit) is not asked, so the envelope refuses it (gevraagdeSoorten in the schema).
  };
}
