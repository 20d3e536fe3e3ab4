// The body of a language file (dist/gemeente-<form>.<lang>.js): hand the pack to the script element
// that loaded it. `document.currentScript` is that element only while the file runs, so it is read
// at once. No global: the form script listens on the element it inserted (load-language.ts). A file
// opened in any other way (no current script, e.g. as a module) hands over nothing.
import { LANGUAGE_EVENT, type LanguagePack } from './language-pack.js';
import { handOverPart } from '../internal/hand-over-part.js';

export function handOver(pack: LanguagePack): void {
  handOverPart(LANGUAGE_EVENT, pack);
}
