import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseAst } from 'vite';
import { minifyLitTemplates } from '../../../scripts/vite-plugins/minify-lit-templates.js';

/** The raw text parts of every tagged template in `code`, per template, in source order. */
function templates(code: string): string[][] {
  const ast = parseAst(code, { lang: 'ts', sourceType: 'module' }, 'x.ts');
  const found: { start: number; parts: string[] }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const n = node as { type?: string; start: number; quasi?: { quasis: { value: { raw: string } }[] } };
    if (n.type === 'TaggedTemplateExpression') found.push({ start: n.start, parts: n.quasi!.quasis.map((q) => q.value.raw) });
    Object.values(node).forEach(walk);
  };
  walk(ast);
  return found.sort((a, b) => a.start - b.start).map((t) => t.parts);
}

const minified = (code: string) => {
  const result = minifyLitTemplates(code, 'x.ts');
  assert.ok(result, 'expected the module to change');
  return result;
};

// A representative field template: a label and inline hint/error parts, bindings of every kind
// (attribute, boolean, property, event), a quoted attribute with an expression inside, a textarea
// and a pre whose content must survive, an HTML comment, and inline elements separated by spaces.
const FIELD = `import { html, nothing, type TemplateResult } from 'lit';
export function field(o: { id: string; error?: string; value: string }): TemplateResult {
  return html\`<div class="field \${o.error ? 'field--error' : ''}" part="field">
      <!-- the label  keeps   its comment -->
      <label class="label" for=\${o.id}>Naam <strong>verplicht</strong>
        <span class="optional">(optioneel)</span></label>
      <input
        id=\${o.id}
        title="two  spaces   stay"
        ?readonly=\${!o.value}
        .value=\${o.value}
        @input=\${(e: Event) => console.log(e)}
      />
      <textarea rows="2">  keep
    this </textarea>
      <pre>  a
  b</pre>
      \${o.error ? html\`<p class="error">\${o.error}</p>\` : nothing}
    </div>\`;
}
`;

describe('minifyLitTemplates: html`…`', () => {
  const out = minified(FIELD).code;
  const [outer, inner] = templates(out);

  it('keeps the number of parts, so every binding stays where it was', () => {
    const [before] = templates(FIELD);
    assert.equal(outer!.length, before!.length);
    assert.deepEqual(inner, ['<p class="error">', '</p>']);
  });

  it('collapses whitespace between elements to one space, never to nothing', () => {
    assert.equal(
      outer!.join('${}'),
      '<div class="field ${}" part="field"> <!-- the label  keeps   its comment --> ' +
        '<label class="label" for=${}>Naam <strong>verplicht</strong> <span class="optional">(optioneel)</span></label> ' +
        '<input id=${} title="two  spaces   stay" ?readonly=${} .value=${} @input=${} /> ' +
        '<textarea rows="2">  keep\n    this </textarea> ' +
        '<pre>  a\n  b</pre> ${} </div>',
    );
  });

  it('does not touch code outside the templates or expressions inside them', () => {
    assert.match(out, /@input=\$\{\(e: Event\) => console\.log\(e\)\}/);
    assert.match(out, /export function field\(o: \{ id: string; error\?: string; value: string \}\): TemplateResult \{\n  return html`/);
  });

  it('leaves templates alone whose tag is not imported from lit', () => {
    const code = "const html = (s: TemplateStringsArray) => s.raw.join('');\nexport const x = html`<p>\n  a  </p>`;\n";
    assert.equal(minifyLitTemplates(code, 'x.ts'), null);
  });

  it('follows a renamed import, and keeps escapes as written', () => {
    const code = "import { html as h } from 'lit';\nexport const x = h`<p>\\n  a\\\\  \n  b \\u00e9</p>`;\n";
    assert.deepEqual(templates(minified(code).code), [['<p>\\n a\\\\ b \\u00e9</p>']]);
  });
});

const STYLES = `import { css } from 'lit';
export const styles = css\`
  /* a comment, dropped */
  :host {
    display: block;
    --_space: var(--gemeente-space, 8px);
  }
  .a :focus-visible,
  .b > .c {
    margin: calc(var(--_space) * 1) 0;
    padding: calc(var(--_space) + 2px) calc(100% - 1rem);
    font-family: "Fira  Sans", sans-serif;
    content: '/* not a comment */';
    color: red !important;
  }
  @media (min-width: 40em) and (max-width: 60em) {
    .d { gap: 1px }
  }
  @media (forced-colors: active) { .e { border-color: CanvasText; } }
  .x/* a comment is whitespace */.y { top: 0 }
\`;
`;

describe('minifyLitTemplates: css`…`', () => {
  it('drops comments and the whitespace CSS does not need, and keeps the rest', () => {
    assert.deepEqual(templates(minified(STYLES).code), [
      [
        ':host{display:block;--_space:var(--gemeente-space,8px)}' +
          '.a :focus-visible,.b>.c{margin:calc(var(--_space) * 1) 0;padding:calc(var(--_space) + 2px) calc(100% - 1rem);' +
          'font-family:"Fira  Sans",sans-serif;content:\'/* not a comment */\';color:red!important}' +
          '@media (min-width:40em) and (max-width:60em){.d{gap:1px}}' +
          '@media (forced-colors:active){.e{border-color:CanvasText}}' +
          '.x .y{top:0}',
      ],
    ]);
  });

  it('keeps one space next to a ${…}, whose other side it cannot see', () => {
    const code = "import { css, unsafeCSS } from 'lit';\nconst w = unsafeCSS('1px');\nexport const s = css`.a { border: ${w} solid red; margin: 0 ${w}; }`;\n";
    assert.deepEqual(templates(minified(code).code), [['.a{border:', ' solid red;margin:0 ', '}']]);
  });

  it('leaves a template alone when a comment spans a ${…}', () => {
    const code = "import { css, unsafeCSS } from 'lit';\nexport const s = css`.a { /* ${unsafeCSS('x')} */ top: 0 }`;\n";
    assert.equal(minifyLitTemplates(code, 'x.ts'), null);
  });
});

describe('minifyLitTemplates: source map', () => {
  it('maps code after a minified template back to its original line', () => {
    const { code, map } = minified(STYLES + 'export const after = 1;\n') as { code: string; map: { mappings: string; sources: string[] } };
    assert.deepEqual(map.sources, ['x.ts']);
    const lines = code.split('\n');
    const generatedLine = lines.findIndex((l) => l.startsWith('export const after'));
    const originalLine = (STYLES + 'export const after = 1;\n').split('\n').findIndex((l) => l.startsWith('export const after'));
    // Decode the original line of the first segment on that generated line.
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    let sourceLine = 0;
    let found: number | undefined;
    map.mappings.split(';').forEach((line, index) => {
      for (const segment of line.split(',').filter(Boolean)) {
        const values: number[] = [];
        let value = 0;
        let shift = 0;
        for (const char of segment) {
          const digit = B64.indexOf(char);
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        sourceLine += values[2]!;
        if (index === generatedLine && found === undefined) found = sourceLine;
      }
    });
    assert.equal(found, originalLine);
  });
});
