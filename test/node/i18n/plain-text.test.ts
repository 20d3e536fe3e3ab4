// The first view's Dutch texts without i18next (src/i18n/plain-text.ts, issue 9): wherever
// `plainText` answers, it answers what i18next itself gives — checked here for every Dutch key of
// both forms against a real instance (createI18n), with fixed and random values — and it refuses
// what needs i18next: plurals, contexts, another language, nesting, formats, unknown options.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createI18n, setTranslations } from '../../../src/i18n/i18n.js';
import { dutchTexts, withOverrides, type FormTexts } from '../../../src/i18n/bundled-texts.js';
import { plainText } from '../../../src/i18n/plain-text.js';
import { verhuizingNl } from '../../../src/i18n/locales/verhuizing.nl.js';
import { overlijdenNl } from '../../../src/i18n/locales/overlijden.nl.js';

const FORMS: Record<string, FormTexts> = { verhuizing: { nl: verhuizingNl }, overlijden: { nl: overlijdenNl } };

/** Every leaf of a nested text object as [dotted key, text]. */
function leaves(texts: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(texts).flatMap(([k, v]) =>
    typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v as Record<string, unknown>, `${prefix}${k}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([A-Za-z_$][\w$]*)\s*\}\}/g)].map((m) => m[1]!);

/** The keys the verhuizing's start step asks for before its first field (counted in the built script). */
const FIRST_VIEW = [
  'verhuizing.start.intro', 'verhuizing.start.nodigTitel', 'verhuizing.start.nodig1', 'verhuizing.start.routering',
  'veld.nietVerplicht', 'veld.foutPrefix', 'veld.vergrendeld', 'verhuizing.start.routeringBinnenland',
  'navigatie.wissen', 'navigatie.volgende',
];

describe('plainText answers as i18next does', () => {
  for (const [form, texts] of Object.entries(FORMS)) {
    const bundle = dutchTexts(texts);
    const i18n = createI18n(texts);
    const all = leaves(bundle);

    it(`${form}: every Dutch key, without options and with a value for each placeholder`, () => {
      let answered = 0;
      for (const [key, text] of all) {
        const names = placeholders(text);
        for (const options of [undefined, Object.fromEntries(names.map((n, i) => [n, i % 2 ? 7 : `Waarde & <${n}>`]))]) {
          const fast = plainText(bundle, key, options);
          if (fast === undefined) continue;
          answered++;
          assert.equal(fast, i18n.t(key, options), key);
        }
      }
      // It is there to be used: most texts are plain.
      assert.ok(answered > all.length * 0.8, `${answered} answers for ${all.length} keys`);
    });

    it(`${form}: random values (fast-check)`, () => {
      const keys = all.filter(([, text]) => placeholders(text).length > 0);
      fc.assert(
        fc.property(fc.constantFrom(...keys), fc.array(fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true })), { minLength: 3, maxLength: 3 }), ([key, text], values) => {
          const options = Object.fromEntries(placeholders(text).map((n, i) => [n, values[i % 3]]));
          const fast = plainText(bundle, key, options);
          if (fast !== undefined) assert.equal(fast, i18n.t(key, options), key);
        }),
        { numRuns: 500 },
      );
    });
  }

  it('the start step of the verhuizing needs no i18next', () => {
    const bundle = dutchTexts(FORMS.verhuizing!);
    for (const key of FIRST_VIEW) assert.equal(typeof plainText(bundle, key), 'string', key);
    assert.equal(plainText(bundle, 'navigatie.stapVan', { stap: 1, totaal: 5 }), createI18n(FORMS.verhuizing!).t('navigatie.stapVan', { stap: 1, totaal: 5 }));
  });
});

describe('plainText leaves to i18next what needs it', () => {
  const texts = {
    a: 'Stap {{stap}} van {{ totaal }}',
    b: { c: 'Genest' },
    nest: 'Zie $t(b.c)',
    raw: 'Naam: {{- naam}}',
    pad: 'Naam: {{persoon.naam}}',
    fmt: 'Duur: {{verschil, duur}}',
    n: '{{count}} bestanden',
  };
  const cases: [string, Record<string, unknown> | undefined][] = [
    ['b', undefined], // an object, not a text
    ['b.d', undefined], // missing
    ['x:b.c', undefined], // a namespace
    ['nest', undefined],
    ['raw', { naam: 'A' }],
    ['pad', { persoon: 'A' }],
    ['fmt', { verschil: '1:05' }],
    ['n', { count: 2 }], // a plural
    ['b.c', { context: 'x' }],
    ['b.c', { lng: 'en' }],
    ['b.c', { defaultValue: 'x' }], // an option that is no placeholder
    ['a', { stap: 1 }], // a placeholder without a value
    ['a', { stap: 1, totaal: '$t(b.c)' }], // a value that i18next would nest
    ['a', { stap: 1, totaal: '{{stap}}' }],
    ['a', { stap: 1, totaal: { n: 5 } }],
  ];
  for (const [key, options] of cases) {
    it(`${key} ${JSON.stringify(options)}`, () => assert.equal(plainText(texts, key, options), undefined));
  }
  it('answers the plain ones', () => {
    assert.equal(plainText(texts, 'a', { stap: 1, totaal: 5 }), 'Stap 1 van 5');
    assert.equal(plainText(texts, 'b.c'), 'Genest');
  });
});

// A classic script's first view has no i18next (it comes with the later part): the host's Dutch
// `translations` show through withOverrides, which must merge as i18next's setTranslations does.
describe('withOverrides merges the host Dutch overrides as i18next does', () => {
  const texts = FORMS.verhuizing!;
  const bundle = dutchTexts(texts);
  const keys = leaves(bundle).map(([key]) => key);

  /** `{ a: { b: value } }` for the dotted key `a.b`. */
  const nested = (key: string, value: unknown): Record<string, unknown> =>
    key.split('.').reduceRight<unknown>((inner, part) => ({ [part]: inner }), value) as Record<string, unknown>;

  it('fixed cases: a label, a whole group, a new key, an object over a text', () => {
    const cases: Record<string, unknown>[] = [
      { navigatie: { volgende: 'Ga verder' } },
      { navigatie: { volgende: 'Ga verder', vorige: 'Terug naar de vorige vraag' }, verhuizing: { start: { intro: 'Meld uw verhuizing.' } } },
      { eigen: { tekst: 'Alleen bij deze gemeente' } },
      { navigatie: { volgende: { toch: 'een object' } } },
    ];
    for (const nl of cases) {
      const merged = withOverrides(bundle, nl);
      const i18n = createI18n(texts);
      setTranslations(i18n, { nl });
      for (const key of [...keys, 'eigen.tekst', 'navigatie.volgende.toch']) {
        const fast = plainText(merged, key);
        if (fast !== undefined) assert.equal(fast, i18n.t(key), `${JSON.stringify(nl)}: ${key}`);
      }
      assert.equal(plainText(merged, 'navigatie.wissen'), i18n.t('navigatie.wissen'));
    }
    assert.equal(plainText(withOverrides(bundle, cases[0]), 'navigatie.volgende'), 'Ga verder');
    assert.equal(bundle.navigatie && (bundle.navigatie as Record<string, unknown>).volgende, 'Volgende', 'the bundle is not changed');
  });

  it('random overrides of existing keys (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...keys), fc.string()), { minLength: 1, maxLength: 4 }), (pairs) => {
        const nl = pairs.reduce<Record<string, unknown>>((all, [key, value]) => withOverrides(all, nested(key, value)), {});
        const merged = withOverrides(bundle, nl);
        const i18n = createI18n(texts);
        setTranslations(i18n, { nl });
        for (const [key] of pairs) {
          const fast = plainText(merged, key);
          if (fast !== undefined) assert.equal(fast, i18n.t(key), key);
        }
      }),
      { numRuns: 150 },
    );
  });
});
