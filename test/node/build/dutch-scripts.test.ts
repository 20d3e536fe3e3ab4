// English on demand (issue 9 item 3): the Dutch classic scripts carry no English texts; each
// English text is in the language file next to its script, which the script loads only when `lang`
// asks for English (test/node/build/language-files.test.ts drives that in Chromium).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { nl } from '../../../src/i18n/locales/nl.js';

// Ten English-only texts per script: shared ones (buttons, the error summary, the configuration
// error) and the form's own. None of them is also Dutch.
const SHARED = ['There is a problem', 'Stop and delete my answers', 'Previous step', 'This form is not set up correctly', 'Check your answers'];
const ONLY_EN: Record<string, string[]> = {
  'gemeente-verhuizing': [...SHARED, 'Report your move to the municipality of', 'Your new address', 'Who is moving with you?', 'Main occupant of the new address', 'What you need'],
  'gemeente-overlijden': [...SHARED, 'Register a death', 'Details of the deceased', 'Burial or cremation', 'Details of the person registering', 'What you need'],
};
ONLY_EN['gemeente-formulieren'] = [...new Set([...ONLY_EN['gemeente-verhuizing']!, ...ONLY_EN['gemeente-overlijden']!])];

const dutchTexts = JSON.stringify(nl);

for (const [script, strings] of Object.entries(ONLY_EN)) {
  test(`dist/${script}.js contains none of ${strings.length} English-only texts; dist/${script}.en.js has every one`, () => {
    const dutch = readFileSync(`dist/${script}.js`, 'utf8');
    const english = readFileSync(`dist/${script}.en.js`, 'utf8');
    for (const s of strings) {
      assert.ok(!dutchTexts.includes(s), `"${s}" is also a Dutch text: not English-only`);
      assert.ok(english.includes(s), `dist/${script}.en.js lacks "${s}" (pick texts the English file has)`);
      assert.ok(!dutch.includes(s), `dist/${script}.js (Dutch) contains the English "${s}"`);
    }
  });
}
