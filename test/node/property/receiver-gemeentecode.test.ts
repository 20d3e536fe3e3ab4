// Found by the hostile-node property (seed 2001925907, overlijden): a posted gemeente.code that names
// an Object.prototype member ("__proto__", "constructor", …) passed the receiver's `code in gemeenten`
// check, so the schema was built for gemeente "__proto__" and threw (a 500 instead of a 400).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlijdenValidator, verhuizingValidator } from '../../../demo/receiver/forms.js';
import * as overlijden from '../../fixtures/overlijden.js';
import * as verhuizing from '../../fixtures/verhuizing.js';
import { ontvang } from './support.js';

const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'];

for (const [form, validator, input, today, now] of [
  ['verhuizing', verhuizingValidator({ '0344': {} }), verhuizing.geldig.alleen, verhuizing.today, new Date(`${verhuizing.today}T10:00:00Z`)],
  ['overlijden', overlijdenValidator({ '0344': {} }), overlijden.geldig.ondernemerCrematie, overlijden.today, new Date(overlijden.now)],
] as const) {
  test(`receiver (${form}): a gemeente.code naming an Object.prototype member is refused on gemeente.code, not thrown`, () => {
    for (const code of PROTOTYPE_KEYS) {
      const envelope = { ...structuredClone(input), gemeente: { code, naam: 'Utrecht' } };
      const result = ontvang(validator, envelope, { today, now });
      assert.equal(result.ok, false, code);
      assert.ok(!result.ok && result.issues.some((i) => i.path.join('.') === 'gemeente.code'), `${code}: ${JSON.stringify(!result.ok && result.issues)}`);
    }
  });

  test(`receiver (${form}): a gemeente.code that cannot become a string (a null-prototype object) is refused, not thrown`, () => {
    // Found by the same property (seed -1826042076): String(code) threw "Cannot convert object to primitive value".
    const envelope = { ...structuredClone(input), gemeente: { code: Object.create(null), naam: 'Utrecht' } };
    const result = ontvang(validator, envelope, { today, now });
    assert.equal(result.ok, false);
  });
}
