// How a funeral director (or, where the gemeente allows it, a relative) fills <gemeente-overlijden>
// with the keyboard, step by step, for the shared behaviour suite and the overlijden tests. The answers
// are the named examples of test/fixtures/overlijden.ts, typed the way people type them (spaces in
// numbers, "23.30", month names), so the payload they become can be compared with the fixtures'
// normalised output.
//
// The clock: Saturday 28 November 2026, 10:00 in Amsterdam — the morning after the fixtures' death
// (Friday 27 November, 23:30). The funeral window then runs from Sunday 29 November 11:30 to Monday
// 7 December, all still ahead, so a request for bespoediging (Sunday 11:00) is a real request and not
// a funeral that has already taken place (the schema refuses a funeral in the past). The schema
// fixtures and the receiver (`receiver-start { today, now }`) are pinned to the same moment.
import { sendKeys } from '@web/test-runner-commands';
import * as fixtures from '../../fixtures/overlijden.js';
import type { CreateOptions, FormDriver, FormElement, StepDriver } from '../shared/form-driver.js';
import { check, choose, field, press, root, tick, type, typeDate, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
// Generic helpers of the verhuizing driver (file picker through puppeteer, waiting for the BAG lookup).
import { untilLookedUp, upload } from '../support/form-io.js';
import { createForm } from '../support/form-io.js';
export { upload, untilLookedUp };
export { walk, walkToCheck } from '../shared/flow.js';

export const TODAY = '2026-11-28';
export const NOW = '2026-11-28T09:00:00.000Z';

/** Creates `<gemeente-overlijden>` for Utrecht (0344) with the clock pinned to NOW. */
export const createOverlijden = (options: CreateOptions = {}): Promise<FormElement> => createForm('gemeente-overlijden', NOW, options);

/**
 * Chooses an option of a <select> with the keyboard, as a user who knows the list does: arrow keys
 * from the current option to `option` (typeahead would join with a previous search within a second).
 */
export async function select(el: FormElement, label: string, option: string): Promise<void> {
  const box = field(el, label) as unknown as HTMLSelectElement;
  const target = [...box.options].findIndex((o) => o.textContent!.trim() === option);
  if (target < 0) throw new Error(`No option "${option}" in "${label}"`);
  box.focus();
  while (box.selectedIndex !== target) {
    await sendKeys({ press: box.selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
  }
  await tick(el);
}

/** Types into the field labelled `label` inside the fieldset whose legend starts with `legend`. */
export async function typeIn(el: FormElement, legend: string, label: string, value: string): Promise<void> {
  const set = [...root(el).querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent?.trim().startsWith(legend));
  const lab = set && [...set.querySelectorAll('label')].find((l) => l.textContent!.replace(/\s+/g, ' ').trim().startsWith(label));
  if (!lab) throw new Error(`No field "${label}" in "${legend}"`);
  await type(root(el).getElementById(lab.htmlFor) as HTMLElement, value);
}

/** Types an address: postcode and huisnummer, then waits for the lookup or types street and town. */
export async function typeAddress(el: FormElement, adres: { postcode: string; huisnummer: string; straatnaam: string; woonplaats: string }) {
  await type(field(el, 'Postcode'), adres.postcode);
  await type(field(el, 'Huisnummer'), adres.huisnummer);
  if (el.getAttribute('address-lookup') === 'off') {
    await type(field(el, 'Straat'), adres.straatnaam);
    await type(field(el, 'Plaats'), adres.woonplaats);
  } else {
    await untilLookedUp(el);
  }
}

// ------------------------------------------------------------------ named examples (as typed)

const raw = fixtures.geldig.ondernemerCrematie.gegevens as unknown as {
  aangever: { organisatie: { naam: string; kvkNummer: string }; naam: { voornamen: string; geslachtsnaam: string }; email: string; telefoonnummer: string; gemachtigdDoor: { naam: string; relatie: string } };
  overledene: {
    burgerservicenummer: string;
    naam: { voornamen: string; voorvoegsel: string; geslachtsnaam: string };
    geboorte: { plaats: string; land: string };
    laatsteAdres: { postcode: string; huisnummer: string; straatnaam: string; woonplaats: string };
    partner: { naam: { voornamen: string; geslachtsnaam: string } };
  };
  overlijden: { tijd: string; plaats: string; schouwendArts: { naam: string } };
  lijkbezorging: { locatie: { naam: string; plaats: string } };
};

/** Uitvaartzorg De Linde B.V. (KvK 1234 5678), Pieter Bakker acting, authorised by the daughter Anna de Vries. */
export const ondernemer = {
  organisatie: raw.aangever.organisatie.naam,
  kvk: raw.aangever.organisatie.kvkNummer, // '1234 5678'
  vestigingsnummer: '0000 1234 5678',
  voornamen: raw.aangever.naam.voornamen,
  achternaam: raw.aangever.naam.geslachtsnaam,
  email: raw.aangever.email, // with the spaces people paste
  telefoon: raw.aangever.telefoonnummer, // '030-123 4567'
  gemachtigde: raw.aangever.gemachtigdDoor,
};

/**
 * The same people, typed briefly, for the shortest path — which the shared suite walks some twenty
 * times, at about 10 ms a key press: the long named example costs it half a minute.
 */
export const kort = {
  ondernemer: { ...ondernemer, organisatie: 'De Linde B.V.', kvk: '12345678', voornamen: 'Piet', email: 'p@delinde.nl', telefoon: '0301234567' },
};

/** Johanna Maria de Vries, BSN 9999 92 077 (Haal Centraal test person), widow of Hendrik Jansen. */
export const overledene = {
  bsn: raw.overledene.burgerservicenummer,
  ...raw.overledene.naam,
  geboortedatum: ['14', 'mei', '1938'] as const,
  geboorteplaats: raw.overledene.geboorte.plaats,
  geboorteland: raw.overledene.geboorte.land,
  adres: raw.overledene.laatsteAdres, // Stadsplateau 1, 3521 AZ Utrecht
  partner: { ...raw.overledene.partner.naam, geboortedatum: ['1', '2', '1935'] as const },
};

/** Died Friday 27 November 2026 at 23:30 in the UMC Utrecht; examined by the attending doctor. */
export const overlijden = {
  datum: ['27', '11', '2026'] as const,
  tijd: raw.overlijden.tijd, // '23.30'
  plaats: raw.overlijden.plaats,
  arts: raw.overlijden.schouwendArts.naam,
};

export const crematorium = raw.lijkbezorging.locatie; // Crematorium Daelwijck, Utrecht

export const REDEN_BESPOEDIGING = 'Hindoeïstische traditie: crematie zo snel mogelijk na het overlijden.';

// ------------------------------------------------------------------ steps, filled with the keyboard

const heading = {
  start: { nl: 'Aangifte van overlijden bij de gemeente Utrecht', en: 'Register a death with the municipality of Utrecht' },
  aangever: { nl: 'Gegevens van de aangever', en: 'Details of the person registering' },
  overledene: { nl: 'Gegevens van de overledene', en: 'Details of the deceased' },
  overlijden: { nl: 'Het overlijden', en: 'The death' },
  lijkbezorging: { nl: 'Begrafenis of crematie', en: 'Burial or cremation' },
  bijlagen: { nl: 'Bijlagen en doodsoorzaak', en: 'Attachments and cause of death' },
};
export const HEADINGS = heading;

async function startIn(el: FormElement, natuurlijk: 'Ja' | 'Nee'): Promise<void> {
  await choose(el, 'Waar is de persoon overleden?', 'In de gemeente Utrecht');
  await choose(el, 'Om welke situatie gaat het?', 'Een overlijden');
  await tick(el);
  await choose(el, 'Heeft de arts verklaard dat de persoon een natuurlijke dood is gestorven?', natuurlijk);
}

/** Died in Utrecht, an ordinary death, natural according to the doctor. */
export const start: StepDriver = { id: 'start', heading: heading.start, fill: (el) => startIn(el, 'Ja') };
/** The same, not a natural death (the officier van justitie decides). */
export const startNietNatuurlijk: StepDriver = { id: 'start', heading: heading.start, fill: (el) => startIn(el, 'Nee') };

async function fillOndernemer(el: FormElement, o: typeof ondernemer, { vestigingsnummer }: { vestigingsnummer: boolean }): Promise<void> {
  await type(field(el, 'Naam van de uitvaartonderneming'), o.organisatie);
  await type(field(el, 'KvK-nummer'), o.kvk);
  if (vestigingsnummer) await type(field(el, 'Vestigingsnummer'), o.vestigingsnummer);
  await type(field(el, 'Voornamen'), o.voornamen);
  await type(field(el, 'Achternaam'), o.achternaam);
  await type(field(el, 'E-mailadres'), o.email);
  await type(field(el, 'Telefoonnummer'), o.telefoon);
  await type(field(el, 'Naam van de nabestaande die u heeft gemachtigd'), o.gemachtigde.naam);
  await type(field(el, 'Relatie van deze nabestaande tot de overledene'), o.gemachtigde.relatie);
  await check(el, 'Ik verklaar dat deze nabestaande mij heeft gemachtigd de aangifte te doen');
}

/** The funeral director, briefly, without the optional vestigingsnummer. */
export const aangeverOndernemer: StepDriver = { id: 'aangever', heading: heading.aangever, fill: (el) => fillOndernemer(el, kort.ondernemer, { vestigingsnummer: false }) };
/** The funeral director of the named example, with the 12-digit vestigingsnummer too. */
export const aangeverOndernemerVol: StepDriver = { id: 'aangever', heading: heading.aangever, fill: (el) => fillOndernemer(el, ondernemer, { vestigingsnummer: true }) };

async function fillOverledene(el: FormElement, staat: 'Ongehuwd' | 'Weduwe of weduwnaar'): Promise<void> {
  const vol = staat !== 'Ongehuwd';
  await type(field(el, 'Burgerservicenummer (BSN)'), vol ? overledene.bsn : '999992077');
  await type(field(el, 'Voornamen'), vol ? overledene.voornamen : 'Johanna');
  if (vol) await type(field(el, 'Voorvoegsel'), overledene.voorvoegsel);
  await type(field(el, 'Achternaam'), overledene.geslachtsnaam);
  await choose(el, 'Geslacht', 'Vrouw');
  await typeDate(el, 'Geboortedatum', ...overledene.geboortedatum);
  await type(field(el, 'Geboorteplaats'), overledene.geboorteplaats);
  await type(field(el, 'Geboorteland'), overledene.geboorteland);
  await typeAddress(el, overledene.adres);
  await choose(el, 'Burgerlijke staat', staat);
  await tick(el);
  if (staat === 'Weduwe of weduwnaar') {
    // The late husband: his names are the second "Voornamen"/"Achternaam", in the partner's fieldset.
    await type(field(el, 'Voornamen', 1), overledene.partner.voornamen);
    await type(field(el, 'Achternaam', 1), overledene.partner.geslachtsnaam);
    await typeDate(el, 'Geboortedatum van de partner', ...overledene.partner.geboortedatum);
  }
}

/** Johanna Vries, typed briefly (no voorvoegsel), unmarried: no partner asked. */
export const overledeneOngehuwd: StepDriver = { id: 'overledene', heading: heading.overledene, fill: (el) => fillOverledene(el, 'Ongehuwd') };
/** The named example in full: Johanna Maria de Vries, widow of Hendrik Jansen. */
export const overledeneWeduwe: StepDriver = { id: 'overledene', heading: heading.overledene, fill: (el) => fillOverledene(el, 'Weduwe of weduwnaar') };

export const overlijdenStap: StepDriver = {
  id: 'overlijden',
  heading: heading.overlijden,
  async fill(el) {
    await typeDate(el, 'Datum van overlijden', ...overlijden.datum);
    await type(field(el, 'Tijd van overlijden'), overlijden.tijd);
    await type(field(el, 'Plaats van overlijden'), overlijden.plaats);
    await choose(el, 'Op wat voor plek is de persoon overleden?', 'In een ziekenhuis');
    await type(field(el, 'Naam van de arts die de overledene heeft geschouwd'), overlijden.arts);
    // As a funeral director reads the question's hint: a non-natural death is examined by the
    // gemeentelijk lijkschouwer (Wlb art. 7 lid 3, art. 10); the form refuses the behandelend arts there.
    const nietNatuurlijk = root(el).textContent!.includes('Bij een niet-natuurlijke dood, ook na euthanasie');
    await choose(el, 'Deze arts is', nietNatuurlijk ? 'De gemeentelijk lijkschouwer' : 'De behandelend arts');
  },
};

/** Date and time of the funeral, and what the window makes of it. */
export async function typeUitvaart(el: FormElement, wijze: 'Begraven' | 'Cremeren', datum: readonly [string, string, string], tijd: string) {
  await choose(el, 'Wat gebeurt er met het lichaam?', wijze);
  await tick(el);
  await typeDate(el, 'Datum van de uitvaart', ...datum);
  await type(field(el, 'Tijd van de uitvaart'), tijd);
  await tick(el);
}

async function restVanDeUitvaart(el: FormElement, uittreksels = '2'): Promise<void> {
  await type(field(el, 'Naam van de begraafplaats of het crematorium'), crematorium.naam);
  await type(field(el, 'Plaats van de begraafplaats of het crematorium'), crematorium.plaats);
  await choose(el, 'Vindt de begrafenis of crematie in het buitenland plaats?', 'Nee');
  await type(field(el, 'Aantal uittreksels van de akte van overlijden'), uittreksels);
}

/** Cremation on Wednesday 2 December at 11:00: inside the window, no request. */
export const crematieBinnen: StepDriver = {
  id: 'lijkbezorging',
  heading: heading.lijkbezorging,
  async fill(el) {
    await typeUitvaart(el, 'Cremeren', ['2', '12', '2026'], '11:00');
    await restVanDeUitvaart(el);
  },
};

/** Cremation on Sunday 29 November at 11:00, half an hour before the 36 hours: a bespoediging request. */
export const crematieBespoediging: StepDriver = {
  id: 'lijkbezorging',
  heading: heading.lijkbezorging,
  async fill(el) {
    await typeUitvaart(el, 'Cremeren', ['29', '11', '2026'], '11:00');
    await type(field(el, 'Reden van uw verzoek'), REDEN_BESPOEDIGING);
    // The body is in Utrecht itself: its burgemeester decides (Wlb art. 17 lid 1).
    await type(field(el, 'Gemeente waar het lichaam nu is'), 'Utrecht');
    await restVanDeUitvaart(el);
  },
};

/** Non-natural death: only "other documents" is offered, and nothing is asked. */
export const bijlagenNietNatuurlijk: StepDriver = { id: 'bijlagen', heading: heading.bijlagen, fill: async () => {} };

/** The A-form, the doctor's statement of no objection, and the B-envelope. */
export const bijlagenBespoediging: StepDriver = {
  id: 'bijlagen',
  heading: heading.bijlagen,
  async fill(el) {
    await upload(el, 'verklaring-van-overlijden', [{ name: 'A-formulier.pdf', kind: 'pdf' }]);
    await upload(el, 'verklaring-arts-geen-bezwaar', [{ name: 'verklaring geen bezwaar.png', kind: 'png' }]);
    await choose(el, 'Hoe komt de doodsoorzaak bij het CBS?', 'Ik lever de gesloten B-envelop in bij de gemeente, met het aktenummer');
  },
};

/** The natural death with the A-form only (inside the window). */
export const bijlagenNatuurlijk: StepDriver = {
  id: 'bijlagen',
  heading: heading.bijlagen,
  async fill(el) {
    await upload(el, 'verklaring-van-overlijden', [{ name: 'A-formulier.pdf', kind: 'pdf' }]);
    await choose(el, 'Hoe komt de doodsoorzaak bij het CBS?', 'De arts heeft de doodsoorzaak digitaal aan het CBS doorgegeven');
  },
};

/** Fewest answers: non-natural death (no attachment, no B-choice), unmarried, cremation inside the window. */
export const shortSteps = [startNietNatuurlijk, aangeverOndernemer, overledeneOngehuwd, overlijdenStap, crematieBinnen, bijlagenNietNatuurlijk];
/** Most answers: natural death, vestigingsnummer, widow with her late husband, bespoediging with the doctor's statement. */
export const allSteps = [start, aangeverOndernemerVol, overledeneWeduwe, overlijdenStap, crematieBespoediging, bijlagenBespoediging];

export const overlijdenDriver: FormDriver = {
  formulier: 'overlijden',
  tag: 'gemeente-overlijden',
  endpointPath: '/api/overlijden',
  today: TODAY,
  now: NOW,
  gemeente: fixtures.gemeente,
  create: createOverlijden,
  allSteps,
  shortSteps,
  timing: {
    stepId: 'overledene',
    field: {
      label: 'Burgerservicenummer (BSN)',
      invalid: '999992078',
      valid: '999992077',
      error: 'Controleer het burgerservicenummer: dit nummer bestaat niet',
    },
    other: { label: 'Voornamen', error: 'Vul de voornamen in' },
    optionalLabel: 'Voorvoegsel',
  },
  followUp: {
    async reveal(el) {
      await choose(el, 'Waar is de persoon overleden?', 'In de gemeente Utrecht');
      await choose(el, 'Om welke situatie gaat het?', 'Een overlijden');
    },
    legend: 'Heeft de arts verklaard dat de persoon een natuurlijke dood is gestorven?',
  },
  serverField: {
    name: 'gegevens.overledene.burgerservicenummer',
    code: 'fout.bsn.elfproef',
    stepId: 'overledene',
    label: 'Burgerservicenummer (BSN)',
    reason: 'Dit is geen geldig burgerservicenummer.',
  },
  attachment: { stepId: 'bijlagen', soort: 'overig', label: 'Andere documenten' },
  change: {
    stepId: 'aangever',
    label: 'Naam van de uitvaartonderneming',
    from: kort.ondernemer.organisatie,
    to: 'Uitvaartcentrum Zuid',
    checkRow: 'Naam van de uitvaartonderneming',
    checkValueAfter: 'Uitvaartcentrum Zuid',
  },
  english: { firstHeading: heading.start.en, requiredError: 'Select where the person died' },
  // eHerkenning: the host knows the company and locks its KvK number.
  locked: {
    prefill: { aangever: { organisatie: { naam: ondernemer.organisatie, kvkNummer: '12345678' } } },
    path: 'aangever.organisatie.kvkNummer',
    label: 'KvK-nummer',
    value: '12345678',
    stepId: 'aangever',
  },
};

/** The stored row the receiver returns from `receiver-submissions`. */
export type Row = { kenmerk: string; idempotencyKey: string; envelope: { gegevens: Record<string, any>; bijlagen: any[]; [key: string]: unknown } };

/** Waits for the attachment list of one field (after `upload`). */
export async function untilFiles(el: FormElement, soort: string, count: number): Promise<void> {
  await until(() => (root(el).getElementById(`f-bijlagen-${soort}`)?.closest('.field')?.querySelectorAll('.file-list__item').length ?? 0) >= count);
}

// ------------------------------------------------------------------ answers already given

/**
 * The answers of the steps before the one a test is about, as the element keeps them (the shape
 * `prefill` takes). Those steps are typed with the keyboard in the shared suite and the end-to-end
 * test; here they only get a test to its own step quickly. Pressing "Volgende" still validates each.
 */
export const antwoorden = {
  start: { start: { plaats: 'hier', situatie: 'normaal' }, overlijden: { natuurlijk: true } },
  aangever: {
    aangever: {
      organisatie: { naam: ondernemer.organisatie, kvkNummer: '12345678' },
      naam: { voornamen: ondernemer.voornamen, geslachtsnaam: ondernemer.achternaam },
      email: 'p.bakker@uitvaartzorg-delinde.example',
      telefoonnummer: '+31301234567',
      gemachtigdDoor: ondernemer.gemachtigde,
      machtigingBevestigd: true,
    },
  },
  overledene: {
    overledene: {
      burgerservicenummer: '999992077',
      naam: { voornamen: overledene.voornamen, voorvoegsel: overledene.voorvoegsel, geslachtsnaam: overledene.geslachtsnaam },
      geslacht: 'vrouw',
      geboorte: { datum: '1938-05-14', plaats: overledene.geboorteplaats, land: overledene.geboorteland },
      laatsteAdres: { postcode: '3521AZ', huisnummer: '1', straatnaam: 'Stadsplateau', woonplaats: 'Utrecht' },
      burgerlijkeStaat: 'ongehuwd',
    },
  },
  overlijden: {
    overlijden: {
      datum: '2026-11-27',
      tijd: '23:30',
      plaats: 'Utrecht',
      locatie: { soort: 'ziekenhuis' },
      schouwendArts: { naam: overlijden.arts, soort: 'behandelend-arts' },
    },
  },
  lijkbezorging: {
    lijkbezorging: { wijze: 'cremeren', datum: '2026-12-02', tijd: '11:00', locatie: crematorium, buitenland: false },
    aantalUittreksels: '2',
  },
};

type StepId = keyof typeof antwoorden | 'bijlagen';
const ORDER: StepId[] = ['start', 'aangever', 'overledene', 'overlijden', 'lijkbezorging', 'bijlagen'];

function merge(target: Record<string, any>, source: Record<string, any>): Record<string, any> {
  for (const [k, v] of Object.entries(source)) {
    target[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge({ ...(target[k] ?? {}) }, v) : v;
  }
  return target;
}

/**
 * Creates the element with the answers of every step before `stepId` given (`extra` adds or
 * overrides answers, also of later steps), and presses "Volgende" up to `stepId`.
 */
export async function createAt(stepId: StepId, options: CreateOptions & { extra?: Record<string, unknown> } = {}): Promise<FormElement> {
  const before = ORDER.slice(0, ORDER.indexOf(stepId)) as (keyof typeof antwoorden)[];
  const prefill = before.reduce((all, s) => merge(all, structuredClone(antwoorden[s])), {} as Record<string, any>);
  merge(prefill, structuredClone(options.extra ?? {}));
  // A non-natural death is examined by the gemeentelijk lijkschouwer (Wlb art. 7 lid 3, art. 10): keep
  // the prefilled answers consistent, as a funeral director would answer.
  if (prefill.overlijden?.natuurlijk === false && prefill.overlijden.schouwendArts?.soort === 'behandelend-arts') {
    prefill.overlijden.schouwendArts = { ...prefill.overlijden.schouwendArts, soort: 'gemeentelijk-lijkschouwer' };
  }
  const el = await createOverlijden({ ...options, props: { ...options.props, prefill } });
  for (const id of before) {
    await untilStep(el, HEADINGS[id].nl);
    await press(el, 'Volgende');
    await tick(el);
  }
  await untilStep(el, HEADINGS[stepId].nl);
  return el;
}
