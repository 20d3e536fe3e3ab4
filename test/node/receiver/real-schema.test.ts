// The receiver wired to the real verhuizing schema (demo/receiver/forms.ts), fed the shared fixtures:
// what the element accepts the receiver accepts, and what it rejects comes back as invalidParams.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { defaultForms, type VerhuizingPolicy } from '../../../demo/receiver/forms.js';
import { startReceiver } from '../../../demo/receiver/receiver.js';
import { foutenNl } from '../../../src/i18n/locales/fouten.nl.js';
import * as fixtures from '../../fixtures/verhuizing.js';
import { inbox, post, storedWithContents, tempDbPath } from './helpers.js';

async function withRealReceiver(
  gemeenten: Record<string, VerhuizingPolicy> | undefined,
  run: (url: string, dbPath: string) => Promise<void>,
): Promise<void> {
  const dbPath = tempDbPath();
  const server = await startReceiver({
    dbPath,
    allowedOrigins: [],
    ...defaultForms({ verhuizing: gemeenten }),
    today: () => fixtures.today,
    now: () => new Date(`${fixtures.today}T09:30:00Z`),
  });
  try {
    await run(server.url, dbPath);
  } finally {
    await server.close();
  }
}

describe('receiver with the real verhuizing schema', () => {
  it('stores a valid raw envelope as the normalised payload', async () => {
    await withRealReceiver(undefined, async (url) => {
      const res = await post(`${url}/api/verhuizing`, fixtures.geldig.alleen);
      assert.equal(res.status, 201, res.text);
      assert.match(res.json.kenmerk, /^VH-2026-\d{6}$/);
      const [row] = await inbox(url);
      assert.deepEqual(row.envelope, fixtures.geldigAlleenOutput);
      assert.equal(row.gemeenteCode, '0344');
    });
  });

  it('accepts every valid example, and the stored output posted again', async () => {
    await withRealReceiver(undefined, async (url, dbPath) => {
      for (const [name, envelope] of Object.entries(fixtures.geldig)) {
        const res = await post(`${url}/api/verhuizing`, envelope);
        assert.equal(res.status, 201, `${name}: ${res.text}`);
      }
      // With the files' contents: the inbox lists only their names and sizes.
      for (const row of storedWithContents(dbPath)) {
        const again = await post(`${url}/api/verhuizing`, row.envelope, { key: randomUUID() });
        assert.equal(again.status, 201, `output of ${row.kenmerk} parses again: ${again.text}`);
      }
    });
  });

  it('4.8 the real receiver stores a telephone number typed as +31 (0)30 123.45-67 as +31301234567', async () => {
    await withRealReceiver(undefined, async (url) => {
      const res = await post(`${url}/api/verhuizing`, fixtures.geldig.telefoonZoalsGetypt);
      assert.equal(res.status, 201, res.text);
      const [row] = await inbox(url);
      assert.equal(row.envelope.gegevens.aangever.telefoonnummer, '+31301234567');
    });
  });

  it('answers a retry of the same raw body with the same kenmerk', async () => {
    await withRealReceiver(undefined, async (url) => {
      const key = randomUUID();
      const first = await post(`${url}/api/verhuizing`, fixtures.geldig.alleen, { key });
      const again = await post(`${url}/api/verhuizing`, fixtures.geldig.alleen, { key });
      assert.equal(again.json.kenmerk, first.json.kenmerk);
      assert.equal((await inbox(url)).length, 1);
    });
  });

  it('versie: accepts a v1 envelope (a pending draft of the previous release) and its unchanged resend', async () => {
    await withRealReceiver(undefined, async (url) => {
      for (const [name, envelope] of Object.entries(fixtures.geldigV1)) {
        const key = randomUUID();
        const first = await post(`${url}/api/verhuizing`, envelope, { key });
        assert.equal(first.status, 201, `${name}: ${first.text}`);
        const again = await post(`${url}/api/verhuizing`, envelope, { key });
        assert.equal(again.json.kenmerk, first.json.kenmerk, `${name}: the resend is the same submission`);
      }
      const rows = await inbox(url);
      assert.deepEqual(rows.map((r: { envelope: { versie: string } }) => r.envelope.versie), ['1', '1']);
      // And versie 2, the one this release sends, next to it.
      assert.equal((await post(`${url}/api/verhuizing`, fixtures.geldig.alleen)).status, 201);
    });
  });

  for (const [name, geval] of Object.entries(fixtures.geldigMetBeleid)) {
    it(`accepts ${name} under the gemeente's policy, and rejects it under the default`, async () => {
      const { gemeenteCode, ...policy } = { ...fixtures.config, ...geval.config };
      await withRealReceiver({ [gemeenteCode!]: policy }, async (url) => {
        const res = await post(`${url}/api/verhuizing`, geval.input);
        assert.equal(res.status, 201, res.text);
      });
      await withRealReceiver(undefined, async (url) => {
        assert.equal((await post(`${url}/api/verhuizing`, geval.input)).status, 422);
      });
    });
  }

  for (const [name, geval] of Object.entries(fixtures.ongeldig)) {
    it(`rejects ${name} with 422 and the schema's issues as invalidParams`, async () => {
      // The fixtures describe a receiver of gemeente 0344 only, with the case's policy.
      const { gemeenteCode, ...policy } = { ...fixtures.config, ...geval.config };
      await withRealReceiver({ [gemeenteCode!]: policy }, async (url) => {
        const res = await post(`${url}/api/verhuizing`, geval.input);
        assert.equal(res.status, 422, res.text);
        assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
        assert.deepEqual(
          res.json.invalidParams.map((p: { name: string; code: string }) => ({ name: p.name, code: p.code })),
          geval.expected.map((e) => ({ name: e.path, code: e.message })),
        );
        for (const param of res.json.invalidParams) {
          assert.notEqual(param.reason, param.code, `${param.code} has a Dutch text`);
          assert.doesNotMatch(param.reason, /\{\{/, `${param.code}: every placeholder filled`);
        }
        assert.equal((await inbox(url)).length, 0);
      });
    });
  }

  it('gives the Dutch text of fouten.nl.ts as reason', async () => {
    await withRealReceiver(undefined, async (url) => {
      const res = await post(`${url}/api/verhuizing`, fixtures.ongeldig['bsnElfproef']!.input);
      const [param] = res.json.invalidParams;
      const template: string = foutenNl.fout.bsn.elfproef;
      assert.equal(param.reason, template.replaceAll('{{veld}}', 'burgerservicenummer (BSN)'));
    });
  });

  it('pins a receiver to its own gemeenten when they are listed', async () => {
    await withRealReceiver({ '0363': {} }, async (url) => {
      const res = await post(`${url}/api/verhuizing`, fixtures.geldig.alleen);
      assert.equal(res.status, 422);
      assert.ok(res.json.invalidParams.some((p: { name: string }) => p.name === 'gemeente.code'));
    });
  });

  it('reports a malformed envelope instead of failing', async () => {
    await withRealReceiver(undefined, async (url) => {
      for (const body of ['"text"', '[]', 'null', '{"gemeente":{"code":12}}']) {
        const res = await post(`${url}/api/verhuizing`, undefined, { raw: body });
        assert.equal(res.status, 422, `${body}: ${res.text}`);
        assert.ok(res.json.invalidParams.length > 0);
      }
    });
  });
});
