// Two pages between the floor and our element, for `npm run bench` (issue 9, "what would move it
// next"): the verhuizing's first view as the bench dumped it (its shadow root's markup and CSS), put
// on screen by JavaScript instead of by the HTML parser.
//
// - "plain JavaScript": a custom element that attaches its shadow root, adopts one stylesheet with
//   the CSS and sets the markup as innerHTML. What any script-rendered view costs over the floor.
// - "Lit alone": a LitElement (the lit in node_modules, the version the product bundles) whose
//   static styles are the CSS and whose render() returns the markup as one template without
//   bindings. The least any Lit-rendered first view costs: Lit's own startup, template preparation
//   and first update, without our engine (attributes, draft, texts, steps, bindings).
//
// So the bench splits the gap between the floor and our element into the browser's (plain JS −
// floor), Lit's (Lit alone − plain JS) and the engine's (ours − Lit alone). Both are classic
// scripts, deferred, minified, served like ours.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { withoutComments } from './bench-helpers.mjs';

const markupOf = (view) => withoutComments(view.shadowHtml);

/** The plain-JavaScript page's script (no build step: it is this small). */
export function plainViewScript({ tag, ...view }) {
  return `(() => {
  const css = ${JSON.stringify(view.css)};
  const markup = ${JSON.stringify(markupOf(view))};
  customElements.define(${JSON.stringify(tag)}, class extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      root.adoptedStyleSheets = [sheet];
      root.innerHTML = markup;
    }
  });
})();
`;
}

/**
 * The Lit-alone page's script: bundled and minified by vite, as our classic scripts are. The entry is
 * written into `dir` (inside the checkout, so `lit` resolves from its node_modules).
 */
export async function litViewScript({ tag, ...view }, root, dir) {
  const entry = `import { LitElement, html, unsafeCSS } from 'lit';
const markup = ${JSON.stringify(markupOf(view))};
// One template with no bindings: lit-html prepares it (a <template>, a walk) and clones it, once.
const strings = Object.assign([markup], { raw: [markup] });
customElements.define(${JSON.stringify(tag)}, class extends LitElement {
  static styles = unsafeCSS(${JSON.stringify(view.css)});
  render() { return html(strings); }
});
`;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'lit-view-entry.js');
  writeFileSync(file, entry);
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: file, formats: ['iife'], name: 'BenchLitView', fileName: () => 'lit-view.js' },
    },
  });
  const chunk = [out].flat()[0].output.find((o) => o.type === 'chunk');
  if (!chunk?.code.includes('attachShadow') && !chunk?.code.includes('createRenderRoot')) throw new Error('the Lit-alone page did not bundle lit');
  return chunk.code;
}
