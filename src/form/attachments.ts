// Reading a chosen file into an envelope attachment. The type is decided by the content (magic
// bytes), not by the name or the browser's guess, so a renamed .exe is refused at once, on the field.
import { MAX_BESTANDSGROOTTE, encodeBase64, sniffMimeType, toMb, SNIFF_LENGTH } from '../schemas/attachments.js';

export interface BijlageData {
  soort: string;
  bestandsnaam: string;
  mimeType: string;
  grootte: number;
  inhoud: string;
}

export type ReadResult =
  | { ok: true; bijlage: BijlageData }
  | { ok: false; key: string; params?: Record<string, unknown> };

export async function readAttachment(file: File, soort: string, maxBytes = MAX_BESTANDSGROOTTE): Promise<ReadResult> {
  if (file.size > maxBytes) return { ok: false, key: 'fout.bijlage.te-groot', params: { maxMb: toMb(maxBytes) } };
  if (file.size === 0) return { ok: false, key: 'fout.bijlage.inhoud' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffMimeType(bytes.subarray(0, SNIFF_LENGTH));
  if (!mimeType) return { ok: false, key: 'fout.bijlage.inhoud' };
  // Keep only the last path segment: some browsers on some platforms hand over more.
  const bestandsnaam = file.name.split(/[\\/]/).pop()!.slice(0, 255) || 'bestand';
  return { ok: true, bijlage: { soort, bestandsnaam, mimeType, grootte: bytes.length, inhoud: encodeBase64(bytes) } };
}
