// Reading a chosen file into an envelope attachment. The type is decided by the content (magic
// bytes), not by the name or the browser's guess, so a renamed .exe is refused at once, on the field.
import { MAX_BESTANDSGROOTTE, bestandsTypeVan, encodeBase64, schoonBestandsnaam, toMb } from '../schemas/attachment-files.js';

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
  // Its start and its end, by the same rule as the schema: a "%PDF-" line in front of a web page is refused here.
  const mimeType = bestandsTypeVan(bytes);
  if (!mimeType) return { ok: false, key: 'fout.bijlage.inhoud' };
  // The name as the receiver accepts it: no path parts, no control or bidi characters, ≤ 100 characters.
  const bestandsnaam = schoonBestandsnaam(file.name);
  return { ok: true, bijlage: { soort, bestandsnaam, mimeType, grootte: bytes.length, inhoud: encodeBase64(bytes) } };
}
