// Issues → invalidParams: names, codes and the Dutch reason with {{veld}} and params filled in.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readableField, toInvalidParams } from '../../../demo/receiver/messages.js';

describe('receiver messages', () => {
  it('names a field by its last named path segment, in words', () => {
    assert.equal(readableField(['gegevens', 'nieuwAdres', 'postcode']), 'postcode');
    assert.equal(readableField(['gegevens', 'woonsituatie', 'aantalBewoners']), 'aantal bewoners');
    assert.equal(readableField(['gegevens', 'meeverhuizers', 0]), 'meeverhuizers');
    assert.equal(readableField(['gegevens', 'aangever', 'naam', 'geslachtsnaam']), 'achternaam');
    assert.equal(readableField([]), 'dit veld');
  });

  it('fills params, formats ISO dates in Dutch, and keeps unknown placeholders visible', () => {
    const catalog = { fout: { a: 'Vanaf {{datum}} voor {{veld}}, max {{maximum, number}} ({{onbekend}})' } };
    const [param] = toInvalidParams(
      [{ path: ['gegevens', 'verhuisdatum'], message: 'fout.a', params: { datum: '2026-12-01', maximum: 3 } }],
      catalog,
    );
    assert.deepEqual(param, {
      name: 'gegevens.verhuisdatum',
      code: 'fout.a',
      reason: 'Vanaf dinsdag 1 december 2026 voor verhuisdatum, max 3 ({{onbekend}})',
    });
  });

  it('uses the key as reason when the catalogue has no text for it', () => {
    assert.equal(toInvalidParams([{ path: [], message: 'fout.x.y' }], { fout: { x: {} } })[0]!.reason, 'fout.x.y');
  });
});
