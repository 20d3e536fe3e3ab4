import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  createDraftStore,
  draftKey,
  DRAFT_FORMAT_VERSION,
  sessionStorageOrNull,
  toJsonObject,
  type StorageLike,
} from '../../../src/draft/draft-store.js';

/** An in-memory Storage that can be told to fail like real browsers do. */
class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  failGet?: Error;
  failSet?: Error;
  failRemove?: Error;
  getItem(key: string): string | null {
    if (this.failGet) throw this.failGet;
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failSet) throw this.failSet;
    this.data.set(key, String(value));
  }
  removeItem(key: string): void {
    if (this.failRemove) throw this.failRemove;
    this.data.delete(key);
  }
}

function domException(name: string, code?: number): Error {
  const error = new Error(`${name} from the browser`);
  error.name = name;
  if (code !== undefined) Object.assign(error, { code });
  return error;
}

const KEY = draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', id: 'verhuizing' });
const MINUTE = 60_000;
const T0 = Date.parse('2026-03-02T09:00:00Z');

function setup(ttlMinutes?: number) {
  const storage = new MemoryStorage();
  const clock = { now: T0 };
  const store = createDraftStore({ storage, key: KEY, now: () => clock.now, ...(ttlMinutes === undefined ? {} : { ttlMinutes }) });
  return { storage, clock, store };
}

const answers = {
  verhuisdatum: { dag: '1', maand: '4', jaar: '2026' },
  nieuwAdres: { postcode: '3511 ab', huisnummer: '12' },
  meeverhuizers: [{ burgerservicenummer: '111222333', voornamen: 'Anna' }],
  akkoord: true,
};

describe('draftKey', () => {
  test('tag + gemeente-code + the element id', () => {
    assert.equal(KEY, 'gemeente-formulieren:gemeente-verhuizing:0344:id:verhuizing');
  });

  test('without an id: the index among elements of the same tag', () => {
    assert.equal(draftKey({ tag: 'gemeente-overlijden', gemeenteCode: '0363', index: 1 }), 'gemeente-formulieren:gemeente-overlijden:0363:index:1');
    assert.equal(draftKey({ tag: 'gemeente-overlijden', gemeenteCode: '0363', id: '' }), 'gemeente-formulieren:gemeente-overlijden:0363:index:0');
  });

  test('instances, gemeenten and tags never share a key; an id cannot pose as an index', () => {
    const keys = [
      draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', id: 'a' }),
      draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', id: 'b' }),
      draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0363', id: 'a' }),
      draftKey({ tag: 'gemeente-overlijden', gemeenteCode: '0344', id: 'a' }),
      draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', index: 0 }),
      draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', id: '0' }),
      draftKey({ tag: 'GEMEENTE-VERHUIZING', gemeenteCode: '0344', id: 'A' }),
    ];
    assert.equal(new Set(keys).size, keys.length);
  });
});

describe('save and load', () => {
  test('nothing stored is none', () => {
    assert.deepEqual(setup().store.load(), { kind: 'none' });
  });

  test('a saved draft comes back with its step, returnTo, pending key and savedAt', () => {
    const { store, clock } = setup();
    clock.now = T0 + 5 * MINUTE;
    const pending = { idempotencyKey: '0b7c2a4e-6f1d-4c3b-9a8e-2d5f7e1c9b30', startedAt: T0 + 4 * MINUTE };
    assert.deepEqual(store.save({ answers, step: 'adres', returnTo: 'controle', pending }), { ok: true, droppedKeys: [] });
    clock.now = T0 + 10 * MINUTE;
    assert.deepEqual(store.load(), {
      kind: 'draft',
      answers,
      step: 'adres',
      returnTo: 'controle',
      pending,
      savedAt: T0 + 5 * MINUTE,
      droppedKeys: [],
    });
  });

  test('optional parts are absent when not saved; a numeric step is kept', () => {
    const { store } = setup();
    store.save({ answers: {}, step: 2 });
    assert.deepEqual(store.load(), { kind: 'draft', answers: {}, step: 2, savedAt: T0, droppedKeys: [] });
  });

  test('the stored value is versioned JSON under the instance key', () => {
    const { store, storage } = setup();
    store.save({ answers: { a: 'b' }, step: 'start' });
    assert.deepEqual([...storage.data.keys()], [KEY]);
    const stored = JSON.parse(storage.data.get(KEY)!);
    assert.equal(stored.v, DRAFT_FORMAT_VERSION);
    assert.equal(stored.kind, 'draft');
    assert.deepEqual(stored.answers, { a: 'b' });
  });

  test('a later save replaces the earlier one', () => {
    const { store } = setup();
    store.save({ answers: { a: '1' }, step: 'start', pending: { idempotencyKey: 'k', startedAt: T0 } });
    store.save({ answers: { a: '2' }, step: 'adres' });
    const loaded = store.load();
    assert.equal(loaded.kind, 'draft');
    if (loaded.kind !== 'draft') return;
    assert.deepEqual(loaded.answers, { a: '2' });
    assert.equal(loaded.pending, undefined);
  });

  test('two instances keep separate drafts in the same storage', () => {
    const storage = new MemoryStorage();
    const a = createDraftStore({ storage, key: draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', id: 'a' }), now: () => T0 });
    const b = createDraftStore({ storage, key: draftKey({ tag: 'gemeente-verhuizing', gemeenteCode: '0344', id: 'b' }), now: () => T0 });
    a.save({ answers: { wie: 'a' }, step: 1 });
    b.save({ answers: { wie: 'b' }, step: 2 });
    b.clear();
    const loaded = a.load();
    assert.equal(loaded.kind === 'draft' && loaded.answers['wie'], 'a');
    assert.deepEqual(b.load(), { kind: 'none' });
  });
});

describe('expiry after inactivity', () => {
  test('default 60 minutes since the last save: exactly 60 is still there, later is expired and removed', () => {
    const { store, clock, storage } = setup();
    store.save({ answers, step: 'adres' });
    clock.now = T0 + 60 * MINUTE;
    assert.equal(store.load().kind, 'draft');
    clock.now = T0 + 60 * MINUTE + 1;
    assert.deepEqual(store.load(), { kind: 'expired' });
    assert.equal(storage.data.has(KEY), false);
    assert.deepEqual(store.load(), { kind: 'none' });
  });

  test('each save restarts the clock; loading does not', () => {
    const { store, clock } = setup(10);
    store.save({ answers, step: 'a' });
    clock.now = T0 + 9 * MINUTE;
    store.save({ answers, step: 'b' });
    clock.now = T0 + 18 * MINUTE;
    assert.equal(store.load().kind, 'draft');
    clock.now = T0 + 19 * MINUTE + 1;
    assert.deepEqual(store.load(), { kind: 'expired' });
  });

  test('persist-minutes is honoured; a nonsense value falls back to 60', () => {
    const short = setup(5);
    short.store.save({ answers, step: 'a' });
    short.clock.now = T0 + 5 * MINUTE + 1;
    assert.equal(short.store.load().kind, 'expired');

    for (const ttl of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      const odd = setup(ttl);
      odd.store.save({ answers, step: 'a' });
      odd.clock.now = T0 + 59 * MINUTE;
      assert.equal(odd.store.load().kind, 'draft', `ttl ${ttl}`);
      odd.clock.now = T0 + 61 * MINUTE;
      assert.equal(odd.store.load().kind, 'expired', `ttl ${ttl}`);
    }
  });
});

describe('after a successful submission', () => {
  test('markSent replaces the draft: only sent, kenmerk and time remain', () => {
    const { store, storage, clock } = setup();
    store.save({ answers, step: 'controle', pending: { idempotencyKey: 'k', startedAt: T0 } });
    clock.now = T0 + MINUTE;
    assert.deepEqual(store.markSent('VH-2026-000123'), { ok: true, droppedKeys: [] });
    assert.deepEqual(store.load(), { kind: 'sent', kenmerk: 'VH-2026-000123', sentAt: T0 + MINUTE });
    const raw = storage.data.get(KEY)!;
    assert.deepEqual(JSON.parse(raw), { v: DRAFT_FORMAT_VERSION, kind: 'sent', kenmerk: 'VH-2026-000123', sentAt: T0 + MINUTE });
    assert.doesNotMatch(raw, /3511|111222333|Anna/);
  });

  test('an explicit sentAt is kept', () => {
    const { store } = setup();
    store.markSent('ZAAK-1', T0 - 1000);
    assert.deepEqual(store.load(), { kind: 'sent', kenmerk: 'ZAAK-1', sentAt: T0 - 1000 });
  });

  test('the confirmation lives as long as a draft would, then the tab shows a fresh form', () => {
    const { store, clock, storage } = setup();
    store.markSent('VH-1');
    clock.now = T0 + 60 * MINUTE;
    assert.equal(store.load().kind, 'sent');
    clock.now = T0 + 61 * MINUTE;
    assert.deepEqual(store.load(), { kind: 'none' });
    assert.equal(storage.data.has(KEY), false);
  });

  test('when even the small sent record cannot be written, the answers are removed anyway', () => {
    const { store, storage } = setup();
    store.save({ answers, step: 'controle' });
    storage.failSet = domException('SecurityError', 18);
    assert.deepEqual(store.markSent('VH-1'), { ok: false, reason: 'denied', droppedKeys: [] });
    assert.equal(storage.data.has(KEY), false);
  });
});

describe('clear ("Stop en wis mijn gegevens")', () => {
  test('removes the draft', () => {
    const { store, storage } = setup();
    store.save({ answers, step: 'adres' });
    assert.equal(store.clear(), true);
    assert.equal(storage.data.size, 0);
    assert.deepEqual(store.load(), { kind: 'none' });
  });

  test('a throwing removeItem reports false', () => {
    const { store, storage } = setup();
    storage.failRemove = domException('SecurityError');
    assert.equal(store.clear(), false);
  });
});

describe('what is in storage cannot be trusted', () => {
  const corrupt: Record<string, string> = {
    'not JSON': '{"v":1,"kind":"draft",',
    'JSON but not an object': '[1,2,3]',
    'another format version': JSON.stringify({ v: 0, kind: 'draft', savedAt: T0, answers: {}, step: 'a' }),
    'a future format version': JSON.stringify({ v: 2, kind: 'draft', savedAt: T0, answers: {}, step: 'a' }),
    'no version': JSON.stringify({ kind: 'draft', savedAt: T0, answers: {}, step: 'a' }),
    'unknown kind': JSON.stringify({ v: 1, kind: 'x', savedAt: T0 }),
    'answers not an object': JSON.stringify({ v: 1, kind: 'draft', savedAt: T0, answers: [], step: 'a' }),
    'no step': JSON.stringify({ v: 1, kind: 'draft', savedAt: T0, answers: {} }),
    'savedAt a string': JSON.stringify({ v: 1, kind: 'draft', savedAt: '2026-03-02', answers: {}, step: 'a' }),
    'pending without key': JSON.stringify({ v: 1, kind: 'draft', savedAt: T0, answers: {}, step: 'a', pending: { startedAt: T0 } }),
    'returnTo an object': JSON.stringify({ v: 1, kind: 'draft', savedAt: T0, answers: {}, step: 'a', returnTo: {} }),
    'dropped not strings': JSON.stringify({ v: 1, kind: 'draft', savedAt: T0, answers: {}, step: 'a', dropped: [1] }),
    'sent without kenmerk': JSON.stringify({ v: 1, kind: 'sent', sentAt: T0 }),
    'sent without time': JSON.stringify({ v: 1, kind: 'sent', kenmerk: 'VH-1' }),
  };
  for (const [name, raw] of Object.entries(corrupt)) {
    test(`${name}: none, and removed`, () => {
      const { store, storage } = setup();
      storage.data.set(KEY, raw);
      assert.deepEqual(store.load(), { kind: 'none' });
      assert.equal(storage.data.has(KEY), false);
    });
  }

  test('corrupt and not even removable: still none', () => {
    const { store, storage } = setup();
    storage.data.set(KEY, '{oops');
    storage.failRemove = domException('SecurityError');
    assert.deepEqual(store.load(), { kind: 'none' });
  });
});

describe('a throwing or missing storage never breaks the form', () => {
  test('getItem throwing SecurityError: none', () => {
    const { store, storage } = setup();
    storage.failGet = domException('SecurityError', 18);
    assert.deepEqual(store.load(), { kind: 'none' });
  });

  test('setItem throwing QuotaExceededError: reported, and the previous draft stays', () => {
    const { store, storage, clock } = setup();
    store.save({ answers: { a: '1' }, step: 'start' });
    storage.failSet = domException('QuotaExceededError', 22);
    clock.now = T0 + MINUTE;
    assert.deepEqual(store.save({ answers: { a: '2' }, step: 'adres' }), { ok: false, reason: 'quota', droppedKeys: [] });
    const loaded = store.load();
    assert.equal(loaded.kind === 'draft' && loaded.answers['a'], '1');
  });

  test('the failure reasons browsers give', () => {
    const cases: Array<[Error, string]> = [
      [domException('QuotaExceededError', 22), 'quota'],
      [domException('NS_ERROR_DOM_QUOTA_REACHED', 1014), 'quota'],
      [domException('SecurityError', 18), 'denied'],
      [new TypeError('something else'), 'error'],
    ];
    for (const [error, reason] of cases) {
      const { store, storage } = setup();
      storage.failSet = error;
      const result = store.save({ answers: {}, step: 'a' });
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.reason, reason);
    }
  });

  test('no storage (persist="none"): everything is a harmless no-op', () => {
    const store = createDraftStore({ storage: null, key: KEY, now: () => T0 });
    assert.equal(store.enabled, false);
    assert.deepEqual(store.load(), { kind: 'none' });
    assert.deepEqual(store.save({ answers: { f: new Blob(['x']) }, step: 'a' }), { ok: false, reason: 'disabled', droppedKeys: ['f'] });
    assert.deepEqual(store.markSent('VH-1'), { ok: false, reason: 'disabled', droppedKeys: [] });
    assert.equal(store.clear(), false);
  });

  test('sessionStorageOrNull: a throwing getter or none at all gives null', () => {
    const blocked = {
      get sessionStorage(): StorageLike {
        throw domException('SecurityError', 18);
      },
    };
    assert.equal(sessionStorageOrNull(blocked), null);
    assert.equal(sessionStorageOrNull({}), null);
    const storage = new MemoryStorage();
    assert.equal(sessionStorageOrNull({ sessionStorage: storage }), storage);
    assert.equal(sessionStorageOrNull(), null, 'Node has no sessionStorage');
  });
});

describe('files and other non-JSON values are not stored', () => {
  test('File values are dropped and their paths reported, on save and again on load', () => {
    const { store, storage } = setup();
    const pdf = new File(['%PDF-1.7'], 'uittreksel.pdf', { type: 'application/pdf' });
    const result = store.save({
      answers: {
        naam: 'Jansen',
        akte: pdf,
        bijlagen: [
          { soort: 'huurcontract', bestand: new File(['x'], 'huur.pdf') },
          { soort: 'toestemming', bestand: new File(['y'], 'ok.jpg') },
        ],
        fotos: [new Blob(['a']), new Blob(['b'])],
      },
      step: 'bijlagen',
    });
    assert.deepEqual(result, { ok: true, droppedKeys: ['akte', 'bijlagen.0.bestand', 'bijlagen.1.bestand', 'fotos.0', 'fotos.1'] });
    assert.doesNotMatch(storage.data.get(KEY)!, /PDF|huur\.pdf/);
    const loaded = store.load();
    assert.equal(loaded.kind, 'draft');
    if (loaded.kind !== 'draft') return;
    assert.deepEqual(loaded.answers, { naam: 'Jansen', bijlagen: [{ soort: 'huurcontract' }, { soort: 'toestemming' }], fotos: [] });
    assert.deepEqual(loaded.droppedKeys, ['akte', 'bijlagen.0.bestand', 'bijlagen.1.bestand', 'fotos.0', 'fotos.1']);
  });

  test('a save without files clears the dropped list', () => {
    const { store } = setup();
    store.save({ answers: { akte: new Blob(['x']) }, step: 'a' });
    store.save({ answers: { naam: 'x' }, step: 'a' });
    const loaded = store.load();
    assert.deepEqual(loaded.kind === 'draft' && loaded.droppedKeys, []);
  });

  test('toJsonObject keeps plain JSON and drops the rest', () => {
    const dropped: string[] = [];
    const cyclic: Record<string, unknown> = { naam: 'x' };
    cyclic['zelf'] = cyclic;
    const nullProto = Object.assign(Object.create(null) as object, { a: '1' });
    const copy = toJsonObject(
      {
        tekst: 'Eén',
        getal: 3,
        leeg: null,
        waar: false,
        weg: undefined,
        lijst: ['a', undefined, 1],
        nan: Number.NaN,
        oneindig: Number.POSITIVE_INFINITY,
        datum: new Date(T0),
        kaart: new Map(),
        functie: () => 1,
        groot: 10n,
        symbool: Symbol('s'),
        cyclisch: cyclic,
        zonderPrototype: nullProto,
        gedeeld: [answers.verhuisdatum, answers.verhuisdatum],
      },
      dropped,
    );
    assert.deepEqual(JSON.parse(JSON.stringify(copy)), {
      tekst: 'Eén',
      getal: 3,
      leeg: null,
      waar: false,
      lijst: ['a', null, 1],
      cyclisch: { naam: 'x' },
      zonderPrototype: { a: '1' },
      gedeeld: [answers.verhuisdatum, answers.verhuisdatum],
    });
    assert.deepEqual(dropped, ['nan', 'oneindig', 'datum', 'kaart', 'functie', 'groot', 'symbool', 'cyclisch.zelf']);
  });

  test('a key named __proto__ stays data and does not change the prototype', () => {
    const dropped: string[] = [];
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "a": "1"}') as Record<string, unknown>;
    const copy = toJsonObject(input, dropped);
    assert.equal(Object.getPrototypeOf(copy), Object.prototype);
    assert.equal((copy as Record<string, unknown>)['polluted'], undefined);
    assert.deepEqual(Object.keys(copy), ['__proto__', 'a']);
  });
});
