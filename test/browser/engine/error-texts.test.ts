// issue 7 item 1: the messages are each field's own (locale files), not built from the label — the
// texts the Node catalogue checks (test/node/form/error-messages.test.ts) are the ones that reach the
// inline error and the error summary, in Dutch and, switched live, in English. Before: "Kies een
// antwoord bij: Waar verhuist u naar?", "Vul met hoeveel mensen woont u … op het nieuwe adres? in",
// "Vul kvK-nummer in".
import { expect } from '@open-wc/testing';
import { choose, errors, inlineErrors, press, tick, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { createVerhuizing } from '../verhuizing/driver.js';
import { createAt, createOverlijden } from '../overlijden/driver.js';

const ENDPOINT = 'http://127.0.0.1:9/api';

/** Both places a citizen reads the message: the summary entry and the inline error at the field. */
async function shows(el: FormElement, message: string): Promise<void> {
  await until(() => errors(el).some((e) => e.endsWith(message)) && inlineErrors(el).includes(message)).catch(() => {
    throw new Error(`"${message}" not in summary ${JSON.stringify(errors(el))} and inline ${JSON.stringify(inlineErrors(el))}`);
  });
}

async function inEnglish(el: FormElement): Promise<void> {
  el.setAttribute('lang', 'en');
  await tick(el);
}

describe('error texts of the fields themselves (issue 7 item 1)', () => {
  beforeEach(() => sessionStorage.clear());

  it('verhuizing: "Waar verhuist u naar?" and the number of residents, nl and en', async function () {
    this.timeout(30000);
    const el = await createVerhuizing({ endpoint: ENDPOINT });
    await press(el, 'Volgende');
    await shows(el, 'Kies waar u naartoe verhuist');
    expect(errors(el).join(' ')).not.to.contain('?');

    await choose(el, 'Waar verhuist u naar?', 'Naar een adres in Nederland');
    await tick(el);
    await choose(el, 'Verhuist u zelf mee?', 'Ja');
    await press(el, 'Volgende');
    await untilStep(el, 'Uw nieuwe adres');
    await press(el, 'Volgende');
    await shows(el, 'Vul in hoeveel mensen er op het nieuwe adres gaan wonen');
    await shows(el, 'Kies de woonsituatie op het nieuwe adres');
    // The address is one summary entry (item 4); each part keeps its own inline message.
    await until(() => inlineErrors(el).includes('Vul de postcode in'));
    expect(errors(el)).to.include('Nieuw adres: Vul postcode, huisnummer, straat en plaats in');
    expect(errors(el).join(' ')).not.to.contain('?');

    await inEnglish(el);
    await shows(el, 'Enter the number of people at the new address after the move');
    await shows(el, 'Select the living situation at the new address');
    await until(() => inlineErrors(el).includes('Enter the postcode'));
    expect(errors(el)).to.include('New address: Enter postcode, house number, street and town');
  });

  it('overlijden: where the person died and the KvK number, nl and en', async function () {
    this.timeout(30000);
    const first = await createOverlijden({ endpoint: ENDPOINT });
    await press(first, 'Volgende');
    await shows(first, 'Kies waar de persoon is overleden');
    await inEnglish(first);
    await shows(first, 'Select where the person died');

    const el = await createAt('aangever', { endpoint: ENDPOINT, extra: { aangever: { organisatie: { kvkNummer: '' } } } });
    await untilStep(el, 'Gegevens van de aangever');
    await press(el, 'Volgende');
    await shows(el, 'Vul het KvK-nummer in, 8 cijfers');
    expect(errors(el).join(' ')).not.to.match(/kvK/);
    await inEnglish(el);
    await shows(el, 'Enter the Chamber of Commerce (KvK) number, 8 digits');
  });
});
