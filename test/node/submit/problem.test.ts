import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseProblem, problemFromJson } from '../../../src/submit/problem.js';

test('reads a full NL API / ZGW problem with invalidParams', () => {
  const problem = parseProblem(
    JSON.stringify({
      type: 'https://gemeente.example/problemen/validatie',
      title: 'Ongeldige invoer',
      status: 422,
      detail: 'Eén of meer velden zijn niet goed ingevuld.',
      instance: 'urn:uuid:abc',
      invalidParams: [
        { name: 'gegevens.nieuwAdres.postcode', code: 'fout.postcode.formaat', reason: 'Vul een geldige postcode in.' },
        { name: 'gegevens.meeverhuizers.0.burgerservicenummer', code: 'fout.bsn.elfproef', reason: 'Dit BSN klopt niet.' },
      ],
    }),
  );
  assert.deepEqual(problem, {
    type: 'https://gemeente.example/problemen/validatie',
    title: 'Ongeldige invoer',
    status: 422,
    detail: 'Eén of meer velden zijn niet goed ingevuld.',
    instance: 'urn:uuid:abc',
    invalidParams: [
      { name: 'gegevens.nieuwAdres.postcode', code: 'fout.postcode.formaat', reason: 'Vul een geldige postcode in.' },
      { name: 'gegevens.meeverhuizers.0.burgerservicenummer', code: 'fout.bsn.elfproef', reason: 'Dit BSN klopt niet.' },
    ],
  });
});

test('tolerates missing and wrongly typed fields', () => {
  assert.deepEqual(parseProblem('{}'), { invalidParams: [] });
  assert.deepEqual(parseProblem('{"title": 5, "status": "400", "detail": null, "invalidParams": "nee"}'), {
    invalidParams: [],
  });
  assert.deepEqual(
    parseProblem('{"invalidParams": [null, 3, "x", {}, {"name": "gegevens.x"}, {"reason": "Algemeen probleem"}]}'),
    {
      invalidParams: [
        { name: 'gegevens.x', code: '', reason: '' },
        { name: '', code: '', reason: 'Algemeen probleem' },
      ],
    },
  );
});

test('accepts RFC 7807\'s own "invalid-params" spelling', () => {
  assert.deepEqual(parseProblem('{"invalid-params": [{"name": "age", "reason": "must be a positive integer"}]}'), {
    invalidParams: [{ name: 'age', code: '', reason: 'must be a positive integer' }],
  });
});

test('a body that is not a JSON object is no problem at all', () => {
  assert.equal(parseProblem(''), undefined);
  assert.equal(parseProblem('   '), undefined);
  assert.equal(parseProblem('<html><body>502 Bad Gateway</body></html>'), undefined);
  assert.equal(parseProblem('[1, 2]'), undefined);
  assert.equal(parseProblem('"tekst"'), undefined);
  assert.equal(problemFromJson(null), undefined);
});
