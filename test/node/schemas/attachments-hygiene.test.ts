// Issue 8, hole 7: a file is what its start AND its end say; a name is what the element would send.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  bestandsTypeVan,
  createBijlageSchema,
  encodeBase64,
  MAX_BESTANDSNAAM,
  schoonBestandsnaam,
} from '../../../src/schemas/attachments.js';

const latin1 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) (out.set(p, offset), (offset += p.length));
  return out;
};
const PNG_SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const PNG_IEND = Uint8Array.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
const padding = (n: number) => new Uint8Array(n).fill(0x20);

test('a PDF starts with %PDF-1.x or %PDF-2.0 and has %%EOF in its last KiB', () => {
  assert.equal(bestandsTypeVan(latin1('%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n')), 'application/pdf');
  assert.equal(bestandsTypeVan(latin1('%PDF-2.0\n%%EOF')), 'application/pdf');
  assert.equal(bestandsTypeVan(concat(latin1('%PDF-1.7\n'), padding(5_000), latin1('%%EOF\n'), padding(1_000))), 'application/pdf');
  // The security test's file: a PDF header in front of an HTML page.
  assert.equal(bestandsTypeVan(latin1('%PDF-1.4\n<html><script>alert(1)</script></html>')), null);
  assert.equal(bestandsTypeVan(latin1('%PDF-\n%%EOF')), null, 'no version');
  assert.equal(bestandsTypeVan(latin1('%PDF-3.0\n%%EOF')), null, 'no such version');
  assert.equal(bestandsTypeVan(latin1('%PDF-2.1\n%%EOF')), null);
  // %%EOF further back than the last KiB: something was appended after the PDF.
  assert.equal(bestandsTypeVan(concat(latin1('%PDF-1.7\n%%EOF\n'), padding(1_100))), null);
});

test('a JPEG ends with FFD9 and a PNG with its IEND chunk', () => {
  const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9]);
  assert.equal(bestandsTypeVan(jpeg), 'image/jpeg');
  assert.equal(bestandsTypeVan(jpeg.subarray(0, -1)), null, 'cut off');
  assert.equal(bestandsTypeVan(concat(jpeg, latin1('<html></html>'))), null, 'HTML appended');
  assert.equal(bestandsTypeVan(concat(PNG_SIGNATURE, padding(20), PNG_IEND)), 'image/png');
  assert.equal(bestandsTypeVan(concat(PNG_SIGNATURE, padding(20))), null);
  assert.equal(bestandsTypeVan(concat(PNG_SIGNATURE, PNG_IEND, latin1('x'))), null);
});

test('the schema refuses a PDF header followed by HTML, also in a large file', () => {
  const schema = createBijlageSchema({ soorten: ['machtiging'] });
  const bijlage = (bytes: Uint8Array) => ({
    soort: 'machtiging',
    bestandsnaam: 'machtiging.pdf',
    mimeType: 'application/pdf',
    grootte: bytes.length,
    inhoud: encodeBase64(bytes),
  });
  const html = concat(latin1('%PDF-1.4\n<!doctype html><html><body>'), padding(100_000), latin1('</body></html>'));
  assert.deepEqual(schema.safeParse(bijlage(html)).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`), ['inhoud fout.bijlage.inhoud']);
  // Every tail length against base64's 4-character groups: the decoded tail always holds the end.
  for (let extra = 0; extra < 6; extra++) {
    const pdf = concat(latin1('%PDF-1.7\n'), padding(2_000 + extra), latin1('%%EOF'));
    assert.equal(schema.safeParse(bijlage(pdf)).success, true, `padding ${2_000 + extra}`);
  }
});

test('schoonBestandsnaam keeps the last path part, without control or bidi characters', () => {
  assert.equal(schoonBestandsnaam('C:\\Users\\jan\\huurcontract.pdf'), 'huurcontract.pdf');
  assert.equal(schoonBestandsnaam('../../etc/passwd'), 'passwd');
  assert.equal(schoonBestandsnaam('factuur\u202Efdp.exe'), 'factuurfdp.exe', 'right-to-left override');
  assert.equal(schoonBestandsnaam('a\u2066b\u2069c\u200F.pdf'), 'abc.pdf');
  assert.equal(schoonBestandsnaam('regel\r\neen\u0000\u007f\u0085.pdf'), 'regeleen.pdf');
  assert.equal(schoonBestandsnaam('kapot\uD800.pdf'), 'kapot.pdf', 'lone surrogate');
  assert.equal(schoonBestandsnaam('foto 😀.png'), 'foto 😀.png', 'a real emoji stays');
  assert.equal(schoonBestandsnaam('  .verborgen.pdf. '), 'verborgen.pdf');
  assert.equal(schoonBestandsnaam('..'), 'bestand');
  assert.equal(schoonBestandsnaam('.pdf'), 'bestand.pdf');
  assert.equal(schoonBestandsnaam('Machtiging Noor.PDF'), 'Machtiging Noor.PDF');
});

test('schoonBestandsnaam cuts a long name to 100 characters and keeps the extension', () => {
  const long = `${'a'.repeat(300)}.pdf`;
  const cleaned = schoonBestandsnaam(long);
  assert.equal(cleaned.length, MAX_BESTANDSNAAM);
  assert.ok(cleaned.endsWith('.pdf'));
  // Emoji are two UTF-16 units: the cut never splits one.
  const emoji = schoonBestandsnaam(`${'😀'.repeat(120)}.png`);
  assert.equal([...emoji].length, MAX_BESTANDSNAAM);
  assert.doesNotMatch(emoji, /[\ud800-\udbff](?![\udc00-\udfff])/, 'no half pair');
  assert.ok(emoji.endsWith('.png'));
  // Idempotent: what the element sends is accepted as it is.
  for (const name of [long, 'x\u202E.pdf', 'a/b\\c.png', `${'é'.repeat(200)}`]) {
    assert.equal(schoonBestandsnaam(schoonBestandsnaam(name)), schoonBestandsnaam(name));
  }
});

test('the schema accepts exactly the names the element sends', () => {
  const schema = createBijlageSchema({ soorten: ['machtiging'] });
  const pdf = latin1('%PDF-1.4\n%%EOF\n');
  const met = (bestandsnaam: string) =>
    schema.safeParse({ soort: 'machtiging', bestandsnaam, mimeType: 'application/pdf', grootte: pdf.length, inhoud: encodeBase64(pdf) });
  assert.equal(met('machtiging Noor.pdf').success, true);
  assert.equal(met(`${'a'.repeat(96)}.pdf`).success, true);
  for (const name of ['map/machtiging.pdf', 'map\\machtiging.pdf', 'factuur\u202Efdp.exe', 'a\u0007.pdf', 'kapot\uDC00.pdf', '.htaccess', `${'a'.repeat(97)}.pdf`]) {
    const issues = met(name).error?.issues.map((i) => `${i.path.join('.')} ${i.message}`);
    assert.ok(
      issues?.includes('bestandsnaam fout.bijlage.bestandsnaam') || issues?.includes('bestandsnaam fout.tekst.te-lang'),
      `${JSON.stringify(name)}: ${JSON.stringify(issues)}`,
    );
  }
});
