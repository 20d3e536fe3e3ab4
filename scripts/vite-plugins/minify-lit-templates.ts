// Build-time minification of Lit templates in our own sources: the CSS inside css`…` and the
// whitespace inside html`…`. The JS minifier leaves template literal text alone (it is data), so
// the indentation and comments of every template would otherwise ship to the browser.
//
// Only tagged templates whose tag is `html` or `css` imported from lit / lit-html / lit-element are
// touched, and only their literal text (never the ${…} expressions). Escape sequences stay as
// written: we only ever remove or replace real whitespace characters and CSS comments.
//
// html`…`: outside tags, every run of whitespace becomes ONE space (never removed: between inline
// elements a space is visible). Inside a tag, runs between attributes become one space and a run
// right before `>` is dropped. Attribute values in quotes, comments, and the content of
// <pre>, <textarea>, <script> and <style> are copied unchanged.
//
// css`…`: comments are dropped; a whitespace run becomes one space, or nothing when it follows
// `{ } ( ; , > :` or precedes `{ } ) ; , > !` (never after `)` — `calc(a) + b` needs it — nor before
// `(` — `and (` in a media query — nor before `:`, where a space means a descendant selector);
// a `;` right before `}` is dropped.
// Strings are copied unchanged. At a ${…} boundary a space is kept, since we cannot see the other side.
import { parseAst, type Plugin } from 'vite';

type Kind = 'html' | 'css';
interface Edit {
  start: number;
  end: number;
  text: string;
}

const LIT_MODULES = new Set(['lit', 'lit-html', 'lit-element', 'lit/index.js', 'lit-html/lit-html.js']);
const RAW_TEXT_ELEMENTS = new Set(['pre', 'textarea', 'script', 'style']);
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';
/** Is text[i] escaped (an odd number of backslashes before it)? `\<newline>` must stay as written. */
const isEscaped = (text: string, i: number): boolean => {
  let n = 0;
  while (text[i - 1 - n] === '\\') n++;
  return n % 2 === 1;
};

// ---- html ------------------------------------------------------------------------------------------

type HtmlState =
  | { mode: 'text' }
  | { mode: 'tag'; name: string; closing: boolean; nameDone: boolean }
  | { mode: 'quoted'; quote: string; tag: { name: string; closing: boolean } }
  | { mode: 'comment' }
  | { mode: 'raw'; name: string };

/** Minifies the literal parts of one html`…` template; the state carries across ${…}. */
function minifyHtmlParts(parts: string[]): string[] {
  let state: HtmlState = { mode: 'text' };
  return parts.map((part) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const c = part[i];
      switch (state.mode) {
        case 'text': {
          if (isSpace(c) && !isEscaped(part, i)) {
            let j = i;
            while (isSpace(part[j])) j++;
            out += ' ';
            i = j;
            continue;
          }
          if (part.startsWith('<!--', i)) {
            state = { mode: 'comment' };
            out += '<!--';
            i += 4;
            continue;
          }
          if (c === '<' && /[a-zA-Z/]/.test(part[i + 1] ?? '')) {
            const closing = part[i + 1] === '/';
            state = { mode: 'tag', name: '', closing, nameDone: false };
            out += closing ? '</' : '<';
            i += closing ? 2 : 1;
            continue;
          }
          out += c;
          i++;
          continue;
        }
        case 'tag': {
          if (!state.nameDone) {
            if (/[a-zA-Z0-9-]/.test(c)) {
              state.name += c.toLowerCase();
              out += c;
              i++;
              continue;
            }
            state.nameDone = true;
          }
          if (isSpace(c)) {
            let j = i;
            while (isSpace(part[j])) j++;
            // Before `>` the run goes; at the end of a part (a ${…} follows) or before an attribute it
            // becomes one space. Never touch the space before `/>`: `a=b/>` would put `/` in the value.
            if (part[j] !== '>') out += ' ';
            i = j;
            continue;
          }
          if (c === '"' || c === "'") {
            state = { mode: 'quoted', quote: c, tag: { name: state.name, closing: state.closing } };
            out += c;
            i++;
            continue;
          }
          if (c === '>') {
            state =
              !state.closing && RAW_TEXT_ELEMENTS.has(state.name) && part[i - 1] !== '/'
                ? { mode: 'raw', name: state.name }
                : { mode: 'text' };
            out += c;
            i++;
            continue;
          }
          out += c;
          i++;
          continue;
        }
        case 'quoted': {
          out += c;
          i++;
          if (c === state.quote) state = { mode: 'tag', ...state.tag, nameDone: true };
          continue;
        }
        case 'comment': {
          if (part.startsWith('-->', i)) {
            state = { mode: 'text' };
            out += '-->';
            i += 3;
            continue;
          }
          out += c;
          i++;
          continue;
        }
        case 'raw': {
          if (part.slice(i, i + 2 + state.name.length).toLowerCase() === `</${state.name}`) {
            state = { mode: 'tag', name: state.name, closing: true, nameDone: true };
            out += part.slice(i, i + 2 + state.name.length);
            i += 2 + state.name.length;
            continue;
          }
          out += c;
          i++;
          continue;
        }
      }
    }
    return out;
  });
}

/** Thrown for a template too odd to minify safely; it is then left exactly as written. */
class LeaveAlone extends Error {}

// ---- css -------------------------------------------------------------------------------------------

// A whitespace run may go after these characters …
const CSS_TIGHT_AFTER = new Set(['{', '}', '(', ';', ',', '>', ':']);
// … and before these. Not after `)` nor before `(`: `calc(a) + b` and `and (` need their spaces.
const CSS_TIGHT_BEFORE = new Set(['{', '}', ')', ';', ',', '>', '!']);

/** Minifies the literal parts of one css`…` template. */
function minifyCssParts(parts: string[]): string[] {
  let quote: string | null = null; // inside a CSS string (may span a ${…}, though Lit forbids that)
  return parts.map((part, index) => {
    let out = '';
    let i = 0;
    while (i < part.length) {
      const c = part[i];
      if (quote) {
        out += c;
        i++;
        if (c === '\\' && i < part.length) out += part[i++];
        else if (c === quote) quote = null;
        continue;
      }
      if (c === '"' || c === "'") {
        quote = c;
        out += c;
        i++;
        continue;
      }
      // A run of whitespace and comments (a comment counts as whitespace: `a/**/b` is `a b`).
      // After any backslash a space stays: `\<newline>` in JS, or a CSS escape such as `\\ `.
      if ((isSpace(c) && out.at(-1) !== '\\') || part.startsWith('/*', i)) {
        let j = i;
        for (;;) {
          while (isSpace(part[j])) j++;
          if (!part.startsWith('/*', j)) break;
          const end = part.indexOf('*/', j + 2);
          if (end < 0) throw new LeaveAlone(); // a comment across ${…}: keep the template as written
          j = end + 2;
        }
        const prev = out.at(-1); // undefined at the start of the part: a ${…} or the template start
        const next = part[j];
        const atTemplateEdge = (prev === undefined && index === 0) || (next === undefined && index === parts.length - 1);
        const tight =
          atTemplateEdge ||
          (prev !== undefined && CSS_TIGHT_AFTER.has(prev)) ||
          (next !== undefined && CSS_TIGHT_BEFORE.has(next));
        if (!tight) out += ' ';
        i = j;
        continue;
      }
      if (c === '}' && out.at(-1) === ';') out = out.slice(0, -1);
      out += c;
      i++;
    }
    return out;
  });
}

// ---- source text → edits → code + source map ------------------------------------------------------

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function walk(node: unknown, visit: (n: Node) => void): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  if (typeof (node as Node).type === 'string') visit(node as Node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'parent' && value !== null && typeof value === 'object') walk(value, visit);
  }
}

/** The edits that minify every Lit html/css template in `code` (TypeScript or JavaScript). */
export function templateEdits(code: string, filename = 'module.ts'): Edit[] {
  if (!code.includes('`')) return [];
  const lang = /\.tsx?$/.test(filename) ? 'ts' : 'js';
  const ast = parseAst(code, { lang, sourceType: 'module' }, filename);
  const tags = new Map<string, Kind>();
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration' || !LIT_MODULES.has(statement.source.value)) continue;
    for (const specifier of statement.specifiers) {
      if (specifier.type !== 'ImportSpecifier' || specifier.imported.type !== 'Identifier') continue;
      const name = specifier.imported.name;
      if (name === 'html' || name === 'css') tags.set(specifier.local.name, name);
    }
  }
  if (tags.size === 0) return [];

  const edits: Edit[] = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression') return;
    const tag = node.tag as Node & { name?: string };
    const kind = tag.type === 'Identifier' ? tags.get(tag.name!) : undefined;
    if (!kind) return;
    const quasis = (node.quasi as { quasis: (Node & { value: { raw: string }; tail: boolean })[] }).quasis;
    // A quasi's span includes its delimiters: `…${ , }…${ , }…` — the raw text starts one in.
    const spans = quasis.map((q) => ({ start: q.start + 1, raw: q.value.raw }));
    if (spans.some((s) => code.slice(s.start, s.start + s.raw.length) !== s.raw)) return; // unexpected AST: leave it
    const parts = spans.map((s) => s.raw);
    let minified: string[];
    try {
      minified = kind === 'html' ? minifyHtmlParts(parts) : minifyCssParts(parts);
    } catch (error) {
      if (error instanceof LeaveAlone) return;
      throw error;
    }
    spans.forEach((s, i) => {
      if (minified[i] !== s.raw) edits.push({ start: s.start, end: s.start + s.raw.length, text: minified[i]! });
    });
  });
  return edits.sort((a, b) => a.start - b.start);
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function vlq(value: number): string {
  let v = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = v & 31;
    v >>>= 5;
    if (v > 0) digit |= 32;
    out += BASE64[digit];
  } while (v > 0);
  return out;
}

/**
 * Applies sorted, non-overlapping edits and returns the new code with a source map (v3). Unchanged
 * text is mapped at every word boundary and line start, an edit at its start, so the maps of later
 * passes (TypeScript, minifier) still point at the right place and `npm run size` can attribute bytes.
 */
interface SourceMapV3 {
  version: 3;
  sources: string[];
  sourcesContent: string[];
  names: string[];
  mappings: string;
}

export function applyEdits(code: string, edits: Edit[], filename: string): { code: string; map: SourceMapV3 } {
  let out = '';
  const lines: string[][] = [[]];
  let genColumn = 0;
  let origLine = 0;
  let origColumn = 0;
  let prev = { genColumn: 0, origLine: 0, origColumn: 0 };
  const mark = () => {
    const segment = vlq(genColumn - prev.genColumn) + 'A' + vlq(origLine - prev.origLine) + vlq(origColumn - prev.origColumn);
    lines.at(-1)!.push(segment);
    prev = { genColumn, origLine, origColumn };
  };
  const advanceOrig = (text: string) => {
    for (const ch of text) {
      if (ch === '\n') {
        origLine++;
        origColumn = 0;
      } else origColumn += ch.length;
    }
  };
  const emit = (text: string, mapEveryBoundary: boolean) => {
    for (let k = 0; k < text.length; k++) {
      const ch = text[k]!;
      if (ch === '\n') {
        out += ch;
        lines.push([]);
        genColumn = 0;
        prev.genColumn = 0;
        if (mapEveryBoundary) {
          origLine++;
          origColumn = 0;
          if (k + 1 < text.length) mark();
        }
        continue;
      }
      if (mapEveryBoundary && k > 0 && /\w/.test(ch) && !/\w/.test(text[k - 1]!)) mark();
      out += ch;
      genColumn++;
      if (mapEveryBoundary) origColumn++;
    }
  };

  let at = 0;
  for (const edit of edits) {
    mark();
    emit(code.slice(at, edit.start), true);
    mark();
    emit(edit.text, false);
    advanceOrig(code.slice(edit.start, edit.end));
    at = edit.end;
  }
  mark();
  emit(code.slice(at), true);

  const map: SourceMapV3 = {
    version: 3,
    sources: [filename],
    sourcesContent: [code],
    names: [],
    mappings: lines.map((segments) => segments.join(',')).join(';'),
  };
  return { code: out, map };
}

/** Minifies the Lit templates of one module; null when there is nothing to change. */
export function minifyLitTemplates(code: string, filename = 'module.ts'): { code: string; map: SourceMapV3 } | null {
  const edits = templateEdits(code, filename);
  return edits.length === 0 ? null : applyEdits(code, edits, filename);
}

/** Vite plugin: applies minifyLitTemplates to our own sources (src/**\/*.ts, not tests) in builds. */
export function litTemplateMinifier(): Plugin {
  return {
    name: 'gemeente:minify-lit-templates',
    apply: 'build',
    enforce: 'pre',
    transform: {
      filter: { id: { include: /\/src\/.*\.ts$/, exclude: /\.test\.ts$/ } },
      handler(code, id) {
        if (id.includes('/node_modules/')) return null;
        return minifyLitTemplates(code, id);
      },
    },
  };
}
