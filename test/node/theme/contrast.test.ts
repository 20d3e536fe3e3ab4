import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  computedStyleColorResolver,
  contrastRatio,
  parseColor,
  readableTextColor,
  relativeLuminance,
  resolveColor,
  toHex,
  type Rgba,
} from '../../../src/theme/contrast.js';

const rgb = (r: number, g: number, b: number, a = 1): Rgba => ({ r, g, b, a });
const hexOf = (css: string) => {
  const c = parseColor(css);
  return c && `${toHex(c)}/${Math.round(c.a * 100)}`;
};

describe('parseColor', () => {
  it('reads the four hex forms, in any case', () => {
    assert.equal(hexOf('#fff'), '#ffffff/100');
    assert.equal(hexOf('#0A8'), '#00aa88/100');
    assert.equal(hexOf('#0a88'), '#00aa88/53');
    assert.equal(hexOf('#01689B'), '#01689b/100');
    assert.equal(hexOf('  #01689b80 '), '#01689b/50');
  });

  it('reads rgb() and rgba() in the comma and the space syntax', () => {
    assert.equal(hexOf('rgb(1, 104, 155)'), '#01689b/100');
    assert.equal(hexOf('rgba(1,104,155,0.5)'), '#01689b/50');
    assert.equal(hexOf('rgb(1 104 155)'), '#01689b/100');
    assert.equal(hexOf('rgb(1 104 155 / 25%)'), '#01689b/25');
    assert.equal(hexOf('rgba(1 104 155 / .5)'), '#01689b/50');
    assert.equal(hexOf('rgb(100%, 0%, 50%)'), '#ff0080/100');
    assert.equal(hexOf('RGB(300, -5, 0)'), '#ff0000/100'); // clamped, as browsers do
  });

  it('reads hsl() and hsla() with angle units', () => {
    assert.equal(hexOf('hsl(0, 100%, 50%)'), '#ff0000/100');
    assert.equal(hexOf('hsl(120 100% 25%)'), '#008000/100');
    assert.equal(hexOf('hsla(240, 100%, 50%, 0.5)'), '#0000ff/50');
    assert.equal(hexOf('hsl(0.5turn 100% 50% / 100%)'), '#00ffff/100');
    assert.equal(hexOf('hsl(-120deg, 100%, 50%)'), '#0000ff/100');
    assert.equal(hexOf('hsl(3.14159rad 100% 50%)'), '#00ffff/100');
    // The Utrecht red from the installed design tokens: hsl(0 100% 40%) is #cc0000.
    assert.equal(hexOf('hsl(0 100% 40%)'), '#cc0000/100');
  });

  it('knows black, white and transparent by name, and nothing else without a resolver', () => {
    assert.equal(hexOf('black'), '#000000/100');
    assert.equal(hexOf('White'), '#ffffff/100');
    assert.equal(hexOf('transparent'), '#000000/0');
    assert.equal(parseColor('rebeccapurple'), null);
  });

  it('rejects what is not a colour', () => {
    for (const bad of ['', '#ff', '#fffff', '#ggg', 'rgb(1,2)', 'rgb(1 2 3 4 5)', 'rgb(1, 2 3)', 'rgb(10%, 2, 3)', 'rgb(0x1 2 3)',
      'hsl(0 100 50)', 'hsl(red 100% 50%)', 'rgb(1 2 3 / 4 / 5)', 'rgb()', 'url(x)', 'red;background:url(x)']) {
      assert.equal(parseColor(bad), null, bad);
    }
  });
});

describe('resolveColor', () => {
  it('asks the resolver only for colours it cannot parse itself', () => {
    const asked: string[] = [];
    const resolver = (css: string) => (asked.push(css), css === 'rebeccapurple' ? 'rgb(102, 51, 153)' : null);
    assert.equal(toHex(resolveColor('rebeccapurple', resolver)!), '#663399');
    assert.equal(toHex(resolveColor('#01689b', resolver)!), '#01689b');
    assert.equal(resolveColor('nonsense', resolver), null);
    assert.equal(resolveColor('rebeccapurple'), null);
    assert.deepEqual(asked, ['rebeccapurple', 'nonsense']);
  });

  it('has a getComputedStyle-based resolver that refuses what CSS.supports refuses', () => {
    // A minimal stand-in for the DOM: enough to show the resolver's protocol.
    const appended: unknown[] = [];
    const probe = { style: { color: '' }, hidden: false, remove: () => appended.pop() };
    const doc = {
      createElement: () => probe,
      defaultView: {
        CSS: { supports: (_p: string, v: string) => v === 'rebeccapurple' },
        getComputedStyle: (el: typeof probe) => ({ color: el.style.color === 'rebeccapurple' ? 'rgb(102, 51, 153)' : 'rgb(0, 0, 0)' }),
      },
    };
    const host = { ownerDocument: doc, shadowRoot: { appendChild: (n: unknown) => appended.push(n) } } as unknown as Element;
    const resolver = computedStyleColorResolver(host);
    assert.equal(resolver('rebeccapurple'), 'rgb(102, 51, 153)');
    assert.equal(resolver('not-a-colour'), null);
    assert.equal(appended.length, 0, 'the probe element is removed again');
  });
});

describe('WCAG luminance and contrast', () => {
  it('matches the reference values', () => {
    assert.equal(relativeLuminance(rgb(255, 255, 255)), 1);
    assert.equal(relativeLuminance(rgb(0, 0, 0)), 0);
    assert.equal(contrastRatio(rgb(0, 0, 0), rgb(255, 255, 255)), 21);
    assert.equal(contrastRatio(rgb(255, 255, 255), rgb(0, 0, 0)), 21);
    assert.equal(contrastRatio(rgb(10, 20, 30), rgb(10, 20, 30)), 1);
    // #777777 on white is the classic "just fails" grey: 4.48:1.
    assert.equal(contrastRatio(parseColor('#777')!, rgb(255, 255, 255)).toFixed(2), '4.48');
    assert.equal(contrastRatio(parseColor('#767676')!, rgb(255, 255, 255)).toFixed(2), '4.54');
  });
});

describe('readableTextColor', () => {
  it('puts white on dark and black on light colours', () => {
    assert.equal(readableTextColor(parseColor('#01689b')!), '#ffffff');
    assert.equal(readableTextColor(parseColor('#cc0000')!), '#ffffff');
    assert.equal(readableTextColor(parseColor('#ffcc00')!), '#000000');
    assert.equal(readableTextColor(parseColor('#777777')!), '#000000');
    assert.equal(readableTextColor(parseColor('#767676')!), '#ffffff');
  });

  it('always reaches 4.5:1, for every colour in a sweep of the sRGB cube', () => {
    let checked = 0;
    let worst = Infinity;
    // Every 5th value per channel (52³ ≈ 140 000 colours, includes 0 and 255) plus all greys.
    const steps = [...Array(52).keys()].map((i) => i * 5);
    const check = (bg: Rgba) => {
      const text = parseColor(readableTextColor(bg))!;
      const ratio = contrastRatio(bg, text);
      worst = Math.min(worst, ratio);
      checked++;
      assert.ok(ratio >= 4.5, `${toHex(bg)}: ${ratio}`);
    };
    for (const r of steps) for (const g of steps) for (const b of steps) check(rgb(r, g, b));
    for (let v = 0; v <= 255; v++) check(rgb(v, v, v));
    assert.ok(checked > 140_000);
    // The analytic worst case is ≈ 4.58 (see readableTextColor); the sweep gets close to it.
    assert.ok(worst < 4.6, `worst ${worst}`);
  });
});
