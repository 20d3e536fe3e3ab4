// Theming attributes (`theme-color`, `theme-font`, `theme-radius`) → `--gemeente-*` custom
// properties. Attributes only set tokens; component CSS reads them through the fallback chain in
// base-tokens.ts, so NL Design System themes keep working when no attribute is given.
import {
  BLACK,
  WHITE,
  contrastRatio,
  mix,
  parseColor,
  readableTextColor,
  resolveColor,
  toHex,
  type ColorResolver,
} from './contrast.js';

export interface ThemeInput {
  /** `theme-color`: the gemeente's brand/primary colour. */
  color?: string | null;
  /** `theme-font`: a CSS font-family list. */
  font?: string | null;
  /** `theme-radius`: a CSS length for corners. */
  radius?: string | null;
}

export interface ThemeWarning {
  attribute: 'theme-color' | 'theme-font' | 'theme-radius';
  value: string;
  /** For `console.warn`; English like the browser's own console messages. */
  message: string;
}

export interface ThemeOptions {
  /** Called for each value that was ignored, so the element can `console.warn` it. */
  onInvalid?: (warning: ThemeWarning) => void;
  /** Resolves colours parseColor does not know (named colours, lab() …) — see contrast.ts. */
  resolveColor?: ColorResolver;
}

/** How much the hover state moves from the primary colour (12 % towards black or white). */
const HOVER_SHIFT = 0.12;

/**
 * The `--gemeente-*` declarations for the theming attributes; invalid values are left out (the
 * fallback chain then applies) and reported through `onInvalid`.
 *
 * Tokens: --gemeente-color-primary, --gemeente-color-primary-text, --gemeente-color-primary-hover,
 * --gemeente-color-primary-hover-text, --gemeente-font-family, --gemeente-border-radius.
 */
export function themeTokens(input: ThemeInput, options: ThemeOptions = {}): Record<string, string> {
  const tokens: Record<string, string> = {};
  const warn = (attribute: ThemeWarning['attribute'], value: string, message: string) =>
    options.onInvalid?.({ attribute, value, message });

  const color = input.color?.trim();
  if (color) {
    const rgba = resolveColor(color, options.resolveColor);
    if (!rgba) {
      warn('theme-color', color, `theme-color="${color}" is not a colour this element understands; use e.g. "#01689b".`);
    } else if (rgba.a < 1) {
      // The text colour is chosen for ≥ 4.5:1; with a see-through colour that depends on whatever the
      // host page puts underneath, so the guarantee cannot be given.
      warn('theme-color', color, `theme-color="${color}" is (partly) transparent; use an opaque colour so text contrast can be guaranteed.`);
    } else {
      const text = readableTextColor(rgba);
      // Darken under white text and lighten under black text: both only increase the contrast, so
      // the same text colour stays readable on hover (luminance is monotonic in each sRGB channel).
      let hover = toHex(mix(rgba, parseColor(text === WHITE ? BLACK : WHITE)!, HOVER_SHIFT));
      // Pure black (or white) cannot move further away from its text colour; move towards it
      // instead — from ~21:1 a 12 % step still leaves more than 15:1.
      if (hover === toHex(rgba)) hover = toHex(mix(rgba, parseColor(text)!, HOVER_SHIFT));
      tokens['--gemeente-color-primary'] = toHex(rgba);
      tokens['--gemeente-color-primary-text'] = text;
      tokens['--gemeente-color-primary-hover'] = hover;
      tokens['--gemeente-color-primary-hover-text'] = text;
    }
  }

  const font = input.font?.trim();
  if (font) {
    const family = fontFamily(font);
    if (family) tokens['--gemeente-font-family'] = family;
    else warn('theme-font', font, `theme-font="${font}" is not a font-family list; use e.g. "'Fira Sans', Arial, sans-serif".`);
  }

  const radius = input.radius?.trim();
  if (radius) {
    if (/^(0|\d*\.?\d+(px|rem|em))$/.test(radius)) tokens['--gemeente-border-radius'] = radius;
    else warn('theme-radius', radius, `theme-radius="${radius}" is not a length; use e.g. "4px", "0.25rem" or "0".`);
  }
  return tokens;
}

const GENERIC_FAMILIES = ['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-sans-serif', 'ui-serif'];

/**
 * Validates a font-family list: names made of letters, digits, spaces, hyphens, underscores and dots,
 * optionally quoted. No `;`, braces, `url(` or backslashes, so the value cannot break out of the
 * declaration. Appends `sans-serif` when no generic family is given, so a web font that fails to
 * load degrades to a sans font instead of the browser's default serif.
 */
export function fontFamily(value: string): string | null {
  const names = value.split(',').map((n) => n.trim());
  const ok = names.every((n) => /^(["'])[\p{L}\p{N} ._-]+\1$|^[\p{L}\p{N} ._-]+$/u.test(n));
  if (!ok) return null;
  const hasGeneric = names.some((n) => GENERIC_FAMILIES.includes(n.toLowerCase()));
  return hasGeneric ? names.join(', ') : [...names, 'sans-serif'].join(', ');
}

/** WCAG check used by tests and the demo: does `text` on `background` reach `min`? */
export function meetsContrast(text: string, background: string, min = 4.5): boolean {
  const a = parseColor(text);
  const b = parseColor(background);
  return a !== null && b !== null && contrastRatio(a, b) >= min;
}
