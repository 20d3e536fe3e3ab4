// Shared set-up for the receiver tests: temp database files, a pass-through validator and a POST helper.
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormValidator } from '../../../demo/receiver/receiver.js';
import { SubmissionStore, type StoredSubmission } from '../../../demo/receiver/store.js';

export function tempDbPath(): string {
  return join(mkdtempSync(join(tmpdir(), 'gf-receiver-')), 'receiver.sqlite');
}

/** Stands in for the real schema: accepts any object and returns it unchanged. */
export const acceptAll: FormValidator = (envelope) => ({ ok: true, data: envelope });

export function sampleEnvelope(gegevens: Record<string, unknown> = { verhuisdatum: '2026-12-01' }) {
  return {
    formulier: 'verhuizing',
    versie: '1',
    gemeente: { code: '0344', naam: 'Utrecht' },
    taal: 'nl',
    ingediendOp: '2026-11-29T10:00:00.000Z',
    gegevens,
    bijlagen: [] as unknown[],
  };
}

export interface PostOptions {
  key?: string | null;
  contentType?: string;
  origin?: string;
  raw?: string;
}

export async function post(url: string, body: unknown, options: PostOptions = {}) {
  const headers: Record<string, string> = { 'Content-Type': options.contentType ?? 'application/json' };
  const key = options.key === undefined ? randomUUID() : options.key;
  if (key !== null) headers['Idempotency-Key'] = key;
  if (options.origin) headers['Origin'] = options.origin;
  const response = await fetch(url, { method: 'POST', headers, body: options.raw ?? JSON.stringify(body) });
  const text = await response.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

export async function inbox(url: string): Promise<any[]> {
  return (await fetch(`${url}/inbox.json`)).json() as Promise<any[]>;
}

/** What the database file holds, attachments' contents included (the inbox never shows those). */
export function storedWithContents(dbPath: string): StoredSubmission[] {
  const store = new SubmissionStore(dbPath);
  try {
    return store.withContents();
  } finally {
    store.close();
  }
}
