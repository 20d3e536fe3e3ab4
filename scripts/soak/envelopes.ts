// Envelopes for the soak: the valid examples of both forms from test/fixtures (with their attachments),
// each made unique by its ingediendOp and a name suffix so that no two submissions have the same body.
import * as overlijden from '../../test/fixtures/overlijden.js';
import * as verhuizing from '../../test/fixtures/verhuizing.js';

export type Formulier = 'verhuizing' | 'overlijden';

// The overlijden examples that need a gemeente policy beyond the default (geldigConfig) are left out:
// the soak's receiver runs the default configuration, as a gemeente copying the demo would.
const BASES: Record<Formulier, unknown[]> = {
  verhuizing: Object.values(verhuizing.geldig),
  overlijden: Object.entries(overlijden.geldig)
    .filter(([name]) => !(name in overlijden.geldigConfig))
    .map(([, envelope]) => envelope),
};

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
function suffix(n: number): string {
  let s = '';
  do {
    s = LETTERS[n % 26]! + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
}

/** The i-th soak envelope of `formulier` (deterministic in i). */
export function envelopeFor(formulier: Formulier, i: number): Record<string, unknown> {
  const bases = BASES[formulier];
  const e = structuredClone(bases[i % bases.length]) as Record<string, any>;
  e['ingediendOp'] = new Date(Date.parse(e['ingediendOp'] as string) + i * 1000).toISOString();
  const gegevens = e['gegevens'] as Record<string, any>;
  const naam = gegevens['aangever']?.naam ?? gegevens['overledene']?.naam;
  if (naam && typeof naam.geslachtsnaam === 'string') naam.geslachtsnaam = `${naam.geslachtsnaam}-${suffix(i)}`;
  return e;
}

export function attachmentCount(envelope: Record<string, unknown>): number {
  return Array.isArray(envelope['bijlagen']) ? envelope['bijlagen'].length : 0;
}
