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

  // issue 7 item 9: "3 dagen" and "10 uur eerder", never "dag(en)" or "10:00 uur", in the reason too.
  it('says amounts with the plural keys and durations in words, as the element does', async () => {
    const { foutenNl } = await import('../../../src/i18n/locales/fouten.nl.js');
    const { commonNl } = await import('../../../src/i18n/locales/common.nl.js');
    const catalog = { ...foutenNl, eenheid: commonNl.eenheid };
    const reason = (message: string, params: Record<string, unknown>) =>
      toInvalidParams([{ path: ['gegevens', 'verzoekUitstelOfBespoediging'], message, params }], catalog)[0]!.reason;
    const laat = (dagen: number) => reason('fout.uitvaart.te-laat', { datum: '2026-12-07', dagen, werkdagen: dagen });
    assert.match(laat(1), /\b1 dag later/);
    assert.match(laat(3), /\b3 dagen later/);
    const vroeg = (verschil: string) => reason('fout.uitvaart.te-vroeg', { datum: '2026-11-29', tijd: '11:30', verschil });
    assert.match(vroeg('10:00'), / 10 uur eerder/);
    assert.match(vroeg('0:30'), / 30 minuten eerder/);
    assert.match(vroeg('1:01'), / 1 uur en 1 minuut eerder/);
    for (const text of [laat(3), vroeg('10:00')]) assert.doesNotMatch(text, /\(en\)|\$t\(|\d:\d\d uur eerder/);
  });

  it('uses the key as reason when the catalogue has no text for it', () => {
    assert.equal(toInvalidParams([{ path: [], message: 'fout.x.y' }], { fout: { x: {} } })[0]!.reason, 'fout.x.y');
  });
});
