// Issue 8, holes 4 and 7, against the real receiver with the real schemas: hostile bodies get a 400 or
// 422 problem+json — never a 500, never a stored row.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { defaultForms } from '../../../demo/receiver/forms.js';
import { guardJson, MAX_DEPTH, MAX_ENTRIES } from '../../../demo/receiver/json-guard.js';
import { startReceiver } from '../../../demo/receiver/receiver.js';
import { encodeBase64 } from '../../../src/schemas/attachments.js';
import * as fixtures from '../../fixtures/verhuizing.js';
import { post, storedWithContents, tempDbPath } from './helpers.js';

async function withRealReceiver(run: (url: string, dbPath: string) => Promise<void>): Promise<void> {
  const dbPath = tempDbPath();
  const server = await startReceiver({
    dbPath,
    allowedOrigins: [],
    ...defaultForms({ verhuizing: { '0344': { naam: 'Utrecht' } } }),
    today: () => fixtures.today,
    now: () => new Date(`${fixtures.today}T09:30:00Z`),
  });
  try {
    await run(server.url, dbPath);
  } finally {
    await server.close();
  }
}

async function postBytes(url: string, body: Buffer | string) {
  const res = await fetch(`${url}/api/verhuizing`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body: typeof body === 'string' ? body : new Blob([new Uint8Array(body)]),
  });
  return { status: res.status, type: res.headers.get('content-type'), json: (await res.json()) as any };
}

const geldig = fixtures.geldig.metPartnerEnKind as { gegevens: Record<string, any>; bijlagen: any[] };
const met = (change: (e: any) => void) => {
  const copy = structuredClone(geldig) as any;
  change(copy);
  return copy;
};
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const bodyWith = (extra: string) => JSON.stringify(geldig).replace(/^\{/, `{"onbekend":${extra},`);

describe('json guard: the raw text before JSON.parse', () => {
  it('counts depth, not brackets inside strings or escapes', () => {
    assert.equal(guardJson(Buffer.from(nested(MAX_DEPTH))).ok, true);
    assert.deepEqual(
      { ...guardJson(Buffer.from(nested(MAX_DEPTH + 1))), detail: undefined },
      { ok: false, code: 'te-diep', detail: undefined },
    );
    const tricky = JSON.stringify({ a: '[[[[{{{{\\"]]]', b: '\\', c: ['"', '[', '\\"['] });
    assert.equal(guardJson(Buffer.from(`${'['.repeat(MAX_DEPTH - 2)}${tricky}${']'.repeat(MAX_DEPTH - 2)}`)).ok, true);
  });

  it('counts the members of each object and array', () => {
    const list = (n: number) => `[${Array.from({ length: n }, () => '{"a":[1,2]}').join(',')}]`;
    assert.equal(guardJson(Buffer.from(list(MAX_ENTRIES))).ok, true);
    assert.equal((guardJson(Buffer.from(list(MAX_ENTRIES + 1))) as { code?: string }).code, 'te-veel-elementen');
    const object = (n: number) => `{${Array.from({ length: n }, (_, i) => `"k${i}":"a,b,c"`).join(',')}}`;
    assert.equal(guardJson(Buffer.from(object(MAX_ENTRIES))).ok, true, 'commas inside strings do not count');
    assert.equal((guardJson(Buffer.from(object(MAX_ENTRIES + 1))) as { code?: string }).code, 'te-veel-elementen');
  });

  it('refuses invalid UTF-8 and lone surrogates, accepts real pairs', () => {
    const code = (bytes: Uint8Array | string) => (guardJson(typeof bytes === 'string' ? Buffer.from(bytes) : bytes) as { code?: string }).code;
    assert.equal(code(Uint8Array.from([0x22, 0xff, 0x22])), 'ongeldige-utf8');
    assert.equal(code(Uint8Array.from([0x22, 0xc0, 0xaf, 0x22])), 'ongeldige-utf8', 'overlong "/"');
    assert.equal(code(Uint8Array.from([0x22, 0xed, 0xa0, 0x80, 0x22])), 'ongeldige-utf8', 'a surrogate in raw UTF-8 (CESU-8)');
    assert.equal(code(Uint8Array.from([0x22, 0xe2, 0x82, 0x22])), 'ongeldige-utf8', 'cut-off sequence');
    assert.equal(code('"\\ud800"'), 'ongeldige-tekens');
    assert.equal(code('"\\udc00"'), 'ongeldige-tekens');
    assert.equal(code('"\\ud83d\\u0041"'), 'ongeldige-tekens', 'high surrogate, then no low one');
    assert.equal(code('"\\ud83d"'), 'ongeldige-tekens');
    assert.equal(guardJson(Buffer.from('"\\ud83d\\ude00 \\\\ud800 😀 é"')).ok, true, 'a pair, an escaped backslash, raw UTF-8');
  });
});

describe('receiver: hostile bodies (hole 4)', () => {
  it('answers JSON nested 5,000 deep in an unknown field with 400 problem+json', async () => {
    await withRealReceiver(async (url, dbPath) => {
      for (const depth of [5_000, 100_000]) {
        const res = await postBytes(url, bodyWith(nested(depth)));
        assert.equal(res.status, 400, JSON.stringify(res.json));
        assert.match(res.type!, /^application\/problem\+json/);
        assert.equal(res.json.code, 'te-diep');
      }
      assert.equal(storedWithContents(dbPath).length, 0);
    });
  });

  it('answers 200,000 co-movers with 400 problem+json, before the schema sees them', async () => {
    await withRealReceiver(async (url, dbPath) => {
      const persoon = geldig.gegevens['meeverhuizers'][0];
      const envelope = met((e) => (e.gegevens.meeverhuizers = Array.from({ length: 200_000 }, () => persoon)));
      const started = performance.now();
      const res = await postBytes(url, JSON.stringify(envelope));
      assert.equal(res.status, 400, JSON.stringify(res.json));
      assert.match(res.type!, /^application\/problem\+json/);
      assert.equal(res.json.code, 'te-veel-elementen');
      assert.ok(performance.now() - started < 5_000);
      assert.equal(storedWithContents(dbPath).length, 0);
    });
  });

  it('answers 33 attachments with 422 on bijlagen, naming the maximum (32: 4 for each of the verhuizing’s 8 kinds)', async () => {
    await withRealReceiver(async (url) => {
      const res = await post(`${url}/api/verhuizing`, met((e) => (e.bijlagen = Array.from({ length: 33 }, () => fixtures.bijlage('huurcontract')))));
      assert.equal(res.status, 422, res.text);
      assert.deepEqual(res.json.invalidParams, [
        {
          name: 'bijlagen',
          code: 'fout.bijlagen.te-veel',
          reason: 'Kies hoogstens 32 bestanden: haal eerst een bestand weg',
        },
      ]);
    });
  });
});

describe('receiver: input hygiene (hole 7)', () => {
  it('refuses invalid UTF-8 and lone surrogates with 400', async () => {
    await withRealReceiver(async (url, dbPath) => {
      const json = Buffer.from(JSON.stringify(geldig));
      const at = json.indexOf('Fatima');
      const broken = Buffer.concat([json.subarray(0, at), Buffer.from([0xc3, 0x28]), json.subarray(at)]);
      const utf8 = await postBytes(url, broken);
      assert.equal(utf8.status, 400);
      assert.equal(utf8.json.code, 'ongeldige-utf8');
      const lone = await postBytes(url, JSON.stringify(geldig).replace('Fatima', 'Fat\\ud800ima'));
      assert.equal(lone.status, 400);
      assert.equal(lone.json.code, 'ongeldige-tekens');
      assert.equal(storedWithContents(dbPath).length, 0);
    });
  });

  it('refuses a %PDF- header followed by HTML', async () => {
    await withRealReceiver(async (url) => {
      const html = new TextEncoder().encode('%PDF-1.4\n<!doctype html><html><body><script>alert(1)</script></body></html>\n');
      const res = await post(
        `${url}/api/verhuizing`,
        met((e) => Object.assign(e.bijlagen[0], { inhoud: encodeBase64(html), grootte: html.length })),
      );
      assert.equal(res.status, 422, res.text);
      assert.deepEqual(res.json.invalidParams.map((p: any) => `${p.name} ${p.code}`), ['bijlagen.0.inhoud fout.bijlage.inhoud']);
    });
  });

  it('refuses an attachment of a kind the form did not ask for', async () => {
    await withRealReceiver(async (url) => {
      // A rented home: a huurcontract is asked, a koopakte is not.
      const res = await post(`${url}/api/verhuizing`, met((e) => e.bijlagen.push(fixtures.bijlage('koopakte'))));
      assert.equal(res.status, 422, res.text);
      assert.deepEqual(res.json.invalidParams.map((p: any) => `${p.name} ${p.code}`), ['bijlagen.1.soort fout.bijlage.niet-toegestaan']);
    });
  });

  it('refuses a file name the element would never send', async () => {
    await withRealReceiver(async (url) => {
      for (const bestandsnaam of ['huur\u202Efdp.exe', 'map/huur.pdf', 'regel\nnieuw.pdf', `${'a'.repeat(120)}.pdf`]) {
        const res = await post(`${url}/api/verhuizing`, met((e) => (e.bijlagen[0].bestandsnaam = bestandsnaam)));
        assert.equal(res.status, 422, `${JSON.stringify(bestandsnaam)}: ${res.text}`);
        assert.deepEqual(res.json.invalidParams.map((p: any) => p.name), ['bijlagen.0.bestandsnaam']);
      }
    });
  });

  it('checks gemeente.naam against the configured gemeente', async () => {
    await withRealReceiver(async (url) => {
      const res = await post(`${url}/api/verhuizing`, met((e) => (e.gemeente.naam = 'Amsterdam')));
      assert.equal(res.status, 422, res.text);
      assert.deepEqual(res.json.invalidParams.map((p: any) => `${p.name} ${p.code}`), ['gemeente.naam fout.gemeente.andere']);
      assert.equal((await post(`${url}/api/verhuizing`, geldig)).status, 201);
    });
  });
});

describe('json guard: long strings are cut out of JSON.parse, with the same result', () => {
  it('gives exactly what JSON.parse gives', async () => {
    const { parseGuarded, LONG_STRING } = await import('../../../demo/receiver/json-guard.js');
    const long = 'QUJD'.repeat(LONG_STRING / 2);
    const cases = [
      { bijlagen: [{ inhoud: long, naam: 'a' }, { inhoud: `${long}==` }], kort: 'x' },
      { [long]: long, lijst: [long, 1, null, true, long], diep: { a: { b: [long] } } },
      JSON.parse(`{"__proto__": "${long}", "x": "${long}"}`),
      [long],
      long,
      { metEscape: `${long}\n${long}`, unicode: `${long}é😀` },
    ];
    for (const value of cases) {
      const text = JSON.stringify(value);
      const guarded = guardJson(Buffer.from(text));
      assert.ok(guarded.ok);
      const parsed = parseGuarded(guarded);
      assert.deepEqual(parsed, JSON.parse(text));
      assert.equal(JSON.stringify(parsed), text);
    }
    const proto = parseGuarded(guardJson(Buffer.from(`{"__proto__": "${long}"}`)) as any) as object;
    assert.equal(Object.getPrototypeOf(proto), Object.prototype, 'an own __proto__ key never becomes the prototype');
    // A raw control character in a long string is invalid JSON, as JSON.parse says.
    const invalid = guardJson(Buffer.from(`{"a": "${long}\u0001${long}"}`));
    assert.ok(invalid.ok);
    assert.throws(() => parseGuarded(invalid), SyntaxError);
    // No string in the body can pose as a placeholder.
    const posing = JSON.stringify({ a: '\u0000not-the-nonce:0', b: long });
    assert.deepEqual(parseGuarded(guardJson(Buffer.from(posing)) as any), JSON.parse(posing));
  });
});
