// The named states (test/browser/a11y/named-states.ts) as one classic script for a plain page: it
// defines `window.NamedStates` (NAMED_STATES, LOOKS, createStateElement, clickIO, leaveStates). The
// screenshot script and the demo's state page load it next to the built one-file form script, so
// they show exactly the states the axe sweep checks. esbuild comes with tsx (a dev dependency).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const NAMED_STATES_ENTRY = fileURLToPath(new URL('../test/browser/a11y/named-states.ts', import.meta.url));

/** The bundle's source text. */
export async function bundleNamedStates() {
  const result = await build({
    entryPoints: [NAMED_STATES_ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'NamedStates',
    target: 'es2021',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
