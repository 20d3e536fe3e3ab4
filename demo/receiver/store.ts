// The receiver's SQLite store: one row per submission, keyed by its Idempotency-Key, so a retry of
// the same submission — also after a restart of the receiver — finds the kenmerk it was given.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface StoredSubmission {
  id: number;
  kenmerk: string;
  formulier: string;
  idempotencyKey: string;
  bodySha256: string;
  gemeenteCode: string | null;
  gemeenteNaam: string | null;
  /** ISO instant (UTC) at which the receiver stored the submission. */
  ontvangenOp: string;
  /**
   * The envelope as the form's schema output it (normalised). From `list()` without the attachments'
   * `inhoud` (an overview never carries file contents); `withContents()` gives them.
   */
  envelope: unknown;
}

export interface NewSubmission {
  formulier: string;
  kenmerkPrefix: string;
  /** The kenmerk counter restarts every calendar year (Europe/Amsterdam). */
  jaar: number;
  idempotencyKey: string;
  bodySha256: string;
  gemeenteCode: string | null;
  gemeenteNaam: string | null;
  ontvangenOp: string;
  envelope: unknown;
  /** JSON.stringify(envelope) and of zonderInhoud(envelope), when the caller already made them. */
  envelopeJson?: string;
  overzichtJson?: string;
}

export type StoreResult =
  | { outcome: 'created'; kenmerk: string }
  | { outcome: 'replayed'; kenmerk: string }
  | { outcome: 'conflict'; kenmerk: string };

interface Row {
  id: number;
  kenmerk: string;
  formulier: string;
  idempotency_key: string;
  body_sha256: string;
  gemeente_code: string | null;
  gemeente_naam: string | null;
  ontvangen_op: string;
  envelope: string;
  overzicht: string;
}

/** The envelope without the attachments' contents: what the inbox lists (hole 10: never file contents). */
export function zonderInhoud(envelope: unknown): unknown {
  const bijlagen = (envelope as { bijlagen?: unknown } | null)?.bijlagen;
  if (!Array.isArray(bijlagen)) return envelope;
  return {
    ...(envelope as object),
    bijlagen: bijlagen.map((b: unknown) => {
      if (b === null || typeof b !== 'object') return b;
      const { inhoud: _inhoud, ...rest } = b as Record<string, unknown>;
      return rest;
    }),
  };
}

// Bump user_version and add a step when the tables change, so existing data/ files keep working.
const MIGRATIONS: (string | ((db: Database.Database) => void))[] = [
  `CREATE TABLE submissions (
     id              INTEGER PRIMARY KEY,
     idempotency_key TEXT NOT NULL UNIQUE,
     body_sha256     TEXT NOT NULL,
     kenmerk         TEXT NOT NULL UNIQUE,
     formulier       TEXT NOT NULL,
     gemeente_code   TEXT,
     gemeente_naam   TEXT,
     ontvangen_op    TEXT NOT NULL,
     envelope        TEXT NOT NULL
   );
   CREATE TABLE kenmerk_counters (
     prefix  TEXT NOT NULL,
     jaar    INTEGER NOT NULL,
     laatste INTEGER NOT NULL,
     PRIMARY KEY (prefix, jaar)
   );`,
  // v2 (issue 8, hole 3): the inbox reads a copy without file contents, so a page of 50 never parses
  // megabytes of base64, and /inbox.json cannot hand them out.
  (db) => {
    db.exec('ALTER TABLE submissions ADD COLUMN overzicht TEXT');
    const rows = db.prepare<[], { id: number; envelope: string }>('SELECT id, envelope FROM submissions').iterate();
    const update = db.prepare<[string, number]>('UPDATE submissions SET overzicht = ? WHERE id = ?');
    for (const row of [...rows]) update.run(JSON.stringify(zonderInhoud(JSON.parse(row.envelope))), row.id);
  },
];

/** Rows per inbox page. */
export const PAGE_SIZE = 50;

export class SubmissionStore {
  private readonly db: Database.Database;
  private readonly insertTx: (s: NewSubmission) => StoreResult;
  private readonly findByKey: Database.Statement<[string], Pick<Row, 'kenmerk' | 'body_sha256' | 'formulier'>>;

  constructor(dbPath: string) {
    if (dbPath !== ':memory:') mkdirSync(dirname(dbPath), { recursive: true });
    this.db = new Database(dbPath);
    // WAL lets the inbox read while a submission is written; the busy timeout covers a second
    // process (e.g. a restarted receiver whose predecessor has not let go yet) on the same file.
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.migrate();

    const findByKey = (this.findByKey = this.db.prepare<[string], Pick<Row, 'kenmerk' | 'body_sha256' | 'formulier'>>(
      'SELECT kenmerk, body_sha256, formulier FROM submissions WHERE idempotency_key = ?',
    ));
    const nextNumber = this.db.prepare<[string, number], { laatste: number }>(
      `INSERT INTO kenmerk_counters (prefix, jaar, laatste) VALUES (?, ?, 1)
       ON CONFLICT (prefix, jaar) DO UPDATE SET laatste = laatste + 1
       RETURNING laatste`,
    );
    const insert = this.db.prepare(
      `INSERT INTO submissions
         (idempotency_key, body_sha256, kenmerk, formulier, gemeente_code, gemeente_naam, ontvangen_op, envelope, overzicht)
       VALUES (@idempotencyKey, @bodySha256, @kenmerk, @formulier, @gemeenteCode, @gemeenteNaam, @ontvangenOp, @envelope, @overzicht)`,
    );
    // Look-up and insert in one IMMEDIATE transaction: two identical requests racing (two tabs,
    // two receiver processes on one file) cannot both miss the key and both store a row.
    const tx = this.db.transaction((s: NewSubmission): StoreResult => {
      const existing = findByKey.get(s.idempotencyKey);
      if (existing) {
        return existing.body_sha256 === s.bodySha256
          ? { outcome: 'replayed', kenmerk: existing.kenmerk }
          : { outcome: 'conflict', kenmerk: existing.kenmerk };
      }
      const { laatste } = nextNumber.get(s.kenmerkPrefix, s.jaar)!;
      const kenmerk = `${s.kenmerkPrefix}-${s.jaar}-${String(laatste).padStart(6, '0')}`;
      const { envelopeJson, overzichtJson, ...row } = s;
      insert.run({
        ...row,
        kenmerk,
        envelope: envelopeJson ?? JSON.stringify(s.envelope),
        overzicht: overzichtJson ?? JSON.stringify(zonderInhoud(s.envelope)),
      });
      return { outcome: 'created', kenmerk };
    });
    this.insertTx = (s) => tx.immediate(s);
  }

  /** What is stored under this key, if anything (for answering a retry without validating again). */
  find(idempotencyKey: string): { kenmerk: string; bodySha256: string; formulier: string } | undefined {
    const row = this.findByKey.get(idempotencyKey);
    return row && { kenmerk: row.kenmerk, bodySha256: row.body_sha256, formulier: row.formulier };
  }

  /** Stores the submission once per Idempotency-Key. */
  store(submission: NewSubmission): StoreResult {
    return this.insertTx(submission);
  }

  /** One page of stored submissions, newest first, without file contents (page 1 is the newest). */
  list({ page = 1, pageSize = PAGE_SIZE }: { page?: number; pageSize?: number } = {}): StoredSubmission[] {
    const offset = (Math.max(1, Math.floor(page)) - 1) * pageSize;
    return this.db
      .prepare<[number, number], Omit<Row, 'envelope'>>(
        `SELECT id, kenmerk, formulier, idempotency_key, body_sha256, gemeente_code, gemeente_naam, ontvangen_op, overzicht
         FROM submissions ORDER BY id DESC LIMIT ? OFFSET ?`,
      )
      .all(pageSize, offset)
      .map((row) => toSubmission(row, row.overzicht));
  }

  count(): number {
    return this.db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM submissions').get()!.n;
  }

  /** Every stored submission with its attachments' contents, newest first: for the back office, not for a page. */
  withContents(): StoredSubmission[] {
    return this.db
      .prepare<[], Row>('SELECT * FROM submissions ORDER BY id DESC')
      .all()
      .map((row) => toSubmission(row, row.envelope));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    for (let v = version; v < MIGRATIONS.length; v++) {
      this.db.transaction(() => {
        const step = MIGRATIONS[v]!;
        if (typeof step === 'string') this.db.exec(step);
        else step(this.db);
        this.db.pragma(`user_version = ${v + 1}`);
      }).immediate();
    }
  }
}

function toSubmission(row: Omit<Row, 'envelope' | 'overzicht'>, envelope: string): StoredSubmission {
  return {
    id: row.id,
    kenmerk: row.kenmerk,
    formulier: row.formulier,
    idempotencyKey: row.idempotency_key,
    bodySha256: row.body_sha256,
    gemeenteCode: row.gemeente_code,
    gemeenteNaam: row.gemeente_naam,
    ontvangenOp: row.ontvangen_op,
    envelope: JSON.parse(envelope) as unknown,
  };
}
