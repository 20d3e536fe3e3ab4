// The first view's Dutch texts come without i18next (src/i18n/plain-text.ts, issue 9): both forms
// render their first step, in Dutch, with no i18next instance; the first text that needs one (a
// language that `lang` asks for, the host's `translations`, a plural) creates it, and from then on
// it gives every text — the host's override included.
import { expect } from '@open-wc/testing';
import { button, heading, tick, until } from '../support/user.js';
import { createVerhuizing } from '../verhuizing/driver.js';
import { createOverlijden } from '../overlijden/driver.js';
import type { FormElement } from '../shared/form-driver.js';

/** Private to the element: whether it has created its i18next instance yet. */
const hasInstance = (el: FormElement) => (el as unknown as { i18nInstance?: unknown }).i18nInstance !== undefined;

describe('the first view without i18next', () => {
  for (const [name, create, title] of [
    ['verhuizing', createVerhuizing, 'Verhuizing doorgeven aan de gemeente Utrecht'],
    ['overlijden', createOverlijden, 'Aangifte van overlijden bij de gemeente Utrecht'],
  ] as const) {
    it(`${name}: the first step in Dutch, no instance; lang="en" creates one and shows English`, async () => {
      const el = await create({ endpoint: '/api/form', attrs: { 'contact-telefoon': '14 030' } });
      expect(heading(el)).to.equal(title);
      expect(button(el, 'Volgende')).to.exist;
      expect(hasInstance(el)).to.equal(false);
      el.setAttribute('lang', 'en');
      await tick(el);
      await until(() => !!button(el, 'Continue'));
      expect(hasInstance(el)).to.equal(true);
    });
  }

  it('the host\'s Dutch translations are used from the first render, still without an instance', async () => {
    // Merged over the bundled Dutch as i18next would (bundled-texts.ts withOverrides): a classic
    // script's first view has no i18next, which comes with its later part.
    const el = await createVerhuizing({ endpoint: '/api/form', props: { translations: { nl: { navigatie: { volgende: 'Ga verder' } } } } });
    expect(button(el, 'Ga verder')).to.exist;
    expect(button(el, 'Stop en wis mijn gegevens')).to.exist;
    expect(hasInstance(el)).to.equal(false);
  });

  it('a language only the host\'s translations bring needs the instance', async () => {
    const el = await createVerhuizing({ endpoint: '/api/form', attrs: { lang: 'de' }, props: { translations: { de: { navigatie: { volgende: 'Weiter' } } } } });
    await el.updateComplete;
    expect(button(el, 'Weiter')).to.exist;
    expect(hasInstance(el)).to.equal(true);
  });
});
