// Colour parsing and WCAG 2.x contrast, framework-free. Used to pick the text colour on the
// gemeente's brand colour (`theme-color`) so buttons always reach 4.5:1 (WCAG 2.2 SC 1.4.3).
//
// Only the syntaxes a webmaster is likely to type are parsed here (hex, rgb(), hsl(), a few names).
// Everything else (the other named colours, lab(), color-mix() …) can be resolved by the browser:
// pass a resolver to `resolveColor`, e.g. `computedStyleColorResolver(element)`. That keeps the
// 148-entry named-colour table out of the bundle.

export interface Rgba {
  /** 0–255 */
  r: number;
  g: number;
  b: number;
  /** 0–1 */
  a: number;
}

const NAMED: Record<string, string> = { black: '#000', white: '#fff', transparent: '#0000' };

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));

/** Parses hex (#rgb, #rgba, #rrggbb, #rrggbbaa), rgb()/rgba(), hsl()/hsla() (comma and space syntax). */
export function parseColor(input: string): Rgba | null {
  const text = input.trim().toLowerCase();
  const named = NAMED[text];
  if (named) return parseColor(named);

  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(text)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const [r, g, b, a = 255] = (full.match(/../g) ?? []).map((h) => parseInt(h, 16));
    return { r: r!, g: g!, b: b!, a: a / 255 };
  }

  const fn = /^(rgba?|hsla?)\((.*)\)$/.exec(text);
  if (!fn) return null;
  const args = splitArguments(fn[2]!);
  if (!args) return null;
  const [x, y, z, alpha] = args;
  const a = alpha === undefined ? 1 : parseAlpha(alpha);
  if (a === null) return null;

  if (fn[1]!.startsWith('rgb')) {
    // Either all percentages or all numbers (CSS Color 4, legacy syntax; we apply it to both).
    const percent = x!.endsWith('%');
    const channels = [x!, y!, z!].map((c) => (c.endsWith('%') === percent ? parseNumber(percent ? c.slice(0, -1) : c) : null));
    if (channels.some((c) => c === null)) return null;
    const [r, g, b] = channels.map((c) => clamp(percent ? (c! * 255) / 100 : c!, 0, 255));
    return { r: r!, g: g!, b: b!, a };
  }

  const hue = parseHue(x!);
  const s = y!.endsWith('%') ? parseNumber(y!.slice(0, -1)) : null;
  const l = z!.endsWith('%') ? parseNumber(z!.slice(0, -1)) : null;
  if (hue === null || s === null || l === null) return null;
  return { ...hslToRgb(hue, clamp(s, 0, 100) / 100, clamp(l, 0, 100) / 100), a };
}

/** `a, b, c[, d]` or `a b c[ / d]`; returns 3 or 4 tokens, or null. */
function splitArguments(body: string): string[] | null {
  const trimmed = body.trim();
  let parts: string[];
  if (trimmed.includes(',')) {
    parts = trimmed.split(',').map((p) => p.trim());
  } else {
    const [main, alpha, ...rest] = trimmed.split('/').map((p) => p.trim());
    if (rest.length > 0) return null;
    parts = main!.split(/\s+/);
    if (alpha !== undefined) {
      if (parts.length !== 3) return null;
      parts.push(alpha);
    }
  }
  return (parts.length === 3 || parts.length === 4) && parts.every((p) => p !== '') ? parts : null;
}

function parseNumber(text: string): number | null {
  // Plain CSS <number>: optional sign, digits, decimals, exponent. Number('') and Number('0x1')
  // would slip through a bare Number() call.
  return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(text) ? Number(text) : null;
}

function parseAlpha(text: string): number | null {
  const n = text.endsWith('%') ? parseNumber(text.slice(0, -1)) : parseNumber(text);
  if (n === null) return null;
  return clamp(text.endsWith('%') ? n / 100 : n, 0, 1);
}

function parseHue(text: string): number | null {
  const m = /^(.*?)(deg|grad|rad|turn)?$/.exec(text)!;
  const n = parseNumber(m[1]!);
  if (n === null) return null;
  const factor = { deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360 }[m[2] ?? 'deg']!;
  return (((n * factor) % 360) + 360) % 360;
}

/** HSL → sRGB (CSS Color 4, §7.1 sample code). */
function hslToRgb(h: number, s: number, l: number): Omit<Rgba, 'a'> {
  const f = (n: number) => {
    const k = (n + h / 30) % 12;
    return 255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  };
  return { r: f(0), g: f(8), b: f(4) };
}

/** A function the element can implement in the browser to turn any CSS colour into `rgb()`. */
export type ColorResolver = (css: string) => string | null | undefined;

/** parseColor, falling back to `resolver` (the browser) for syntaxes we do not parse ourselves. */
export function resolveColor(input: string, resolver?: ColorResolver): Rgba | null {
  const parsed = parseColor(input);
  if (parsed || !resolver) return parsed;
  const resolved = resolver(input);
  return resolved ? parseColor(resolved) : null;
}

/**
 * A resolver backed by getComputedStyle on a helper element inside `host`'s tree. Checked with
 * CSS.supports first: an invalid colour would otherwise silently inherit the parent's colour.
 */
export function computedStyleColorResolver(host: Element): ColorResolver {
  return (css) => {
    const view = host.ownerDocument.defaultView;
    if (!view?.CSS?.supports('color', css)) return null;
    const probe = host.ownerDocument.createElement('span');
    probe.style.color = css;
    probe.hidden = true;
    (host.shadowRoot ?? host).appendChild(probe);
    try {
      return view.getComputedStyle(probe).color;
    } finally {
      probe.remove();
    }
  };
}

/** `#rrggbb` (alpha dropped; callers decide what translucency means for them). */
export function toHex({ r, g, b }: Rgba): string {
  return '#' + [r, g, b].map((c) => Math.round(clamp(c, 0, 255)).toString(16).padStart(2, '0')).join('');
}

/** WCAG 2.x relative luminance of an opaque sRGB colour, 0 (black) … 1 (white). */
export function relativeLuminance({ r, g, b }: Rgba): number {
  // WCAG 2.x definition; 0.04045 is the sRGB standard's threshold (WCAG's 0.03928 gives the same result for 8-bit values).
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio (1 … 21) between two opaque colours. */
export function contrastRatio(a: Rgba, b: Rgba): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

export const WHITE = '#ffffff';
export const BLACK = '#000000';

/**
 * White text if it reaches 4.5:1 on `background`, else black.
 *
 * Why black always works then: white fails when (1.05)/(L+0.05) < 4.5, i.e. L > 0.1833; black then
 * gives (L+0.05)/0.05 > 4.67. The worst case over all colours is L ≈ 0.179, where both give ≈ 4.58.
 * A softer dark such as #1a1a1a (L ≈ 0.010) would drop to ≈ 4.17 there, so the fallback is pure black.
 * The background must be opaque (a translucent colour's contrast depends on what lies beneath).
 */
export function readableTextColor(background: Rgba): typeof WHITE | typeof BLACK {
  return contrastRatio(background, { r: 255, g: 255, b: 255, a: 1 }) >= 4.5 ? WHITE : BLACK;
}

/** Mixes `color` towards `target` by `amount` (0–1) in sRGB, as `color-mix(in srgb, …)` would. */
export function mix(color: Rgba, target: Rgba, amount: number): Rgba {
  const m = (x: number, y: number) => x + (y - x) * amount;
  return { r: m(color.r, target.r), g: m(color.g, target.g), b: m(color.b, target.b), a: m(color.a, target.a) };
}
