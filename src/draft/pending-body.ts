// The body of a pending send, kept so that it can be resent byte for byte (product.md: "A pending
// submission is resent with exactly the same body under its Idempotency-Key, or not at all").
//
// sessionStorage holds the body without the attachments' contents (they would not fit), plus per
// attachment its name, size, soort and SHA-256. In memory the contents stay available by hash; after a
// reload the citizen adds the files again and only a file with the same hash fills its place. No Lit,
// no DOM: the element and node:test use it alike.
import { decodeBase64 } from '../schemas/attachment-files.js';
import type { JsonObject, PendingAttachment, PendingSend } from './draft-store.js';
import { sha256Hex } from './sha256.js';

/** Attachment contents (base64) by the SHA-256 of their bytes. */
export type Contents = Map<string, string>;

interface Bijlage {
  soort: string;
  bestandsnaam: string;
  grootte: number;
  inhoud: string;
}

/**
 * The pending send for `payload` (the validated envelope, exactly as it will be posted): the body with
 * empty `inhoud`, the attachment list, and the contents by hash for this page's lifetime.
 */
export async function pendingFromPayload(
  payload: unknown,
  key: { idempotencyKey: string; startedAt: number },
): Promise<{ pending: PendingSend; contents: Contents }> {
  // A JSON copy is what will be posted (JSON.stringify), so storing it loses nothing that is sent.
  const body = JSON.parse(JSON.stringify(payload)) as JsonObject;
  const list = (Array.isArray(body['bijlagen']) ? body['bijlagen'] : []) as unknown as Bijlage[];
  const contents: Contents = new Map();
  const bijlagen: PendingAttachment[] = [];
  for (const bijlage of list) {
    const sha256 = await sha256Hex(decodeBase64(bijlage.inhoud));
    contents.set(sha256, bijlage.inhoud);
    bijlagen.push({ soort: bijlage.soort, bestandsnaam: bijlage.bestandsnaam, grootte: bijlage.grootte, sha256 });
    bijlage.inhoud = '';
  }
  return { pending: { ...key, body, bijlagen }, contents };
}

export type RestoredBody =
  | { ok: true; body: JsonObject }
  /** Indices into `pending.bijlagen` of the files that must be added again. */
  | { ok: false; missing: number[] };

/** The identical body again, with each attachment's contents put back from `contents`. */
export function restoreBody(pending: Required<Pick<PendingSend, 'body' | 'bijlagen'>>, contents: Contents): RestoredBody {
  const body = JSON.parse(JSON.stringify(pending.body)) as JsonObject;
  const list = (Array.isArray(body['bijlagen']) ? body['bijlagen'] : []) as unknown as Bijlage[];
  const missing: number[] = [];
  pending.bijlagen.forEach((expected, index) => {
    const inhoud = contents.get(expected.sha256);
    if (inhoud === undefined) missing.push(index);
    else list[index]!.inhoud = inhoud;
  });
  return missing.length ? { ok: false, missing } : { ok: true, body };
}

/** The SHA-256 of base64 contents, to check a file added again against the pending list. */
export function hashOf(inhoud: string): Promise<string> {
  return sha256Hex(decodeBase64(inhoud));
}
