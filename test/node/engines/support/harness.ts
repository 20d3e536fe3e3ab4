// The engine-independent half of the "beyond Chromium" tests (issue 7): a plain host page that loads
// one built per-form script (dist/gemeente-verhuizing.js or dist/gemeente-overlijden.js) the way a
// webmaster does, the real reference receiver on another port (so CORS is real), and a keyboard-only
// walk through the form that runs axe-core on every state it passes: each step empty and with its
// errors, the check page (empty and with errors) and the confirmation.
//
// The browser is behind a small `EngineSession` (press a key, type text, run a script that only reads),
// so WebKit (WebDriver classic, webdriverio) and Firefox ESR (WebDriver BiDi, puppeteer-core) walk the
// same path. Controls are found as a keyboard user finds them: Tab until the focused control's label
// (and its group's legend) says it is the one — the Dutch labels a screen reader announces.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultForms } from '../../../../demo/receiver/forms.js';
import { isLoopbackOrigin, type StartedServer } from '../../../../demo/receiver/http.js';
import { startReceiver } from '../../../../demo/receiver/receiver.js';

export type Key = 'Tab' | 'ShiftTab' | 'Space' | 'Enter' | 'ArrowDown' | 'ArrowUp';

/** What a test needs from a browser: real key input, and scripts that only read the page. */
export interface EngineSession {
  readonly name: string;
  goto(url: string): Promise<void>;
  press(key: Key): Promise<void>;
  type(text: string): Promise<void>;
  /** Runs a function body in the page (it may `return` a value or a promise) and gives its JSON result. */
  run<T>(body: string): Promise<T>;
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: our target (the legal bar, EN 301 549, is 2.1 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'));
const HELPERS = readFileSync(fileURLToPath(new URL('./page-helpers.js', import.meta.url)));
const dist = (file: string) => fileURLToPath(new URL(`../../../../dist/${file}`, import.meta.url));

type Described = {
  tag: string;
  type: string;
  label: string;
  legend: string;
  checked: boolean;
  value: string;
  inForm: boolean;
  inSummary: boolean;
  isTitle: boolean;
  ring: boolean;
  focusVisible: boolean;
};
type Violation = { id: string; impact: string; help: string; nodes: { target: string; html: string; summary: string }[] };
type AxeResult = { violations: Violation[]; passes: string[]; incomplete: string[] };

export interface FormCase {
  formulier: 'verhuizing' | 'overlijden';
  tag: string;
  script: string;
  /** The clock the element and the receiver are pinned to (the named examples' dates depend on it). */
  now: string;
  today: string;
  steps: StepWalk[];
}

/** One step as a keyboard user fills it; `required` = pressing "Volgende" on it empty shows errors. */
export interface StepWalk {
  heading: string;
  required: boolean;
  fill(user: KeyboardUser): Promise<void>;
}

/** A host page as a webmaster writes it: a link before the element, the script tag, the element. */
function hostPage(c: FormCase, endpoint: string): string {
  // The element is created by a script only to pin its clock (a property, not an attribute) before it
  // is connected, as the other built-script tests do; the attributes are the documented ones.
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${c.formulier} — gemeente Utrecht</title></head>
<body><main>
<p><a href="/elders">Naar de hoofdpagina</a></p>
<div id="plek"></div>
</main>
<script src="/${c.script}"></script>
<script>
  const el = document.createElement(${JSON.stringify(c.tag)});
  el.id = ${JSON.stringify(c.formulier)};
  el.clock = () => new Date(${JSON.stringify(c.now)});
  for (const [k, v] of Object.entries({ endpoint: ${JSON.stringify(endpoint)}, 'gemeente-code': '0344', 'gemeente-naam': 'Utrecht', 'address-lookup': 'off' })) el.setAttribute(k, v);
  document.getElementById('plek').append(el);
</script>
<script src="/axe.min.js"></script>
<script src="/page-helpers.js"></script>
</body></html>`;
}

/** The host site (127.0.0.1, port 0) and the reference receiver for one form. */
export class Site {
  private server?: Server;
  private receiver?: StartedServer;
  private dir = mkdtempSync(join(tmpdir(), 'gf-engines-'));
  url = '';

  static async start(c: FormCase): Promise<Site> {
    const site = new Site();
    const file = dist(c.script);
    assert.ok(existsSync(file), `dist/${c.script} is missing: run \`npm run build\` first (npm test builds)`);
    site.receiver = await startReceiver({
      host: '127.0.0.1',
      port: 0,
      dbPath: join(site.dir, `${c.formulier}.sqlite`),
      allowedOrigins: isLoopbackOrigin,
      ...defaultForms({}),
      today: () => c.today,
      now: () => new Date(c.now),
    });
    const page = hostPage(c, `${site.receiver.url}/api/${c.formulier}`);
    const script = readFileSync(file);
    site.server = createServer((req, res) => {
      const js = (body: Buffer) => res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(body);
      // The form script and the files it brings itself (its later part, its language files), next
      // to it as a webmaster uploads them.
      if (req.url === `/${c.script}`) js(script);
      else if (req.url && /^\/gemeente-[a-z]+\.[a-z]+\.js$/.test(req.url) && existsSync(dist(req.url.slice(1)))) js(readFileSync(dist(req.url.slice(1))));
      else if (req.url === '/axe.min.js') js(AXE);
      else if (req.url === '/page-helpers.js') js(HELPERS);
      else if (req.url === '/favicon.ico') res.writeHead(204).end();
      else res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' }).end(page);
    });
    await new Promise<void>((resolve) => site.server!.listen(0, '127.0.0.1', resolve));
    site.url = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}/`;
    return site;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
    this.server?.closeAllConnections();
    await this.receiver?.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function poll<T>(what: () => Promise<T>, ok: (v: T) => boolean, timeout: number): Promise<T> {
  const start = Date.now();
  let v = await what();
  while (!ok(v) && Date.now() - start < timeout) {
    await sleep(50);
    v = await what();
  }
  return v;
}

export type Match = { label: string | RegExp; legend?: string | RegExp; kind?: 'text' | 'radio' | 'checkbox' | 'button' };

const labelMatches = (text: string, want: string | RegExp) =>
  typeof want === 'string' ? text === want || text.startsWith(`${want} (`) : want.test(text);
const show = (d: Described) => `${d.tag}${d.type ? `[${d.type}]` : ''} "${d.label}"${d.legend ? ` in "${d.legend}"` : ''}`;

/**
 * A keyboard-only user: every move is a real key press (Tab, Space, Enter, arrows, typing). After each
 * key the focused element must be somewhere, never `<body>` (focus lost is a dead end for a keyboard
 * or screen-reader user, WCAG 2.4.3).
 */
export class KeyboardUser {
  tabs = 0;
  keys = 0;
  /** Controls in the form that Tab reached without a visible focus indicator (WCAG 2.4.7). */
  readonly noRing = new Set<string>();
  constructor(private readonly s: EngineSession) {}

  active(): Promise<Described> {
    return this.s.run<Described>('return window.__engine.active()');
  }

  async key(key: Key): Promise<Described> {
    await this.s.press(key);
    this.keys++;
    if (key === 'Tab' || key === 'ShiftTab') this.tabs++;
    // Rendering after a key is asynchronous (Lit updates in a microtask, the step change moves focus
    // after its render): give focus a moment to land before calling it lost.
    const now = await poll(() => this.active(), (d) => d.tag !== 'body' && d.tag !== 'none', 5000);
    assert.ok(now.tag !== 'body' && now.tag !== 'none', `${this.s.name}: after ${key}, focus is on <body> (heading "${await this.heading()}")`);
    if ((key === 'Tab' || key === 'ShiftTab') && now.inForm && !now.ring) this.noRing.add(show(now));
    return now;
  }

  heading(): Promise<string> {
    return this.s.run<string>('return window.__engine.heading()');
  }

  /** Presses Tab until the focused control matches; fails with the controls it passed. */
  async tabTo(m: Match, max = 80): Promise<Described> {
    const passed: string[] = [];
    for (let i = 0; i < max; i++) {
      const d = await this.key('Tab');
      const kindOk =
        !m.kind ||
        (m.kind === 'text' && ['input', 'textarea', 'select'].includes(d.tag) && !['radio', 'checkbox'].includes(d.type)) ||
        (m.kind !== 'text' && (d.type === m.kind || (m.kind === 'button' && d.tag === 'button')));
      if (kindOk && d.inForm && labelMatches(d.label, m.label) && (!m.legend || labelMatches(d.legend, m.legend) || (typeof m.legend === 'string' && d.legend.startsWith(m.legend)))) return d;
      passed.push(show(d));
    }
    throw new Error(`${this.s.name}: no ${m.kind ?? 'control'} "${m.label}"${m.legend ? ` in "${m.legend}"` : ''} within ${max} Tabs on "${await this.heading()}". Passed: ${passed.join(' | ')}`);
  }

  /** Tab to the text field with this label and type into it. */
  async fill(label: string, text: string, legend?: string): Promise<void> {
    await this.tabTo({ label, legend, kind: 'text' });
    await this.s.type(text);
    const d = await this.active();
    assert.equal(d.value, text, `${this.s.name}: typed "${text}" into "${label}", the field holds "${d.value}"`);
  }

  /** A three-field date (Dag, Maand, Jaar) in the fieldset with this legend. */
  async date(legend: string, dag: string, maand: string, jaar: string): Promise<void> {
    await this.fill('Dag', dag, legend);
    await this.fill('Maand', maand, legend);
    await this.fill('Jaar', jaar, legend);
  }

  /**
   * Chooses a radio as a keyboard user does: Tab into the group (lands on its first or checked option),
   * arrow keys to the option (arrows also check it), Space when it is not checked yet.
   */
  async choose(legend: string, option: string): Promise<void> {
    let d = await this.tabTo({ label: /.*/, legend, kind: 'radio' });
    const seen: string[] = [];
    for (let i = 0; i < 12 && !d.label.startsWith(option); i++) {
      seen.push(d.label);
      d = await this.key('ArrowDown');
      if (seen.includes(d.label)) break; // wrapped around
    }
    assert.ok(d.label.startsWith(option) && d.legend.startsWith(legend), `${this.s.name}: no option "${option}" in "${legend}" (options: ${seen.join(' | ')})`);
    if (!d.checked) d = await this.key('Space');
    assert.ok(d.checked, `${this.s.name}: "${option}" is not checked after Space`);
  }

  async tick(label: string | RegExp): Promise<void> {
    let d = await this.tabTo({ label, kind: 'checkbox' });
    if (!d.checked) d = await this.key('Space');
    assert.ok(d.checked, `${this.s.name}: "${label}" is not ticked after Space`);
  }

  async pressButton(text: string): Promise<void> {
    await this.tabTo({ label: new RegExp(`^${text}`), kind: 'button' });
    await this.key('Enter');
  }
}

export interface WalkResult {
  states: string[];
  tabs: number;
  keys: number;
  kenmerk: string;
  violations: string[];
  /** Rule ids that passed / that axe left for review, over all states. */
  passes: string[];
  incomplete: string[];
  noRing: string[];
}

/**
 * One keyboard completion of the form with an axe sweep of every state on the way. Violations are
 * collected (not thrown at the first) so one run shows everything an engine finds.
 */
export async function walkAndSweep(s: EngineSession, c: FormCase, site: Site): Promise<WalkResult> {
  const user = new KeyboardUser(s);
  const states: string[] = [];
  const violations: string[] = [];
  const passes = new Set<string>();
  const incomplete = new Set<string>();
  const sweep = async (state: string) => {
    const found = await s.run<AxeResult>(`return window.__engine.axe(${JSON.stringify(AXE_TAGS)})`);
    states.push(state);
    found.passes.forEach((id) => passes.add(id));
    found.incomplete.forEach((id) => incomplete.add(`${id} (${state})`));
    for (const v of found.violations) {
      violations.push(`${state}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((n) => `    ${n.target}: ${n.html}\n      ${n.summary?.replace(/\n/g, ' ')}`).join('\n')}`);
    }
  };
  const untilHeading = async (want: string) => {
    const got = await poll(() => user.heading(), (h) => h.startsWith(want), 10_000);
    assert.ok(got.startsWith(want), `${s.name}: expected "${want}", the element shows "${got}"; errors: ${(await s.run<string[]>('return window.__engine.summary()')).join(' | ')}`);
  };
  /** After a step change focus is on the new step's heading, so a screen reader starts reading there. */
  const onTitle = async (want: string) => {
    const d = await poll(() => user.active(), (a) => a.isTitle, 3000);
    assert.ok(d.isTitle, `${s.name}: on "${want}" focus is on ${show(d)}, not on the step heading`);
  };
  const untilErrors = async (where: string) => {
    const listed = await poll(() => s.run<string[]>('return window.__engine.summary()'), (l) => l.length > 0, 5000);
    assert.ok(listed.length > 0, `${s.name}: no error summary on "${where}" after pressing the button empty`);
    // GOV.UK's pattern: the summary takes focus so it is read first (and the next Tab reaches its links).
    const on = await poll(() => user.active(), (d) => d.inSummary, 2000);
    assert.ok(on.inSummary, `${s.name}: focus is not on the error summary of "${where}" but on ${show(on)}`);
  };

  await s.goto(site.url);
  const ready = await poll(() => s.run<boolean>('return !!window.__engine && window.__engine.ready()'), Boolean, 15_000);
  assert.ok(ready, `${s.name}: the built ${c.script} did not render the form`);
  // Focus starts on the host page's link before the element, as a keyboard user arrives.
  const first = await user.key('Tab');
  assert.equal(first.tag, 'a', `${s.name}: the first Tab should reach the host page's link, it reached ${show(first)}`);

  for (const step of c.steps) {
    await untilHeading(step.heading);
    await sweep(`${step.heading} (leeg)`);
    if (step.required) {
      await user.pressButton('Volgende');
      await untilErrors(step.heading);
      await sweep(`${step.heading} (met fouten)`);
    }
    await step.fill(user);
    await user.pressButton('Volgende');
    const next = c.steps[c.steps.indexOf(step) + 1]?.heading ?? 'Controleer uw gegevens';
    await untilHeading(next);
    await onTitle(next);
  }

  await untilHeading('Controleer uw gegevens');
  await sweep('Controleer uw gegevens');
  await user.pressButton('Versturen');
  await untilErrors('Controleer uw gegevens');
  await sweep('Controleer uw gegevens (met fouten)');
  await user.tick(/naar waarheid/);
  await user.pressButton('Versturen');
  await untilHeading('Uw gegevens zijn verstuurd');
  const kenmerk = await s.run<string>('return window.__engine.kenmerk()');
  assert.ok(kenmerk, `${s.name}: the confirmation shows no kenmerk`);
  // At the end focus is on the confirmation's heading (so a screen reader reads it first).
  const end = await poll(() => user.active(), (d) => d.tag === 'h2', 3000);
  assert.equal(end.tag, 'h2', `${s.name}: after sending, focus is on ${show(end)}, not on the confirmation heading`);
  await sweep('Uw gegevens zijn verstuurd');
  return { states, tabs: user.tabs, keys: user.keys, kenmerk, violations, passes: [...passes].sort(), incomplete: [...incomplete], noRing: [...user.noRing] };
}

// ------------------------------------------------------------------ the two forms, short paths

/** Jan Willem van der Berg moves alone into a rented flat at Stadsplateau 1 on 1 December 2026. */
export const verhuizing: FormCase = {
  formulier: 'verhuizing',
  tag: 'gemeente-verhuizing',
  script: 'gemeente-verhuizing.js',
  now: '2026-11-25T10:00:00.000Z',
  today: '2026-11-25',
  steps: [
    {
      heading: 'Verhuizing doorgeven aan de gemeente Utrecht',
      required: true,
      async fill(u) {
        await u.choose('Waar verhuist u naar?', 'Naar een adres in Nederland');
        await u.choose('Verhuist u zelf mee?', 'Ja');
      },
    },
    {
      heading: 'Uw nieuwe adres',
      required: true,
      async fill(u) {
        await u.fill('Postcode', '3521 az');
        await u.fill('Huisnummer', '1');
        await u.fill('Straat', 'Stadsplateau');
        await u.fill('Plaats', 'Utrecht');
        await u.date('Verhuisdatum', '1', '12', '2026');
        await u.choose('Hoe gaat u op het nieuwe adres wonen?', 'In een huurwoning');
        await u.choose('Wonen er al andere mensen op het nieuwe adres?', 'Nee');
        await u.fill('Met hoeveel mensen woont u na de verhuizing op het nieuwe adres?', '1');
      },
    },
    {
      heading: 'Uw gegevens',
      required: true,
      async fill(u) {
        await u.fill('Burgerservicenummer (BSN)', '999993847');
        await u.fill('Voornamen', 'Jan Willem');
        await u.fill('Achternaam', 'Berg');
        await u.date('Geboortedatum', '27', '3', '1985');
        await u.fill('Postcode', '3011 ad');
        await u.fill('Huisnummer', '40');
        await u.fill('Straat', 'Coolsingel');
        await u.fill('Plaats', 'Rotterdam');
        await u.fill('E-mailadres', 'j.vanderberg@example.nl');
      },
    },
    {
      heading: 'Wie verhuizen er met u mee?',
      required: true,
      fill: (u) => u.choose('Verhuizen er andere mensen met u mee naar het nieuwe adres?', 'Nee'),
    },
    // Nothing is required on the short path (the huurcontract is optional by default): no error state.
    { heading: 'Bijlagen', required: false, fill: async () => {} },
  ],
};

/**
 * A funeral director reports a non-natural death (no attachments asked) of an unmarried woman,
 * cremation inside the legal window; the clock is the morning after the death.
 */
export const overlijden: FormCase = {
  formulier: 'overlijden',
  tag: 'gemeente-overlijden',
  script: 'gemeente-overlijden.js',
  now: '2026-11-28T09:00:00.000Z',
  today: '2026-11-28',
  steps: [
    {
      heading: 'Aangifte van overlijden bij de gemeente Utrecht',
      required: true,
      async fill(u) {
        await u.choose('Waar is de persoon overleden?', 'In de gemeente Utrecht');
        await u.choose('Om welke situatie gaat het?', 'Een overlijden');
        await u.choose('Heeft de arts verklaard dat de persoon een natuurlijke dood is gestorven?', 'Nee');
      },
    },
    {
      heading: 'Gegevens van de aangever',
      required: true,
      async fill(u) {
        await u.fill('Naam van de uitvaartonderneming', 'De Linde B.V.');
        await u.fill('KvK-nummer', '12345678');
        await u.fill('Voornamen', 'Piet');
        await u.fill('Achternaam', 'Bakker');
        await u.fill('E-mailadres', 'p@delinde.nl');
        await u.fill('Telefoonnummer', '0301234567');
        await u.fill('Naam van de nabestaande die u heeft gemachtigd', 'Anna de Vries');
        await u.fill('Relatie van deze nabestaande tot de overledene', 'Dochter');
        await u.tick('Ik verklaar dat deze nabestaande mij heeft gemachtigd de aangifte te doen');
      },
    },
    {
      heading: 'Gegevens van de overledene',
      required: true,
      async fill(u) {
        await u.fill('Burgerservicenummer (BSN)', '999992077');
        await u.fill('Voornamen', 'Johanna');
        await u.fill('Achternaam', 'Vries');
        await u.choose('Geslacht', 'Vrouw');
        await u.date('Geboortedatum', '14', '5', '1938');
        await u.fill('Geboorteplaats', 'Utrecht');
        await u.fill('Geboorteland', 'Nederland');
        await u.fill('Postcode', '3521 AZ');
        await u.fill('Huisnummer', '1');
        await u.fill('Straat', 'Stadsplateau');
        await u.fill('Plaats', 'Utrecht');
        await u.choose('Burgerlijke staat', 'Ongehuwd');
      },
    },
    {
      heading: 'Het overlijden',
      required: true,
      async fill(u) {
        await u.date('Datum van overlijden', '27', '11', '2026');
        await u.fill('Tijd van overlijden', '23.30');
        await u.fill('Plaats van overlijden', 'Utrecht');
        await u.choose('Op wat voor plek is de persoon overleden?', 'In een ziekenhuis');
        await u.fill('Naam van de arts die de overledene heeft geschouwd', 'A. Jansen');
        // A non-natural death is examined by the gemeentelijk lijkschouwer (Wlb art. 7 lid 3, art. 10).
        await u.choose('Deze arts is', 'De gemeentelijk lijkschouwer');
      },
    },
    {
      heading: 'Begrafenis of crematie',
      required: true,
      async fill(u) {
        await u.choose('Wat gebeurt er met het lichaam?', 'Cremeren');
        await u.date('Datum van de uitvaart', '2', '12', '2026');
        await u.fill('Tijd van de uitvaart', '11:00');
        await u.fill('Naam van de begraafplaats of het crematorium', 'Crematorium Daelwijck');
        await u.fill('Plaats van de begraafplaats of het crematorium', 'Utrecht');
        await u.choose('Vindt de begrafenis of crematie in het buitenland plaats?', 'Nee');
        await u.fill('Aantal uittreksels van de akte van overlijden', '2');
      },
    },
    // A non-natural death: only "other documents" is offered and nothing is asked (no error state).
    { heading: 'Bijlagen en doodsoorzaak', required: false, fill: async () => {} },
  ],
};

export const FORMS = [verhuizing, overlijden];
