// issue 6 item 16 / product.md "Contact route": the gemeente's contact route (`contact-url`,
// `contact-telefoon`, `contact-tekst`) on every referral, stop page and failure message, in the same
// place each time (WCAG 2.2 SC 3.2.6 Consistent Help): directly after the message, before the actions,
// under the same heading. Without the attributes it names the gemeente, and the console warns once.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { sendKeys } from '@web/test-runner-commands';
import { button, check, choose, heading, press, root, tick, until } from '../support/user.js';
import { walkToCheck } from '../shared/flow.js';
import type { FormDriver, FormElement } from '../shared/form-driver.js';
import { verhuizingDriver } from '../verhuizing/driver.js';
import { overlijdenDriver } from '../overlijden/driver.js';

const CONTACT = {
  'contact-url': 'https://www.utrecht.nl/contact/',
  'contact-telefoon': '14 030',
  'contact-tekst': 'Op werkdagen van 8.00 tot 17.00 uur.',
};

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The route as a user reads it: found by its heading, its lines and links, and what is around it. */
function readRoute(el: FormElement, title: string) {
  const h = [...root(el).querySelectorAll('h3')].find((x) => norm(x.textContent) === title);
  if (!h) throw new Error(`No heading "${title}". Headings: ${[...root(el).querySelectorAll('h2, h3')].map((x) => norm(x.textContent)).join(' | ')}`);
  const box = h.parentElement!;
  const links = [...box.querySelectorAll('a')];
  return {
    lines: [...box.querySelectorAll('p, li')].map((x) => norm(x.textContent)),
    links: links.map((a) => ({ text: norm(a.textContent), href: a.getAttribute('href'), target: a.getAttribute('target') })),
    before: box.previousElementSibling,
    after: box.nextElementSibling,
    count: root(el).querySelectorAll('.contact-route').length,
  };
}

const EXPECTED = {
  nl: {
    title: 'Hulp nodig?',
    full: {
      lines: [
        'Neem contact op met de gemeente Utrecht.',
        'Bel 14 030',
        'Contactpagina van de gemeente Utrecht (opent in een nieuw tabblad)',
        'Op werkdagen van 8.00 tot 17.00 uur.',
      ],
      links: [
        { text: '14 030', href: 'tel:14030', target: null },
        { text: 'Contactpagina van de gemeente Utrecht (opent in een nieuw tabblad)', href: 'https://www.utrecht.nl/contact/', target: '_blank' },
      ],
    },
    bare: { lines: ['Neem contact op met de gemeente Utrecht.'], links: [] },
  },
  en: {
    title: 'Need help?',
    full: {
      lines: [
        'Contact the municipality of Utrecht.',
        'Call 14 030',
        'Contact page of the municipality of Utrecht (opens in a new tab)',
        'Op werkdagen van 8.00 tot 17.00 uur.',
      ],
      links: [
        { text: '14 030', href: 'tel:14030', target: null },
        { text: 'Contact page of the municipality of Utrecht (opens in a new tab)', href: 'https://www.utrecht.nl/contact/', target: '_blank' },
      ],
    },
    bare: { lines: ['Contact the municipality of Utrecht.'], links: [] },
  },
} as const;

/** Reads the route in Dutch, then in English (switched live), then back to Dutch; axe in both when asked. */
async function expectRoute(
  el: FormElement,
  kind: 'full' | 'bare',
  where: { before: (e: Element | null) => boolean; after: (e: Element | null) => boolean },
  axe = false,
): Promise<void> {
  for (const lang of ['nl', 'en'] as const) {
    el.setAttribute('lang', lang);
    await tick(el);
    const route = readRoute(el, EXPECTED[lang].title);
    expect(route.count, 'one contact route').to.equal(1);
    expect(route.lines, `${lang} lines`).to.deep.equal([...EXPECTED[lang][kind].lines]);
    expect(route.links, `${lang} links`).to.deep.equal([...EXPECTED[lang][kind].links]);
    expect(where.before(route.before), `${lang}: directly after the message`).to.equal(true);
    expect(where.after(route.after), `${lang}: directly before the actions`).to.equal(true);
    if (axe) await expect(el).to.be.accessible();
  }
  el.setAttribute('lang', 'nl');
  await tick(el);
}

const onReferral = {
  before: (e: Element | null) => e?.tagName === 'P' && e.previousElementSibling?.classList.contains('step-title') === true,
  // The last thing on a referral ("Stop en wis" sits at the top of every view, issue 7 item 7).
  after: (e: Element | null) => e === null,
};
const onFailure = {
  before: (e: Element | null) => e?.classList.contains('send-error') === true,
  // Before "Versturen"/"Opnieuw versturen"; last when the form offers no resend (a 2xx without
  // kenmerk may have been filed: issue 7 item 3).
  after: (e: Element | null) => e === null || e.classList.contains('actions'),
};

/** Each form's referrals: the start step's answers that end the form. */
const REFERRALS: Record<string, { answers: [string, string][] }[]> = {
  verhuizing: [
    { answers: [['Waar verhuist u naar?', 'Naar het buitenland']] },
    { answers: [['Waar verhuist u naar?', 'Ik kom uit het buitenland en ga in Nederland wonen']] },
    { answers: [['Waar verhuist u naar?', 'Ik heb geen vast woonadres']] },
  ],
  overlijden: [
    { answers: [['Waar is de persoon overleden?', 'In een andere Nederlandse gemeente']] },
    { answers: [['Waar is de persoon overleden?', 'In het buitenland']] },
    {
      answers: [['Waar is de persoon overleden?', 'In de gemeente Utrecht'], ['Om welke situatie gaat het?', 'Een kind dat levenloos is geboren']],
    },
    {
      answers: [['Waar is de persoon overleden?', 'In de gemeente Utrecht'], ['Om welke situatie gaat het?', 'Een lichaam dat is gevonden']],
    },
  ],
};

function problem(status: number, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: 'Fout', status }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** Every kind of failure message the engine shows after "Versturen", and a text of each. */
const FAILURES: { name: string; respond: () => Response; message: string }[] = [
  { name: '401', respond: () => problem(401), message: 'U bent niet meer ingelogd' },
  { name: '403', respond: () => problem(403), message: 'U bent niet meer ingelogd' },
  { name: '409', respond: () => problem(409), message: 'Deze aanvraag is al eerder met andere gegevens verstuurd' },
  { name: '413', respond: () => problem(413), message: 'De bijlagen zijn te groot' },
  { name: 'another 4xx (404)', respond: () => problem(404), message: 'Het versturen is niet gelukt.' },
  { name: 'retries exhausted (503 four times)', respond: () => problem(503, { 'Retry-After': '0' }), message: 'de gemeente nu niet bereikbaar is' },
  {
    name: '201 without a kenmerk',
    respond: () => new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } }),
    message: 'gaf geen kenmerk terug',
  },
];

async function sendAndFail(el: FormElement, failure: (typeof FAILURES)[number]): Promise<void> {
  sinon.restore();
  sinon.stub(console, 'warn');
  const fetch = sinon.stub(window, 'fetch').callsFake(async () => failure.respond());
  // Wait for this send's own failure (401 and 403 share their text with the message already shown).
  const failed = new Promise<void>((resolve) => el.addEventListener('gemeente-submit-error', () => resolve(), { once: true }));
  const submit = root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
  // "Versturen" or "Opnieuw versturen", whichever the last failure left: pressed with the keyboard.
  submit.focus();
  await sendKeys({ press: 'Enter' });
  await failed;
  await tick(el);
  expect(fetch.callCount, failure.name).to.be.greaterThan(0);
  expect(norm(root(el).querySelector('.send-error')?.textContent), failure.name).to.contain(failure.message);
}

async function declare(el: FormElement): Promise<void> {
  const label = [...root(el).querySelectorAll('label')].find((l) => /naar waarheid/.test(l.textContent ?? ''));
  await check(el, norm(label!.textContent));
}

/** A referral: the view with a heading and no <form> (nothing can be sent from it). */
const onReferralView = (el: FormElement) => !!root(el).querySelector('.step-title') && root(el).querySelector('form') === null;

describe('the contact route (issue 6 item 16)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sinon.restore());

  for (const driver of [verhuizingDriver, overlijdenDriver] as FormDriver[]) {
    const endpoint = `http://127.0.0.1:9/api/${driver.formulier}`;

    describe(`<${driver.tag}>`, () => {
      it('every referral shows the route after its text, with contact-url, contact-telefoon and contact-tekst, in nl and en (axe)', async function () {
        this.timeout(60000);
        const warn = sinon.stub(console, 'warn');
        const el = await driver.create({ endpoint, attrs: CONTACT });
        for (const [i, referral] of REFERRALS[driver.formulier]!.entries()) {
          for (const [legend, option] of referral.answers) await choose(el, legend, option);
          await press(el, 'Volgende');
          await until(() => onReferralView(el)).catch(() => {
            throw new Error(`expected a referral for ${JSON.stringify(referral.answers)}, got "${heading(el)}"`);
          });
          await expectRoute(el, 'full', onReferral, i === 0);
          await press(el, 'Vorige stap');
          await until(() => !!root(el).querySelector('fieldset'));
        }
        expect(warn.callCount, 'no warning when the route is set').to.equal(0);
      });

      it("every failure message (401, 403, 409, 413, another 4xx, retries exhausted, no kenmerk, the host's fail()) shows the route after it, in nl and en (axe)", async function () {
        this.timeout(120000);
        const el = await driver.create({ endpoint, attrs: CONTACT });
        await walkToCheck(el, driver.shortSteps);
        await declare(el);
        // The 2xx without kenmerk comes last: after it the form offers no "Versturen" (item 3).
        const last = FAILURES.at(-1)!;
        for (const [i, failure] of FAILURES.slice(0, -1).entries()) {
          await sendAndFail(el, failure);
          await expectRoute(el, 'full', onFailure, i === 0);
        }
        // A host that sends the payload itself and reports a failure gets the same route.
        sinon.restore();
        const hostSends = (e: Event) => e.preventDefault();
        el.addEventListener('gemeente-submit', hostSends);
        // "Opnieuw versturen" after the failures above, pressed with the keyboard.
        root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.focus();
        await sendKeys({ press: 'Enter' });
        await tick(el);
        el.fail('Het zaaksysteem is even niet bereikbaar.');
        await tick(el);
        expect(norm(root(el).querySelector('.send-error')?.textContent)).to.contain('Het zaaksysteem is even niet bereikbaar.');
        await expectRoute(el, 'full', onFailure);
        el.removeEventListener('gemeente-submit', hostSends);
        await sendAndFail(el, last);
        await expectRoute(el, 'full', onFailure);
      });

      it('without the contact attributes the route says "Neem contact op met de gemeente Utrecht" on a referral and a failure (nl and en, axe), and the console warns once naming the attributes', async function () {
        this.timeout(60000);
        const warn = sinon.stub(console, 'warn');
        const el = await driver.create({ endpoint });
        const referral = REFERRALS[driver.formulier]![0]!;
        for (const [legend, option] of referral.answers) await choose(el, legend, option);
        await press(el, 'Volgende');
        await until(() => onReferralView(el));
        await expectRoute(el, 'bare', onReferral, true);

        const warnings = warn.getCalls().map((c) => String(c.args[0]));
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`<${driver.tag}>`);
        for (const name of ['contact-url', 'contact-telefoon', 'contact-tekst']) expect(warnings[0]).to.contain(name);
        // Once per element: a re-parse of the configuration (an attribute changed) does not repeat it.
        el.setAttribute('persist-minutes', '30');
        await tick(el);
        expect(warn.callCount).to.equal(1);

        await press(el, 'Vorige stap');
        await until(() => !!root(el).querySelector('fieldset'));
        await walkToCheck(el, driver.shortSteps);
        await declare(el);
        await sendAndFail(el, FAILURES.find((f) => f.name === '409')!);
        await expectRoute(el, 'bare', onFailure, true);
        expect(button(el, 'Versturen')).to.exist;
      });
    });
  }

  it('a wrong contact-url or contact-telefoon is a configuration message (nl and en) naming the attribute', async () => {
    const error = sinon.stub(console, 'error');
    const el = await verhuizingDriver.create({ endpoint: '/api/verhuizing', attrs: { 'contact-url': 'javascript:alert(1)', 'contact-telefoon': 'bel ons' } });
    const box = () => norm(root(el).querySelector('.config-error')?.textContent);
    expect(box()).to.contain('Het attribuut contact-url moet een https-adres zijn');
    expect(box()).to.contain('Het attribuut contact-telefoon moet een telefoonnummer zijn');
    for (const name of ['contact-url', 'contact-telefoon']) {
      expect(error.getCalls().some((c) => String(c.args[0]).includes(`"${name}"`))).to.equal(true);
    }
    el.setAttribute('lang', 'en');
    await tick(el);
    expect(box()).to.contain('The contact-url attribute must be an https address');
    expect(box()).to.contain('The contact-telefoon attribute must be a telephone number');
    await expect(el).to.be.accessible();
  });
});
