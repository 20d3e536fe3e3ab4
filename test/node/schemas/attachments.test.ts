import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  base64DecodedLength,
  createBijlageSchema,
  decodeBase64,
  encodeBase64,
  MAX_BESTANDSGROOTTE,
  MAX_TOTALE_GROOTTE,
  sniffMimeType,
} from '../../../src/schemas/attachments.js';
import { PDF_BASE64, PDF_GROOTTE, PNG_BASE64 } from '../../fixtures/verhuizing.js';

const bytes = (...values: number[]) => new Uint8Array(values);

test('the type is sniffed from the magic bytes', () => {
  assert.equal(sniffMimeType(new TextEncoder().encode('%PDF-1.7\n')), 'application/pdf');
  assert.equal(sniffMimeType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10)), 'image/jpeg');
  assert.equal(sniffMimeType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)), 'image/png');
  assert.equal(sniffMimeType(new TextEncoder().encode('%PDF')), null, 'too short for the PDF header');
  assert.equal(sniffMimeType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a)), null, 'truncated PNG signature');
  assert.equal(sniffMimeType(new TextEncoder().encode('PK\u0003\u0004 a .docx')), null);
  assert.equal(sniffMimeType(bytes()), null);
});

test('base64 round-trips without Buffer, also beyond one chunk', () => {
  const big = new Uint8Array(100_000).map((_, i) => (i * 31) % 256);
  const encoded = encodeBase64(big);
  assert.equal(encoded, Buffer.from(big).toString('base64'), 'same as Node’s encoder');
  assert.deepEqual(decodeBase64(encoded), big);
  assert.equal(base64DecodedLength(encoded), big.length);
  assert.equal(base64DecodedLength(PDF_BASE64), PDF_GROOTTE);
  assert.equal(base64DecodedLength(PNG_BASE64), 16);
  assert.equal(base64DecodedLength('YWI='), 2);
});

test('the default limits are 10 MB per file and 25 MB together', () => {
  assert.equal(MAX_BESTANDSGROOTTE, 10_485_760);
  assert.equal(MAX_TOTALE_GROOTTE, 26_214_400);
});

test('an attachment must really be the type it claims, with the right size', () => {
  const schema = createBijlageSchema({ soorten: ['machtiging'], maxBestandsgrootte: 1000 });
  const pdf = { soort: 'machtiging', bestandsnaam: 'machtiging.pdf', mimeType: 'application/pdf', grootte: PDF_GROOTTE, inhoud: PDF_BASE64 };
  assert.equal(schema.safeParse(pdf).success, true);
  const messages = (input: unknown) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`) ?? [];
  assert.deepEqual(messages({ ...pdf, mimeType: 'image/jpeg' }), ['inhoud fout.bijlage.inhoud']);
  assert.deepEqual(messages({ ...pdf, mimeType: 'image/gif' }), ['mimeType fout.bijlage.type']);
  assert.deepEqual(messages({ ...pdf, inhoud: 'not base64!' }), ['inhoud fout.bijlage.inhoud']);
  assert.deepEqual(messages({ ...pdf, grootte: 68 }), ['grootte fout.bijlage.grootte']);
  assert.deepEqual(messages({ ...pdf, bestandsnaam: '../etc/passwd' }), ['bestandsnaam fout.bijlage.bestandsnaam']);
  assert.deepEqual(messages({ ...pdf, soort: 'paspoort' }), ['soort fout.keuze']);
  // Content is checked even while the name is missing (the element shows both at once).
  assert.deepEqual(messages({ ...pdf, bestandsnaam: '', mimeType: 'image/png' }), ['bestandsnaam fout.verplicht', 'inhoud fout.bijlage.inhoud']);
  const small = createBijlageSchema({ soorten: ['machtiging'], maxBestandsgrootte: 68 });
  assert.deepEqual(small.safeParse(pdf).error?.issues.map((i) => [i.path.join('.'), i.message]), [['inhoud', 'fout.bijlage.te-groot']]);
});
