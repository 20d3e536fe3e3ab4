// The pending body (issue 8 hole 1): stored without file contents, restored byte for byte by hash, and
// kept by the draft store with its draft id.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createDraftStore, type StorageLike } from '../../../src/draft/draft-store.js';
import { hashOf, pendingFromPayload, restoreBody } from '../../../src/draft/pending-body.js';

class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  getItem = (key: string) => this.data.get(key) ?? null;
  setItem = (key: string, value: string) => void this.data.set(key, value);
  removeItem = (key: string) => void this.data.delete(key);
}

const pdf = Buffer.from('%PDF-1.4\nhallo\n%%EOF\n', 'latin1');
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const payload = {
  formulier: 'verhuizing',
  versie: '1',
  gemeente: { code: '0344', naam: 'Utrecht' },
  taal: 'nl',
  ingediendOp: '2026-11-25T10:00:00.000Z',
  gegevens: { verhuisdatum: '2026-12-01', aantal: 3 },
  bijlagen: [
    { soort: 'huurcontract', bestandsnaam: 'huur.pdf', mimeType: 'application/pdf', grootte: pdf.length, inhoud: pdf.toString('base64') },
    { soort: 'machtiging', bestandsnaam: 'm.png', mimeType: 'image/png', grootte: png.length, inhoud: png.toString('base64') },
  ],
};
const key = { idempotencyKey: '0b7c2a4e-6f1d-4c3b-9a8e-2d5f7e1c9b30', startedAt: Date.parse('2026-11-25T10:00:00Z') };
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('pending body', () => {
  test('keeps the body without file contents, and per file its name, size, soort and SHA-256 of the bytes', async () => {
    const { pending, contents } = await pendingFromPayload(payload, key);
    assert.equal(pending.idempotencyKey, key.idempotencyKey);
    assert.deepEqual((pending.body!['bijlagen'] as { inhoud: string }[]).map((b) => b.inhoud), ['', '']);
    assert.deepEqual(pending.bijlagen, [
      { soort: 'huurcontract', bestandsnaam: 'huur.pdf', grootte: pdf.length, sha256: sha(pdf) },
      { soort: 'machtiging', bestandsnaam: 'm.png', grootte: png.length, sha256: sha(png) },
    ]);
    assert.equal(contents.get(sha(pdf)), pdf.toString('base64'));
    assert.equal(payload.bijlagen[0]!.inhoud, pdf.toString('base64'), 'the payload itself is not changed');
  });

  test('restores the byte-identical JSON from the contents; says which files are missing', async () => {
    const { pending, contents } = await pendingFromPayload(payload, key);
    const full = restoreBody({ body: pending.body!, bijlagen: pending.bijlagen! }, contents);
    assert.ok(full.ok);
    assert.equal(JSON.stringify(full.body), JSON.stringify(payload));
    const partial = new Map([[sha(png), png.toString('base64')]]);
    assert.deepEqual(restoreBody({ body: pending.body!, bijlagen: pending.bijlagen! }, partial), { ok: false, missing: [0] });
  });

  test('hashOf hashes the decoded bytes, so only the very same file matches', async () => {
    assert.equal(await hashOf(pdf.toString('base64')), sha(pdf));
    assert.notEqual(await hashOf(Buffer.concat([pdf, Buffer.from(' ')]).toString('base64')), sha(pdf));
  });

  test('survives the draft store (sessionStorage JSON) and comes back with the draft id; the sent record keeps the id', async () => {
    const storage = new MemoryStorage();
    const store = createDraftStore({ storage, key: 'k', now: () => key.startedAt });
    const { pending, contents } = await pendingFromPayload(payload, key);
    store.save({ draftId: 'd-1', answers: { a: 'b' }, step: 'controleren', pending });
    assert.doesNotMatch(storage.data.get('k')!, /JVBERi/, 'no file contents in storage');
    const loaded = store.load();
    assert.equal(loaded.kind, 'draft');
    if (loaded.kind !== 'draft') return;
    assert.equal(loaded.draftId, 'd-1');
    const again = restoreBody({ body: loaded.pending!.body!, bijlagen: loaded.pending!.bijlagen! }, contents);
    assert.ok(again.ok);
    assert.equal(JSON.stringify(again.body), JSON.stringify(payload));
    store.markSent('VH-1', key.startedAt, 'd-1');
    assert.deepEqual(store.load(), { kind: 'sent', kenmerk: 'VH-1', sentAt: key.startedAt, draftId: 'd-1' });
  });

  test('a stored pending body that does not match its attachment list is not used', async () => {
    const { pending } = await pendingFromPayload(payload, key);
    for (const broken of [
      { ...pending, bijlagen: pending.bijlagen!.slice(1) },
      { ...pending, bijlagen: [{ ...pending.bijlagen![0]!, sha256: 'abc' }, pending.bijlagen![1]!] },
      { ...pending, body: undefined },
    ]) {
      const storage = new MemoryStorage();
      storage.setItem('k', JSON.stringify({ v: 1, kind: 'draft', savedAt: key.startedAt, answers: {}, step: 'a', pending: broken }));
      assert.deepEqual(createDraftStore({ storage, key: 'k', now: () => key.startedAt }).load(), { kind: 'none' });
    }
  });
});
