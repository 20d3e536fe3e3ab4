// Issue 7 item 9, the smaller ones, for both forms through the shared engine (docs/steps-and-check-page.md):
// - "Stap 2 van 7" never changes while the citizen answers on a step (it did: "van 5" became "van 6");
// - the check page shows postcode, time and telephone as they are sent ("3512 ZZ", "23:30",
//   "+31301234567"), birth dates without a weekday, a moving, death or funeral date with one;
// - autocomplete tokens (WCAG 1.3.5) only on the citizen's own data, the new address as
//   `section-nieuw …`, and `off` on every input about someone else;
// - the verhuizing's addresses are fieldsets with a legend, as the death form's are.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { press, root, tick } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormDriver, FormElement } from '../shared/form-driver.js';
import { verhuizingDriver } from '../verhuizing/driver.js';
import { overlijdenDriver } from '../overlijden/driver.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const stepCount = (el: FormElement) => norm(root(el).querySelector('.step-count')?.textContent);

/** The values of the check page's rows with this label (dt), in order. */
function rows(el: FormElement, label: string): string[] {
  return [...root(el).querySelectorAll('.summary__row')]
    .filter((row) => norm(row.querySelector('dt')?.textContent) === label)
    .map((row) => norm(row.querySelector('dd')?.textContent));
}

/**
 * WCAG 1.3.5 as this project reads it: a token only where the input asks for the citizen's own data,
 * from this list; the new address in its own section; `off` for anyone else's.
 */
const OWN_TOKENS = new Set([
  'given-name', 'family-name', 'bday-day', 'bday-month', 'bday-year', 'email', 'tel', 'organization',
  'postal-code', 'address-line1', 'address-level2',
]);

interface AutocompleteRule {
  /** Field-id prefixes of answers about someone else (co-movers, the deceased, a hoofdbewoner …). */
  others: string[];
  /** Field-id prefix of the new address, whose tokens are in `section-nieuw`. */
  newAddress?: string;
}

const RULES: Record<string, AutocompleteRule> = {
  verhuizing: { others: ['f-meeverhuizers-', 'f-hoofdbewoner-'], newAddress: 'f-nieuwAdres-' },
  overlijden: { others: ['f-overledene-', 'f-overlijden-schouwendArts-', 'f-aangever-gemachtigdDoor-'] },
};

/** Every typed input on the current step that breaks the rule, as "id: autocomplete". */
function autocompleteFaults(el: FormElement, rule: AutocompleteRule): string[] {
  const faults: string[] = [];
  const inputs = [...root(el).querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')]
    .filter((i) => !['radio', 'checkbox', 'file', 'hidden'].includes((i as HTMLInputElement).type));
  for (const input of inputs) {
    const value = input.getAttribute('autocomplete');
    const other = rule.others.some((p) => input.id.startsWith(p));
    const nieuw = !!rule.newAddress && input.id.startsWith(rule.newAddress);
    const ok = other
      ? value === 'off'
      : value === null || value === 'off' ||
        (nieuw ? value.startsWith('section-nieuw ') && OWN_TOKENS.has(value.slice('section-nieuw '.length)) : OWN_TOKENS.has(value));
    if (!ok) faults.push(`${input.id}: ${value}`);
  }
  return faults;
}

for (const driver of [verhuizingDriver, overlijdenDriver] as FormDriver[]) {
  describe(`<${driver.tag}> smaller items of issue 7 (item 9)`, () => {
    let receiver: ReceiverUrls;
    beforeEach(async () => {
      sessionStorage.clear();
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
    });
    afterEach(async () => {
      await executeServerCommand('receiver-stop');
    });

    const create = () => driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, lookupUrl: receiver.lookupUrl });

    it('keeps "Stap N van M" while the citizen answers on a step, and fits autocomplete tokens to whose data it is, on every step', async function () {
      this.timeout(60000);
      const el = await create();
      const counts: string[] = [];
      for (const step of driver.allSteps) {
        await untilStep(el, step.heading.nl);
        const before = stepCount(el);
        await step.fill(el);
        await tick(el);
        // The answers on this step (a choice that adds the hoofdbewoner or the attachment step) do
        // not move the total under the citizen's eyes.
        expect(stepCount(el), `on "${step.heading.nl}"`).to.equal(before);
        expect(autocompleteFaults(el, RULES[driver.formulier]!), `on "${step.heading.nl}"`).to.deep.equal([]);
        // A template slip once rendered ": nothing}" after each co-mover.
        expect(norm(root(el).textContent)).not.to.contain('nothing}');
        counts.push(before);
        await press(el, 'Volgende');
        await tick(el);
      }
      await untilStep(el, 'Controleer uw gegevens');
      const last = stepCount(el);
      expect(last).to.match(/^Stap (\d+) van \1$/);
      // Numbered one by one; a total only goes down (a later step ruled out), never up.
      const parsed = [...counts, last].map((c) => c.match(/^Stap (\d+) van (\d+)$/)!.slice(1).map(Number));
      parsed.forEach(([stap], i) => expect(stap).to.equal(i + 1));
      for (let i = 1; i < parsed.length; i++) expect(parsed[i]![1]).to.be.at.most(parsed[i - 1]![1]!);
    });
  });
}

describe('check page values, as they are sent', () => {
  let receiver: ReceiverUrls;
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  async function toCheck(driver: FormDriver): Promise<FormElement> {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: driver.today, now: driver.now });
    const el = await driver.create({ endpoint: `${receiver.url}${driver.endpointPath}`, lookupUrl: receiver.lookupUrl });
    for (const step of driver.allSteps) {
      await untilStep(el, step.heading.nl);
      await step.fill(el);
      await press(el, 'Volgende');
      await tick(el);
    }
    await untilStep(el, 'Controleer uw gegevens');
    return el;
  }

  it('verhuizing: "3512zz" as 3512 ZZ, "06-12345678" as +31612345678, a birth date without weekday, the moving date with one', async function () {
    this.timeout(60000);
    const el = await toCheck(verhuizingDriver);
    // The new address typed "3512zz"; the current one "3011 ad".
    expect(rows(el, 'Postcode')).to.deep.equal(['3512 ZZ', '3011 AD']);
    expect(rows(el, 'Telefoonnummer')).to.deep.equal(['+31612345678']);
    expect(rows(el, 'Geboortedatum')).to.include.members(['27 maart 1985', '12 juni 1987', '3 september 2016', '5 mei 1990']);
    expect(rows(el, 'Geboortedatum van de hoofdbewoner')).to.deep.equal(['15 januari 1979']);
    expect(rows(el, 'Verhuisdatum')).to.deep.equal(['dinsdag 1 december 2026']);
    // The address fields are grouped as in the death form: a fieldset with a legend, a sub-heading here.
    expect([...root(el).querySelectorAll('.summary__section')].map((h) => norm(h.textContent))).to.include.members(['Nieuw adres', 'Uw huidige adres']);
  });

  it('overlijden: "23.30" as 23:30, "030-123 4567" as +31301234567, birth dates without weekday, the dates of death and funeral with one', async function () {
    this.timeout(60000);
    const el = await toCheck(overlijdenDriver);
    expect(rows(el, 'Tijd van overlijden')).to.deep.equal(['23:30']);
    expect(rows(el, 'Telefoonnummer')).to.deep.equal(['+31301234567']);
    expect(rows(el, 'Geboortedatum')).to.deep.equal(['14 mei 1938']);
    expect(rows(el, 'Geboortedatum van de partner')).to.deep.equal(['1 februari 1935']);
    expect(rows(el, 'Datum van overlijden')).to.deep.equal(['vrijdag 27 november 2026']);
    expect(rows(el, 'Datum van de uitvaart')[0]).to.match(/^(maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag) /);
  });
});

describe('<gemeente-verhuizing> address fields grouped as in the death form', () => {
  let receiver: ReceiverUrls;
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('puts the new and the current address each in a fieldset with a legend', async function () {
    this.timeout(30000);
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: verhuizingDriver.today, now: verhuizingDriver.now });
    const el = await verhuizingDriver.create({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl: receiver.lookupUrl });
    const legendOf = (id: string) => norm(root(el).getElementById(id)?.closest('fieldset')?.querySelector('legend')?.textContent);
    const [start, nieuw, aangever] = verhuizingDriver.allSteps;
    await untilStep(el, start!.heading.nl);
    await start!.fill(el);
    await press(el, 'Volgende');
    await untilStep(el, nieuw!.heading.nl);
    expect(legendOf('f-nieuwAdres-postcode')).to.equal('Nieuw adres');
    expect(legendOf('f-nieuwAdres-huisnummer')).to.equal('Nieuw adres');
    await nieuw!.fill(el);
    await press(el, 'Volgende');
    await untilStep(el, aangever!.heading.nl);
    expect(legendOf('f-vorigAdres-postcode')).to.equal('Uw huidige adres');
    await expect(el).to.be.accessible();
  });
});
