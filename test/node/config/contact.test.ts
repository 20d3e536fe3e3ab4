// issue 6 item 16: the gemeente's contact route, `contact-url`, `contact-telefoon`, `contact-tekst`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { CONTACT_ATTRIBUTES, hasContactRoute, parseTelefoon } from '../../../src/config/contact.js';
import { parseSharedConfig, sharedConfigShape } from '../../../src/config/shared-config.js';
import { configNl } from '../../../src/i18n/locales/config.nl.js';
import { configEn } from '../../../src/i18n/locales/config.en.js';

const page = 'https://www.utrecht.nl/wonen/verhuizen/';
const minimal = { endpoint: 'https://api.utrecht.nl/verhuizing', 'gemeente-code': '0344', 'gemeente-naam': 'Utrecht' };

function parse(attrs: Record<string, string | null>) {
  const result = parseSharedConfig({ ...minimal, ...attrs }, page);
  return result.ok
    ? { url: result.config.contactUrl?.href ?? null, telefoon: result.config.contactTelefoon, tekst: result.config.contactTekst }
    : result.errors.map((e) => [e.attribute, e.key]);
}

describe('contact-telefoon', () => {
  it('links the digits with tel:, and shows the number as the gemeente wrote it', () => {
    assert.deepEqual(parseTelefoon('14 030'), { tekst: '14 030', href: 'tel:14030' });
    assert.deepEqual(parseTelefoon(' 14  0118 '), { tekst: '14 0118', href: 'tel:140118' });
    assert.deepEqual(parseTelefoon('030-286 00 00'), { tekst: '030-286 00 00', href: 'tel:0302860000' });
    assert.deepEqual(parseTelefoon('(030) 286.00.00'), { tekst: '(030) 286.00.00', href: 'tel:0302860000' });
    assert.deepEqual(parseTelefoon('0800-1234'), { tekst: '0800-1234', href: 'tel:08001234' });
  });

  it('keeps the + of an international number and drops the trunk zero written as (0)', () => {
    assert.deepEqual(parseTelefoon('+31 (0)30 286 00 00'), { tekst: '+31 (0)30 286 00 00', href: 'tel:+31302860000' });
    assert.deepEqual(parseTelefoon('+31 30 286 00 00'), { tekst: '+31 30 286 00 00', href: 'tel:+31302860000' });
  });

  it('refuses what is not a telephone number: letters, a tel: URI, too few or too many digits', () => {
    for (const value of ['bel ons', 'tel:14030', '14 030 of 030-2860000', 'info@utrecht.nl', '112', '1234', '1'.repeat(16), '30+31', '']) {
      assert.equal(parseTelefoon(value), null, value);
    }
  });
});

describe('the contact attributes in the shared config schema', () => {
  it('are shared attributes, all optional', () => {
    for (const name of CONTACT_ATTRIBUTES) assert.ok(name in sharedConfigShape(page), name);
    assert.deepEqual(parse({}), { url: null, telefoon: null, tekst: null });
    assert.deepEqual(parse({ 'contact-url': ' ', 'contact-telefoon': '', 'contact-tekst': '  ' }), { url: null, telefoon: null, tekst: null });
  });

  it('reads all three', () => {
    assert.deepEqual(parse({ 'contact-url': '/contact', 'contact-telefoon': '14 030', 'contact-tekst': ' Op werkdagen van 8.00 tot 18.00 uur. ' }), {
      url: 'https://www.utrecht.nl/contact',
      telefoon: { tekst: '14 030', href: 'tel:14030' },
      tekst: 'Op werkdagen van 8.00 tot 18.00 uur.',
    });
  });

  it('validates contact-url with the endpoint URL policy: https (any origin), same origin, http on loopback', () => {
    assert.deepEqual(parse({ 'contact-url': 'https://www.gemeente.nl/contact' }), { url: 'https://www.gemeente.nl/contact', telefoon: null, tekst: null });
    assert.equal((parse({ 'contact-url': 'http://localhost:8080/contact' }) as { url: string }).url, 'http://localhost:8080/contact');
    for (const value of ['javascript:alert(1)', 'data:text/html,<h1>Contact</h1>', 'http://www.utrecht.nl/contact', 'mailto:info@utrecht.nl']) {
      assert.deepEqual(parse({ 'contact-url': value }), [['contact-url', 'config.contactUrl.nietToegestaan']], value);
    }
    assert.deepEqual(parse({ 'contact-url': 'https://' }), [['contact-url', 'config.contactUrl.ongeldig']]);
  });

  it('a wrong contact-telefoon is a configuration error', () => {
    assert.deepEqual(parse({ 'contact-telefoon': 'bel de gemeente' }), [['contact-telefoon', 'config.contactTelefoon']]);
  });

  it('hasContactRoute: any one of the three is a route', () => {
    const none = { contactUrl: null, contactTelefoon: null, contactTekst: null };
    assert.equal(hasContactRoute(none), false);
    assert.equal(hasContactRoute({ ...none, contactUrl: new URL('https://x.example/') }), true);
    assert.equal(hasContactRoute({ ...none, contactTelefoon: { tekst: '14 030', href: 'tel:14030' } }), true);
    assert.equal(hasContactRoute({ ...none, contactTekst: 'Kom langs op het Stadskantoor.' }), true);
  });

  it('has its configuration messages and the console warning in Dutch and English, naming the attributes', () => {
    for (const texts of [configNl.config, configEn.config]) {
      assert.match(texts.contactUrl.ongeldig, /contact-url/);
      assert.match(texts.contactUrl.nietToegestaan, /contact-url/);
      assert.match(texts.contactTelefoon, /contact-telefoon/);
      for (const name of CONTACT_ATTRIBUTES) assert.match(texts.contactOntbreekt, new RegExp(name));
    }
  });
});
