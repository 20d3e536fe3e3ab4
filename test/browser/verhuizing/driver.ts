// How a citizen fills <gemeente-verhuizing> with the keyboard, step by step, for the shared behaviour
// suite and the verhuizing tests. The answers are named examples (`voorbeeld`), typed the way people
// type them (spaces, lower case, month names), and the payload they must become (`verwacht`).
import * as fixtures from '../../fixtures/verhuizing.js';
import type { CreateOptions, FormDriver, FormElement, StepDriver } from '../shared/form-driver.js';
import { check, choose, field, press, root, tick, type, typeDate, until } from '../support/user.js';
export { walk, walkToCheck } from '../shared/flow.js';
import { untilLookedUp, upload } from '../support/form-io.js';
import { createForm } from '../support/form-io.js';
export { untilLookedUp, upload };

export const TODAY = fixtures.today; // Wed 2026-11-25
export const NOW = '2026-11-25T10:00:00.000Z';

/** Creates `<gemeente-verhuizing>` for Utrecht (0344) with the clock pinned to NOW. */
export const createVerhuizing = (options: CreateOptions = {}): Promise<FormElement> => createForm('gemeente-verhuizing', NOW, options);

// ------------------------------------------------------------------ named examples (as typed)

/** Jan Willem van der Berg: the aangever of every example. */
export const aangever = {
  bsn: '9999 93 847',
  voornamen: 'Jan Willem',
  voorvoegsel: 'van der',
  achternaam: 'Berg',
  geboortedatum: ['27', 'maart', '1985'] as const,
  email: 'j.vanderberg@example.nl',
  telefoon: '06-12345678',
  huidigAdres: { postcode: '3011 ad', huisnummer: '40' }, // Coolsingel 40, Rotterdam
};

export const meeverhuizers = {
  partner: { bsn: '999992077', voornamen: 'Fatima', achternaam: 'El Amrani', geboortedatum: ['12', '6', '1987'], relatie: 'Mijn echtgenoot of geregistreerd partner' },
  kind: { bsn: '99999 3483', voornamen: 'Sara', voorvoegsel: 'van der', achternaam: 'Berg', geboortedatum: ['3', 'sep', '2016'], relatie: 'Mijn kind' },
  vriendin: { bsn: '999993653', voornamen: 'Noor', achternaam: 'Bakker', geboortedatum: ['5', 'mei', '1990'], relatie: 'Iemand anders' },
} as const;

export const hoofdbewoner = {
  voornamen: 'Pieter',
  achternaam: 'de Vries',
  geboortedatum: ['15', 'januari', '1979'] as const,
  email: 'p.devries@example.nl',
};

// ------------------------------------------------------------------ steps, filled with the keyboard

export const start: StepDriver = {
  id: 'start',
  heading: { nl: 'Verhuizing doorgeven aan de gemeente Utrecht', en: 'Report your move to the municipality of Utrecht' },
  async fill(el) {
    await choose(el, 'Waar verhuist u naar?', 'Naar een adres in Nederland');
    await tick(el);
    await choose(el, 'Verhuist u zelf mee?', 'Ja');
  },
};

/** The aangever reports a move they do not make (Wet BRP art. 2.48): "Verhuist u zelf mee?" Nee. */
export const startNamens: StepDriver = {
  id: 'start',
  heading: start.heading,
  async fill(el) {
    await choose(el, 'Waar verhuist u naar?', 'Naar een adres in Nederland');
    await tick(el);
    await choose(el, 'Verhuist u zelf mee?', 'Nee');
  },
};

async function typeNewAddress(el: FormElement, postcode: string, huisnummer: string): Promise<void> {
  await type(field(el, 'Postcode'), postcode);
  await type(field(el, 'Huisnummer'), huisnummer);
  if (el.getAttribute('address-lookup') !== 'off') await untilLookedUp(el);
}

/** Moving alone into a rented flat at Stadsplateau 1, on 1 December 2026. */
export const nieuwAdresAlleen: StepDriver = {
  id: 'nieuw-adres',
  heading: { nl: 'Uw nieuwe adres', en: 'Your new address' },
  async fill(el) {
    await typeNewAddress(el, '3521 az', '1');
    if (el.getAttribute('address-lookup') === 'off') {
      await type(field(el, 'Straat'), 'Stadsplateau');
      await type(field(el, 'Plaats'), 'Utrecht');
    }
    await typeDate(el, 'Verhuisdatum', '1', 'december', '2026');
    await choose(el, 'Hoe gaat u op het nieuwe adres wonen?', 'In een huurwoning');
    await choose(el, 'Wonen er al andere mensen op het nieuwe adres?', 'Nee');
    await type(field(el, 'Met hoeveel mensen woont u na de verhuizing op het nieuwe adres?'), '1');
  },
};

/** Several addresses at Voorbeeldhof 12: the citizen picks 12B-bis; others live there already. */
export const nieuwAdresVol: StepDriver = {
  id: 'nieuw-adres',
  heading: nieuwAdresAlleen.heading,
  async fill(el) {
    await typeNewAddress(el, '3512zz', '12');
    await choose(el, 'Kies het juiste adres', 'Voorbeeldhof 12B-bis, 3512ZZ Utrecht');
    await typeDate(el, 'Verhuisdatum', '1', 'december', '2026');
    await choose(el, 'Hoe gaat u op het nieuwe adres wonen?', 'In een huurwoning');
    await choose(el, 'Wonen er al andere mensen op het nieuwe adres?', 'Ja');
    await choose(el, 'Gaat u wonen bij uw echtgenoot of geregistreerd partner', 'Nee');
    // Jan Willem, three co-movers and the main occupant who already lives there.
    await type(field(el, 'Met hoeveel mensen woont u na de verhuizing op het nieuwe adres?'), '5');
  },
};

export const aangeverStap: StepDriver = {
  id: 'aangever',
  heading: { nl: 'Uw gegevens', en: 'Your details' },
  async fill(el) {
    await type(field(el, 'Burgerservicenummer (BSN)'), aangever.bsn);
    await type(field(el, 'Voornamen'), aangever.voornamen);
    await type(field(el, 'Voorvoegsel'), aangever.voorvoegsel);
    await type(field(el, 'Achternaam'), aangever.achternaam);
    await typeDate(el, 'Geboortedatum', ...aangever.geboortedatum);
    await type(field(el, 'Postcode'), aangever.huidigAdres.postcode);
    await type(field(el, 'Huisnummer'), aangever.huidigAdres.huisnummer);
    if (el.getAttribute('address-lookup') === 'off') {
      await type(field(el, 'Straat'), 'Coolsingel');
      await type(field(el, 'Plaats'), 'Rotterdam');
    } else {
      await untilLookedUp(el);
    }
    await type(field(el, 'E-mailadres'), aangever.email);
    await type(field(el, 'Telefoonnummer'), aangever.telefoon);
  },
};

export const niemandMee: StepDriver = {
  id: 'meeverhuizers',
  heading: { nl: 'Wie verhuizen er met u mee?', en: 'Who is moving with you?' },
  fill: (el) => choose(el, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Nee'),
};

export async function persoon(
  el: FormElement,
  nth: number,
  p: { bsn: string; voornamen: string; voorvoegsel?: string; achternaam: string; geboortedatum: readonly string[]; relatie: string },
): Promise<void> {
  // The first person's block opens by itself; "Nog een persoon toevoegen" adds the next one and puts
  // focus on its first input (the BSN).
  if (nth > 0) await press(el, 'Nog een persoon toevoegen');
  await tick(el);
  await until(() => root(el).querySelectorAll('fieldset.group-item').length === nth + 1);
  await type(field(el, 'Burgerservicenummer (BSN)', nth), p.bsn);
  await type(field(el, 'Voornamen', nth), p.voornamen);
  if (p.voorvoegsel) await type(field(el, 'Voorvoegsel', nth), p.voorvoegsel);
  await type(field(el, 'Achternaam', nth), p.achternaam);
  const [d, m, j] = p.geboortedatum;
  await typeDate(el, 'Geboortedatum', d!, m!, j!, nth);
  await choose(el, 'Wat is deze persoon van u?', p.relatie, nth);
}

/** A partner, a child under 16 (gezag confirmed) and a friend ("anders": a machtiging is needed). */
export const drieMee: StepDriver = {
  id: 'meeverhuizers',
  heading: niemandMee.heading,
  async fill(el) {
    await choose(el, 'Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Ja');
    await tick(el);
    await persoon(el, 0, meeverhuizers.partner);
    await persoon(el, 1, meeverhuizers.kind);
    await tick(el);
    await check(el, 'Ik heb het gezag over dit kind');
    await persoon(el, 2, meeverhuizers.vriendin);
  },
};

export const hoofdbewonerStap: StepDriver = {
  id: 'hoofdbewoner',
  heading: { nl: 'Hoofdbewoner van het nieuwe adres', en: 'Main occupant of the new address' },
  async fill(el) {
    await type(field(el, 'Voornamen van de hoofdbewoner'), hoofdbewoner.voornamen);
    await type(field(el, 'Achternaam van de hoofdbewoner'), hoofdbewoner.achternaam);
    await typeDate(el, 'Geboortedatum van de hoofdbewoner', ...hoofdbewoner.geboortedatum);
    await type(field(el, 'E-mailadres van de hoofdbewoner'), hoofdbewoner.email);
    await choose(el, 'Toestemming van de hoofdbewoner', 'Ik voeg de ondertekende toestemming met een kopie van het identiteitsbewijs van de hoofdbewoner toe');
  },
};

/** Nothing required on the short path (the huurcontract is optional by default). */
export const bijlagenLeeg: StepDriver = {
  id: 'bijlagen',
  heading: { nl: 'Bijlagen', en: 'Attachments' },
  fill: async () => {},
};

/** The three documents of the full scenario, chosen through the file picker. */
export const bijlagenVol: StepDriver = {
  id: 'bijlagen',
  heading: bijlagenLeeg.heading,
  async fill(el) {
    await upload(el, 'huurcontract', [{ name: 'huurcontract Voorbeeldhof.pdf', kind: 'pdf' }]);
    await upload(el, 'machtiging', [{ name: 'machtiging Noor.png', kind: 'png' }]);
    await upload(el, 'toestemming-hoofdbewoner', [{ name: 'toestemming.pdf', kind: 'pdf' }]);
  },
};

export const shortSteps = [start, nieuwAdresAlleen, aangeverStap, niemandMee, bijlagenLeeg];
export const allSteps = [start, nieuwAdresVol, aangeverStap, drieMee, hoofdbewonerStap, bijlagenVol];

export const verhuizingDriver: FormDriver = {
  formulier: 'verhuizing',
  tag: 'gemeente-verhuizing',
  endpointPath: '/api/verhuizing',
  today: TODAY,
  now: NOW,
  gemeente: fixtures.gemeente,
  create: createVerhuizing,
  allSteps,
  shortSteps,
  timing: {
    stepId: 'aangever',
    field: {
      label: 'Burgerservicenummer (BSN)',
      invalid: '999998620',
      valid: '999993847',
      error: 'Controleer het burgerservicenummer: dit nummer bestaat niet',
    },
    other: { label: 'Voornamen', error: 'Vul de voornamen in' },
    optionalLabel: 'Voorvoegsel',
  },
  followUp: {
    reveal: (el) => choose(el, 'Waar verhuist u naar?', 'Naar een adres in Nederland'),
    legend: 'Verhuist u zelf mee?',
  },
  serverField: {
    name: 'gegevens.aangever.burgerservicenummer',
    code: 'fout.bsn.elfproef',
    stepId: 'aangever',
    label: 'Burgerservicenummer (BSN)',
    reason: 'Dit is geen geldig burgerservicenummer.',
  },
  attachment: { stepId: 'bijlagen', soort: 'huurcontract', label: 'Huurcontract' },
  change: {
    stepId: 'aangever',
    label: 'Voornamen',
    from: aangever.voornamen,
    to: 'Johan',
    checkRow: 'Voornamen',
    checkValueAfter: 'Johan',
  },
  english: { firstHeading: 'Report your move to the municipality of Utrecht', requiredError: 'Select where you are moving to' },
  locked: {
    prefill: { aangever: { burgerservicenummer: '999993847', naam: { voornamen: 'Jan Willem' } } },
    path: 'aangever.burgerservicenummer',
    label: 'Burgerservicenummer (BSN)',
    value: '999993847',
    stepId: 'aangever',
  },
};
