// The web-test-runner receiver commands, driven directly (the browser test drives them for real).
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { receiverCommands, type ReceiverUrls } from '../../commands/index.mjs';
import * as overlijden from '../../fixtures/overlijden.js';
import { post, sampleEnvelope } from './helpers.js';

type Run = (command: string, payload?: unknown, sessionId?: string) => Promise<any>;

async function withCommands(run: (exec: Run) => Promise<void>): Promise<void> {
  const plugin = receiverCommands();
  const exec: Run = (command, payload, sessionId = 'session-1') =>
    Promise.resolve(plugin.executeCommand!({ command, payload, session: { id: sessionId } } as never));
  try {
    await run(exec);
  } finally {
    await plugin.serverStop!();
  }
}

describe('test commands: receiver control', () => {
  it('starts a receiver with the lookup mounted and answers only its own commands', async () => {
    await withCommands(async (exec) => {
      const { url, lookupUrl } = (await exec('receiver-start')) as ReceiverUrls;
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.equal(lookupUrl, `${url}/bzk/locatieserver/search/v3_1/free`);
      assert.equal((await fetch(`${url}/health`)).status, 200);
      const lookup = await fetch(`${lookupUrl}?fq=postcode:3521AZ&fq=huisnummer:1&fl=weergavenaam`);
      assert.equal(((await lookup.json()) as any).response.numFound, 1);
      assert.equal(await exec('something-else'), undefined);
    });
  });

  it('validates with the real verhuizing schema and allows any loopback origin', async () => {
    await withCommands(async (exec) => {
      const { url } = await exec('receiver-start');
      const res = await post(`${url}/api/verhuizing`, sampleEnvelope(), { origin: 'http://localhost:8000' });
      assert.equal(res.status, 422, 'the pass-through sample is not a valid verhuizing');
      assert.ok(res.json.invalidParams.length > 0);
      assert.equal(res.headers.get('access-control-allow-origin'), 'http://localhost:8000');
    });
  });

  it('passes failFirst and status on, and reports stored rows', async () => {
    await withCommands(async (exec) => {
      const { url } = await exec('receiver-start', { failFirst: 1, status: 502 });
      assert.equal((await post(`${url}/api/verhuizing`, sampleEnvelope())).status, 502);
      assert.deepEqual(await exec('receiver-submissions'), []);
    });
  });

  it('passes a pinned now (ISO string) on to the rules, with or without today', async () => {
    await withCommands(async (exec) => {
      // Saturday 28 November 10:00: the bespoediging on Sunday 11:00 is still ahead.
      for (const clock of [{ now: overlijden.now }, { today: overlijden.today, now: overlijden.now }]) {
        const { url } = await exec('receiver-start', clock);
        const res = await post(`${url}/api/overlijden`, overlijden.geldig.bespoediging);
        assert.equal(res.status, 201, `${JSON.stringify(clock)}: ${res.text}`);
      }
      // Monday: the same funeral is over.
      const { url } = await exec('receiver-start', { now: '2026-11-30T09:00:00Z' });
      const res = await post(`${url}/api/overlijden`, overlijden.geldig.bespoediging);
      assert.equal(res.status, 422);
      assert.deepEqual(res.json.invalidParams.map((p: { code: string }) => p.code), ['fout.uitvaart.verleden']);
      await assert.rejects(exec('receiver-start', { now: 'zondag' }), /now/);
    });
  });

  it('restarts on the same database file and port', async () => {
    await withCommands(async (exec) => {
      const first = await exec('receiver-start', { failFirst: 1 });
      const restarted = await exec('receiver-restart');
      assert.equal(restarted.url, first.url);
      // The restarted receiver has no faults unless asked again.
      const res = await post(`${restarted.url}/api/verhuizing`, sampleEnvelope(), { key: randomUUID() });
      assert.equal(res.status, 422);
    });
  });

  it('keeps one receiver per session and stops it', async () => {
    await withCommands(async (exec) => {
      const a = await exec('receiver-start', {}, 'a');
      const b = await exec('receiver-start', {}, 'b');
      assert.notEqual(a.url, b.url);
      assert.equal(await exec('receiver-stop', undefined, 'a'), true);
      await assert.rejects(fetch(`${a.url}/health`));
      assert.equal((await fetch(`${b.url}/health`)).status, 200);
      await assert.rejects(exec('receiver-submissions', undefined, 'a'), /no receiver/);
    });
  });

  it('closes every receiver when the test run ends', async () => {
    const plugin = receiverCommands();
    const { url } = (await plugin.executeCommand!({
      command: 'receiver-start',
      payload: {},
      session: { id: 'x' },
    } as never)) as ReceiverUrls;
    await plugin.serverStop!();
    await assert.rejects(fetch(`${url}/health`));
  });
});
