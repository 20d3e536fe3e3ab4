// `npm run soak`: the reliability soak of issue 8 (not part of `npm test`). Loopback only, bounded in
// count and time; every server and child process it starts is stopped before it exits.
//
//   1. faults: --count submissions of both forms (with attachments) through the seeded fault proxy,
//      with the element's real submit client (src/submit/client.ts) and a share of reloads mid-send;
//      then counted from the receiver's SQLite file by Idempotency-Key and by body hash.
//   2. load: --clients concurrent clients straight at the receiver for --load-seconds.
//   3. kill: `kill -9` of the receiver mid-load, --kill-rounds times; every acknowledged row must survive.
//
// The client's timeouts and backoff are shortened through its options (SOAK_CLIENT below) so the soak
// runs in minutes; the policy itself (4 attempts, same key, Retry-After honoured up to a cap) is unchanged.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { hashOf, pendingFromPayload, restoreBody } from '../../src/draft/pending-body.js';
import { sendSubmission, type SendOptions, type SubmissionResult } from '../../src/submit/client.js';
import { attachmentCount, envelopeFor, type Formulier } from './envelopes.js';
import { mulberry32, seededKey } from './faults.js';
import { startFaultProxy } from './proxy.js';
import { startReceiverProcess, type ReceiverProcess } from './receiver-process.js';

const { values } = parseArgs({
  options: {
    seed: { type: 'string', default: '8' },
    count: { type: 'string', default: '240' },
    concurrency: { type: 'string', default: '16' },
    'reload-share': { type: 'string', default: '0.1' },
    clients: { type: 'string', default: '50' },
    'load-seconds': { type: 'string', default: '20' },
    'kill-rounds': { type: 'string', default: '3' },
  },
});
const SEED = Number(values.seed);
const COUNT = Math.min(Number(values.count), 5000);
const CONCURRENCY = Number(values.concurrency);
const RELOAD_SHARE = Number(values['reload-share']);
const CLIENTS = Math.min(Number(values.clients), 200);
const LOAD_SECONDS = Math.min(Number(values['load-seconds']), 120);
const KILL_ROUNDS = Math.min(Number(values['kill-rounds']), 10);

/** Shortened for the soak (product defaults: 15 s, [1, 2, 4] s, 30 s). */
const SOAK_CLIENT: SendOptions = { timeoutMs: 1000, backoffMs: [50, 100, 200], maxRetryAfterMs: 300, maxAttempts: 4 };
const HANG_MS = 1500; // past the 1 s timeout (plus the upload allowance of a few ms)
const MAX_RESENDS = 25;

const outDir = join(process.cwd(), '.tmp', 'soak', `run-${SEED}-${Date.now()}`);
mkdirSync(outDir, { recursive: true });
const started: ReceiverProcess[] = [];
const startReceiver = async (db: string) => {
  const r = await startReceiverProcess(db);
  started.push(r);
  return r;
};

const post = (url: string, formulier: Formulier, key: string, body: unknown, options: SendOptions) =>
  sendSubmission({ endpoint: `${url}/api/${formulier}`, body, idempotencyKey: key, credentials: 'omit' }, options);

async function pool<T>(items: T[], workers: number, fn: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (next < items.length) await fn(items[next++]!);
    }),
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

// ---------------------------------------------------------------------------------------------- 1
interface Planned {
  i: number;
  formulier: Formulier;
  key: string;
  body: Record<string, unknown>;
  reload: boolean;
  abortAfterMs: number;
}
interface Outcome {
  kenmerk?: string;
  resultKinds: string[];
  retryExhausted: number;
  reloaded: boolean;
  identicalAfterReload?: boolean;
  error?: string;
}

async function faultPhase() {
  const dbPath = join(outDir, 'faults.sqlite');
  const receiver = await startReceiver(dbPath);
  const proxy = await startFaultProxy({ target: receiver.url, seed: SEED, hangMs: HANG_MS });
  const r = mulberry32(SEED);
  const plan: Planned[] = Array.from({ length: COUNT }, (_, i) => {
    const formulier: Formulier = i % 2 === 0 ? 'verhuizing' : 'overlijden';
    return { i, formulier, key: seededKey(r), body: envelopeFor(formulier, i), reload: r() < RELOAD_SHARE, abortAfterMs: 5 + Math.floor(r() * 300) };
  });
  const outcomes = new Map<string, Outcome>();
  const t0 = performance.now();

  await pool(plan, CONCURRENCY, async (p) => {
    const o: Outcome = { resultKinds: [], retryExhausted: 0, reloaded: false };
    outcomes.set(p.key, o);
    let body: unknown = p.body;
    if (p.reload) {
      // The element persists the pending body (without file contents) before the first attempt.
      const { pending } = await pendingFromPayload(p.body, { idempotencyKey: p.key, startedAt: Date.now() });
      const stored = JSON.stringify(pending); // sessionStorage
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), p.abortAfterMs);
      const first = await post(proxy.url, p.formulier, p.key, p.body, { ...SOAK_CLIENT, signal: controller.signal });
      clearTimeout(timer);
      o.resultKinds.push(first.kind);
      if (first.kind === 'ok') {
        o.kenmerk = first.kenmerk;
        return;
      }
      // "Reload": the page's memory is gone; the citizen adds the files again, matched by hash.
      o.reloaded = true;
      const restoredPending = JSON.parse(stored) as typeof pending;
      const empty = restoreBody({ body: restoredPending.body!, bijlagen: restoredPending.bijlagen ?? [] }, new Map());
      const files = new Map<string, string>();
      for (const b of (p.body['bijlagen'] as { inhoud: string }[]) ?? []) files.set(await hashOf(b.inhoud), b.inhoud);
      const restored = restoreBody({ body: restoredPending.body!, bijlagen: restoredPending.bijlagen ?? [] }, files);
      if (!restored.ok || (attachmentCount(p.body) > 0 && empty.ok)) {
        o.error = 'restore failed';
        return;
      }
      body = restored.body;
      o.identicalAfterReload = JSON.stringify(body) === JSON.stringify(p.body);
    }
    for (let send = 0; send <= MAX_RESENDS; send++) {
      const result: SubmissionResult = await post(proxy.url, p.formulier, p.key, body, SOAK_CLIENT);
      o.resultKinds.push(result.kind);
      if (result.kind === 'ok') {
        o.kenmerk = result.kenmerk;
        return;
      }
      if (result.kind !== 'retry-exhausted') {
        o.error = `unexpected ${result.kind}${'status' in result ? ` ${result.status}` : ''}`;
        return;
      }
      o.retryExhausted++; // the citizen sees "niet bereikbaar" and presses "Opnieuw versturen": same key, same body
    }
    o.error = 'still not stored after resends';
  });
  const seconds = (performance.now() - t0) / 1000;
  await proxy.close();
  await receiver.stop();

  // Count from the SQLite file.
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT idempotency_key AS key, body_sha256 AS sha, kenmerk FROM submissions').all() as { key: string; sha: string; kenmerk: string }[];
  db.close();
  const byKey = new Map<string, number>();
  const bySha = new Map<string, number>();
  for (const row of rows) {
    byKey.set(row.key, (byKey.get(row.key) ?? 0) + 1);
    bySha.set(row.sha, (bySha.get(row.sha) ?? 0) + 1);
  }
  const kenmerkByKey = new Map(rows.map((row) => [row.key, row.kenmerk]));
  let lost = 0;
  let kenmerkMismatch = 0;
  for (const p of plan) {
    if ((byKey.get(p.key) ?? 0) === 0) lost++;
    const o = outcomes.get(p.key)!;
    if (o.kenmerk && kenmerkByKey.get(p.key) !== o.kenmerk) kenmerkMismatch++;
  }
  const all = [...outcomes.values()];
  return {
    seconds,
    submissions: COUNT,
    verhuizing: plan.filter((p) => p.formulier === 'verhuizing').length,
    overlijden: plan.filter((p) => p.formulier === 'overlijden').length,
    withAttachments: plan.filter((p) => attachmentCount(p.body) > 0).length,
    rows: rows.length,
    keysStoredOnce: [...byKey.values()].filter((n) => n === 1).length,
    keysStoredTwice: [...byKey.values()].filter((n) => n > 1).length,
    distinctBodyHashes: bySha.size,
    bodyHashesDuplicated: [...bySha.values()].filter((n) => n > 1).length,
    lost,
    kenmerkMismatch,
    clientSawKenmerk: all.filter((o) => o.kenmerk).length,
    retryExhaustedResults: all.reduce((n, o) => n + o.retryExhausted, 0),
    submissionsWithRetryExhausted: all.filter((o) => o.retryExhausted > 0).length,
    reloadsMidSend: all.filter((o) => o.reloaded).length,
    reloadsWithAttachments: plan.filter((p) => outcomes.get(p.key)!.reloaded && attachmentCount(p.body) > 0).length,
    reloadBodiesIdentical: all.filter((o) => o.identicalAfterReload).length,
    errors: all.filter((o) => o.error).map((o) => o.error),
    faults: proxy.counts,
  };
}

// ---------------------------------------------------------------------------------------------- 2
async function loadPhase() {
  const dbPath = join(outDir, 'load.sqlite');
  const receiver = await startReceiver(dbPath);
  const latencies: number[] = [];
  const kinds: Record<string, number> = {};
  const acked = new Set<string>();
  let n = 0;
  let retries = 0; // attempts after the first: a timeout (15 s, the product default) or a 5xx
  const deadline = performance.now() + LOAD_SECONDS * 1000;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < deadline) {
        const i = n++;
        const formulier: Formulier = i % 2 === 0 ? 'verhuizing' : 'overlijden';
        const key = crypto.randomUUID();
        const sent = performance.now();
        // Product defaults here except the backoff: no faults, the receiver's own answers only.
        const result = await post(receiver.url, formulier, key, envelopeFor(formulier, 100_000 + i), {
          backoffMs: [50, 100, 200],
          onAttempt: (a) => void (a > 1 && retries++),
        });
        latencies.push(performance.now() - sent);
        kinds[result.kind] = (kinds[result.kind] ?? 0) + 1;
        if (result.kind === 'ok') acked.add(key);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  await receiver.stop();
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT idempotency_key AS key FROM submissions').all() as { key: string }[];
  db.close();
  const stored = new Set(rows.map((row) => row.key));
  latencies.sort((a, b) => a - b);
  return {
    clients: CLIENTS,
    seconds,
    submissions: latencies.length,
    perSecond: acked.size / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
    kinds,
    retries,
    rows: rows.length,
    ackedMissing: [...acked].filter((k) => !stored.has(k)).length,
  };
}

// ---------------------------------------------------------------------------------------------- 3
async function killPhase() {
  const dbPath = join(outDir, 'kill.sqlite');
  let receiver = await startReceiver(dbPath);
  const acked = new Map<string, string>(); // key → kenmerk the client saw (201)
  const unacked = new Map<string, { formulier: Formulier; body: unknown }>();
  const rounds: { acked: number; inFlightAtKill: number; keptAfterRestart: number }[] = [];
  let n = 0;
  for (let round = 0; round < KILL_ROUNDS; round++) {
    let running = true;
    let inFlight = 0;
    const url = receiver.url;
    const ackedBefore = acked.size;
    const clients = Array.from({ length: 20 }, async () => {
      while (running) {
        const i = n++;
        const formulier: Formulier = i % 2 === 0 ? 'verhuizing' : 'overlijden';
        const key = crypto.randomUUID();
        const body = envelopeFor(formulier, 200_000 + i);
        inFlight++;
        // One attempt: a 201 counts as acknowledged only if the client actually read it.
        const result = await post(url, formulier, key, body, { maxAttempts: 1, timeoutMs: 2000 });
        inFlight--;
        if (result.kind === 'ok') acked.set(key, result.kenmerk);
        else {
          unacked.set(key, { formulier, body });
          break; // the receiver is gone: this client stops, as a citizen would see an error
        }
      }
    });
    await new Promise((r) => setTimeout(r, 1500 + round * 300));
    const atKill = inFlight;
    await receiver.kill9();
    running = false;
    await Promise.all(clients);
    receiver = await startReceiver(dbPath);
    const db = new Database(dbPath, { readonly: true });
    const stored = new Map((db.prepare('SELECT idempotency_key AS key, kenmerk FROM submissions').all() as { key: string; kenmerk: string }[]).map((r) => [r.key, r.kenmerk]));
    db.close();
    const kept = [...acked].filter(([k, kenmerk]) => stored.get(k) === kenmerk).length;
    rounds.push({ acked: acked.size - ackedBefore, inFlightAtKill: atKill, keptAfterRestart: kept });
  }
  // What was in flight at a kill may or may not be stored: the citizen resends it under the same key.
  let resentStored = 0;
  for (const [key, { formulier, body }] of unacked) {
    const result = await post(receiver.url, formulier, key, body, SOAK_CLIENT);
    if (result.kind === 'ok') resentStored++;
  }
  await receiver.stop();
  const db = new Database(dbPath, { readonly: true });
  const rows = db.prepare('SELECT idempotency_key AS key, kenmerk FROM submissions').all() as { key: string; kenmerk: string }[];
  db.close();
  const stored = new Map(rows.map((r) => [r.key, r.kenmerk]));
  return {
    rounds,
    acked: acked.size,
    ackedKept: [...acked].filter(([k, kenmerk]) => stored.get(k) === kenmerk).length,
    unackedResent: unacked.size,
    resentStored,
    rows: rows.length,
    expectedRows: acked.size + unacked.size,
  };
}

// ---------------------------------------------------------------------------------------------- main
let exitCode = 1;
try {
  const t0 = performance.now();
  console.log(`soak: seed ${SEED}, ${COUNT} submissions through the fault proxy, ${CLIENTS} clients × ${LOAD_SECONDS} s, ${KILL_ROUNDS} × kill -9 (output ${outDir})`);
  const faults = await faultPhase();
  console.log('faults applied:', JSON.stringify(faults.faults));
  const load = await loadPhase();
  const kill = await killPhase();
  const checks = {
    'ten minste 200 inzendingen, beide formulieren': faults.submissions >= 200 && faults.verhuizing > 0 && faults.overlijden > 0,
    'elke sleutel precies één keer opgeslagen': faults.rows === COUNT && faults.keysStoredOnce === COUNT && faults.keysStoredTwice === 0,
    'elke body-hash precies één keer': faults.distinctBodyHashes === COUNT && faults.bodyHashesDuplicated === 0,
    'niets verloren': faults.lost === 0,
    'client zag kenmerk (na opnieuw versturen)': faults.clientSawKenmerk === COUNT && faults.kenmerkMismatch === 0 && faults.errors.length === 0,
    'herladen: identieke body': faults.reloadBodiesIdentical === faults.reloadsMidSend,
    'belasting: elke 201 opgeslagen': load.ackedMissing === 0,
    'kill -9: elke 201 bewaard': kill.ackedKept === kill.acked,
    'kill -9: na opnieuw versturen alles één keer': kill.resentStored === kill.unackedResent && kill.rows === kill.expectedRows,
  };
  const result = { seed: SEED, client: SOAK_CLIENT, hangMs: HANG_MS, faults, load, kill, checks, totalSeconds: (performance.now() - t0) / 1000 };
  writeFileSync(join(outDir, 'result.json'), `${JSON.stringify(result, null, 2)}\n`);
  writeFileSync(join(process.cwd(), '.tmp', 'soak', 'latest.json'), `${JSON.stringify(result, null, 2)}\n`);

  const ms = (v: number) => `${v.toFixed(0)} ms`;
  console.table({
    'faults: submissions (verhuizing / overlijden / with attachments)': `${faults.submissions} (${faults.verhuizing} / ${faults.overlijden} / ${faults.withAttachments}) in ${faults.seconds.toFixed(1)} s`,
    'faults: rows / keys once / body hashes once': `${faults.rows} / ${faults.keysStoredOnce} / ${faults.distinctBodyHashes}`,
    'faults: lost / duplicated': `${faults.lost} / ${faults.keysStoredTwice + faults.bodyHashesDuplicated}`,
    'faults: client saw kenmerk': `${faults.clientSawKenmerk}`,
    'faults: retry-exhausted results (submissions), resent': `${faults.retryExhaustedResults} (${faults.submissionsWithRetryExhausted})`,
    'faults: reloads mid-send (with attachments), identical body': `${faults.reloadsMidSend} (${faults.reloadsWithAttachments}), ${faults.reloadBodiesIdentical}`,
    [`load: ${load.clients} clients × ${load.seconds.toFixed(1)} s`]: `${load.submissions} submissions, ${load.perSecond.toFixed(0)}/s`,
    'load: p50 / p95 / p99 / max': `${ms(load.p50)} / ${ms(load.p95)} / ${ms(load.p99)} / ${ms(load.max)}`,
    'load: results, retried attempts, acknowledged missing': `${JSON.stringify(load.kinds)}, ${load.retries}, ${load.ackedMissing}`,
    'kill -9: rounds (acked, in flight at kill)': kill.rounds.map((r) => `${r.acked}/${r.inFlightAtKill}`).join(', '),
    'kill -9: acknowledged kept': `${kill.ackedKept} of ${kill.acked}`,
    'kill -9: unacknowledged resent → stored; rows': `${kill.resentStored} of ${kill.unackedResent}; ${kill.rows} (expected ${kill.expectedRows})`,
  });
  console.table(Object.fromEntries(Object.entries(checks).map(([k, v]) => [k, v ? 'ok' : 'FAILED'])));
  if (faults.errors.length) console.log('errors:', faults.errors.slice(0, 10));
  console.log(`soak: ${((performance.now() - t0) / 1000).toFixed(1)} s; result ${join(outDir, 'result.json')}`);
  exitCode = Object.values(checks).every(Boolean) ? 0 : 1;
} catch (error) {
  console.error(error);
} finally {
  for (const r of started) if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
}
process.exit(exitCode);
