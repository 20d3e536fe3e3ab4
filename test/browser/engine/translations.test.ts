// issue 8 hole 5: `translations` on one element changed every form on the page (the overrides were
// deep-merged into the locale objects all elements shared). Each element's overrides are its own.
import { expect } from '@open-wc/testing';
import { button, tick } from '../support/user.js';
import { createVerhuizing } from '../verhuizing/driver.js';
import { createOverlijden } from '../overlijden/driver.js';
import type { FormElement } from '../shared/form-driver.js';

const translations = {
  nl: { navigatie: { volgende: 'Ga verder' } },
  en: { navigatie: { volgende: 'Proceed' } },
};

const next = (el: FormElement, text: string) => button(el, text).textContent!.trim();

async function setLang(els: FormElement[], lang: string): Promise<void> {
  for (const el of els) el.setAttribute('lang', lang);
  for (const el of els) await tick(el);
}

describe('translations on one element of several on a page', () => {
  it('change only that element, in nl and en; forms made before and after keep the bundled texts', async () => {
    const before = await createVerhuizing({ endpoint: '/api/verhuizing' });
    const overlijden = await createOverlijden({ endpoint: '/api/overlijden' });
    const own = await createVerhuizing({ endpoint: '/api/verhuizing', props: { translations } });
    const after = await createVerhuizing({ endpoint: '/api/verhuizing' });
    const others = [before, overlijden, after];

    expect(next(own, 'Ga verder')).to.equal('Ga verder');
    for (const el of others) expect(next(el, 'Volgende'), el.id).to.equal('Volgende');

    await setLang([own, ...others], 'en');
    expect(next(own, 'Proceed')).to.equal('Proceed');
    for (const el of others) expect(next(el, 'Continue'), el.id).to.equal('Continue');

    // A host that replaces the property gets exactly the new overrides.
    own.translations = { en: { navigatie: { volgende: 'Next' } } };
    await tick(own);
    expect(next(own, 'Next')).to.equal('Next');
    await setLang([own], 'nl');
    expect(next(own, 'Volgende')).to.equal('Volgende');
  });
});
