// The draft of one form instance in sessionStorage (product.md, `persist`): the answers, the step, the
// Idempotency-Key of a send in progress (so a reload mid-send resumes with the same key), and after
// success only "sent, kenmerk, time" (so a reload shows the confirmation, and no answers linger).
//
// sessionStorage, not localStorage: it dies with the tab, so a citizen at a library computer does not leave
// a BSN behind for the next person, and two tabs do not overwrite each other's drafts.
//
// Storage is hostile ground: the getter itself throws in a sandboxed iframe or when the browser blocks
// third-party storage (SecurityError), setItem throws when the host page filled the quota (and always in
// Safari < 11 private mode), and the host page's own scripts may write anything under any key. So every
// call is wrapped and every value read back is checked; the worst case is "no draft", never a broken form.
//
// Files are not stored: a File cannot be serialised, and base64 copies of 25 MB of attachments would not
// fit the ~5 MB quota anyway. `save` drops every value that is not plain JSON and reports the paths, and
// `load` reports them again after a reload, so the element can say "voeg uw bestanden opnieuw toe".

/** The part of `Storage` this module uses. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/** A step is identified by its id (or index): the form engine decides. */
export type DraftStep = string | number;

/** A send in progress: a reload resumes with the same key, and the same `ingediendOp` (= startedAt). */
export interface PendingSend {
  idempotencyKey: string;
  /** Epoch milliseconds when sending started. Use it as the envelope's `ingediendOp` so the resent body
   *  is byte-identical; the same key with a different body is a 409. */
  startedAt: number;
}

export interface DraftInput {
  /** The answers as the element keeps them; non-JSON values (File, Blob, Date …) are dropped. */
  answers: Record<string, unknown>;
  step: DraftStep;
  /** Where to go back to, e.g. the check-your-answers step after editing one answer. */
  returnTo?: DraftStep;
  pending?: PendingSend;
}

export type DraftLoadResult =
  | {
      kind: 'draft';
      answers: JsonObject;
      step: DraftStep;
      returnTo?: DraftStep;
      pending?: PendingSend;
      /** Epoch milliseconds of the last save. */
      savedAt: number;
      /** Dot paths of answers that could not be stored (files): ask the citizen to add them again. */
      droppedKeys: string[];
    }
  | { kind: 'sent'; kenmerk: string; sentAt: number }
  | { kind: 'none' }
  /** There was a draft, but it was older than the inactivity limit; it has been removed. */
  | { kind: 'expired' };

/** Why a write did not happen. */
export type DraftWriteFailure =
  /** No storage: `persist="none"`, or sessionStorage could not even be reached. */
  | 'disabled'
  /** QuotaExceededError: the host page filled sessionStorage (or Safari < 11 private mode). */
  | 'quota'
  /** SecurityError: storage blocked by the browser or the sandbox. */
  | 'denied'
  | 'error';

export type DraftWriteResult =
  | { ok: true; droppedKeys: string[] }
  | { ok: false; reason: DraftWriteFailure; droppedKeys: string[] };

export interface DraftStore {
  /** False when there is no storage (everything then answers `none` / `disabled`). */
  readonly enabled: boolean;
  readonly key: string;
  load(): DraftLoadResult;
  save(draft: DraftInput): DraftWriteResult;
  /** Replaces the draft by "sent, kenmerk, time": the answers are gone from storage. */
  markSent(kenmerk: string, sentAt?: number): DraftWriteResult;
  /** "Stop en wis mijn gegevens", or starting a new form after the confirmation. */
  clear(): boolean;
}

export interface DraftStoreOptions {
  /** `null` when `persist="none"` or when storage is unreachable (see `sessionStorageOrNull`). */
  storage: StorageLike | null;
  key: string;
  /** Minutes of inactivity (time since the last save) after which the draft is discarded. Default 60. */
  ttlMinutes?: number;
  /** Epoch milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** The format version in storage. Bump it when the stored shape changes: older drafts are then discarded. */
export const DRAFT_FORMAT_VERSION = 1;
export const DEFAULT_TTL_MINUTES = 60;
const KEY_PREFIX = 'gemeente-formulieren';

export interface DraftKeyInput {
  /** The element's tag name, e.g. `gemeente-verhuizing`. */
  tag: string;
  /** The 4-digit CBS code. */
  gemeenteCode: string;
  /** The element's `id` attribute. */
  id?: string | null;
  /**
   * Used when the element has no id: its position among the elements with the same tag on the page
   * (0-based). The draft then follows the position, so if the CMS later puts a second form of the same
   * kind above it, a reload could offer this draft to the other instance. That is still the same form for
   * the same gemeente; hosts with several instances should give each an id.
   */
  index?: number;
}

/**
 * The storage key of one instance: tag + gemeente-code + the element's id (product.md). The id comes
 * last, so it may contain any character without making two keys collide.
 */
export function draftKey({ tag, gemeenteCode, id, index }: DraftKeyInput): string {
  const instance = id ? `id:${id}` : `index:${index ?? 0}`;
  return `${KEY_PREFIX}:${tag.toLowerCase()}:${gemeenteCode}:${instance}`;
}

/**
 * `sessionStorage`, or `null` where even reading the property throws (sandboxed iframe without
 * allow-same-origin, third-party storage blocked) or it does not exist (Node).
 */
export function sessionStorageOrNull(scope: { sessionStorage?: StorageLike } = globalThis as { sessionStorage?: StorageLike }): StorageLike | null {
  try {
    return scope.sessionStorage ?? null;
  } catch {
    return null;
  }
}

export function createDraftStore(options: DraftStoreOptions): DraftStore {
  const { storage, key } = options;
  const now = options.now ?? Date.now;
  const ttlMinutes =
    typeof options.ttlMinutes === 'number' && Number.isFinite(options.ttlMinutes) && options.ttlMinutes > 0
      ? options.ttlMinutes
      : DEFAULT_TTL_MINUTES; // the config schema validates persist-minutes; this is only a safety net
  const ttlMs = ttlMinutes * 60_000;
  const isStale = (time: number) => now() - time > ttlMs;

  function remove(): boolean {
    if (!storage) return false;
    try {
      storage.removeItem(key);
      return true;
    } catch {
      return false;
    }
  }

  function write(record: StoredRecord, droppedKeys: string[]): DraftWriteResult {
    if (!storage) return { ok: false, reason: 'disabled', droppedKeys };
    try {
      storage.setItem(key, JSON.stringify(record));
      return { ok: true, droppedKeys };
    } catch (error) {
      return { ok: false, reason: writeFailure(error), droppedKeys };
    }
  }

  return {
    enabled: storage !== null,
    key,

    load(): DraftLoadResult {
      if (!storage) return { kind: 'none' };
      let raw: string | null;
      try {
        raw = storage.getItem(key);
      } catch {
        return { kind: 'none' };
      }
      if (raw === null) return { kind: 'none' };
      const record = readRecord(raw);
      if (!record) {
        // Corrupt, another format version, or something else under our key: it can never be used.
        remove();
        return { kind: 'none' };
      }
      if (record.kind === 'sent') {
        // The confirmation is shown on reload for as long as a draft would have lived; after that the
        // tab just shows a fresh form. Not 'expired': nothing of the citizen's was lost.
        if (isStale(record.sentAt)) {
          remove();
          return { kind: 'none' };
        }
        return { kind: 'sent', kenmerk: record.kenmerk, sentAt: record.sentAt };
      }
      if (isStale(record.savedAt)) {
        remove();
        return { kind: 'expired' };
      }
      const result: DraftLoadResult = {
        kind: 'draft',
        answers: record.answers,
        step: record.step,
        savedAt: record.savedAt,
        droppedKeys: record.dropped ?? [],
      };
      if (record.returnTo !== undefined) result.returnTo = record.returnTo;
      if (record.pending !== undefined) result.pending = record.pending;
      return result;
    },

    save(draft: DraftInput): DraftWriteResult {
      const droppedKeys: string[] = [];
      const answers = toJsonObject(draft.answers, droppedKeys);
      const record: StoredDraft = { v: DRAFT_FORMAT_VERSION, kind: 'draft', savedAt: now(), answers, step: draft.step };
      if (draft.returnTo !== undefined) record.returnTo = draft.returnTo;
      if (draft.pending !== undefined) record.pending = { idempotencyKey: draft.pending.idempotencyKey, startedAt: draft.pending.startedAt };
      if (droppedKeys.length > 0) record.dropped = droppedKeys;
      // On failure the previous draft stays: slightly stale answers beat none after a reload.
      return write(record, droppedKeys);
    },

    markSent(kenmerk: string, sentAt: number = now()): DraftWriteResult {
      const result = write({ v: DRAFT_FORMAT_VERSION, kind: 'sent', kenmerk, sentAt }, []);
      // If the small "sent" record cannot be written, at least do not leave the answers behind.
      if (!result.ok) remove();
      return result;
    },

    clear(): boolean {
      return remove();
    },
  };
}

interface StoredDraft {
  v: number;
  kind: 'draft';
  savedAt: number;
  answers: JsonObject;
  step: DraftStep;
  returnTo?: DraftStep;
  pending?: PendingSend;
  dropped?: string[];
}

interface StoredSent {
  v: number;
  kind: 'sent';
  kenmerk: string;
  sentAt: number;
}

type StoredRecord = StoredDraft | StoredSent;

/** Parses and checks a stored value; `undefined` for anything this version did not write. */
function readRecord(raw: string): StoredRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isPlainObject(value) || value['v'] !== DRAFT_FORMAT_VERSION) return undefined;
  if (value['kind'] === 'sent') {
    const { kenmerk, sentAt } = value;
    if (typeof kenmerk !== 'string' || kenmerk === '' || !isTime(sentAt)) return undefined;
    return { v: DRAFT_FORMAT_VERSION, kind: 'sent', kenmerk, sentAt };
  }
  if (value['kind'] !== 'draft') return undefined;
  const { answers, step, returnTo, pending, savedAt, dropped } = value;
  if (!isPlainObject(answers) || !isStep(step) || !isTime(savedAt)) return undefined;
  const record: StoredDraft = { v: DRAFT_FORMAT_VERSION, kind: 'draft', savedAt, answers: answers as JsonObject, step };
  if (returnTo !== undefined) {
    if (!isStep(returnTo)) return undefined;
    record.returnTo = returnTo;
  }
  if (pending !== undefined) {
    if (!isPlainObject(pending)) return undefined;
    const { idempotencyKey, startedAt } = pending;
    if (typeof idempotencyKey !== 'string' || idempotencyKey === '' || !isTime(startedAt)) return undefined;
    record.pending = { idempotencyKey, startedAt };
  }
  if (dropped !== undefined) {
    if (!Array.isArray(dropped) || !dropped.every((d) => typeof d === 'string')) return undefined;
    record.dropped = dropped as string[];
  }
  return record;
}

function isStep(value: unknown): value is DraftStep {
  return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value) && value >= 0);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/**
 * A plain object: `{}` literal or `Object.create(null)`, from any realm (an iframe's objects have another
 * Object.prototype). File, Blob, Date, Map and class instances are not.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  if (Object.prototype.toString.call(value) !== '[object Object]') return false;
  const proto = Object.getPrototypeOf(value) as object | null;
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/**
 * A JSON copy of `answers` without the values JSON cannot carry faithfully; their dot paths (numeric
 * indices for arrays, as in the envelope issue paths) go into `dropped`. A dropped array element is left
 * out, not replaced by null, so a list of files comes back as an empty list. `undefined` is left out
 * silently, as JSON.stringify would.
 */
export function toJsonObject(answers: Record<string, unknown>, dropped: string[]): JsonObject {
  const copy = toJson(answers, '', dropped, new Set());
  return copy !== DROP && isPlainObject(copy) ? (copy as JsonObject) : {};
}

const DROP = Symbol('drop');
const SKIP = Symbol('skip');

function toJson(value: unknown, path: string, dropped: string[], ancestors: Set<object>): JsonValue | typeof DROP | typeof SKIP {
  if (value === undefined) return SKIP;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (Number.isFinite(value)) return value;
    dropped.push(path);
    return DROP;
  }
  if (typeof value !== 'object' || ancestors.has(value) || (!Array.isArray(value) && !isPlainObject(value))) {
    // functions, symbols, bigints, cycles, File/Blob/Date/Map and other class instances
    dropped.push(path);
    return DROP;
  }
  ancestors.add(value);
  try {
    if (Array.isArray(value)) {
      const out: JsonValue[] = [];
      value.forEach((item: unknown, i) => {
        const copy = toJson(item, join(path, String(i)), dropped, ancestors);
        if (copy === SKIP) out.push(null); // as JSON.stringify does for holes and undefined
        else if (copy !== DROP) out.push(copy);
      });
      return out;
    }
    const out: JsonObject = {};
    for (const [name, item] of Object.entries(value)) {
      const copy = toJson(item, join(path, name), dropped, ancestors);
      // defineProperty, not assignment: a key named "__proto__" must stay data, not swap the prototype.
      if (copy !== DROP && copy !== SKIP) Object.defineProperty(out, name, { value: copy, enumerable: true, writable: true, configurable: true });
    }
    return out;
  } finally {
    ancestors.delete(value);
  }
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function writeFailure(error: unknown): DraftWriteFailure {
  const name = typeof error === 'object' && error !== null ? (error as { name?: unknown }).name : undefined;
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  // Firefox used NS_ERROR_DOM_QUOTA_REACHED (code 1014); the standard DOMException code is 22.
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014) return 'quota';
  if (name === 'SecurityError' || code === 18) return 'denied';
  return 'error';
}
