import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  isValidBsn,
  isValidEmail,
  isValidKvkNummer,
  isValidTelefoon,
  isValidVestigingsnummer,
  normalizeBsn,
  normalizePostcode,
  normalizeTelefoon,
} from '../../../src/schemas/validators.js';

const TEST_BSNS = [
  '999993847', '999992077', '999993483', '999990482', '999993653', '999995017', '999990408',
  '999994669', '999992806', '999993926', '999991905', '999993550', '999990421',
];

test('every BSN of the Haal Centraal test set passes the 11-proef', () => {
  for (const bsn of TEST_BSNS) assert.ok(isValidBsn(bsn), bsn);
});

test('a BSN failing the 11-proef, all zeros or of the wrong length is rejected', () => {
  assert.equal(isValidBsn('999998620'), false);
  assert.equal(isValidBsn('000000000'), false);
  assert.equal(isValidBsn('99999384'), false, '8 digits padded to 099999384 fails the proef');
  assert.equal(isValidBsn('9999938470'), false);
  assert.equal(isValidBsn('99999384a'), false);
});

test('a BSN is normalised: separators dropped, 8 digits left-padded', () => {
  assert.equal(normalizeBsn(' 9999.93.847 '), '999993847');
  assert.equal(normalizeBsn('9999-93-847'), '999993847');
  assert.equal(normalizeBsn('12345672'), '012345672');
  assert.ok(isValidBsn('12345672'), 'an 8-digit number valid after padding');
  assert.equal(normalizeBsn('1234567'), null);
  assert.equal(normalizeBsn('12345678901'), null);
});

test('a postcode is normalised to 1234AB', () => {
  assert.equal(normalizePostcode('3521 az'), '3521AZ');
  assert.equal(normalizePostcode(' 3521AZ '), '3521AZ');
  assert.equal(normalizePostcode('3521  Az'), '3521AZ');
  for (const bad of ['0521AZ', '3521SA', '3521 sd', '3521SS', '352AZ', '3521A', '3521-AZ', '']) {
    assert.equal(normalizePostcode(bad), null, bad);
  }
  assert.equal(normalizePostcode('3521SB'), '3521SB');
});

test('4.8 telephone numbers as people type them become E.164, and E.164 stays itself', () => {
  const vormen: [string, string][] = [
    ['030 123 4567', '+31301234567'],
    ['030-1234567', '+31301234567'],
    ['030.123.45.67', '+31301234567'],
    ['(030) 123 45 67', '+31301234567'],
    ['0031 30 123 4567', '+31301234567'],
    ['0031301234567', '+31301234567'],
    ['+31 (0)30 123 4567', '+31301234567'],
    ['+31(0)301234567', '+31301234567'],
    ['+31 030 123 4567', '+31301234567'],
    ['+31-30-1234567', '+31301234567'],
    ['+31301234567', '+31301234567'],
    [' 06-12345678 ', '+31612345678'],
    ['06 1234 5678', '+31612345678'],
    ['+44 20 7946 0958', '+442079460958'],
    ['0044 (0)20 7946 0958', '+442079460958'],
    ['+1 (202) 555-0143', '+12025550143'],
  ];
  for (const [getypt, e164] of vormen) {
    assert.equal(normalizeTelefoon(getypt), e164, getypt);
    // The output is itself valid input and unchanged (the payload parses to itself).
    assert.equal(normalizeTelefoon(e164), e164, e164);
  }
  for (const bad of ['0612345', '061234567890', '6123456789', '+0612345678', '00', '+31 6 1234 567', '+31 6 1234 56789',
    '+31 6 1234 5678 9999 9', '0800-HELP', '030 123 4567 toestel 12', '']) {
    assert.equal(isValidTelefoon(bad), false, bad);
  }
});

test('KvK-nummer has 8 digits, vestigingsnummer 12', () => {
  assert.ok(isValidKvkNummer('12345678'));
  assert.ok(!isValidKvkNummer('1234567'));
  assert.ok(!isValidKvkNummer('1234567a'));
  assert.ok(isValidVestigingsnummer('000012345678'));
  assert.ok(!isValidVestigingsnummer('12345678'));
});

test('e-mail: a pragmatic check catches typing mistakes', () => {
  assert.ok(isValidEmail('j.jansen@example.nl'));
  assert.ok(isValidEmail('jan+verhuizing@mail.example.org'));
  for (const bad of ['jansen@example', 'jan jansen@example.nl', '@example.nl', 'jan@@example.nl', 'jan@.nl', 'jan@example.nl.']) {
    assert.equal(isValidEmail(bad), false, bad);
  }
});
