import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { contrastRatio, parseColor } from '../../../src/theme/contrast.js';
import { fontFamily, themeTokens, type ThemeWarning } from '../../../src/theme/tokens.js';
import { BASE_TOKEN_CSS, TOKEN_CHAINS, chainValue } from '../../../src/theme/base-tokens.js';

const ratio = (a: string, b: string) => contrastRatio(parseColor(a)!, parseColor(b)!);

function tokensWithWarnings(input: Parameters<typeof themeTokens>[0]) {
  const warnings: ThemeWarning[] = [];
  const tokens = themeTokens(input, { onInvalid: (w) => warnings.push(w) });
  return { tokens, warnings: warnings.map((w) => w.attribute) };
}

describe('themeTokens', () => {
  it('returns nothing when no theming attribute is set', () => {
    assert.deepEqual(tokensWithWarnings({}), { tokens: {}, warnings: [] });
    assert.deepEqual(tokensWithWarnings({ color: null, font: '  ', radius: '' }), { tokens: {}, warnings: [] });
  });

  it('turns a dark brand colour into primary, white text and a darker hover', () => {
    assert.deepEqual(themeTokens({ color: 'rgb(1 104 155)' }), {
      '--gemeente-color-primary': '#01689b',
      '--gemeente-color-primary-text': '#ffffff',
      '--gemeente-color-primary-hover': '#015c88',
      '--gemeente-color-primary-hover-text': '#ffffff',
    });
  });

  it('turns a light brand colour into black text and a lighter hover', () => {
    const tokens = themeTokens({ color: '#ffcc00' });
    assert.equal(tokens['--gemeente-color-primary-text'], '#000000');
    assert.equal(tokens['--gemeente-color-primary-hover'], '#ffd21f');
  });

  it('keeps ≥ 4.5:1 for the text on both the normal and the hover colour, for a sweep of brand colours', () => {
    for (let r = 0; r <= 255; r += 15) {
      for (let g = 0; g <= 255; g += 15) {
        for (let b = 0; b <= 255; b += 15) {
          const color = `rgb(${r}, ${g}, ${b})`;
          const t = themeTokens({ color });
          assert.ok(ratio(t['--gemeente-color-primary']!, t['--gemeente-color-primary-text']!) >= 4.5, color);
          assert.ok(ratio(t['--gemeente-color-primary-hover']!, t['--gemeente-color-primary-hover-text']!) >= 4.5, color);
          assert.notEqual(t['--gemeente-color-primary-hover'], t['--gemeente-color-primary'], `${color}: hover must differ`);
        }
      }
    }
  });

  it('uses the resolver for colours it cannot parse (named colours in the browser)', () => {
    const tokens = themeTokens({ color: 'rebeccapurple' }, { resolveColor: (c) => (c === 'rebeccapurple' ? 'rgb(102, 51, 153)' : null) });
    assert.equal(tokens['--gemeente-color-primary'], '#663399');
  });

  it('ignores and reports invalid or translucent colours', () => {
    assert.deepEqual(tokensWithWarnings({ color: 'blauwig' }), { tokens: {}, warnings: ['theme-color'] });
    assert.deepEqual(tokensWithWarnings({ color: '#01689b80' }), { tokens: {}, warnings: ['theme-color'] });
    assert.deepEqual(tokensWithWarnings({ color: 'red;background:url(//evil)' }), { tokens: {}, warnings: ['theme-color'] });
  });

  it('accepts a font-family list and adds a generic family when none is given', () => {
    assert.deepEqual(themeTokens({ font: "'Fira Sans', Arial" }), { '--gemeente-font-family': "'Fira Sans', Arial, sans-serif" });
    assert.deepEqual(themeTokens({ font: '"Open Sans",serif' }), { '--gemeente-font-family': '"Open Sans", serif' });
    assert.equal(fontFamily('Rijksoverheid Sans Web Text, Verdana, Sans-Serif'), 'Rijksoverheid Sans Web Text, Verdana, Sans-Serif');
  });

  it('ignores and reports font values that could break out of the declaration', () => {
    for (const font of ['Arial; color: red', 'Arial}body{display:none', 'url(x)', '"Arial', 'Ari\\al', 'Arial,,Verdana']) {
      assert.deepEqual(tokensWithWarnings({ font }), { tokens: {}, warnings: ['theme-font'] }, font);
    }
  });

  it('accepts px, rem, em and 0 as radius, and reports anything else', () => {
    for (const radius of ['0', '4px', '0.25rem', '.5em', '12px']) {
      assert.deepEqual(themeTokens({ radius }), { '--gemeente-border-radius': radius });
    }
    for (const radius of ['-4px', '4', 'calc(1px + 2px)', '4px 8px', 'large', '4px;x:y']) {
      assert.deepEqual(tokensWithWarnings({ radius }), { tokens: {}, warnings: ['theme-radius'] }, radius);
    }
  });

  it('reports each bad attribute once, and still sets the good ones', () => {
    const { tokens, warnings } = tokensWithWarnings({ color: '#01689b', font: 'a;b', radius: 'x' });
    assert.deepEqual(Object.keys(tokens), [
      '--gemeente-color-primary',
      '--gemeente-color-primary-text',
      '--gemeente-color-primary-hover',
      '--gemeente-color-primary-hover-text',
    ]);
    assert.deepEqual(warnings, ['theme-font', 'theme-radius']);
  });
});

describe('BASE_TOKEN_CSS fallback chains', () => {
  // The installed Utrecht theme: `.utrecht-theme { --utrecht-…: …; }`.
  const require = createRequire(import.meta.url);
  const themeCss = readFileSync(require.resolve('@utrecht/design-tokens/dist/theme.css'), 'utf8');
  const defined = new Set([...themeCss.matchAll(/(--utrecht-[a-z0-9-]+)\s*:/g)].map((m) => m[1]));

  it('only refers to --utrecht-* tokens that the Utrecht theme really defines', () => {
    const referenced = [...new Set(BASE_TOKEN_CSS.match(/--utrecht-[a-z0-9-]+/g))];
    assert.ok(referenced.length >= 12, `found ${referenced.length}`);
    const missing = referenced.filter((name) => !defined.has(name));
    assert.deepEqual(missing, []);
  });

  it('checks itself against a name that does not exist (the test can fail)', () => {
    assert.equal(defined.has('--utrecht-button-primary-background-color'), false);
    assert.equal(defined.has('--utrecht-button-primary-action-background-color'), true);
  });

  it('puts --gemeente-* first, then NL Design System tokens, then the default', () => {
    const primary = TOKEN_CHAINS.find((c) => c.name === '--_primary')!;
    assert.equal(
      chainValue(primary),
      'var(--gemeente-color-primary, var(--utrecht-button-primary-action-background-color, var(--nl-button-primary-background-color, #01689b)))',
    );
    assert.ok(BASE_TOKEN_CSS.startsWith(':host{--_primary:var(--gemeente-color-primary, '));
    for (const chain of TOKEN_CHAINS) {
      assert.match(chain.token, /^--gemeente-/);
      assert.match(chain.nlds[0]!, /^--utrecht-/);
      assert.ok(chain.nlds.slice(1).every((n) => /^--(nl|basis)-/.test(n)), chain.name);
      assert.ok(BASE_TOKEN_CSS.includes(`${chain.name}:${chainValue(chain)};`));
    }
  });

  it('lets font family and size inherit from the page when no token is set', () => {
    for (const name of ['--_font-family', '--_font-size']) {
      assert.equal(TOKEN_CHAINS.find((c) => c.name === name)!.fallback, null);
    }
    assert.ok(BASE_TOKEN_CSS.includes('--_font-family:var(--gemeente-font-family, var(--utrecht-document-font-family, var(--basis-text-font-family-default)));'));
  });

  it('has default primary colours that are what theme-color would give for the default', () => {
    const d = Object.fromEntries(TOKEN_CHAINS.map((c) => [c.token, c.fallback]));
    const fromAttribute = themeTokens({ color: d['--gemeente-color-primary'] });
    for (const [token, value] of Object.entries(fromAttribute)) assert.equal(d[token], value, token);
  });

  it('has default colours that meet WCAG 2.2 AA together', () => {
    const d = Object.fromEntries(TOKEN_CHAINS.map((c) => [c.name, c.fallback!]));
    assert.ok(ratio(d['--_primary']!, d['--_primary-text']!) >= 4.5, 'button text');
    assert.ok(ratio(d['--_primary-hover']!, d['--_primary-hover-text']!) >= 4.5, 'button text on hover');
    assert.ok(ratio(d['--_text']!, d['--_background']!) >= 4.5, 'body text');
    assert.ok(ratio(d['--_error']!, d['--_background']!) >= 4.5, 'error text');
    assert.ok(ratio(d['--_primary']!, d['--_background']!) >= 4.5, 'primary as link colour');
    assert.ok(ratio(d['--_border']!, d['--_background']!) >= 3, 'form control border (SC 1.4.11)');
    assert.ok(ratio(d['--_focus']!, d['--_background']!) >= 3, 'focus outline (SC 1.4.11)');
  });
});
