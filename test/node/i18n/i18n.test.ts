// issue 8 hole 5: `translations` on one element changed every form on the page, because i18next
// deep-merged the overrides into the module-level locale objects all instances shared.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addLanguage, createI18n, setTranslations, text } from '../../../src/i18n/i18n.js';
import verhuizingPack from '../../../src/i18n/packs/verhuizing.en.js';
import { nl } from '../../../src/i18n/locales/nl.js';
import { en } from '../../../src/i18n/locales/en.js';
import { commonNl } from '../../../src/i18n/locales/common.nl.js';
import { commonEn } from '../../../src/i18n/locales/common.en.js';
import { verhuizingNl } from '../../../src/i18n/locales/verhuizing.nl.js';
import { verhuizingEn } from '../../../src/i18n/locales/verhuizing.en.js';

/** A form's own texts, as FormDefinition.texts hands them to createI18n. */
const FORM = { nl: verhuizingNl };

/** An instance with English arrived, as the element has it after loading the verhuizing's English (load-language.ts). */
function withEnglish() {
  const instance = createI18n(FORM);
  addLanguage(instance, 'en', { ...verhuizingPack.shared, ...verhuizingPack.forms.verhuizing });
  return instance;
}

const overrides = {
  nl: { navigatie: { volgende: 'Ga verder' }, verzenden: { versturen: 'Indienen' } },
  en: { navigatie: { volgende: 'Proceed' } },
  de: { navigatie: { volgende: 'Weiter' } },
};

describe('translations per element (no shared state)', () => {
  it('leaves the shared locale objects unchanged when one instance gets translations', () => {
    const before = structuredClone({ nl, en, commonNl, commonEn, verhuizingNl, verhuizingEn });
    const one = withEnglish();
    setTranslations(one, overrides);
    assert.equal(one.t('navigatie.volgende'), 'Ga verder');
    assert.deepEqual({ nl, en, commonNl, commonEn, verhuizingNl, verhuizingEn }, before);
    assert.equal(commonNl.navigatie.volgende, 'Volgende');
    assert.equal(commonEn.navigatie.volgende, 'Continue');
  });

  it('keeps another instance, made before or after, on the bundled texts in nl and en', () => {
    const earlier = withEnglish();
    const one = withEnglish();
    setTranslations(one, overrides);
    const later = withEnglish();
    for (const other of [earlier, later]) {
      assert.equal(other.t('navigatie.volgende', { lng: 'nl' }), 'Volgende');
      assert.equal(other.t('verzenden.versturen', { lng: 'nl' }), 'Versturen');
      assert.equal(other.t('navigatie.volgende', { lng: 'en' }), 'Continue');
      assert.equal(other.hasResourceBundle('de', 'translation'), false);
    }
    assert.equal(one.t('navigatie.volgende', { lng: 'en' }), 'Proceed');
    assert.equal(one.t('navigatie.volgende', { lng: 'de' }), 'Weiter');
    // Texts the override does not name stay the bundled ones.
    assert.equal(one.t('navigatie.vorige', { lng: 'nl' }), 'Vorige stap');
  });

  it('does not change the host object it was given', () => {
    const given = structuredClone(overrides);
    const one = withEnglish();
    setTranslations(one, given);
    one.addResourceBundle('nl', 'translation', { navigatie: { volgende: 'Nog iets' } }, true, true);
    assert.deepEqual(given, overrides);
  });

  it('a new translations value replaces the previous one (texts and added languages)', () => {
    const one = withEnglish();
    setTranslations(one, overrides);
    setTranslations(one, { en: { navigatie: { vorige: 'Go back' } } });
    assert.equal(one.t('navigatie.volgende', { lng: 'nl' }), 'Volgende');
    assert.equal(one.t('navigatie.volgende', { lng: 'en' }), 'Continue');
    assert.equal(one.t('navigatie.vorige', { lng: 'en' }), 'Go back');
    assert.equal(one.hasResourceBundle('de', 'translation'), false);
    setTranslations(one, undefined);
    assert.equal(one.t('navigatie.vorige', { lng: 'en' }), 'Previous step');
  });

  it('English that arrives later gets the overrides the host gave before it arrived', () => {
    const one = createI18n(FORM);
    setTranslations(one, overrides);
    assert.equal(one.t('navigatie.volgende', { lng: 'nl' }), 'Ga verder');
    addLanguage(one, 'en', { ...verhuizingPack.shared, ...verhuizingPack.forms.verhuizing });
    assert.equal(one.t('navigatie.volgende', { lng: 'en' }), 'Proceed');
    assert.equal(one.t('navigatie.vorige', { lng: 'en' }), 'Previous step');
    assert.equal(one.t('navigatie.volgende', { lng: 'de' }), 'Weiter');
  });
});

// `text` keeps what it looked up without options (a step with 10 co-movers asks for hundreds of
// labels per render); nothing it keeps may outlive a change of language or of the texts.
describe('text: looked-up texts are kept, never stale', () => {
  it('gives what i18next gives, with and without options', () => {
    const instance = withEnglish();
    for (const key of ['navigatie.volgende', 'navigatie.vorige', 'niet.bestaand']) assert.equal(text(instance, key), instance.t(key));
    assert.equal(text(instance, 'veld.verplichtKeuze', { vraag: 'Waar verhuist u naar?' }), 'Kies een antwoord bij: Waar verhuist u naar?');
    assert.equal(text(instance, 'veld.verplichtKeuze', { vraag: 'Verhuist u zelf mee?' }), 'Kies een antwoord bij: Verhuist u zelf mee?');
    assert.equal(text(instance, 'navigatie.volgende'), text(instance, 'navigatie.volgende'));
  });

  it('a language switch shows the other language (kept per language)', async () => {
    const instance = withEnglish();
    assert.equal(text(instance, 'navigatie.volgende'), 'Volgende');
    await instance.changeLanguage('en');
    assert.equal(text(instance, 'navigatie.volgende'), 'Continue');
    await instance.changeLanguage('nl');
    assert.equal(text(instance, 'navigatie.volgende'), 'Volgende');
  });

  it('new translations, a language that arrives and removed overrides show at once', async () => {
    const instance = createI18n(FORM);
    assert.equal(text(instance, 'navigatie.volgende'), 'Volgende');
    setTranslations(instance, overrides);
    assert.equal(text(instance, 'navigatie.volgende'), 'Ga verder');
    setTranslations(instance, undefined);
    assert.equal(text(instance, 'navigatie.volgende'), 'Volgende');
    setTranslations(instance, overrides);
    await instance.changeLanguage('en');
    // English not arrived yet: i18next falls back to Dutch (with its override) ...
    const before = text(instance, 'navigatie.vorige');
    assert.equal(before, 'Vorige stap');
    // ... and when it arrives, the English text shows (the kept fallback is gone).
    addLanguage(instance, 'en', { ...verhuizingPack.shared, ...verhuizingPack.forms.verhuizing });
    assert.equal(text(instance, 'navigatie.vorige'), 'Previous step');
    assert.equal(text(instance, 'navigatie.volgende'), 'Proceed');
  });
});
