// Frozen errors follow the people of a repeating group when one is removed (docs/errors.md): the
// removed person's errors go, the people after it keep theirs under their new number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyRegistry, withoutItem, type FieldRegistry } from '../../../src/form/issues.js';
import { fieldId } from '../../../src/form/path.js';

function registryOf(paths: string[]): FieldRegistry {
  const registry = emptyRegistry();
  for (const path of paths) registry.fields.set(path, { id: fieldId(path), label: path, kind: 'text' });
  return registry;
}

const paths = ['meeverhuizers.0.bsn', 'meeverhuizers.1.bsn', 'meeverhuizers.1.naam.voornamen', 'meeverhuizers.2.bsn', 'meeverhuizers.10.bsn', 'meeverhuizersJa'];

test('removing person 2 drops their errors and moves person 3 and 11 up one place', () => {
  const frozen = {
    issues: [
      { path: 'meeverhuizers.1.bsn', key: 'fout.verplicht' },
      { path: 'meeverhuizers.2.bsn', key: 'fout.bsn.elfproef' },
      { path: 'meeverhuizers.10.bsn', key: 'fout.verplicht' },
      { path: 'meeverhuizersJa', key: 'fout.verplicht' },
    ],
    registry: registryOf(paths),
  };
  frozen.registry.aliases.set('meeverhuizers.2.geboortedatum', { target: 'meeverhuizers.2.bsn' });
  const after = withoutItem(frozen, 'meeverhuizers', 1);
  assert.deepEqual(after.issues.map((i) => `${i.path} ${i.key}`), [
    'meeverhuizers.1.bsn fout.bsn.elfproef',
    'meeverhuizers.9.bsn fout.verplicht',
    'meeverhuizersJa fout.verplicht',
  ]);
  assert.deepEqual([...after.registry.fields.keys()], ['meeverhuizers.0.bsn', 'meeverhuizers.1.bsn', 'meeverhuizers.9.bsn', 'meeverhuizersJa']);
  assert.equal(after.registry.fields.get('meeverhuizers.1.bsn')?.id, 'f-meeverhuizers-1-bsn');
  assert.equal(after.registry.fields.get('meeverhuizers.9.bsn')?.id, 'f-meeverhuizers-9-bsn');
  assert.deepEqual([...after.registry.aliases], [['meeverhuizers.1.geboortedatum', { target: 'meeverhuizers.1.bsn' }]]);
});

test('removing the last person changes nobody else', () => {
  const frozen = { issues: [{ path: 'meeverhuizers.0.bsn', key: 'fout.verplicht' }, { path: 'meeverhuizers.2.bsn', key: 'fout.verplicht' }], registry: registryOf(paths.slice(0, 4)) };
  const after = withoutItem(frozen, 'meeverhuizers', 2);
  assert.deepEqual(after.issues.map((i) => i.path), ['meeverhuizers.0.bsn']);
  assert.deepEqual([...after.registry.fields.keys()], ['meeverhuizers.0.bsn', 'meeverhuizers.1.bsn', 'meeverhuizers.1.naam.voornamen']);
});
