// The named states of every form, as GOV.UK Frontend keeps one list of named examples that feeds its
// markup tests, the axe sweep and the review page: one list here feeds the axe sweep
// (test/browser/a11y/sweep.test.ts), `npm run screenshots` (scripts/screenshots.mjs) and the demo's
// state page (demo/states.html). A test (named-states.test.ts) fails when a step, a referral or a
// stop page of a form's definition has no state here.
//
// Framework-light on purpose: no test-runner, no sinon, no imports at run time. Each state is data
// (attributes, the answers of the steps before it) plus `enter(el, io)`, a plain function over a
// connected element and the few actions it needs (`press`, `check`). The browser tests pass actions
// that use the keyboard (sendKeys); the screenshot script and the demo pass ones that click. The
// WebKit/Firefox runs can pass their own WebDriver actions.
//
// Answers are given as `prefill` for the steps *before* a state's step, in the shape the element keeps
// them (dates as typed: { dag, maand, jaar }); "Volgende" is then pressed through those steps, so
// every earlier step is still validated the way a citizen meets it.

export type FormId = 'verhuizing' | 'overlijden';
export type StateKind = 'step' | 'step-errors' | 'check' | 'check-errors' | 'wipe-confirm' | 'confirmation' | 'config-error' | 'send-failure' | 'referral' | 'stop';

export interface StateIO {
  /** Presses the button whose visible text starts with `text` (keyboard: focus + Enter; demo: click). */
  press(el: HTMLElement, text: string): Promise<void>;
  /** Ticks the checkbox whose label starts with `label`. */
  check(el: HTMLElement, label: string): Promise<void>;
}

export interface NamedState {
  /** Stable id, e.g. "verhuizing/nieuw-adres/fouten": file names of screenshots, the demo's `?state=`. */
  id: string;
  form: FormId;
  tag: string;
  kind: StateKind;
  /** The step id of the definition (step states). */
  step?: string;
  /** The referral's title key (referral and stop states), as the definition's step returns it. */
  referral?: string;
  /** What a person sees, in Dutch (the demo lists it). */
  description: string;
  /** Attributes besides the defaults of `createStateElement`. */
  attrs?: Record<string, string>;
  /** Answers set before the element connects. */
  prefill?: Record<string, unknown>;
  /** The element's pinned clock (ISO instant). */
  now: string;
  /** Brings the connected element into the state. */
  enter(el: HTMLElement, io: StateIO): Promise<void>;
}

// ------------------------------------------------------------------ small helpers over the element

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const shadow = (el: HTMLElement) => el.shadowRoot!;
export const title = (el: HTMLElement): string => norm(shadow(el).querySelector('.step-title')?.textContent);

async function settle(el: HTMLElement): Promise<void> {
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  await new Promise((r) => setTimeout(r, 0));
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
}

export async function until(check: () => boolean, what: string, timeout = 8000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`named state: timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Presses "Volgende" `times` times, waiting each time for the heading to change. */
async function next(el: HTMLElement, io: StateIO, times: number): Promise<void> {
  for (let i = 0; i < times; i++) {
    const before = title(el);
    await io.press(el, 'Volgende');
    await until(() => title(el) !== before, `the step after "${before}" (errors: ${norm(shadow(el).querySelector('.error-summary')?.textContent)})`);
    await settle(el);
  }
}

async function showErrors(el: HTMLElement, io: StateIO, button: string): Promise<void> {
  await io.press(el, button);
  await until(() => !!shadow(el).querySelector('.error-summary li'), `the error summary after "${button}"`);
  await settle(el);
}

async function declare(el: HTMLElement, io: StateIO): Promise<void> {
  const label = [...shadow(el).querySelectorAll('label')].map((l) => norm(l.textContent)).find((t) => /naar waarheid/.test(t));
  if (!label) throw new Error('named state: no declaration on the check page');
  await io.check(el, label);
  await settle(el);
}

// ------------------------------------------------------------------ fetch and network, for send states

const restores: (() => void)[] = [];

/** Undoes every fetch/navigator change a state made (call after each state). */
export function leaveStates(): void {
  while (restores.length) restores.pop()!();
}

function problem(status: number, extra: Record<string, unknown> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Fout', status, ...extra }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '0' },
  });
}

/** Replaces window.fetch by one that answers `respond()` (restored by `leaveStates`). */
function mockFetch(respond: () => Response | Promise<Response>): void {
  const original = window.fetch;
  window.fetch = (() => Promise.resolve(respond())) as typeof fetch;
  restores.push(() => {
    window.fetch = original;
  });
}

/** navigator.onLine says false: the element waits for the 'online' event (restored by `leaveStates`). */
function goOffline(): void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  restores.push(() => {
    delete (navigator as unknown as Record<string, unknown>)['onLine'];
  });
}

// ------------------------------------------------------------------ the forms' answers, step by step

interface FormStates {
  form: FormId;
  tag: string;
  now: string;
  /** Step ids in the definition's order, on the path where every step applies. */
  steps: string[];
  /** Answers of each step on that path (the errors state of each step then shows its own errors). */
  answers: Record<string, Record<string, unknown>>;
  /** Answers of the shortest valid path to the check page (no file required). */
  shortPath: { steps: string[]; answers: Record<string, unknown> };
  referrals: {
    key: string;
    description: string;
    attrs?: Record<string, string>;
    prefill: Record<string, unknown>;
    steps: number;
    /** Answers given only after `steps` presses (a later step's answer that an earlier step would refuse). */
    then?: { prefill: Record<string, unknown>; steps: number };
  }[];
  stops: { id: string; description: string; step: string; attrs: Record<string, string> }[];
}

function merge(target: Record<string, unknown>, source: Record<string, unknown>): Record<string, unknown> {
  for (const [k, v] of Object.entries(source)) {
    target[k] = v && typeof v === 'object' && !Array.isArray(v) ? merge({ ...((target[k] as Record<string, unknown>) ?? {}) }, v as Record<string, unknown>) : v;
  }
  return target;
}
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const upTo = (f: FormStates, step: string) =>
  f.steps.slice(0, f.steps.indexOf(step)).reduce((all, s) => merge(all, clone(f.answers[s] ?? {})), {} as Record<string, unknown>);

const adresUtrecht = { postcode: '3521 az', huisnummer: '1', straatnaam: 'Stadsplateau', woonplaats: 'Utrecht' };

const verhuizing: FormStates = {
  form: 'verhuizing',
  tag: 'gemeente-verhuizing',
  now: '2026-11-25T10:00:00.000Z',
  steps: ['start', 'nieuw-adres', 'aangever', 'meeverhuizers', 'hoofdbewoner', 'bijlagen'],
  answers: {
    start: { routering: 'binnenland', aangever: { verhuistMee: true } },
    // Others live there already and the citizen does not join a partner: the hoofdbewoner step applies.
    'nieuw-adres': {
      nieuwAdres: adresUtrecht,
      verhuisdatum: { dag: '1', maand: 'december', jaar: '2026' },
      woonsituatie: { soort: 'huur', anderenWonenOpAdres: true, bijPartner: false, aantalBewoners: '3' },
    },
    aangever: {
      aangever: {
        burgerservicenummer: '999993847',
        naam: { voornamen: 'Jan Willem', voorvoegsel: 'van der', geslachtsnaam: 'Berg' },
        geboortedatum: { dag: '27', maand: 'maart', jaar: '1985' },
        email: 'j.vanderberg@example.nl',
        telefoonnummer: '06-12345678',
      },
      vorigAdres: { postcode: '3011 ad', huisnummer: '40', straatnaam: 'Coolsingel', woonplaats: 'Rotterdam' },
    },
    // A friend moves along ("Iemand anders"): the bijlagen step then asks for a machtiging.
    meeverhuizers: {
      meeverhuizersJa: true,
      meeverhuizers: [
        { burgerservicenummer: '999993653', naam: { voornamen: 'Noor', geslachtsnaam: 'Bakker' }, geboortedatum: { dag: '5', maand: 'mei', jaar: '1990' }, relatie: 'anders' },
      ],
    },
    hoofdbewoner: {
      hoofdbewoner: {
        naam: { voornamen: 'Pieter', geslachtsnaam: 'de Vries' },
        geboortedatum: { dag: '15', maand: 'januari', jaar: '1979' },
        email: 'p.devries@example.nl',
        toestemming: 'bijlage',
      },
    },
  },
  shortPath: {
    steps: ['start', 'nieuw-adres', 'aangever', 'meeverhuizers', 'bijlagen'],
    answers: {},
  },
  // The three start-step referrals with the gemeente's page for the procedure: the link onward is
  // swept too (without it, routing-and-address.test.ts runs axe on the same pages).
  referrals: [
    { key: 'verhuizing.verwijzing.naarBuitenlandTitel', description: 'Verwijzing: vertrek naar het buitenland', prefill: { routering: 'naar-buitenland' }, steps: 1, attrs: { 'url-vertrek-buitenland': 'https://www.utrecht.nl/emigreren' } },
    { key: 'verhuizing.verwijzing.uitBuitenlandTitel', description: 'Verwijzing: inschrijven vanuit het buitenland', prefill: { routering: 'uit-buitenland' }, steps: 1, attrs: { 'url-inschrijving-buitenland': 'https://www.utrecht.nl/afspraak' } },
    { key: 'verhuizing.verwijzing.geenVastAdresTitel', description: 'Verwijzing: briefadres aanvragen', prefill: { routering: 'geen-vast-adres' }, steps: 1, attrs: { 'url-briefadres': 'https://www.utrecht.nl/briefadres' } },
    // Wet BRP art. 2.39 lid 1: the BAG places the new address in another gemeente. The states run
    // without a lookup service, so the lookup's answer is part of the prefill (the shape
    // address-block.ts keeps: the Rotterdam town hall, as the reference receiver's lookup returns it).
    {
      key: 'verhuizing.verwijzing.andereGemeenteTitel',
      description: 'Stop: het nieuwe adres ligt in een andere gemeente (Rotterdam)',
      prefill: {
        routering: 'binnenland',
        aangever: { verhuistMee: true },
        nieuwAdres: {
          postcode: '3011 AD',
          huisnummer: '40',
          lookup: {
            zoekterm: '3011AD-40',
            status: 'gevonden',
            adressen: [{
              straatnaam: 'Coolsingel', huisnummer: 40, postcode: '3011AD', woonplaats: 'Rotterdam',
              gemeentenaam: 'Rotterdam', gemeentecode: '0599',
              nummeraanduidingIdentificatie: '0599200000000040', adresseerbaarObjectIdentificatie: '0599010000000040',
              weergavenaam: 'Coolsingel 40, 3011AD Rotterdam',
            }],
          },
        },
      },
      steps: 2,
    },
  ],
  // With hoofdbewoner="verplicht" the "no consent" answer is not offered: the step names the way out.
  stops: [{ id: 'hoofdbewoner-verplicht', description: 'Stop: hoofdbewoner verplicht, met de contactroute', step: 'hoofdbewoner', attrs: { hoofdbewoner: 'verplicht' } }],
};
verhuizing.shortPath.answers = merge(
  merge(merge(clone(verhuizing.answers['start']!), clone(verhuizing.answers['nieuw-adres']!)), clone(verhuizing.answers['aangever']!)),
  { woonsituatie: { anderenWonenOpAdres: false, aantalBewoners: '1' }, meeverhuizersJa: false },
);
// `bijPartner` is only asked when others live there: leave it out on the short path.
delete (verhuizing.shortPath.answers['woonsituatie'] as Record<string, unknown>)['bijPartner'];

const overlijdenAnswers: Record<string, Record<string, unknown>> = {
  start: { start: { plaats: 'hier', situatie: 'normaal' }, overlijden: { natuurlijk: true } },
  aangever: {
    aangever: {
      organisatie: { naam: 'Uitvaartzorg De Linde B.V.', kvkNummer: '12345678' },
      naam: { voornamen: 'Pieter', geslachtsnaam: 'Bakker' },
      email: 'p.bakker@uitvaartzorg-delinde.example',
      telefoonnummer: '0301234567',
      gemachtigdDoor: { naam: 'Anna de Vries', relatie: 'dochter' },
      machtigingBevestigd: true,
    },
  },
  overledene: {
    overledene: {
      burgerservicenummer: '999992077',
      naam: { voornamen: 'Johanna Maria', voorvoegsel: 'de', geslachtsnaam: 'Vries' },
      geslacht: 'vrouw',
      geboorte: { datum: { dag: '14', maand: 'mei', jaar: '1938' }, plaats: 'Amersfoort', land: 'Nederland' },
      laatsteAdres: adresUtrecht,
      burgerlijkeStaat: 'ongehuwd',
    },
  },
  overlijden: {
    overlijden: {
      datum: { dag: '27', maand: '11', jaar: '2026' },
      tijd: '23.30',
      plaats: 'Utrecht',
      locatie: { soort: 'ziekenhuis' },
      schouwendArts: { naam: 'dr. K. Meijer', soort: 'behandelend-arts' },
    },
  },
  lijkbezorging: {
    lijkbezorging: { wijze: 'cremeren', datum: { dag: '2', maand: '12', jaar: '2026' }, tijd: '11:00', locatie: { naam: 'Crematorium Daelwijck', plaats: 'Utrecht' }, buitenland: false },
    aantalUittreksels: '2',
  },
};

const overlijden: FormStates = {
  form: 'overlijden',
  tag: 'gemeente-overlijden',
  now: '2026-11-28T09:00:00.000Z',
  steps: ['start', 'aangever', 'overledene', 'overlijden', 'lijkbezorging', 'bijlagen'],
  answers: overlijdenAnswers,
  // A non-natural death asks no attachment and no B-envelope: the shortest path (the lijkschouwer
  // examines it, Wlb art. 7 lid 3, art. 10).
  shortPath: {
    steps: ['start', 'aangever', 'overledene', 'overlijden', 'lijkbezorging', 'bijlagen'],
    answers: merge(
      ['start', 'aangever', 'overledene', 'overlijden', 'lijkbezorging'].reduce((all, s) => merge(all, clone(overlijdenAnswers[s]!)), {} as Record<string, unknown>),
      { overlijden: { natuurlijk: false, schouwendArts: { soort: 'gemeentelijk-lijkschouwer' } } },
    ),
  },
  referrals: [
    { key: 'overlijden.verwijzing.andereGemeenteTitel', description: 'Verwijzing: overleden in een andere gemeente', prefill: { start: { plaats: 'andere-gemeente', situatie: 'normaal' } }, steps: 1 },
    { key: 'overlijden.verwijzing.buitenlandTitel', description: 'Verwijzing: overleden in het buitenland', prefill: { start: { plaats: 'buitenland', situatie: 'normaal' } }, steps: 1 },
    { key: 'overlijden.verwijzing.levenloosTitel', description: 'Verwijzing: levenloos geboren kind', prefill: { start: { plaats: 'hier', situatie: 'levenloos-geboren' } }, steps: 1 },
    { key: 'overlijden.verwijzing.lijkvindingTitel', description: 'Verwijzing: gevonden lichaam', prefill: { start: { plaats: 'hier', situatie: 'lijkvinding' } }, steps: 1 },
    // Past the 6th working day a funeral director no longer declares as gemachtigde (BW 1:19h lid 2).
    {
      key: 'overlijden.verwijzing.termijnTitel',
      description: 'Verwijzing: termijn van de uitvaartondernemer verstreken',
      // The aangever step already refuses the funeral director when it knows the date: the date of
      // death is given on its own step, as a citizen types it there.
      prefill: ['start', 'aangever', 'overledene'].reduce((all, s) => merge(all, clone(overlijdenAnswers[s]!)), {} as Record<string, unknown>),
      steps: 3,
      then: { prefill: merge(clone(overlijdenAnswers['overlijden']!), { overlijden: { datum: { dag: '10', maand: '11', jaar: '2026' } } }), steps: 1 },
    },
  ],
  stops: [],
};

export const FORMS: Record<FormId, FormStates> = { verhuizing, overlijden };

// ------------------------------------------------------------------ the list

const SEND_FAILURES: { id: string; description: string; arrange(): void }[] = [
  { id: '401', description: 'Versturen mislukt: niet meer ingelogd (401)', arrange: () => mockFetch(() => problem(401)) },
  { id: '409', description: 'Versturen mislukt: sleutel al gebruikt met andere gegevens (409)', arrange: () => mockFetch(() => problem(409)) },
  { id: '413', description: 'Versturen mislukt: bijlagen te groot (413)', arrange: () => mockFetch(() => problem(413)) },
  { id: '4xx', description: 'Versturen mislukt: andere 4xx (404)', arrange: () => mockFetch(() => problem(404)) },
  // Retry-After: 0 lets the four attempts run without the 1-2-4 s backoff.
  { id: 'pogingen-op', description: 'Versturen mislukt: vier pogingen zonder antwoord (503)', arrange: () => mockFetch(() => problem(503)) },
  { id: 'offline', description: 'Versturen: wacht op de verbinding (offline)', arrange: () => goOffline() },
];

function statesOf(f: FormStates): NamedState[] {
  const base = { form: f.form, tag: f.tag, now: f.now };
  const list: NamedState[] = [];
  f.steps.forEach((step, index) => {
    const prefill = upTo(f, step);
    list.push({ ...base, id: `${f.form}/${step}/leeg`, kind: 'step', step, description: `Stap ${step}, leeg`, prefill, enter: (el, io) => next(el, io, index) });
    list.push({
      ...base,
      id: `${f.form}/${step}/fouten`,
      kind: 'step-errors',
      step,
      description: `Stap ${step}, met foutmeldingen`,
      prefill,
      enter: async (el, io) => {
        await next(el, io, index);
        await showErrors(el, io, 'Volgende');
      },
    });
  });
  const toCheck = (el: HTMLElement, io: StateIO) => next(el, io, f.shortPath.steps.length);
  const check = { ...base, prefill: f.shortPath.answers };
  list.push({ ...check, id: `${f.form}/controleren`, kind: 'check', description: 'Controleer uw gegevens', enter: toCheck });
  list.push({
    ...check,
    id: `${f.form}/controleren/fouten`,
    kind: 'check-errors',
    description: 'Controleer uw gegevens, versturen zonder verklaring',
    enter: async (el, io) => {
      await toCheck(el, io);
      await showErrors(el, io, 'Versturen');
    },
  });
  // "Stop en wis mijn gegevens" asks first (issue 7 item 7): the panel with its two buttons.
  list.push({
    ...check,
    id: `${f.form}/controleren/wissen`,
    kind: 'wipe-confirm',
    description: 'Controleer uw gegevens, "Stop en wis" gevraagd: bevestigen of terug',
    enter: async (el, io) => {
      await toCheck(el, io);
      await io.press(el, 'Stop en wis mijn gegevens');
      await until(() => !!shadow(el).querySelector('.wipe-confirm'), 'the wipe confirmation');
      await settle(el);
    },
  });
  list.push({
    ...check,
    id: `${f.form}/bevestiging`,
    kind: 'confirmation',
    description: 'Bevestiging met kenmerk',
    enter: async (el, io) => {
      await toCheck(el, io);
      mockFetch(() => new Response(JSON.stringify({ kenmerk: 'GF-2026-000123' }), { status: 201, headers: { 'Content-Type': 'application/json' } }));
      await declare(el, io);
      await io.press(el, 'Versturen');
      await until(() => !!shadow(el).querySelector('.confirmation__kenmerk'), 'the confirmation');
      await settle(el);
    },
  });
  for (const failure of SEND_FAILURES) {
    list.push({
      ...check,
      id: `${f.form}/verzenden/${failure.id}`,
      kind: 'send-failure',
      description: failure.description,
      enter: async (el, io) => {
        await toCheck(el, io);
        failure.arrange();
        await declare(el, io);
        await io.press(el, 'Versturen');
        await until(
          () => !!shadow(el).querySelector(failure.id === 'offline' ? '.send-progress' : '.send-error'),
          `the ${failure.id} message`,
          failure.id === 'pogingen-op' ? 15000 : 8000,
        );
        await settle(el);
      },
    });
  }
  list.push({
    ...base,
    id: `${f.form}/configuratiefout`,
    kind: 'config-error',
    description: 'Configuratiefout (endpoint niet toegestaan)',
    attrs: { endpoint: 'http://example.com/x' },
    enter: async (el) => {
      await until(() => !!shadow(el).querySelector('.config-error'), 'the configuration error');
    },
  });
  for (const r of f.referrals) {
    list.push({
      ...base,
      id: `${f.form}/verwijzing/${r.key.split('.').pop()!.replace(/Titel$/, '')}`,
      kind: 'referral',
      referral: r.key,
      description: r.description,
      prefill: r.prefill,
      ...(r.attrs ? { attrs: r.attrs } : {}),
      enter: async (el, io) => {
        await next(el, io, r.steps);
        if (r.then) {
          // `prefill` set on a started element fills the answers that are still empty.
          (el as HTMLElement & { prefill?: unknown }).prefill = clone(r.then.prefill);
          await settle(el);
          await next(el, io, r.then.steps);
        }
      },
    });
  }
  for (const s of f.stops) {
    list.push({
      ...base,
      id: `${f.form}/stop/${s.id}`,
      kind: 'stop',
      step: s.step,
      description: s.description,
      attrs: s.attrs,
      prefill: upTo(f, s.step),
      enter: (el, io) => next(el, io, f.steps.indexOf(s.step)),
    });
  }
  return list;
}

/** Every named state of both forms. */
export const NAMED_STATES: readonly NamedState[] = [...statesOf(verhuizing), ...statesOf(overlijden)];

export interface Look {
  id: string;
  description: string;
  attrs: Record<string, string>;
}

/** The looks the sweep checks: the default, and a dark and a light brand colour (`theme-color`). */
export const LOOKS: readonly Look[] = [
  { id: 'standaard', description: 'Standaard', attrs: {} },
  { id: 'donker', description: 'Donkere huisstijlkleur (#1d1d5e)', attrs: { 'theme-color': '#1d1d5e' } },
  { id: 'licht', description: 'Lichte huisstijlkleur (#ffd400)', attrs: { 'theme-color': '#ffd400' } },
];

let counter = 0;

/**
 * Creates the state's element the way a host page does — attributes, clock and prefill set, then
 * connected into `parent` — and waits for its first render. The form must already be registered
 * (by the sources, the built script or the ES module). Drafts off, address lookup off, a same-origin
 * endpoint (the send states mock fetch).
 */
export async function createStateElement(
  state: NamedState,
  parent: HTMLElement,
  options: { lang?: string; look?: Look } = {},
): Promise<HTMLElement> {
  await customElements.whenDefined(state.tag);
  const el = document.createElement(state.tag) as HTMLElement & { clock?: () => Date; prefill?: unknown };
  el.id = `${state.id.replace(/[^a-z0-9]+/gi, '-')}-${++counter}`;
  el.clock = () => new Date(state.now);
  if (state.prefill) el.prefill = clone(state.prefill);
  const attrs: Record<string, string> = {
    'gemeente-code': '0344',
    'gemeente-naam': 'Utrecht',
    endpoint: `/api/${state.form}`,
    'address-lookup': 'off',
    persist: 'none',
    'contact-telefoon': '14 030',
    'contact-url': 'https://www.utrecht.nl/contact',
    ...(options.lang ? { lang: options.lang } : {}),
    ...options.look?.attrs,
    ...state.attrs,
  };
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  // The configuration error also logs to the console for the webmaster: expected here.
  const quiet = state.kind === 'config-error';
  const { error, warn } = console;
  if (quiet) console.error = console.warn = () => {};
  try {
    parent.appendChild(el);
    await settle(el);
  } finally {
    if (quiet) Object.assign(console, { error, warn });
  }
  return el;
}

/** Actions that click, for the demo and the screenshot script (not for keyboard tests). */
export const clickIO: StateIO = {
  async press(el, text) {
    const b = [...shadow(el).querySelectorAll('button')].find((x) => norm(x.textContent).startsWith(text));
    if (!b) throw new Error(`named state: no button "${text}"`);
    b.click();
    await settle(el);
  },
  async check(el, label) {
    const l = [...shadow(el).querySelectorAll('label')].find((x) => norm(x.textContent).startsWith(label));
    const box = l && (shadow(el).getElementById(l.htmlFor) as HTMLInputElement | null);
    if (!box) throw new Error(`named state: no checkbox "${label}"`);
    if (!box.checked) box.click();
    await settle(el);
  },
};
