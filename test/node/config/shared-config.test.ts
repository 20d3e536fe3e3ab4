import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_ADDRESS_LOOKUP,
  booleanAttribute,
  createConfigSchema,
  enumAttribute,
  isoDateListAttribute,
  linkAttribute,
  parseConfig,
  parseSharedConfig,
  positiveIntegerAttribute,
  propertyName,
  type ConfigError,
  type SharedConfig,
} from '../../../src/config/shared-config.js';
import { configNl } from '../../../src/i18n/locales/config.nl.js';
import { configEn } from '../../../src/i18n/locales/config.en.js';

const page = 'https://www.utrecht.nl/wonen/verhuizen/';
const minimal = { endpoint: 'https://api.utrecht.nl/verhuizing', 'gemeente-code': '0344', 'gemeente-naam': 'Utrecht' };

function configOf(attrs: Record<string, string | null>): SharedConfig {
  const result = parseSharedConfig(attrs, page);
  assert.ok(result.ok, `expected valid config, got ${JSON.stringify(!result.ok && result.errors)}`);
  return result.config;
}

function errorsOf(attrs: Record<string, string | null>): Array<[string, string]> {
  const result = parseSharedConfig(attrs, page);
  assert.ok(!result.ok, 'expected configuration errors');
  return result.errors.map((e) => [e.attribute, e.key]);
}

/** Looks a dotted key up in a locale object, as i18next would. */
function textFor(locale: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], locale);
}

describe('parseSharedConfig', () => {
  it('gives the defaults for a minimal, valid element', () => {
    const config = configOf(minimal);
    assert.equal(config.endpoint.href, 'https://api.utrecht.nl/verhuizing');
    assert.equal(config.gemeenteCode, '0344');
    assert.equal(config.gemeenteNaam, 'Utrecht');
    assert.equal(config.privacyUrl, null);
    assert.equal(config.addressLookup?.href, DEFAULT_ADDRESS_LOOKUP);
    assert.equal(config.persist, 'session');
    assert.equal(config.persistMinutes, 60);
    assert.equal(config.credentials, 'same-origin');
  });

  it('reads every shared attribute, with camelCase property names', () => {
    const config = configOf({
      endpoint: '/api/verhuizing',
      'gemeente-code': ' 0363 ',
      'gemeente-naam': ' Amsterdam ',
      'privacy-url': '/privacy',
      'address-lookup': 'https://adressen.amsterdam.nl/free?key=abc',
      persist: 'NONE',
      'persist-minutes': '15',
      credentials: 'include',
      'theme-href': '/css/thema.css',
      'contact-url': '/contact',
      'contact-telefoon': '14 020',
      'contact-tekst': 'Bel op werkdagen van 8.00 tot 18.00 uur.',
    });
    assert.deepEqual(
      {
        ...config,
        endpoint: config.endpoint.href,
        privacyUrl: config.privacyUrl?.href,
        addressLookup: config.addressLookup?.href,
        themeHref: config.themeHref?.href,
        contactUrl: config.contactUrl?.href,
      },
      {
        endpoint: 'https://www.utrecht.nl/api/verhuizing',
        gemeenteCode: '0363',
        gemeenteNaam: 'Amsterdam',
        privacyUrl: 'https://www.utrecht.nl/privacy',
        addressLookup: 'https://adressen.amsterdam.nl/free?key=abc',
        persist: 'none',
        persistMinutes: 15,
        credentials: 'include',
        themeHref: 'https://www.utrecht.nl/css/thema.css',
        contactUrl: 'https://www.utrecht.nl/contact',
        contactTelefoon: { tekst: '14 020', href: 'tel:14020' },
        contactTekst: 'Bel op werkdagen van 8.00 tot 18.00 uur.',
      },
    );
  });

  it('treats address-lookup="off" as manual entry and an empty value as the PDOK default', () => {
    assert.equal(configOf({ ...minimal, 'address-lookup': 'off' }).addressLookup, null);
    assert.equal(configOf({ ...minimal, 'address-lookup': ' Off ' }).addressLookup, null);
    assert.equal(configOf({ ...minimal, 'address-lookup': '' }).addressLookup?.href, DEFAULT_ADDRESS_LOOKUP);
    assert.equal(configOf({ ...minimal, 'address-lookup': 'http://localhost:3000/free' }).addressLookup?.href, 'http://localhost:3000/free');
  });

  it('lists every missing required attribute at once, with the endpoint reason', () => {
    assert.deepEqual(errorsOf({}), [
      ['endpoint', 'config.endpoint.ontbreekt'],
      ['gemeente-code', 'config.gemeenteCode'],
      ['gemeente-naam', 'config.gemeenteNaam'],
    ]);
  });

  it('tells which attribute is wrong for each kind of bad value', () => {
    assert.deepEqual(errorsOf({ ...minimal, endpoint: 'http://api.utrecht.nl/verhuizing' }), [['endpoint', 'config.endpoint.nietToegestaan']]);
    assert.deepEqual(errorsOf({ ...minimal, endpoint: 'https://' }), [['endpoint', 'config.endpoint.ongeldig']]);
    assert.deepEqual(errorsOf({ ...minimal, endpoint: 'javascript:alert(1)' }), [['endpoint', 'config.endpoint.nietToegestaan']]);
    for (const code of ['344', '00344', 'UT01', '03 44', '']) {
      assert.deepEqual(errorsOf({ ...minimal, 'gemeente-code': code }), [['gemeente-code', 'config.gemeenteCode']], code);
    }
    assert.deepEqual(errorsOf({ ...minimal, 'gemeente-naam': '  ' }), [['gemeente-naam', 'config.gemeenteNaam']]);
    assert.deepEqual(errorsOf({ ...minimal, 'privacy-url': 'javascript:alert(1)' }), [['privacy-url', 'config.privacyUrl']]);
    assert.deepEqual(errorsOf({ ...minimal, 'address-lookup': 'http://pdok.example/free' }), [['address-lookup', 'config.addressLookup.nietToegestaan']]);
    assert.deepEqual(errorsOf({ ...minimal, 'address-lookup': 'https://' }), [['address-lookup', 'config.addressLookup.ongeldig']]);
    assert.deepEqual(errorsOf({ ...minimal, persist: 'local' }), [['persist', 'config.persist']]);
    for (const minutes of ['0', '-5', '1.5', '1e3', 'zestig', '99999999999999999999']) {
      assert.deepEqual(errorsOf({ ...minimal, 'persist-minutes': minutes }), [['persist-minutes', 'config.persistMinutes']], minutes);
    }
    assert.deepEqual(errorsOf({ ...minimal, credentials: 'always' }), [['credentials', 'config.credentials']]);
  });

  it('passes the attribute name to the message as {{attribuut}}', () => {
    const result = parseSharedConfig({ ...minimal, persist: 'local' }, page);
    assert.ok(!result.ok);
    assert.equal(result.errors[0]?.params.attribuut, 'persist');
  });

  it('has a Dutch and an English text for every key it can produce', () => {
    const result = parseSharedConfig(
      { endpoint: null, 'gemeente-code': 'x', 'privacy-url': 'ftp://x', 'address-lookup': 'ftp://x', persist: 'x', 'persist-minutes': 'x', credentials: 'x' },
      page,
    );
    assert.ok(!result.ok);
    const keys = [
      ...result.errors.map((e) => e.key),
      'config.titel',
      'config.endpoint.ongeldig',
      'config.endpoint.nietToegestaan',
      'config.addressLookup.ongeldig',
      'config.keuze',
      'config.positiefGetal',
      'config.datumlijst',
      'config.tekst',
      'config.url',
    ];
    for (const key of keys) {
      assert.equal(typeof textFor(configNl, key), 'string', `nl ${key}`);
      assert.equal(typeof textFor(configEn, key), 'string', `en ${key}`);
    }
    assert.equal(configNl.config.gemeenteCode, 'Het attribuut gemeente-code moet een CBS-code van 4 cijfers zijn, bijvoorbeeld "0344".');
  });
});

describe('extending the shared schema with form-specific attributes', () => {
  // The shape verhuizing uses (domain notes): these parsers are the generic building blocks.
  const verhuizingSchema = createConfigSchema(page, {
    hoofdbewoner: enumAttribute(['verplicht', 'optioneel', 'uit'], 'verplicht'),
    'laat-melden': enumAttribute(['waarschuwen', 'blokkeren'], 'waarschuwen'),
    'telefoon-verplicht': booleanAttribute(),
    'extra-feestdagen': isoDateListAttribute(),
    'max-bijlagen': positiveIntegerAttribute(5),
    'informatie-url': linkAttribute(page),
  });

  it('parses shared and own attributes into one typed config', () => {
    const result = parseConfig(verhuizingSchema, {
      ...minimal,
      hoofdbewoner: 'Optioneel',
      'telefoon-verplicht': '',
      'extra-feestdagen': '2026-12-31  2026-12-24 2026-12-24',
      'informatie-url': 'https://www.utrecht.nl/informatie',
    });
    assert.ok(result.ok);
    const config = result.config;
    assert.equal(config.gemeenteCode, '0344');
    assert.equal(config.hoofdbewoner, 'optioneel');
    assert.equal(config.laatMelden, 'waarschuwen');
    assert.equal(config.telefoonVerplicht, true);
    assert.deepEqual(config.extraFeestdagen, ['2026-12-24', '2026-12-31']);
    assert.equal(config.maxBijlagen, 5);
    assert.equal(config.informatieUrl?.href, 'https://www.utrecht.nl/informatie');
  });

  it('reads a boolean attribute as present/absent, with "false" meaning false', () => {
    const flag = (value: string | null | undefined) => {
      const result = parseConfig(verhuizingSchema, { ...minimal, 'telefoon-verplicht': value });
      assert.ok(result.ok);
      return result.config.telefoonVerplicht;
    };
    assert.equal(flag(undefined), false);
    assert.equal(flag(null), false);
    assert.equal(flag(''), true);
    assert.equal(flag('telefoon-verplicht'), true);
    assert.equal(flag('true'), true);
    assert.equal(flag('false'), false);
    assert.equal(flag(' FALSE '), false);
  });

  it('reports form-specific mistakes with generic keys and interpolation values', () => {
    const result = parseConfig(verhuizingSchema, {
      ...minimal,
      hoofdbewoner: 'soms',
      'extra-feestdagen': '2026-12-24 2026-02-30',
      'max-bijlagen': '0',
      'informatie-url': 'data:text/html,x',
    });
    assert.ok(!result.ok);
    const expected: ConfigError[] = [
      { attribute: 'hoofdbewoner', key: 'config.keuze', params: { attribuut: 'hoofdbewoner', waarden: '"verplicht", "optioneel", "uit"' } },
      { attribute: 'extra-feestdagen', key: 'config.datumlijst', params: { attribuut: 'extra-feestdagen', waarde: '2026-02-30' } },
      { attribute: 'max-bijlagen', key: 'config.positiefGetal', params: { attribuut: 'max-bijlagen' } },
      { attribute: 'informatie-url', key: 'config.url', params: { attribuut: 'informatie-url' } },
    ];
    assert.deepEqual(result.errors, expected);
  });

  it('accepts commas between dates and rejects dates that are not YYYY-MM-DD', () => {
    const dates = (value: string) => {
      const result = parseConfig(verhuizingSchema, { ...minimal, 'extra-feestdagen': value });
      return result.ok ? result.config.extraFeestdagen : result.errors.map((e) => e.params.waarde);
    };
    assert.deepEqual(dates('2028-02-29, 2026-12-24'), ['2026-12-24', '2028-02-29']);
    assert.deepEqual(dates(''), []);
    assert.deepEqual(dates('2027-02-29'), ['2027-02-29']); // not a leap year: reported as the bad value
    assert.deepEqual(dates('24-12-2026'), ['24-12-2026']);
    assert.deepEqual(dates('2026-1-5'), ['2026-1-5']);
  });
});

describe('propertyName: an attribute\'s property (the config key Lit and the element use)', () => {
  it('joins a "-" before a lower-case letter and upper-cases that letter', () => {
    assert.equal(propertyName('max-bestand-mb'), 'maxBestandMb');
    assert.equal(propertyName('gemeente-code'), 'gemeenteCode');
    assert.equal(propertyName('endpoint'), 'endpoint');
  });
  it('leaves any other "-" alone', () => {
    assert.equal(propertyName('a-1'), 'a-1');
    assert.equal(propertyName('a--b'), 'a-B');
    assert.equal(propertyName('trailing-'), 'trailing-');
    assert.equal(propertyName('-x'), 'X');
  });
});
