// Issue 8, holes 3 and 10: who may read the inbox, 50 to a page, and never the files' contents.
import assert from 'node:assert/strict';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { isLoopbackAddress } from '../../../demo/receiver/inbox-access.js';
import { createReceiver, startReceiver, type ReceiverOptions } from '../../../demo/receiver/receiver.js';
import { acceptAll, post, sampleEnvelope, storedWithContents, tempDbPath } from './helpers.js';

async function withReceiver(options: Partial<ReceiverOptions>, run: (url: string) => Promise<void>, dbPath = tempDbPath()) {
  const server = await startReceiver({ dbPath, allowedOrigins: [], forms: { verhuizing: acceptAll }, ...options });
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

/** Calls the receiver's handler as if a client at `remoteAddress` sent the request (no real socket there). */
async function requestFrom(remoteAddress: string, path: string, headers: Record<string, string> = {}) {
  const receiver = createReceiver({ dbPath: tempDbPath(), allowedOrigins: [], forms: { verhuizing: acceptAll } });
  const answer: { status?: number; headers?: Record<string, string>; body?: string } = {};
  const req = { method: 'GET', url: path, headers: { host: 'localhost', ...headers }, socket: { remoteAddress } } as unknown as IncomingMessage;
  const res = {
    headersSent: false,
    writeHead(status: number, h: Record<string, string>) {
      answer.status = status;
      answer.headers = h;
      res.headersSent = true;
      return res;
    },
    end(body: Buffer) {
      answer.body = body.toString('utf8');
    },
  };
  try {
    await receiver.handle(req, res as unknown as ServerResponse);
  } finally {
    receiver.close();
  }
  return answer;
}

const PDF = Buffer.from('%PDF-1.4\n%%EOF\n').toString('base64');
const metBijlage = () => ({
  ...sampleEnvelope(),
  bijlagen: [{ soort: 'huurcontract', bestandsnaam: 'huur.pdf', mimeType: 'application/pdf', grootte: 15, inhoud: PDF }],
});

describe('receiver: who may read the inbox (hole 10)', () => {
  it('requires Authorization: Bearer when a token is configured, also on loopback', async () => {
    await withReceiver({ inboxToken: 'geheim-token-123' }, async (url) => {
      for (const path of ['/inbox', '/inbox.json']) {
        const none = await fetch(`${url}${path}`);
        assert.equal(none.status, 401, path);
        assert.match(none.headers.get('www-authenticate')!, /^Bearer/);
        assert.match(none.headers.get('content-type')!, /^application\/problem\+json/);
        assert.equal((await fetch(`${url}${path}`, { headers: { Authorization: 'Bearer fout' } })).status, 401);
        assert.equal((await fetch(`${url}${path}`, { headers: { Authorization: 'Basic Z2VoZWlt' } })).status, 401);
        assert.equal((await fetch(`${url}${path}`, { headers: { Authorization: 'Bearer geheim-token-123' } })).status, 200, path);
      }
      // The endpoint itself needs no inbox token.
      assert.equal((await post(`${url}/api/verhuizing`, sampleEnvelope())).status, 201);
    });
  });

  it('takes the token from INBOX_TOKEN in the environment', async () => {
    const before = process.env['INBOX_TOKEN'];
    process.env['INBOX_TOKEN'] = 'uit-de-omgeving';
    try {
      await withReceiver({}, async (url) => {
        assert.equal((await fetch(`${url}/inbox.json`)).status, 401);
        assert.equal((await fetch(`${url}/inbox.json`, { headers: { Authorization: 'Bearer uit-de-omgeving' } })).status, 200);
      });
    } finally {
      if (before === undefined) delete process.env['INBOX_TOKEN'];
      else process.env['INBOX_TOKEN'] = before;
    }
  });

  it('without a token, answers only clients on this machine, judged by the socket and never by Host', async () => {
    for (const remote of ['203.0.113.9', '10.0.0.5', '::ffff:192.168.1.2', '2001:db8::1']) {
      for (const path of ['/inbox', '/inbox.json']) {
        const answer = await requestFrom(remote, path, { host: 'localhost:8081' });
        assert.equal(answer.status, 403, `${remote} ${path}`);
        assert.doesNotMatch(answer.body!, /kenmerk/);
      }
    }
    for (const remote of ['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1']) {
      assert.equal((await requestFrom(remote, '/inbox.json', { host: 'evil.example' })).status, 200, remote);
    }
    assert.equal(isLoopbackAddress(undefined), false);
    assert.equal(isLoopbackAddress('127.0.0.1.evil'), false);
  });
});

describe('receiver: the inbox never shows file contents (hole 10)', () => {
  it('lists names and sizes, and keeps the contents in the database', async () => {
    const dbPath = tempDbPath();
    await withReceiver(
      {},
      async (url) => {
        assert.equal((await post(`${url}/api/verhuizing`, metBijlage())).status, 201);
        const json = await (await fetch(`${url}/inbox.json`)).text();
        assert.ok(!json.includes(PDF), 'no base64 in /inbox.json');
        assert.deepEqual(JSON.parse(json)[0].envelope.bijlagen, [
          { soort: 'huurcontract', bestandsnaam: 'huur.pdf', mimeType: 'application/pdf', grootte: 15 },
        ]);
        const html = await (await fetch(`${url}/inbox`)).text();
        assert.ok(!html.includes(PDF));
        assert.ok(html.includes('huur.pdf') && html.includes('15 bytes'));
      },
      dbPath,
    );
    assert.equal(storedWithContents(dbPath)[0]!.envelope && (storedWithContents(dbPath)[0]!.envelope as any).bijlagen[0].inhoud, PDF);
  });

  it('upgrades a database of the first version: its rows get an overview without contents', async () => {
    const dbPath = tempDbPath();
    const db = new Database(dbPath);
    db.exec(`CREATE TABLE submissions (id INTEGER PRIMARY KEY, idempotency_key TEXT NOT NULL UNIQUE, body_sha256 TEXT NOT NULL,
      kenmerk TEXT NOT NULL UNIQUE, formulier TEXT NOT NULL, gemeente_code TEXT, gemeente_naam TEXT, ontvangen_op TEXT NOT NULL,
      envelope TEXT NOT NULL);
      CREATE TABLE kenmerk_counters (prefix TEXT NOT NULL, jaar INTEGER NOT NULL, laatste INTEGER NOT NULL, PRIMARY KEY (prefix, jaar));`);
    db.prepare(`INSERT INTO submissions VALUES (1, 'k', 'h', 'VH-2026-000001', 'verhuizing', '0344', 'Utrecht', '2026-11-30T09:00:00Z', ?)`).run(
      JSON.stringify(metBijlage()),
    );
    db.pragma('user_version = 1');
    db.close();
    await withReceiver(
      {},
      async (url) => {
        const [row] = (await (await fetch(`${url}/inbox.json`)).json()) as any[];
        assert.equal(row.kenmerk, 'VH-2026-000001');
        assert.equal(row.envelope.bijlagen[0].bestandsnaam, 'huur.pdf');
        assert.equal('inhoud' in row.envelope.bijlagen[0], false);
      },
      dbPath,
    );
  });
});

describe('receiver: the inbox shows 50 per page (hole 3)', () => {
  it('pages newest first with links to the neighbouring pages', async () => {
    await withReceiver({}, async (url) => {
      for (let i = 0; i < 120; i++) assert.equal((await post(`${url}/api/verhuizing`, sampleEnvelope())).status, 201);
      const page = async (query: string) => (await fetch(`${url}/inbox${query}`)).text();
      const articles = (html: string) => html.match(/<article>/g)?.length ?? 0;

      const first = await page('');
      assert.equal(articles(first), 50);
      assert.ok(first.includes('VH-2026-000120') && !first.includes('VH-2026-000070'));
      assert.ok(first.includes('href="?pagina=2"'));
      assert.ok(!first.includes('rel="prev"'));
      assert.ok(first.includes('Pagina 1 van 3'));

      const last = await page('?pagina=3');
      assert.equal(articles(last), 20);
      assert.ok(last.includes('VH-2026-000001') && last.includes('href="?pagina=2"') && !last.includes('rel="next"'));
      // Nonsense is page 1, beyond the end the last page; a hostile value never reaches the markup.
      assert.equal(articles(await page('?pagina=%3Cscript%3E')), 50);
      assert.ok((await page('?pagina=%22%3E%3Cscript%3E')).includes('Pagina 1 van 3'));
      assert.equal(articles(await page('?pagina=99')), 20);

      const json = await fetch(`${url}/inbox.json?pagina=2`);
      assert.equal(((await json.json()) as unknown[]).length, 50);
      assert.equal(json.headers.get('link'), '</inbox.json?pagina=1>; rel="prev", </inbox.json?pagina=3>; rel="next"');
    });
  });
});
