// The verhuizing's referral pages link onward to the gemeente's own page for the procedure (issue 7
// item 9): `url-vertrek-buitenland`, `url-inschrijving-buitenland`, `url-briefadres`.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createConfigSchema, parseConfig, type SharedConfig } from '../../../src/config/shared-config.js';
import { toVerhuizingConfig, verhuizingAttributes } from '../../../src/elements/verhuizing/config.js';

const page = 'https://www.utrecht.nl/wonen/verhuizen/';
const minimal = { endpoint: 'https://api.utrecht.nl/verhuizing', 'gemeente-code': '0344', 'gemeente-naam': 'Utrecht' };

function parse(attrs: Record<string, string>) {
  return parseConfig(createConfigSchema(page, verhuizingAttributes(page)), { ...minimal, ...attrs });
}

describe('verhuizing url-* attributes', () => {
  it('gives each referral its page, resolved against the page; absent is null', () => {
    const result = parse({ 'url-vertrek-buitenland': 'https://www.utrecht.nl/emigreren', 'url-briefadres': '/briefadres' });
    assert.ok(result.ok);
    const config = toVerhuizingConfig(result.config as SharedConfig & Record<string, unknown>);
    assert.deepEqual(config.verwijzingUrls, {
      'naar-buitenland': 'https://www.utrecht.nl/emigreren',
      'uit-buitenland': null,
      'geen-vast-adres': 'https://www.utrecht.nl/briefadres',
    });
  });

  for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'https://']) {
    it(`refuses "${bad}" with the generic URL message naming the attribute`, () => {
      const result = parse({ 'url-inschrijving-buitenland': bad });
      assert.ok(!result.ok);
      assert.deepEqual(result.errors.map((e) => [e.attribute, e.key, e.params.attribuut]), [['url-inschrijving-buitenland', 'config.url', 'url-inschrijving-buitenland']]);
    });
  }
});

describe('the start step\'s referral', () => {
  const urls = { 'naar-buitenland': 'https://www.utrecht.nl/emigreren', 'uit-buitenland': null, 'geen-vast-adres': null };
  const referralOf = async (routering: string) => {
    const { startStep } = await import('../../../src/elements/verhuizing/steps/start.js');
    const ctx = { str: () => routering, config: { verwijzingUrls: urls } };
    return startStep.referral!(ctx as never);
  };

  it('links onward only where the gemeente gave its page', async () => {
    assert.deepEqual((await referralOf('naar-buitenland'))?.onward, { href: 'https://www.utrecht.nl/emigreren', label: 'verhuizing.verwijzing.verderNaarBuitenland' });
    assert.equal((await referralOf('uit-buitenland'))?.onward, undefined);
    assert.equal(await referralOf('binnenland'), null);
  });

  it('is no referral for an answer that names an Object property (a draft or prefill is not trusted)', async () => {
    assert.equal(await referralOf('toString'), null);
    assert.equal(await referralOf('__proto__'), null);
  });
});
