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
// A pending send keeps its body without file contents plus each file's SHA-256 (pending-body.ts), so
// after a reload only the very same files complete the identical body.

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

/** One attachment of a pending body: what the citizen must add again after a reload, and its proof. */
export interface PendingAttachment {
  soort: string;
  bestandsnaam: string;
  grootte: number;
  /** SHA-256 of the file's bytes (hex): only the very same file completes the identical body. */
  sha256: string;
}

/** A send in progress: a reload resumes with the same key, and the same `ingediendOp` (= startedAt). */
export interface PendingSend {
  idempotencyKey: string;
  /** Epoch milliseconds when sending started. Use it as the envelope's `ingediendOp` so the resent body
   *  is byte-identical; the same key with a different body is a 409. */
  startedAt: number;
  /**
   * The body as it was first sent, with every attachment's `inhoud` left empty (25 MB of base64 does
   * not fit sessionStorage). `taal`, `ingediendOp` and the answers are fixed in it, so a language switch
   * or a reload cannot change what is resent under this key (product.md: "A pending submission").
   * Absent only in drafts written before it existed: those rebuild the body from the answers.
   */
  body?: JsonObject;
  /** Per entry of `body.bijlagen`, in the same order: name, size, soort and hash. */
  bijlagen?: PendingAttachment[];
}

export interface DraftInput {
  /**
   * A random id created with the draft. A duplicated tab copies sessionStorage, so two tabs holding
   * copies of one draft share it: the tab coordination (tab-lock.ts) lets only one of them send.
   */
  draftId?: string;
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
      draftId?: string;
      answers: JsonObject;
      step: DraftStep;
      returnTo?: DraftStep;
      pending?: PendingSend;
      /** Epoch milliseconds of the last save. */
      savedAt: number;
      /** Dot paths of answers that could not be stored (files): ask the citizen to add them again. */
      droppedKeys: string[];
    }
  | { kind: 'sent'; kenmerk: string; sentAt: number; draftId?: string }
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
  /** Replaces the draft by "sent, kenmerk, time" (and the draft id): the answers are gone from storage. */
  markSent(kenmerk: string, sentAt?: number, draftId?: string): DraftWriteResult;
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
        const sent: DraftLoadResult = { kind: 'sent', kenmerk: record.kenmerk, sentAt: record.sentAt };
        if (record.draftId !== undefined) sent.draftId = record.draftId;
        return sent;
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
      if (record.draftId !== undefined) result.draftId = record.draftId;
      if (record.returnTo !== undefined) result.returnTo = record.returnTo;
      if (record.pending !== undefined) result.pending = record.pending;
      return result;
    },

    save(draft: DraftInput): DraftWriteResult {
      const droppedKeys: string[] = [];
      const answers = toJsonObject(draft.answers, droppedKeys);
      const record: StoredDraft = { v: DRAFT_FORMAT_VERSION, kind: 'draft', savedAt: now(), answers, step: draft.step };
      if (draft.draftId !== undefined) record.draftId = draft.draftId;
      if (draft.returnTo !== undefined) record.returnTo = draft.returnTo;
      if (draft.pending !== undefined) record.pending = copyPending(draft.pending);
      if (droppedKeys.length > 0) record.dropped = droppedKeys;
      // On failure the previous draft stays: slightly stale answers beat none after a reload.
      return write(record, droppedKeys);
    },

    markSent(kenmerk: string, sentAt: number = now(), draftId?: string): DraftWriteResult {
      const record: StoredSent = { v: DRAFT_FORMAT_VERSION, kind: 'sent', kenmerk, sentAt };
      if (draftId !== undefined) record.draftId = draftId;
      const result = write(record, []);
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
  draftId?: string;
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
  draftId?: string;
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
    const { kenmerk, sentAt, draftId } = value;
    if (typeof kenmerk !== 'string' || kenmerk === '' || !isTime(sentAt)) return undefined;
    const sent: StoredSent = { v: DRAFT_FORMAT_VERSION, kind: 'sent', kenmerk, sentAt };
    if (isDraftId(draftId)) sent.draftId = draftId;
    return sent;
  }
  if (value['kind'] !== 'draft') return undefined;
  const { answers, step, returnTo, pending, savedAt, dropped, draftId } = value;
  if (!isPlainObject(answers) || !isStep(step) || !isTime(savedAt)) return undefined;
  const record: StoredDraft = { v: DRAFT_FORMAT_VERSION, kind: 'draft', savedAt, answers: answers as JsonObject, step };
  if (draftId !== undefined) {
    if (!isDraftId(draftId)) return undefined;
    record.draftId = draftId;
  }
  if (returnTo !== undefined) {
    if (!isStep(returnTo)) return undefined;
    record.returnTo = returnTo;
  }
  if (pending !== undefined) {
    const checked = readPending(pending);
    if (!checked) return undefined;
    record.pending = checked;
  }
  if (dropped !== undefined) {
    if (!Array.isArray(dropped) || !dropped.every((d) => typeof d === 'string')) return undefined;
    record.dropped = dropped as string[];
  }
  return record;
}

/** A pending send read back; `undefined` when any part is not what `save` writes. */
function readPending(value: unknown): PendingSend | undefined {
  if (!isPlainObject(value)) return undefined;
  const { idempotencyKey, startedAt, body, bijlagen } = value;
  if (typeof idempotencyKey !== 'string' || idempotencyKey === '' || !isTime(startedAt)) return undefined;
  const pending: PendingSend = { idempotencyKey, startedAt };
  if (body === undefined && bijlagen === undefined) return pending;
  // The body and its attachment list belong together: one without the other cannot be resent.
  if (!isPlainObject(body) || !Array.isArray(bijlagen) || !bijlagen.every(isPendingAttachment)) return undefined;
  const listed = (body as { bijlagen?: unknown }).bijlagen ?? [];
  if (!Array.isArray(listed) || listed.length !== bijlagen.length) return undefined;
  pending.body = body as JsonObject;
  pending.bijlagen = bijlagen as PendingAttachment[];
  return pending;
}

function isPendingAttachment(value: unknown): value is PendingAttachment {
  if (!isPlainObject(value)) return false;
  const { soort, bestandsnaam, grootte, sha256 } = value;
  return (
    typeof soort === 'string' &&
    typeof bestandsnaam === 'string' &&
    typeof grootte === 'number' && Number.isInteger(grootte) && grootte >= 0 &&
    typeof sha256 === 'string' && /^[0-9a-f]{64}$/.test(sha256)
  );
}

function copyPending(pending: PendingSend): PendingSend {
  const copy: PendingSend = { idempotencyKey: pending.idempotencyKey, startedAt: pending.startedAt };
  if (pending.body && pending.bijlagen) {
    copy.body = pending.body;
    copy.bijlagen = pending.bijlagen.map(({ soort, bestandsnaam, grootte, sha256 }) => ({ soort, bestandsnaam, grootte, sha256 }));
  }
  return copy;
}

function isDraftId(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && value.length <= 64;
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
