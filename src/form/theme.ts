// Theming glue for the element: the internal --_* variables (theme/base-tokens.ts) as an adopted
// stylesheet, and the theming attributes turned into --gemeente-* tokens on a per-instance
// constructable stylesheet. Constructable sheets are CSSOM, not inline <style>, so this works under a
// strict Content-Security-Policy without 'unsafe-inline'; and the attributes never fork templates.
import { unsafeCSS, type LitElement } from 'lit';
import { BASE_TOKEN_CSS } from '../theme/base-tokens.js';
import { meetsContrast, themeTokens, type ThemeInput } from '../theme/tokens.js';
import { computedStyleColorResolver } from '../theme/contrast.js';

export const tokenStyles = unsafeCSS(BASE_TOKEN_CSS);

const sheets = new WeakMap<LitElement, CSSStyleSheet>();

export function applyTheme(element: LitElement, input: ThemeInput): void {
  const root = element.shadowRoot;
  if (!root) return;
  const sheet = sheets.get(element);
  // No theming attribute (the usual page): no sheet at all, so the first render adopts one sheet
  // less and styles its shadow tree once, and the colour parsing is not even compiled before the
  // first field (issue 9, "colour parsing when no theme-color is set"). A later attribute adds it.
  if (!sheet && !input.color?.trim() && !input.font?.trim() && !input.radius?.trim()) return;
  applyTokens(element, root, sheet, input);
}

function applyTokens(element: LitElement, root: ShadowRoot, existing: CSSStyleSheet | undefined, input: ThemeInput): void {
  let sheet = existing;
  const tokens = themeTokens(input, {
    resolveColor: computedStyleColorResolver(element),
    onInvalid: (warning) => console.warn(`<${element.localName}>: ${warning.message}`),
  });
  // The brand colour is also used as text on the (white) background: links and secondary buttons. A
  // light brand colour (e.g. yellow #ffd200) is fine behind black text but unreadable as text itself
  // (WCAG 1.4.3), so those then use the text colour chosen for the primary button instead.
  const primary = tokens['--gemeente-color-primary'];
  const onPrimary = tokens['--gemeente-color-primary-text'];
  if (primary && onPrimary && !meetsContrast(primary, '#ffffff')) tokens['--gemeente-color-link'] = onPrimary;
  // Attributes that give no valid token (each warned about above) need no sheet either.
  if (!sheet && Object.keys(tokens).length === 0) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheets.set(element, sheet);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  }
  const declarations = Object.entries(tokens).map(([name, value]) => `${name}:${value};`).join('');
  // :host has the lowest priority against the page's own rules for the element, so a webmaster's
  // CSS (`gemeente-verhuizing { --gemeente-color-primary: … }`) still wins over the attribute.
  sheet.replaceSync(`:host{${declarations}}`);
}
