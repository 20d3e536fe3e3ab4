// Custom web-test-runner commands (run in Node, called from browser tests with executeServerCommand).
//
// Receiver control, so browser tests post to the real reference receiver (real schemas, real SQLite,
// real CORS: the receiver runs on another port than the test page):
//   receiver-start       { failFirst?, status?, retryAfter?, today?, now?, fresh? = true, policies? } → { url, lookupUrl }
//   receiver-restart     { failFirst?, status?, retryAfter?, today?, now?, policies? }                 → { url, lookupUrl }
//                        closes it and starts it again on the same database file (and port when free)
//   `today` (YYYY-MM-DD) pins the date for the date rules; `now` (an ISO timestamp) pins the clock for the
//   rules about a moment (a death not in the future, a funeral not in the past) and ontvangenOp, and
//   gives `today` when that is not given. Without `now` the receiver uses the real time.
//   `policies` (optional): per form, the gemeenten served and each one's policy, as defaultForms() takes
//   them, e.g. { overlijden: { '0344': { nabestaandeToegestaan: true } } }; without it, any gemeente with
//   the default policy (overlijden: funeral director only).
//   `keyLookup: false` makes it a backend without the key lookup (GET answers 405).
//   receiver-submissions                                                          → StoredSubmission[] (with file contents)
//   receiver-stop                                                                 → true
// One receiver per browser session (test file); every receiver still running is closed when the
// test run ends.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { layoutCommands } from './layout.mjs';

// The receiver and the schemas are TypeScript; this config file is loaded by plain Node. Loaded on
// first use so a run without receiver tests never compiles them.
let modules;
async function load() {
  modules ??= Promise.all([
    tsImport('../../demo/receiver/receiver.ts', import.meta.url),
    tsImport('../../demo/receiver/forms.ts', import.meta.url),
    tsImport('../../demo/receiver/http.ts', import.meta.url),
    tsImport('../../demo/lookup/lookup.ts', import.meta.url),
    tsImport('../../demo/receiver/store.ts', import.meta.url),
  ]).then(([receiver, forms, http, lookup, store]) => ({ receiver, forms, http, lookup, store }));
  return modules;
}

export function receiverCommands() {
  /** session id → { server, dbPath, port, lookupPath } */
  const receivers = new Map();
  /** Every temp folder made, removed at the end of the run. */
  const tempDirs = new Set();

  async function start(sessionId, payload = {}, { dbPath, port = 0 } = {}) {
    const now = payload.now === undefined ? undefined : new Date(payload.now);
    if (now && Number.isNaN(now.getTime())) throw new Error(`receiver-start: now must be an ISO timestamp, got ${JSON.stringify(payload.now)}`);
    const { receiver, forms, http, lookup } = await load();
    const mount = lookup.createLookup();
    const options = {
      host: '127.0.0.1',
      dbPath,
      // The test page's origin is http://localhost:<random port> (or 127.0.0.1): accept any loopback origin.
      allowedOrigins: http.isLoopbackOrigin,
      ...forms.defaultForms(payload.policies ?? {}),
      mounts: [mount],
      faults: { failFirst: payload.failFirst, status: payload.status, retryAfter: payload.retryAfter },
      ...(payload.keyLookup === false ? { keyLookup: false } : {}),
      ...(payload.today ? { today: () => payload.today } : {}),
      ...(now ? { now: () => new Date(now) } : {}),
    };
    let server;
    try {
      server = await receiver.startReceiver({ ...options, port });
    } catch (error) {
      // The old port was taken in between: any port will do, the test gets the new url.
      if (port === 0 || error?.code !== 'EADDRINUSE') throw error;
      server = await receiver.startReceiver({ ...options, port: 0 });
    }
    receivers.set(sessionId, { server, dbPath, port: server.port });
    return { url: server.url, lookupUrl: `${server.url}${mount.prefix}free` };
  }

  async function stop(sessionId) {
    const current = receivers.get(sessionId);
    receivers.delete(sessionId);
    await current?.server.close();
    return current;
  }

  function newDbPath() {
    const dir = mkdtempSync(join(tmpdir(), 'gf-wtr-receiver-'));
    tempDirs.add(dir);
    return join(dir, 'receiver.sqlite');
  }

  return {
    name: 'receiver-commands',

    async executeCommand({ command, payload, session }) {
      switch (command) {
        case 'receiver-start': {
          const previous = await stop(session.id);
          const dbPath = payload?.fresh === false && previous ? previous.dbPath : newDbPath();
          return start(session.id, payload ?? {}, { dbPath });
        }
        case 'receiver-restart': {
          const previous = await stop(session.id);
          if (!previous) throw new Error('receiver-restart: no receiver was started in this test file');
          return start(session.id, payload ?? {}, { dbPath: previous.dbPath, port: previous.port });
        }
        case 'receiver-submissions': {
          const current = receivers.get(session.id);
          if (!current) throw new Error('receiver-submissions: no receiver was started in this test file');
          // From the database file, with the files' contents (the inbox never shows those), so a test
          // can compare what was stored with the bytes it chose.
          const { store } = await load();
          const db = new store.SubmissionStore(current.dbPath);
          try {
            return db.withContents();
          } finally {
            db.close();
          }
        }
        case 'receiver-stop':
          await stop(session.id);
          return true;
        default:
          return undefined;
      }
    },

    async serverStop() {
      await Promise.all([...receivers.keys()].map((id) => stop(id)));
      for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
      tempDirs.clear();
    },
  };
}

export function testCommands() {
  return [receiverCommands(), layoutCommands()];
}
