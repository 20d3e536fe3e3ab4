// Properties of the Dutch validators (src/schemas/validators.ts) and the file checks
// (src/schemas/attachments.ts): generated from the rules themselves (11-proef, PostNL, E.164 bounds),
// compared with an oracle written out in the test, and never throwing on hostile input.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  isValidBsn,
  isValidEmail,
  isValidKvkNummer,
  isValidTelefoon,
  isValidVestigingsnummer,
  normalizeBsn,
  normalizePostcode,
  normalizeTelefoon,
  POSTCODE,
} from '../../../src/schemas/validators.js';
import { bestandsTypeVan, decodeBase64, encodeBase64, base64DecodedLength, isBase64, schoonBestandsnaam, MAX_BESTANDSNAAM } from '../../../src/schemas/attachments.js';
import {
  bestand,
  bsnMetTikfout,
  check,
  elfProef,
  geldigeBsn,
  geldigePostcode,
  getyptePostcode,
  getyptTelefoonnummer,
  metScheidingstekens,
  negenCijfers,
  telefoonnummer,
  vijandig,
} from './support.js';

const validators: Record<string, (raw: string) => unknown> = {
  normalizeBsn,
  isValidBsn,
  normalizePostcode,
  normalizeTelefoon,
  isValidTelefoon,
  isValidKvkNummer,
  isValidVestigingsnummer,
  isValidEmail,
  schoonBestandsnaam: (raw) => (typeof raw === 'string' ? schoonBestandsnaam(raw) : null),
  isBase64,
};

test('property: no validator throws, whatever it is given', () => {
  check(
    fc.property(fc.oneof(vijandig, fc.string(), fc.string({ unit: 'binary' })), (input) => {
      for (const [name, validate] of Object.entries(validators)) {
        assert.doesNotThrow(() => validate(input as string), name);
      }
    }),
  );
});

test('property: the 11-proef accepts exactly what the oracle accepts, with or without separators', () => {
  check(
    fc.property(metScheidingstekens(negenCijfers), (typed) => {
      const digits = typed.replace(/[\s.\-]/g, '');
      assert.equal(isValidBsn(typed), elfProef(digits), typed);
      if (isValidBsn(typed)) assert.equal(normalizeBsn(typed), digits);
    }),
    2,
  );
});

test('property: a BSN with one digit mistyped is always rejected', () => {
  check(fc.property(bsnMetTikfout, (bsn) => assert.equal(isValidBsn(bsn), false, bsn)));
});

test('property: an 8-digit BSN is the 9-digit one with a leading zero', () => {
  check(
    fc.property(geldigeBsn.filter((b) => b.startsWith('0')), (bsn) => {
      assert.equal(normalizeBsn(bsn.slice(1)), bsn);
      assert.equal(isValidBsn(bsn.slice(1)), true);
    }),
  );
});

test('property: a typed postcode normalises to 1234AB and again to itself; SA/SD/SS and a leading 0 never pass', () => {
  check(
    fc.property(getyptePostcode, (typed) => {
      const postcode = normalizePostcode(typed);
      assert.ok(postcode !== null, typed);
      assert.match(postcode, POSTCODE);
      assert.equal(normalizePostcode(postcode), postcode);
    }),
  );
  check(
    fc.property(geldigePostcode, fc.constantFrom('SA', 'SD', 'SS', 'sa', 'sd', 'ss'), (p, letters) => {
      assert.equal(normalizePostcode(`${p.slice(0, 4)}${letters}`), null);
      assert.equal(normalizePostcode(`0${p.slice(1)}`), null);
    }),
  );
});

test('property: a realistic phone number is accepted; separators do not matter; the result is a fixed point', () => {
  check(
    fc.property(telefoonnummer, getyptTelefoonnummer, (plain, typed) => {
      const normalised = normalizeTelefoon(plain);
      assert.ok(normalised !== null, plain);
      assert.equal(isValidTelefoon(plain), true);
      assert.equal(normalizeTelefoon(normalised), normalised, 'normalising twice changes nothing');
      const typedNormalised = normalizeTelefoon(typed);
      assert.ok(typedNormalised !== null, typed);
      assert.equal(normalizeTelefoon(typed.replace(/[\s-]/g, '')), typedNormalised, 'spaces and dashes carry no meaning');
    }),
  );
});

test('property: whatever normalizeTelefoon returns is itself valid and unchanged by normalising again', () => {
  check(
    fc.property(fc.oneof(fc.stringMatching(/^[+0-9 \-]{0,20}$/), fc.string()), (raw) => {
      const normalised = normalizeTelefoon(raw);
      if (normalised === null) return;
      assert.equal(normalizeTelefoon(normalised), normalised);
      assert.ok(normalised.replace(/\D/g, '').length <= 15, 'E.164: at most 15 digits');
    }),
  );
});

test('property: KvK-nummer is exactly 8 digits and vestigingsnummer exactly 12 (surrounding spaces allowed)', () => {
  check(
    fc.property(fc.stringMatching(/^[0-9]{1,16}$/), fc.constantFrom('', ' ', '  '), (digits, pad) => {
      assert.equal(isValidKvkNummer(`${pad}${digits}${pad}`), digits.length === 8);
      assert.equal(isValidVestigingsnummer(`${pad}${digits}${pad}`), digits.length === 12);
    }),
  );
});

test('property: an e-mail address of local@domain.tld is accepted, one with a space or without @ is not', () => {
  const deel = fc.stringMatching(/^[a-z0-9_+-]{1,20}$/);
  check(
    fc.property(deel, deel, fc.constantFrom('nl', 'com', 'example', 'co.uk'), fc.integer({ min: 0, max: 20 }), (local, domain, tld, at) => {
      const address = `${local}@${domain}.${tld}`;
      assert.equal(isValidEmail(address), true, address);
      assert.equal(isValidEmail(` ${address} `), true, 'surrounding spaces are trimmed');
      assert.equal(isValidEmail(address.replace('@', '')), false);
      const i = Math.max(1, Math.min(at, address.length - 1)); // inside: surrounding spaces are trimmed
      assert.equal(isValidEmail(`${address.slice(0, i)} ${address.slice(i)}`), false);
    }),
  );
});

test('property: a real PDF, PNG or JPEG is recognised by its start and end; cutting its end makes it unrecognised', () => {
  check(
    fc.property(bestand, fc.integer({ min: 1, max: 12 }), ({ mimeType, bytes }, cut) => {
      assert.equal(bestandsTypeVan(bytes), mimeType);
      const base64 = encodeBase64(bytes);
      assert.ok(isBase64(base64));
      assert.equal(base64DecodedLength(base64), bytes.length);
      assert.deepEqual(decodeBase64(base64), bytes);
      // A PDF's %%EOF may still be inside the last KiB after a cut of a few bytes; only the image ends are fixed.
      if (mimeType !== 'application/pdf') assert.equal(bestandsTypeVan(bytes.subarray(0, bytes.length - cut)), null);
    }),
  );
});

test('property: a cleaned file name is cleaned already, short enough, and free of paths, control and bidi characters', () => {
  check(
    fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 200 })), (raw) => {
      const clean = schoonBestandsnaam(raw);
      assert.equal(schoonBestandsnaam(clean), clean);
      assert.ok([...clean].length <= MAX_BESTANDSNAAM, `${[...clean].length} characters`);
      assert.doesNotMatch(clean, /[\\/\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
      assert.ok(clean.length > 0);
    }),
    2,
  );
});
