// The reference receiver against the endpoint contract (product.md), on real servers on 127.0.0.1.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { startReceiver, type FormValidator, type StartReceiverOptions } from '../../../demo/receiver/receiver.js';
import { acceptAll, inbox, post, sampleEnvelope, tempDbPath } from './helpers.js';

const ORIGIN = 'http://127.0.0.1:8080';

async function withReceiver(
  options: Partial<StartReceiverOptions>,
  run: (url: string) => Promise<void>,
): Promise<void> {
  const server = await startReceiver({
    dbPath: tempDbPath(),
    allowedOrigins: [ORIGIN],
    forms: { verhuizing: acceptAll },
    today: () => '2026-11-30',
    now: () => new Date('2026-11-30T09:15:00Z'),
    ...options,
  });
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

describe('receiver: storing a submission once', () => {
  it('answers 201 with a readable kenmerk and stores the validated envelope', async () => {
    await withReceiver({}, async (url) => {
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope());
      assert.equal(res.status, 201);
      assert.match(res.headers.get('content-type')!, /^application\/json/);
      assert.deepEqual(res.json, { kenmerk: 'VH-2026-000001' });
      const rows = await inbox(url);
      assert.equal(rows.length, 1);
      assert.equal(rows[0].kenmerk, 'VH-2026-000001');
      assert.equal(rows[0].formulier, 'verhuizing');
      assert.equal(rows[0].gemeenteCode, '0344');
      assert.equal(rows[0].gemeenteNaam, 'Utrecht');
      assert.equal(rows[0].ontvangenOp, '2026-11-30T09:15:00.000Z');
      assert.match(rows[0].bodySha256, /^[0-9a-f]{64}$/);
      assert.deepEqual(rows[0].envelope, sampleEnvelope());
    });
  });

  it('numbers kenmerken per formulier from a counter: VH-… and OV-…', async () => {
    await withReceiver({ forms: { verhuizing: acceptAll, overlijden: acceptAll } }, async (url) => {
      assert.equal((await post(`${url}/api/verhuizing`, sampleEnvelope())).json.kenmerk, 'VH-2026-000001');
      assert.equal((await post(`${url}/api/verhuizing`, sampleEnvelope())).json.kenmerk, 'VH-2026-000002');
      const ov = await post(`${url}/api/overlijden`, { ...sampleEnvelope(), formulier: 'overlijden' });
      assert.equal(ov.json.kenmerk, 'OV-2026-000001');
      assert.deepEqual(
        (await inbox(url)).map((r) => r.kenmerk),
        ['OV-2026-000001', 'VH-2026-000002', 'VH-2026-000001'],
        'newest first',
      );
    });
  });

  it('stores the schema output (normalised), not the raw input', async () => {
    const normalise: FormValidator = (envelope) => ({
      ok: true,
      data: { ...(envelope as object), gegevens: { postcode: '3521AZ' } },
    });
    await withReceiver({ forms: { verhuizing: normalise } }, async (url) => {
      await post(`${url}/api/verhuizing`, sampleEnvelope({ postcode: '3521 az' }));
      assert.deepEqual((await inbox(url))[0].envelope.gegevens, { postcode: '3521AZ' });
    });
  });

  it('answers a repeated Idempotency-Key with the same body with the same kenmerk, without a new row', async () => {
    await withReceiver({}, async (url) => {
      const key = randomUUID();
      const first = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      const again = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.deepEqual(again.json, first.json);
      assert.equal((await inbox(url)).length, 1);
    });
  });

  it('treats the same JSON with other whitespace, key order or key case as the same body', async () => {
    await withReceiver({}, async (url) => {
      const key = randomUUID();
      const first = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      const { gegevens, ...rest } = sampleEnvelope();
      const reordered = JSON.stringify({ gegevens, ...Object.fromEntries(Object.entries(rest).reverse()) }, null, 2);
      const again = await post(`${url}/api/verhuizing`, undefined, { key: key.toUpperCase(), raw: reordered });
      assert.equal(again.json.kenmerk, first.json.kenmerk);
      assert.equal((await inbox(url)).length, 1);
    });
  });

  it('does not validate a replay again: a stored report stays accepted after its window closed', async () => {
    let day = '2026-11-30';
    const windowed: FormValidator = (envelope, { today }) =>
      today <= '2026-11-30'
        ? { ok: true, data: envelope }
        : { ok: false, issues: [{ path: ['gegevens', 'verhuisdatum'], message: 'fout.verhuisdatum.telaat' }] };
    await withReceiver({ forms: { verhuizing: windowed }, today: () => day }, async (url) => {
      const key = randomUUID();
      const first = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      day = '2026-12-01';
      const again = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal(again.status, 200);
      assert.equal(again.json.kenmerk, first.json.kenmerk);
    });
  });

  it('gives validators the clock: now from the `now` option, today from it unless pinned', async () => {
    const seen: { today: string; now: Date }[] = [];
    const watch: FormValidator = (envelope, context) => {
      seen.push(context);
      return { ok: true, data: envelope };
    };
    // 23:30 UTC on 30 November is 00:30 on 1 December in Amsterdam.
    await withReceiver({ forms: { verhuizing: watch }, today: undefined, now: () => new Date('2026-11-30T23:30:00Z') }, async (url) => {
      await post(`${url}/api/verhuizing`, sampleEnvelope());
    });
    await withReceiver({ forms: { verhuizing: watch }, today: () => '2026-11-28', now: () => new Date('2026-11-30T09:15:00Z') }, async (url) => {
      await post(`${url}/api/verhuizing`, sampleEnvelope());
    });
    assert.deepEqual(
      seen.map(({ today, now }) => [today, now.toISOString()]),
      [
        ['2026-12-01', '2026-11-30T23:30:00.000Z'],
        ['2026-11-28', '2026-11-30T09:15:00.000Z'],
      ],
    );
  });

  it('answers 409 problem+json when the key was used for a different body, and stores nothing new', async () => {
    await withReceiver({}, async (url) => {
      const key = randomUUID();
      await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      const other = await post(`${url}/api/verhuizing`, sampleEnvelope({ verhuisdatum: '2026-12-02' }), { key });
      assert.equal(other.status, 409);
      assert.match(other.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(other.json.status, 409);
      assert.equal(typeof other.json.type, 'string');
      assert.equal(typeof other.json.title, 'string');
      assert.equal((await inbox(url)).length, 1);
    });
  });

  it('stores one row when identical requests race', async () => {
    await withReceiver({}, async (url) => {
      const key = randomUUID();
      const answers = await Promise.all(
        Array.from({ length: 12 }, () => post(`${url}/api/verhuizing`, sampleEnvelope(), { key })),
      );
      assert.equal(new Set(answers.map((a) => a.json.kenmerk)).size, 1);
      assert.equal(answers.filter((a) => a.status === 201).length, 1);
      assert.ok(answers.every((a) => a.status === 201 || a.status === 200));
      assert.equal((await inbox(url)).length, 1);
    });
  });

  it('keeps every key and the counter across a restart on the same database file', async () => {
    const dbPath = tempDbPath();
    const options = { dbPath, allowedOrigins: [ORIGIN], forms: { verhuizing: acceptAll } };
    const key = randomUUID();

    const first = await startReceiver(options);
    const kenmerk = (await post(`${first.url}/api/verhuizing`, sampleEnvelope(), { key })).json.kenmerk;
    await first.close();

    const second = await startReceiver(options);
    try {
      const again = await post(`${second.url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal(again.json.kenmerk, kenmerk);
      assert.equal((await inbox(second.url)).length, 1);
      const next = await post(`${second.url}/api/verhuizing`, sampleEnvelope());
      assert.notEqual(next.json.kenmerk, kenmerk);
      assert.match(next.json.kenmerk, /^VH-\d{4}-000002$/);
    } finally {
      await second.close();
    }
  });

  it('creates the folder of the database file when it is missing', async () => {
    const dbPath = join(dirname(tempDbPath()), 'data', 'nested', 'receiver.sqlite');
    await withReceiver({ dbPath }, async (url) => {
      assert.equal((await post(`${url}/api/verhuizing`, sampleEnvelope())).status, 201);
    });
    assert.ok(existsSync(dbPath));
  });
});

describe('receiver: rejecting requests', () => {
  it('answers 415 problem+json without Content-Type application/json', async () => {
    await withReceiver({}, async (url) => {
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope(), { contentType: 'text/plain' });
      assert.equal(res.status, 415);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(res.json.status, 415);
    });
  });

  it('accepts application/json with a charset parameter', async () => {
    await withReceiver({}, async (url) => {
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope(), { contentType: 'application/json; charset=utf-8' });
      assert.equal(res.status, 201);
    });
  });

  it('answers 400 problem+json when the Idempotency-Key is missing or not a UUID', async () => {
    await withReceiver({}, async (url) => {
      for (const key of [null, 'abc', '']) {
        const res = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
        assert.equal(res.status, 400, `key ${key}`);
        assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
        assert.equal(res.json.code, 'idempotency-key');
      }
      assert.equal((await inbox(url)).length, 0);
    });
  });

  it('answers 400 problem+json on malformed JSON', async () => {
    await withReceiver({}, async (url) => {
      const res = await post(`${url}/api/verhuizing`, undefined, { raw: '{"formulier": "verhuizing",' });
      assert.equal(res.status, 400);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(res.json.code, 'ongeldige-json');
    });
  });

  it('answers 422 problem+json with invalidParams: dot path, message key and the Dutch text', async () => {
    let seenToday = '';
    const invalid: FormValidator = (_envelope, { today }) => {
      seenToday = today;
      return {
        ok: false,
        issues: [
          { path: ['gegevens', 'nieuwAdres', 'postcode'], message: 'fout.postcode.formaat' },
          { path: ['gegevens', 'meeverhuizers', 0, 'burgerservicenummer'], message: 'fout.bsn.elfproef' },
          { path: ['gegevens', 'verhuisdatum'], message: 'fout.verhuisdatum.tevroeg', params: { datum: '2026-12-28' } },
          { path: ['gegevens', 'onbekend'], message: 'fout.zonder.tekst' },
        ],
      };
    };
    const messages = {
      fout: {
        postcode: { formaat: 'Vul {{veld}} in als 4 cijfers en 2 letters, bijvoorbeeld 1234 AB' },
        bsn: { elfproef: 'Vul een geldig {{veld}} in' },
        verhuisdatum: { tevroeg: 'U kunt de verhuizing doorgeven vanaf {{ datum }}' },
      },
    };
    await withReceiver({ forms: { verhuizing: invalid }, messages, today: () => '2026-11-30' }, async (url) => {
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope());
      assert.equal(res.status, 422);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(seenToday, '2026-11-30');
      assert.equal(res.json.status, 422);
      assert.equal(typeof res.json.type, 'string');
      assert.equal(typeof res.json.title, 'string');
      assert.equal(typeof res.json.detail, 'string');
      assert.deepEqual(res.json.invalidParams, [
        {
          name: 'gegevens.nieuwAdres.postcode',
          code: 'fout.postcode.formaat',
          reason: 'Vul postcode in als 4 cijfers en 2 letters, bijvoorbeeld 1234 AB',
        },
        {
          name: 'gegevens.meeverhuizers.0.burgerservicenummer',
          code: 'fout.bsn.elfproef',
          reason: 'Vul een geldig burgerservicenummer (BSN) in',
        },
        {
          name: 'gegevens.verhuisdatum',
          code: 'fout.verhuisdatum.tevroeg',
          reason: 'U kunt de verhuizing doorgeven vanaf maandag 28 december 2026',
        },
        { name: 'gegevens.onbekend', code: 'fout.zonder.tekst', reason: 'fout.zonder.tekst' },
      ]);
      assert.equal((await inbox(url)).length, 0);
    });
  });

  it('answers 404 for a formulier that is not registered and 405 for PUT on a form route', async () => {
    await withReceiver({}, async (url) => {
      assert.equal((await post(`${url}/api/overlijden`, sampleEnvelope())).status, 404);
      const put = await fetch(`${url}/api/verhuizing`, { method: 'PUT' });
      assert.equal(put.status, 405);
      assert.equal(put.headers.get('allow'), 'POST, GET, OPTIONS');
    });
  });

  it('answers GET /health', async () => {
    await withReceiver({}, async (url) => {
      const res = await fetch(`${url}/health`);
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { status: 'ok' });
    });
  });
});

describe('receiver: body limit of 40 MB', () => {
  const over = 40 * 1024 * 1024 + 1;

  it('answers 413 problem+json for a body over 40 MB sent with Content-Length', async () => {
    await withReceiver({}, async (url) => {
      const big = JSON.stringify({ ...sampleEnvelope(), padding: 'x'.repeat(over) });
      const res = await post(`${url}/api/verhuizing`, undefined, { raw: big });
      assert.equal(res.status, 413);
      assert.match(res.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(res.json.status, 413);
      assert.equal((await inbox(url)).length, 0);
    });
  });

  it('answers 413 as soon as a chunked body without Content-Length passes the limit', async () => {
    await withReceiver({}, async (url) => {
      const { port } = new URL(url);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port,
            method: 'POST',
            path: '/api/verhuizing',
            headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
          },
          (res) => {
            res.resume();
            resolve(res.statusCode!);
            req.destroy();
          },
        );
        req.on('error', reject);
        // Write 1 MB at a time, forever: only the receiver's answer ends this request.
        const pump = () => {
          while (!req.destroyed && sent < 200 * chunk.length) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
        };
        pump();
      });
      assert.equal(status, 413);
      assert.ok(sent < 60 * chunk.length, `answered after ${sent / chunk.length} MB`);
      assert.equal((await inbox(url)).length, 0);
    });
  });

  it('accepts a body just under the limit', async () => {
    await withReceiver({}, async (url) => {
      const base = JSON.stringify({ ...sampleEnvelope(), padding: '' });
      const body = JSON.stringify({ ...sampleEnvelope(), padding: 'x'.repeat(40 * 1024 * 1024 - base.length) });
      assert.equal(Buffer.byteLength(body), 40 * 1024 * 1024);
      assert.equal((await post(`${url}/api/verhuizing`, undefined, { raw: body })).status, 201);
    });
  });
});

describe('receiver: simulated faults', () => {
  it('answers the first n POSTs with faults.status before storing anything, then works', async () => {
    await withReceiver({ faults: { failFirst: 2, retryAfter: 1 } }, async (url) => {
      const key = randomUUID();
      const first = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      const second = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal(first.status, 503);
      assert.equal(first.headers.get('retry-after'), '1');
      assert.match(first.headers.get('content-type')!, /^application\/problem\+json/);
      assert.equal(second.status, 503);
      assert.equal((await inbox(url)).length, 0);
      const third = await post(`${url}/api/verhuizing`, sampleEnvelope(), { key });
      assert.equal(third.status, 201);
      assert.equal((await inbox(url)).length, 1);
    });
  });

  it('uses the configured status', async () => {
    await withReceiver({ faults: { failFirst: 1, status: 429 } }, async (url) => {
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope());
      assert.equal(res.status, 429);
      assert.equal(res.headers.get('retry-after'), null);
    });
  });
});

describe('receiver: CORS', () => {
  function preflight(url: string, origin: string, requestHeaders = 'content-type,idempotency-key') {
    return fetch(`${url}/api/verhuizing`, {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': requestHeaders,
      },
    });
  }

  it('answers a preflight from an allowed origin with that exact origin and credentials', async () => {
    await withReceiver({}, async (url) => {
      const res = await preflight(url, ORIGIN);
      assert.equal(res.status, 204);
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      // GET: the key lookup (key-lookup.test.ts).
      assert.equal(res.headers.get('access-control-allow-methods'), 'POST, GET');
      assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key, X-CSRF-Token');
      assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
      assert.match(res.headers.get('access-control-max-age')!, /^\d+$/);
      assert.match(res.headers.get('vary')!, /Origin/);
    });
  });

  it('allows extra request headers when configured', async () => {
    await withReceiver({ allowedHeaders: ['Content-Type', 'Idempotency-Key', 'X-Requested-With'] }, async (url) => {
      const res = await preflight(url, ORIGIN, 'x-requested-with');
      assert.equal(res.headers.get('access-control-allow-headers'), 'Content-Type, Idempotency-Key, X-Requested-With');
    });
  });

  it('sends no CORS headers to an unknown origin', async () => {
    await withReceiver({}, async (url) => {
      const pre = await preflight(url, 'https://evil.example');
      assert.equal(pre.headers.get('access-control-allow-origin'), null);
      assert.equal(pre.headers.get('access-control-allow-credentials'), null);
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope(), { origin: 'https://evil.example' });
      assert.equal(res.headers.get('access-control-allow-origin'), null);
    });
  });

  it('puts the origin, credentials and exposed headers on successes and on errors', async () => {
    const reject: FormValidator = () => ({ ok: false, issues: [{ path: ['gegevens'], message: 'fout.x' }] });
    await withReceiver({ faults: { failFirst: 1 } }, async (url) => {
      const responses = [
        await post(`${url}/api/verhuizing`, sampleEnvelope(), { origin: ORIGIN }), // 503 fault
        await post(`${url}/api/verhuizing`, sampleEnvelope(), { origin: ORIGIN, contentType: 'text/plain' }), // 415
        await post(`${url}/api/verhuizing`, sampleEnvelope(), { origin: ORIGIN, key: null }), // 400
        await post(`${url}/api/verhuizing`, sampleEnvelope(), { origin: ORIGIN }), // 201
      ];
      assert.deepEqual(responses.map((r) => r.status), [503, 415, 400, 201]);
      for (const res of responses) {
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
        assert.equal(res.headers.get('access-control-allow-credentials'), 'true');
        assert.match(res.headers.get('access-control-expose-headers')!, /Retry-After/);
        assert.match(res.headers.get('vary')!, /Origin/);
      }
    });
    await withReceiver({ forms: { verhuizing: reject } }, async (url) => {
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope(), { origin: ORIGIN });
      assert.equal(res.status, 422);
      assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
    });
  });

  it('accepts an origin predicate (any loopback port, for test runners)', async () => {
    const { isLoopbackOrigin } = await import('../../../demo/receiver/http.js');
    await withReceiver({ allowedOrigins: isLoopbackOrigin }, async (url) => {
      for (const origin of ['http://localhost:8000', 'http://127.0.0.1:45123']) {
        assert.equal((await preflight(url, origin)).headers.get('access-control-allow-origin'), origin);
      }
      assert.equal((await preflight(url, 'http://localhost.evil.example')).headers.get('access-control-allow-origin'), null);
      assert.equal((await preflight(url, 'https://127.0.0.1:8000')).headers.get('access-control-allow-origin'), null);
    });
  });
});

describe('receiver: inbox', () => {
  it('lists submissions newest first with every value HTML-escaped', async () => {
    await withReceiver({}, async (url) => {
      const hostile = sampleEnvelope({ opmerking: '<script>alert("x")</script>' });
      hostile.gemeente.naam = '<img src=x onerror=alert(1)>';
      hostile.bijlagen = [
        {
          soort: 'huurcontract',
          bestandsnaam: '<b>contract</b>.pdf',
          mimeType: 'application/pdf',
          grootte: 5,
          inhoud: Buffer.from('%PDF-').toString('base64'),
        },
      ];
      await post(`${url}/api/verhuizing`, sampleEnvelope());
      await post(`${url}/api/verhuizing`, hostile);
      const res = await fetch(`${url}/inbox`);
      assert.equal(res.status, 200);
      assert.match(res.headers.get('content-type')!, /^text\/html/);
      assert.match(res.headers.get('content-security-policy')!, /default-src 'none'/);
      const html = await res.text();
      assert.ok(!html.includes('<script>'), 'no raw script tag');
      assert.ok(!html.includes('<img'), 'no raw img tag');
      assert.ok(!html.includes('<b>contract'), 'no raw markup from a file name');
      assert.ok(html.includes('&#60;script&#62;alert(\\&#34;x\\&#34;)&#60;/script&#62;'), 'escaped gegevens');
      assert.ok(html.includes('&#60;b&#62;contract&#60;/b&#62;.pdf'));
      assert.ok(html.includes('5 bytes'), 'attachment size');
      assert.ok(html.indexOf('VH-2026-000002') < html.indexOf('VH-2026-000001'), 'newest first');
      assert.ok(html.includes('verhuizing'));
      assert.ok(!html.includes(Buffer.from('%PDF-').toString('base64')), 'attachment content not shown');
    });
  });
});
