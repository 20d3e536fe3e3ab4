// The internal `--_*` variables every component stylesheet uses, each with its fallback chain:
//
//   --gemeente-*  (set by the theming attributes or by the host page's CSS)
//     → NL Design System tokens: Utrecht component tokens (`--utrecht-*`, defined by e.g. the
//       `utrecht-theme` class or any gemeente theme built on them), then the candidate/basis
//       tokens (`--nl-*`, `--basis-*`) of newer NL Design System themes
//     → our defaults (every default colour pair reaches WCAG 4.5:1, see test/node/theme).
//
// Custom properties inherit into the shadow root, so a page that carries a theme class on <body>
// styles the form without any attribute. A plain string (no Lit `css`) keeps this module usable in
// Node tests; the element wraps it with `unsafeCSS`.
//
// Font family and font size deliberately have NO default: when no token is set, `var()` yields
// the guaranteed-invalid value, `font-family: var(--_font-family)` then behaves as `unset`, and for
// inherited properties that means "inherit" — the form uses the CMS page's own font.

export interface TokenChain {
  /** The internal variable the component CSS uses, e.g. `--_primary`. */
  name: string;
  /** The public `--gemeente-*` token, documented as `@cssprop`. */
  token: string;
  /** NL Design System tokens, most specific first. */
  nlds: readonly string[];
  /** Last resort; `null` = none (inherit from the page). */
  fallback: string | null;
}

export const TOKEN_CHAINS: readonly TokenChain[] = [
  {
    name: '--_primary',
    token: '--gemeente-color-primary',
    nlds: ['--utrecht-button-primary-action-background-color', '--nl-button-primary-background-color'],
    fallback: '#01689b', // Rijkshuisstijl hemelblauw; white on it is 6.1:1
  },
  {
    name: '--_primary-text',
    token: '--gemeente-color-primary-text',
    nlds: ['--utrecht-button-primary-action-color', '--nl-button-primary-color'],
    fallback: '#ffffff',
  },
  {
    name: '--_primary-hover',
    token: '--gemeente-color-primary-hover',
    nlds: ['--utrecht-button-primary-action-hover-background-color', '--nl-button-primary-hover-background-color'],
    fallback: '#015c88', // = themeTokens({ color: '#01689b' }) hover
  },
  {
    name: '--_primary-hover-text',
    token: '--gemeente-color-primary-hover-text',
    nlds: ['--utrecht-button-primary-action-hover-color', '--nl-button-primary-hover-color'],
    fallback: '#ffffff',
  },
  {
    name: '--_text',
    token: '--gemeente-color-text',
    nlds: ['--utrecht-document-color', '--basis-color-default-color-document'],
    fallback: '#1a1a1a',
  },
  {
    name: '--_background',
    token: '--gemeente-color-background',
    nlds: ['--utrecht-document-background-color', '--basis-color-default-bg-document'],
    fallback: '#ffffff',
  },
  {
    // Form control borders need 3:1 against the background (WCAG 2.2 SC 1.4.11).
    name: '--_border',
    token: '--gemeente-color-border',
    nlds: ['--utrecht-form-control-border-color', '--basis-form-control-border-color'],
    fallback: '#6b6b6b',
  },
  {
    // Error text is text: 4.5:1 on the background. #d52b1e on white is 5.0:1.
    name: '--_error',
    token: '--gemeente-color-error',
    nlds: ['--utrecht-feedback-invalid-color', '--basis-color-negative-color-default'],
    fallback: '#d52b1e',
  },
  {
    name: '--_focus',
    token: '--gemeente-color-focus',
    nlds: ['--utrecht-focus-outline-color', '--basis-focus-outline-color'],
    fallback: '#000000',
  },
  {
    name: '--_font-family',
    token: '--gemeente-font-family',
    nlds: ['--utrecht-document-font-family', '--basis-text-font-family-default'],
    fallback: null,
  },
  {
    name: '--_font-size',
    token: '--gemeente-font-size',
    nlds: ['--utrecht-document-font-size', '--basis-text-font-size-md'],
    fallback: null,
  },
  {
    name: '--_radius',
    token: '--gemeente-border-radius',
    nlds: ['--utrecht-form-control-border-radius', '--basis-border-radius-md'],
    fallback: '4px',
  },
  {
    // The medium space (16px in Utrecht); smaller and larger steps are calc() multiples of it.
    name: '--_space',
    token: '--gemeente-space',
    nlds: ['--utrecht-space-block-md', '--basis-space-block-md'],
    fallback: '1rem',
  },
];

/** `var(--a, var(--b, var(--c, fallback)))` */
export function chainValue({ token, nlds, fallback }: TokenChain): string {
  return [token, ...nlds].reduceRight<string | null>((inner, name) => (inner === null ? `var(${name})` : `var(${name}, ${inner})`), fallback)!;
}

/** `:host { --_primary: var(--gemeente-color-primary, var(--utrecht-…, …)); … }` */
export const BASE_TOKEN_CSS = `:host{${TOKEN_CHAINS.map((c) => `${c.name}:${chainValue(c)};`).join('')}}`;
