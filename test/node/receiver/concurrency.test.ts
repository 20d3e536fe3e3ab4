// Issue 8, hole 3: while the receiver works through a 40 MB body, a citizen's small POST is still
// answered quickly (p95 of 20 < 500 ms). The receiver runs in its own process, on 127.0.0.1, so the
// measuring client is not slowed by the work it measures.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createInterface } from 'node:readline';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import * as fixtures from '../../fixtures/verhuizing.js';
import { tempDbPath } from './helpers.js';

const MB = 1024 * 1024;
let url = '';
let child: ReturnType<typeof spawn> | undefined;

before(async () => {
  const script = fileURLToPath(new URL('./serve-real.ts', import.meta.url));
  // 30 MB of attachments allowed, so the large body is valid and stored (every step runs).
  const args = { dbPath: tempDbPath(), today: fixtures.today, verhuizing: { '0344': { maxTotaleGrootte: 30 * MB } } };
  child = spawn(process.execPath, ['--import', 'tsx', script, JSON.stringify(args)], { stdio: ['pipe', 'pipe', 'inherit'] });
  const [line] = await new Promise<string[]>((resolve, reject) => {
    createInterface({ input: child!.stdout! }).once('line', (l) => resolve([l]));
    child!.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  url = (JSON.parse(line!) as { url: string }).url;
});

after(() => {
  child?.stdin?.end();
});

const send = (body: string) =>
  fetch(`${url}/api/verhuizing`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
    body,
  });

function largeBody(): string {
  const envelope = structuredClone(fixtures.geldig.metPartnerEnKind) as { bijlagen: unknown[] };
  const grootte = Math.floor(9.9 * MB);
  const inhoud = fixtures.pdfVanGrootte(grootte);
  envelope.bijlagen = [0, 1, 2].map((i) => ({ ...fixtures.bijlage('huurcontract', `huur-${i}.pdf`), grootte, inhoud }));
  return JSON.stringify(envelope);
}

describe('receiver: a large body does not hold up small ones (hole 3)', () => {
  it('answers 20 small POSTs with p95 < 500 ms while 40 MB bodies are processed', { timeout: 120_000 }, async () => {
    const large = largeBody();
    assert.ok(large.length > 39 * MB && large.length < 40 * MB, `${(large.length / MB).toFixed(1)} MB`);
    const small = JSON.stringify(fixtures.geldig.alleen);
    assert.equal((await send(small)).status, 201, 'warm-up');

    const latencies: number[] = [];
    let overlapping = 0;
    for (let round = 0; round < 4; round++) {
      const started = performance.now();
      let largeDone = Infinity;
      const largeAnswer = send(large).then(async (res) => {
        largeDone = performance.now();
        return { status: res.status, text: await res.text() };
      });
      const smalls = Array.from({ length: 5 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, 100 + i * 120));
        const sent = performance.now();
        const res = await send(small);
        const ms = performance.now() - sent;
        assert.equal(res.status, 201, await res.text());
        if (sent < largeDone) overlapping++;
        latencies.push(ms);
      });
      await Promise.all(smalls);
      const answer = await largeAnswer;
      assert.equal(answer.status, 201, answer.text.slice(0, 300));
      assert.ok(largeDone - started > 0);
    }
    latencies.sort((a, b) => a - b);
    const p95 = latencies[Math.ceil(latencies.length * 0.95) - 1]!;
    const p50 = latencies[Math.floor(latencies.length / 2)]!;
    console.log(`small POSTs during 40 MB bodies: n=${latencies.length}, overlapping=${overlapping}, p50=${p50.toFixed(0)} ms, p95=${p95.toFixed(0)} ms, max=${latencies.at(-1)!.toFixed(0)} ms`);
    assert.equal(latencies.length, 20);
    assert.ok(p95 < 500, `p95 ${p95.toFixed(0)} ms`);
  });
});
