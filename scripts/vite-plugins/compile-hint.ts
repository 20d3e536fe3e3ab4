// V8's explicit compile hint for a classic script's first view (issue 9). Nearly every function in
// that file runs before the first field is usable: the element, its first step, lit's render, the
// i18next calls. Without a hint V8 pre-parses each function, then parses it again and compiles it on
// the main thread at its first call: 180–190 ms of the 4×-throttled first-field time in a trace.
// `//# allFunctionsCalledOnLoad` as the file's first line (Chrome 136+, v8.dev "explicit compile
// hints") compiles them all eagerly while the file streams in, off the main thread. Engines without
// the feature read a comment. The later file does not get it: it arrives on an interaction, and much
// of it (the check page, sending, the confirmation) runs later still or never.
//
// The minifier drops comments, so the line is put in front in generateBundle, after it, and the
// source map is shifted one line to match.
import type { Plugin } from 'vite';
import { COMPILE_HINT } from './compile-hint-line.mjs';
import { shiftSourceMapsOneLine } from './shift-source-maps.js';

export { COMPILE_HINT };

export function compileHint(): Plugin {
  return {
    name: 'gemeente-compile-hint',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      }
    },
    writeBundle: shiftSourceMapsOneLine,
  };
}
