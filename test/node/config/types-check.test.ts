// Compile-time proof (tsc) that parsed configs are typed per attribute; the runtime part is trivial.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { booleanAttribute, createConfigSchema, enumAttribute, parseConfig, type SharedConfig } from '../../../src/config/shared-config.js';

it('types the parsed config per attribute (checked by tsc)', () => {
  const schema = createConfigSchema('https://x.example/', {
    hoofdbewoner: enumAttribute(['verplicht', 'optioneel', 'uit'], 'verplicht'),
    'telefoon-verplicht': booleanAttribute(),
  });
  const result = parseConfig(schema, {});
  if (result.ok) {
    const h: 'verplicht' | 'optioneel' | 'uit' = result.config.hoofdbewoner;
    const t: boolean = result.config.telefoonVerplicht;
    const e: URL = result.config.endpoint;
    // @ts-expect-error attribute names are not properties
    void result.config['gemeente-code'];
    void [h, t, e];
  }
  const shared = null as unknown as SharedConfig | null;
  if (shared) {
    const p: 'session' | 'none' = shared.persist;
    const c: 'same-origin' | 'include' | 'omit' = shared.credentials;
    const a: URL | null = shared.addressLookup;
    const m: number = shared.persistMinutes;
    const u: URL | null = shared.contactUrl;
    const tel: string | undefined = shared.contactTelefoon?.href;
    // @ts-expect-error SharedConfig is typed per attribute, not erased to `any`
    const wrong: number = shared.persist;
    void [p, c, a, m, u, tel, wrong];
  }
  assert.equal(result.ok, false);
});
