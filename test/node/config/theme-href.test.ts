// issue 8 hole 6: `theme-href` accepted anything; `data:text/css,*{display:none}` hid the form with no
// configuration message. It now follows the endpoint policy (src/config/endpoint.ts).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseSharedConfig } from '../../../src/config/shared-config.js';
import { configNl } from '../../../src/i18n/locales/config.nl.js';
import { configEn } from '../../../src/i18n/locales/config.en.js';

const page = 'https://www.utrecht.nl/wonen/verhuizen/';
const minimal = { endpoint: 'https://api.utrecht.nl/verhuizing', 'gemeente-code': '0344', 'gemeente-naam': 'Utrecht' };

function themeHref(value: string | null, pageUrl = page): string | null | [string, string][] {
  const result = parseSharedConfig({ ...minimal, 'theme-href': value }, pageUrl);
  return result.ok ? (result.config.themeHref?.href ?? null) : result.errors.map((e) => [e.attribute, e.key]);
}

describe('theme-href (the endpoint URL policy)', () => {
  it('is optional: absent or blank loads nothing', () => {
    assert.equal(themeHref(null), null);
    assert.equal(themeHref('   '), null);
  });

  it('accepts https: on any origin (token CDNs are normal), and same-origin URLs', () => {
    assert.equal(themeHref('https://unpkg.com/@utrecht/design-tokens/dist/theme.css'), 'https://unpkg.com/@utrecht/design-tokens/dist/theme.css');
    assert.equal(themeHref('/css/thema.css'), 'https://www.utrecht.nl/css/thema.css');
    assert.equal(themeHref('thema.css'), 'https://www.utrecht.nl/wonen/verhuizen/thema.css');
    assert.equal(themeHref('/css/thema.css', 'http://intranet.utrecht.local/'), 'http://intranet.utrecht.local/css/thema.css');
  });

  it('accepts http: on loopback only', () => {
    assert.equal(themeHref('http://localhost:5173/theme.css'), 'http://localhost:5173/theme.css');
    assert.equal(themeHref('http://127.0.0.1/theme.css'), 'http://127.0.0.1/theme.css');
    assert.equal(themeHref('http://[::1]/theme.css'), 'http://[::1]/theme.css');
    assert.deepEqual(themeHref('http://cdn.example/theme.css'), [['theme-href', 'config.themeHref.nietToegestaan']]);
  });

  it('refuses data:, blob:, javascript: and every other scheme with the configuration message', () => {
    for (const value of [
      'data:text/css,*{display:none}',
      'DATA:text/css;base64,Kntkb3NwbGF5Om5vbmV9',
      'blob:https://www.utrecht.nl/4f1c1f0e-0000-4000-8000-000000000000',
      'javascript:alert(1)',
      ' javascript:alert(1)',
      'ftp://www.utrecht.nl/theme.css',
      'file:///etc/theme.css',
      'about:blank',
    ]) {
      assert.deepEqual(themeHref(value), [['theme-href', 'config.themeHref.nietToegestaan']], value);
    }
  });

  it('refuses what is not a URL, and a URL with credentials in it', () => {
    assert.deepEqual(themeHref('https://'), [['theme-href', 'config.themeHref.ongeldig']]);
    assert.deepEqual(themeHref('https://user:secret@cdn.example/theme.css'), [['theme-href', 'config.themeHref.ongeldig']]);
  });

  it('has its messages in Dutch and English, naming the attribute and the refused schemes', () => {
    for (const texts of [configNl.config.themeHref, configEn.config.themeHref]) {
      assert.match(texts.ongeldig, /theme-href/);
      assert.match(texts.nietToegestaan, /theme-href/);
      assert.match(texts.nietToegestaan, /data:, blob: (en|and) javascript:/);
    }
  });
});
