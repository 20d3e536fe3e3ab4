// The cross-field rules of the verhuizing (domain notes verhuizing.md, "Who may report for whom",
// "Main occupant", "Bijlagen"). They read the partly parsed envelope defensively: the element validates
// one step at a time, so a rule must run while unrelated parts are still missing or invalid.
import { ageOn, isIsoDate } from './amsterdam.js';
import { createWerkdagenKalender, verhuisVenster } from './calendar.js';
import { at, isBlank, type FoutKey, type ReportFout } from './rule-helpers.js';
import { isValidBsn } from './validators.js';
import type { VerhuizingConfig, VerhuizingConfigInput } from './verhuizing.config.js';

export const VERHUIZING_BIJLAGE_SOORTEN = [
  'huurcontract',
  'koopakte',
  'zorgovereenkomst',
  'machtiging',
  'verklaring-hoofd-instelling',
  'beschikking-rechter',
  'pleegcontract',
  'toestemming-hoofdbewoner',
] as const;

/**
 * The payload versie this release sends (product.md "Payload versions"). Versie 2: the aangever may
 * not move (`aangever.verhuistMee`, each mover's own `vorigAdres`), and the relations voogd, verzorger
 * and curator are new enum values — a v1 receiver would reject or misread them. The schema accepts
 * both, so a v1 body (a pending draft of 1.x, resent unchanged) still validates with its v1 meaning.
 * docs/domain-decisions.md, "Payload versions".
 */
export const VERHUIZING_VERSIE = '2';
export const VERHUIZING_VERSIES = ['1', '2'] as const;

/** At most this many people on one report (issue 8 hole 4). */
export const MAXIMUM_MEEVERHUIZERS = 50;

/** Everyone 16 or older reports for themselves (RvIG; verhuizing.md "Who may report for whom"). */
export const MINIMUM_LEEFTIJD_AANGEVER = 16;

/** The reporting window for a move date, for the element's late-report warning. */
export function verhuizingMeldVenster(verhuisdatum: string, today: string, config: Pick<VerhuizingConfigInput, 'extraFeestdagen'> = {}) {
  return verhuisVenster(verhuisdatum, today, createWerkdagenKalender({ extraFeestdagen: config.extraFeestdagen ?? [] }));
}

/** The relations of versie 1: what the co-mover is of the aangever. */
export const RELATIES_V1 = ['echtgenoot', 'kind', 'ouder', 'anders'] as const;
/**
 * Versie 2 adds what the aangever is of the person: voogd, verzorger (both for a minor, Wet BRP
 * art. 2.48 a and b) and curator (art. 2.48 c). `kind` and `ouder` keep their v1 meaning (the person
 * is the aangever's child / parent).
 */
export const RELATIES = ['echtgenoot', 'kind', 'ouder', 'voogd', 'verzorger', 'curator', 'anders'] as const;
export type Relatie = (typeof RELATIES)[number];

/**
 * For a resident of a zorginstelling who, because of their health, cannot report or sign a
 * machtiging (Wet BRP art. 2.49 lid 1 d): the aangever is the head of the institution, or the spouse,
 * registered partner, other levensgezel or a blood or in-law relative up to the second degree with a
 * written statement of the head (`verklaring-hoofd-instelling`); `geen`: neither, so a machtiging.
 */
export const ZORGINSTELLING_ROLLEN = ['hoofd-instelling', 'familie', 'geen'] as const;

/** A minor is under 18 (BW 1:233); a child under 16 is reported by a parent, voogd or verzorger (art. 2.48 a). */
export const MEERDERJARIG = 18;
export const KIND_LEEFTIJD = 16;

/**
 * Whether the aangever may report this person (sources: Wet BRP art. 2.48 and 2.49, as quoted in
 * statengeneraal/laws-markdown BWBR0033715):
 * - `toegestaan`;
 * - `gezag-nodig` / `verzorging-nodig`: a child under 16 without the confirmation the gemeente asks
 *   (gezag for a parent or voogd, "het kind woont bij mij" for a verzorger) — policy, not law;
 * - `verklaring-nodig`: reported for a zorginstelling resident by a relative: the head's written
 *   statement must be attached (art. 2.49 lid 1 d);
 * - `machtiging-nodig`: a signed machtiging must be attached (art. 2.49 lid 1 c);
 * - `minderjarige-aangever`: a 16- or 17-year-old reports for themselves and, as a parent or
 *   verzorger, for their own child under 16 — for nobody else (a gemachtigde is meerderjarig, art. 2.49
 *   lid 1 c; a voogd and a curator are adults);
 * - `niet-minderjarig`: voogdij and verzorging are about minors (art. 2.48 a, b);
 * - `onbekend`: the answers needed to decide are not (validly) filled in yet.
 */
export type Beoordeling =
  | 'toegestaan'
  | 'gezag-nodig'
  | 'verzorging-nodig'
  | 'verklaring-nodig'
  | 'machtiging-nodig'
  | 'minderjarige-aangever'
  | 'niet-minderjarig'
  | 'onbekend';

export interface MeeverhuizerAntwoorden {
  relatie?: unknown;
  geboortedatum?: unknown;
  gezagBevestigd?: unknown;
  verzorgingBevestigd?: unknown;
  zelfdeHuidigAdres?: unknown;
  zorginstellingRol?: unknown;
}

/** What the rules need of the rest of the report. */
export interface AangifteContext {
  aangeverGeboortedatum: unknown;
  /** `false` when the aangever does not move; `true` or absent (versie 1) when they do. */
  verhuistMee: unknown;
  /** `woonsituatie.soort` of the new address. */
  woonsituatie: unknown;
}

type Regels = Pick<VerhuizingConfig, 'ouderKindZelfdeAdres' | 'gezagBevestigen'>;

/** The relation alone, before the zorginstelling route of art. 2.49 lid 1 d. */
function beoordeelRelatie(persoon: MeeverhuizerAntwoorden, context: AangifteContext, today: string, config: Regels): Beoordeling {
  const aangeverLeeftijd = isIsoDate(context.aangeverGeboortedatum) ? ageOn(context.aangeverGeboortedatum, today) : undefined;
  const minderjarigeAangever = aangeverLeeftijd !== undefined && aangeverLeeftijd < MEERDERJARIG;
  const leeftijd = isIsoDate(persoon.geboortedatum) ? ageOn(persoon.geboortedatum, today) : undefined;
  // Art. 2.49 lid 1 a and b (with lid 5): parent/adult child and spouses report for each other when they
  // share the NEW address — so only when the aangever moves too.
  const samen = context.verhuistMee !== false;
  // Parent and adult child: in some gemeenten only when they also share the current address (config).
  const ouderKind = (): Beoordeling =>
    !samen ? 'machtiging-nodig' : config.ouderKindZelfdeAdres && persoon.zelfdeHuidigAdres !== true ? 'machtiging-nodig' : 'toegestaan';
  // Art. 2.48 b: a minor of 16 or 17 is reported by the parent, voogd or verzorger they live with.
  const zestienZeventien = (): Beoordeling => (minderjarigeAangever ? 'minderjarige-aangever' : samen ? 'toegestaan' : 'machtiging-nodig');
  const bevestigd = (answer: unknown, missing: Beoordeling): Beoordeling => (config.gezagBevestigen && answer !== true ? missing : 'toegestaan');

  switch (persoon.relatie) {
    case 'echtgenoot':
      if (minderjarigeAangever) return 'minderjarige-aangever';
      return samen ? 'toegestaan' : 'machtiging-nodig';
    case 'kind':
      if (leeftijd === undefined) return 'onbekend';
      if (leeftijd < KIND_LEEFTIJD) return bevestigd(persoon.gezagBevestigd, 'gezag-nodig');
      if (leeftijd < MEERDERJARIG) return zestienZeventien();
      return minderjarigeAangever ? 'minderjarige-aangever' : ouderKind();
    case 'ouder':
      // The aangever is the child here, and must be an adult child (art. 2.49 lid 1 a).
      if (aangeverLeeftijd === undefined) return 'onbekend';
      return minderjarigeAangever ? 'minderjarige-aangever' : ouderKind();
    case 'voogd':
    case 'verzorger': {
      if (leeftijd === undefined) return 'onbekend';
      if (leeftijd >= MEERDERJARIG) return 'niet-minderjarig';
      // A voogd is an adult (BW 1:246); a 16- or 17-year-old may be the verzorger of their own child.
      if (persoon.relatie === 'voogd' && minderjarigeAangever) return 'minderjarige-aangever';
      if (leeftijd >= KIND_LEEFTIJD) return zestienZeventien();
      return persoon.relatie === 'voogd'
        ? bevestigd(persoon.gezagBevestigd, 'gezag-nodig')
        : bevestigd(persoon.verzorgingBevestigd, 'verzorging-nodig');
    }
    case 'curator':
      // Art. 2.48 c: the curator reports for the person under curatele, moving or not.
      return minderjarigeAangever ? 'minderjarige-aangever' : 'toegestaan';
    case 'anders':
      return minderjarigeAangever ? 'minderjarige-aangever' : 'machtiging-nodig';
    default:
      return 'onbekend';
  }
}

/** Whether the zorginstelling question (art. 2.49 lid 1 d) is asked for this person. */
export function zorginstellingGevraagd(persoon: MeeverhuizerAntwoorden, context: AangifteContext, today: string, config: Regels): boolean {
  return context.woonsituatie === 'zorginstelling' && beoordeelRelatie(persoon, context, today, config) === 'machtiging-nodig';
}

export function beoordeelMeeverhuizer(persoon: MeeverhuizerAntwoorden, context: AangifteContext, today: string, config: Regels): Beoordeling {
  const relatie = beoordeelRelatie(persoon, context, today, config);
  if (relatie !== 'machtiging-nodig' || context.woonsituatie !== 'zorginstelling') return relatie;
  if (persoon.zorginstellingRol === 'hoofd-instelling') return 'toegestaan';
  if (persoon.zorginstellingRol === 'familie') return 'verklaring-nodig';
  // Unanswered: the question is reported as such, not as a missing machtiging.
  return persoon.zorginstellingRol === 'geen' ? 'machtiging-nodig' : 'onbekend';
}

/** The context of a (partly filled in) `gegevens`. */
export function aangifteContext(gegevens: unknown): AangifteContext {
  return {
    aangeverGeboortedatum: at(gegevens, 'aangever', 'geboortedatum'),
    verhuistMee: at(gegevens, 'aangever', 'verhuistMee'),
    woonsituatie: at(gegevens, 'woonsituatie', 'soort'),
  };
}

function personenVan(gegevens: unknown): MeeverhuizerAntwoorden[] {
  const meeverhuizers = at(gegevens, 'meeverhuizers');
  return Array.isArray(meeverhuizers)
    ? meeverhuizers.map((p) => (p && typeof p === 'object' ? p : {}) as MeeverhuizerAntwoorden)
    : [];
}

function beoordelingen(gegevens: unknown, today: string, config: Regels): Beoordeling[] {
  const context = aangifteContext(gegevens);
  return personenVan(gegevens).map((p) => beoordeelMeeverhuizer(p, context, today, config));
}

/**
 * Whether "Gaat u wonen bij uw echtgenoot of geregistreerd partner?" is asked (issue 6 item 6): its only
 * use is deciding whether the main occupant's consent applies, so never when the gemeente does not use
 * that policy, never for a zorginstelling (item 4), and only when others already live at the address.
 * The step asks exactly this; the cross-check requires exactly this.
 */
export function bijPartnerGevraagd(woonsituatie: unknown, config: Pick<VerhuizingConfig, 'hoofdbewoner'>): boolean {
  return config.hoofdbewoner !== 'uit' && at(woonsituatie, 'soort') !== 'zorginstelling' && at(woonsituatie, 'anderenWonenOpAdres') === true;
}

/**
 * The main occupant's details are asked when the gemeente uses the policy, others already live at the
 * new address and the citizen is not joining their own spouse/registered partner — and never for a
 * zorginstelling (issue 6 item 4): the zorgovereenkomst is the evidence of living there. Undefined
 * while the answers needed to decide are missing.
 */
export function hoofdbewonerVanToepassing(woonsituatie: unknown, config: Pick<VerhuizingConfig, 'hoofdbewoner'>): boolean | undefined {
  if (config.hoofdbewoner === 'uit') return false;
  if (at(woonsituatie, 'soort') === 'zorginstelling') return false;
  const anderen = at(woonsituatie, 'anderenWonenOpAdres');
  if (anderen === false) return false;
  if (anderen !== true) return undefined;
  const bijPartner = at(woonsituatie, 'bijPartner');
  return bijPartner === true ? false : bijPartner === false ? true : undefined;
}

/** An address as one comparable key (postcode, huisnummer, huisletter, toevoeging), or undefined when incomplete. */
function adresSleutel(adres: unknown): string | undefined {
  const postcode = at(adres, 'postcode');
  const huisnummer = at(adres, 'huisnummer');
  if (typeof postcode !== 'string' || (typeof huisnummer !== 'number' && typeof huisnummer !== 'string')) return undefined;
  const deel = (key: string) => {
    const v = at(adres, key);
    return typeof v === 'string' ? v.trim().toUpperCase() : '';
  };
  return [postcode.replace(/\s/g, '').toUpperCase(), String(huisnummer).trim(), deel('huisletter'), deel('huisnummertoevoeging')].join('|');
}

/**
 * The sanity rules of issue 6 item 5, on the field the citizen must correct:
 * - a mover born after the move date (a child born after the move is registered through the birth
 *   certificate, Wet BRP art. 2.3, not by this report) — on that person's birth date;
 * - a current address equal to the new address (the report is of a change of address, art. 2.39
 *   lid 2 names the new and the previous one) — on that current address's postcode;
 * - two spouses or registered partners (BW 1:33 and 1:80a lid 1: one at a time) — on the second's relation;
 * - more than two parents (a child has at most two legal parents, BW 1:198, 1:199) — on the third's relation.
 */
function sanityChecks(gegevens: unknown, personen: unknown[], verhuizenMee: boolean, report: ReportFout): void {
  const verhuisdatum = at(gegevens, 'verhuisdatum');
  if (isIsoDate(verhuisdatum)) {
    const naVerhuizing = (geboortedatum: unknown) => isIsoDate(geboortedatum) && geboortedatum > verhuisdatum;
    if (verhuizenMee && naVerhuizing(at(gegevens, 'aangever', 'geboortedatum'))) {
      report(['gegevens', 'aangever', 'geboortedatum'], 'fout.verhuizing.geboortedatum-na-verhuisdatum', { datum: verhuisdatum });
    }
    personen.forEach((persoon, i) => {
      if (naVerhuizing(at(persoon, 'geboortedatum'))) {
        report(['gegevens', 'meeverhuizers', i, 'geboortedatum'], 'fout.verhuizing.geboortedatum-na-verhuisdatum', { datum: verhuisdatum });
      }
    });
  }

  const nieuw = adresSleutel(at(gegevens, 'nieuwAdres'));
  if (nieuw !== undefined) {
    if (verhuizenMee && adresSleutel(at(gegevens, 'vorigAdres')) === nieuw) {
      report(['gegevens', 'vorigAdres', 'postcode'], 'fout.verhuizing.vorig-adres-gelijk-aan-nieuw');
    }
    personen.forEach((persoon, i) => {
      if (adresSleutel(at(persoon, 'vorigAdres')) === nieuw) {
        report(['gegevens', 'meeverhuizers', i, 'vorigAdres', 'postcode'], 'fout.verhuizing.vorig-adres-gelijk-aan-nieuw');
      }
    });
  }

  let partners = 0;
  let ouders = 0;
  personen.forEach((persoon, i) => {
    const relatie = at(persoon, 'relatie');
    if (relatie === 'echtgenoot' && ++partners > 1) report(['gegevens', 'meeverhuizers', i, 'relatie'], 'fout.verhuizing.tweede-partner');
    if (relatie === 'ouder' && ++ouders > 2) report(['gegevens', 'meeverhuizers', i, 'relatie'], 'fout.verhuizing.derde-ouder');
  });
}

const BIJLAGE_BIJ_WOONSITUATIE = { huur: 'huurcontract', koop: 'koopakte', zorginstelling: 'zorgovereenkomst' } as const;

/** How many co-movers need a machtiging (one signed authorisation each). */
export function machtigingenNodig(gegevens: unknown, today: string, config: Regels): number {
  return beoordelingen(gegevens, today, config).filter((b) => b === 'machtiging-nodig').length;
}

/** How many need the written statement of the head of the zorginstelling (art. 2.49 lid 1 d). */
export function verklaringenNodig(gegevens: unknown, today: string, config: Regels): number {
  return beoordelingen(gegevens, today, config).filter((b) => b === 'verklaring-nodig').length;
}

/** The optional evidence of a voogd or curator (court decision) or verzorger (pleegcontract), when the gemeente asks it. */
function gezagBijlagen(gegevens: unknown, config: Pick<VerhuizingConfig, 'bijlageGezag'>): ('beschikking-rechter' | 'pleegcontract')[] {
  if (config.bijlageGezag === 'uit') return [];
  const relaties = personenVan(gegevens).map((p) => p.relatie);
  return [
    ...(relaties.some((r) => r === 'voogd' || r === 'curator') ? (['beschikking-rechter'] as const) : []),
    ...(relaties.includes('verzorger') ? (['pleegcontract'] as const) : []),
  ];
}

export interface VerhuizingBijlageEis {
  soort:
    | 'huurcontract'
    | 'koopakte'
    | 'zorgovereenkomst'
    | 'machtiging'
    | 'verklaring-hoofd-instelling'
    | 'beschikking-rechter'
    | 'pleegcontract'
    | 'toestemming-hoofdbewoner';
  verplicht: boolean;
  /** For the machtiging and the head's statement: how many are needed. */
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
  // Only a string names a woonsituatie: indexing with anything else converts it to a property key,
  // which throws for an array holding a null-prototype object (found by the hostile-node property).
  const woonsoort = at(woonsituatie, 'soort');
  const soort = typeof woonsoort === 'string' && Object.prototype.hasOwnProperty.call(BIJLAGE_BIJ_WOONSITUATIE, woonsoort)
    ? BIJLAGE_BIJ_WOONSITUATIE[woonsoort as keyof typeof BIJLAGE_BIJ_WOONSITUATIE]
    : undefined;
  if (soort && config.bijlagen[soort] !== 'uit') eisen.push({ soort, verplicht: config.bijlagen[soort] === 'verplicht' });
  const machtigingen = machtigingenNodig(gegevens, today, config);
  if (machtigingen > 0) eisen.push({ soort: 'machtiging', verplicht: true, aantal: machtigingen });
  const verklaringen = verklaringenNodig(gegevens, today, config);
  if (verklaringen > 0) eisen.push({ soort: 'verklaring-hoofd-instelling', verplicht: true, aantal: verklaringen });
  for (const soort of gezagBijlagen(gegevens, config)) eisen.push({ soort, verplicht: false });
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

    // Versie 1 (a pending draft of the previous release, resent unchanged): the aangever always moved,
    // and only the v1 relations existed. Versie 2 asks whether the aangever moves (Wet BRP art. 2.48
    // and 2.49 let someone report a move they do not make).
    const versie = at(envelope, 'versie');
    const verhuistMee = at(gegevens, 'aangever', 'verhuistMee');
    if (versie === '1') {
      if (verhuistMee !== undefined) report(['gegevens', 'aangever', 'verhuistMee'], 'fout.ongeldig');
      personen.forEach((persoon, i) => {
        const relatie = at(persoon, 'relatie');
        if (typeof relatie === 'string' && !(RELATIES_V1 as readonly string[]).includes(relatie)) {
          report(['gegevens', 'meeverhuizers', i, 'relatie'], 'fout.keuze');
        }
      });
    } else if (versie === '2' && verhuistMee === undefined) {
      report(['gegevens', 'aangever', 'verhuistMee'], 'fout.verplicht');
    }

    // Current addresses (art. 2.39 lid 3: the report names the previous address): the aangever's when they
    // move, each mover's own when they do not — and then somebody must move.
    const nietMee = versie !== '1' && verhuistMee === false;
    if (nietMee) {
      if (at(gegevens, 'vorigAdres') !== undefined) report(['gegevens', 'vorigAdres'], 'fout.niet-van-toepassing');
      if (Array.isArray(meeverhuizers) && personen.length === 0) report(['gegevens', 'meeverhuizers'], 'fout.meeverhuizers.niemand');
      personen.forEach((persoon, i) => {
        if (at(persoon, 'vorigAdres') === undefined) report(['gegevens', 'meeverhuizers', i, 'vorigAdres'], 'fout.verplicht');
      });
    } else if (gegevens && typeof gegevens === 'object' && at(gegevens, 'vorigAdres') === undefined) {
      report(['gegevens', 'vorigAdres'], 'fout.verplicht');
    }

    sanityChecks(gegevens, personen, !nietMee, report);

    // Who may report for whom; every co-mover needing a machtiging (or the head's statement) needs one attachment.
    const context = aangifteContext(gegevens);
    const ISSUE: Partial<Record<Beoordeling, [string, FoutKey]>> = {
      'gezag-nodig': ['gezagBevestigd', 'fout.meeverhuizer.gezag'],
      'verzorging-nodig': ['verzorgingBevestigd', 'fout.meeverhuizer.verzorging'],
      'minderjarige-aangever': ['relatie', 'fout.meeverhuizer.minderjarige-aangever'],
      'niet-minderjarig': ['relatie', 'fout.meeverhuizer.niet-minderjarig'],
    };
    personen.forEach((persoon, i) => {
      const antwoorden = (persoon && typeof persoon === 'object' ? persoon : {}) as MeeverhuizerAntwoorden;
      const issue = ISSUE[beoordeelMeeverhuizer(antwoorden, context, today, config)];
      if (issue) report(['gegevens', 'meeverhuizers', i, issue[0]], issue[1]);
      if (zorginstellingGevraagd(antwoorden, context, today, config) && antwoorden.zorginstellingRol === undefined) {
        report(['gegevens', 'meeverhuizers', i, 'zorginstellingRol'], 'fout.verplicht');
      }
    });
    const nodig = machtigingenNodig(gegevens, today, config);
    const machtigingen = bijlageSoorten.filter((s) => s === 'machtiging').length;
    if (machtigingen < nodig) {
      report(['bijlagen'], 'fout.bijlage.ontbreekt.machtiging', { aantal: nodig });
    }
    const verklaringen = verklaringenNodig(gegevens, today, config);
    if (bijlageSoorten.filter((s) => s === 'verklaring-hoofd-instelling').length < verklaringen) {
      report(['bijlagen'], 'fout.bijlage.ontbreekt.verklaring-hoofd-instelling', { aantal: verklaringen });
    }

    // Residents after the move: the aangever when moving, every co-mover and — when others live there — at least one more.
    const aantalBewoners = at(woonsituatie, 'aantalBewoners');
    if (Number.isInteger(aantalBewoners) && Array.isArray(meeverhuizers)) {
      const minimum = (nietMee ? 0 : 1) + personen.length + (at(woonsituatie, 'anderenWonenOpAdres') === true ? 1 : 0);
      if ((aantalBewoners as number) < minimum) {
        report(['gegevens', 'woonsituatie', 'aantalBewoners'], 'fout.aantal-bewoners.te-laag', { minimum });
      }
    }

    // Hoofdbewoner (config): asked only when it applies; consent may be "not possible" unless verplicht,
    // because a policy must never block the legal duty to report.
    if (bijPartnerGevraagd(woonsituatie, config) && at(woonsituatie, 'bijPartner') === undefined) {
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
