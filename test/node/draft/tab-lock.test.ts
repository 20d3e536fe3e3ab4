// Tab coordination per draft id (issue 8 hole 2) with an in-memory LockManager that behaves like Web
// Locks (exclusive, FIFO per name, query of held names) and Node's own BroadcastChannel.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTabCoordinator, type ChannelLike, type LocksLike } from '../../../src/draft/tab-lock.js';

class FakeLocks implements LocksLike {
  private held = new Set<string>();
  private queues = new Map<string, (() => void)[]>();
  async request(name: string, callback: (lock: unknown) => unknown): Promise<unknown> {
    if (this.held.has(name)) await new Promise<void>((resolve) => this.queues.set(name, [...(this.queues.get(name) ?? []), resolve]));
    this.held.add(name);
    try {
      return await callback({ name });
    } finally {
      const next = this.queues.get(name)?.shift();
      if (next) next();
      else this.held.delete(name);
    }
  }
  async query() {
    return { held: [...this.held].map((name) => ({ name })) };
  }
}

const channel = (id: string) => new BroadcastChannel(`gemeente-formulieren:${id}`) as unknown as ChannelLike;
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

describe('tab coordination', () => {
  test('two tabs with one draft id: only one sends; the other learns the kenmerk', async () => {
    const locks = new FakeLocks();
    const heard: string[] = [];
    const a = createTabCoordinator('d1', (k) => heard.push(`a:${k}`), { locks, channel: channel('d1') });
    const b = createTabCoordinator('d1', (k) => heard.push(`b:${k}`), { locks, channel: channel('d1') });
    let sends = 0;
    const send = async () => {
      sends += 1;
      await tick();
      return `VH-${sends}`;
    };
    const [ra, rb] = await Promise.all([a.exclusive(send, (k) => k), b.exclusive(send, (k) => k)]);
    assert.equal(sends, 1);
    assert.deepEqual([ra, rb], [{ kind: 'ran', value: 'VH-1' }, { kind: 'sent-elsewhere', kenmerk: 'VH-1' }]);
    await a.announceSent('VH-1');
    await tick();
    assert.deepEqual(heard, ['b:VH-1']);
    // A third copy, later: the "sent" lock is still held by a.
    const c = createTabCoordinator('d1', () => {}, { locks, channel: undefined });
    assert.deepEqual(await c.exclusive(send, (k) => k), { kind: 'sent-elsewhere', kenmerk: 'VH-1' });
    // Once the sending tab is gone (closed), its lock goes with it.
    a.close();
    b.close();
    await tick();
    assert.deepEqual(await c.exclusive(send, (k) => k), { kind: 'ran', value: 'VH-2' });
    c.close();
  });

  test('different draft ids do not wait for each other and both send', async () => {
    const locks = new FakeLocks();
    const a = createTabCoordinator('x', () => {}, { locks });
    const b = createTabCoordinator('y', () => {}, { locks });
    const results = await Promise.all([a.exclusive(async () => 'A', (k) => k), b.exclusive(async () => 'B', (k) => k)]);
    assert.deepEqual(results, [{ kind: 'ran', value: 'A' }, { kind: 'ran', value: 'B' }]);
    a.close();
    b.close();
  });

  test('a failed send (no kenmerk) leaves the other tab free to send', async () => {
    const locks = new FakeLocks();
    const a = createTabCoordinator('z', () => {}, { locks });
    const b = createTabCoordinator('z', () => {}, { locks });
    assert.deepEqual(await a.exclusive(async () => 'failed', () => undefined), { kind: 'ran', value: 'failed' });
    assert.deepEqual(await b.exclusive(async () => 'VH-9', (k) => k), { kind: 'ran', value: 'VH-9' });
    a.close();
    b.close();
  });

  test('without Web Locks, a tab that heard of the send does not send', async () => {
    const heard: string[] = [];
    const a = createTabCoordinator('w', () => {}, { channel: channel('w') });
    const b = createTabCoordinator('w', (k) => heard.push(k), { channel: channel('w') });
    await a.announceSent('VH-5');
    await tick();
    assert.deepEqual(heard, ['VH-5']);
    let sent = false;
    assert.deepEqual(await b.exclusive(async () => ((sent = true), 'x'), (k) => k), { kind: 'sent-elsewhere', kenmerk: 'VH-5' });
    assert.equal(sent, false);
    a.close();
    b.close();
  });
});
