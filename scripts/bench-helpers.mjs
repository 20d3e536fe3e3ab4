// Pure helpers of `npm run bench` (scripts/bench.mjs): statistics, the floor page built from the
// element's own first view, the pages the bench serves, and the table. No I/O here, so
// test/node/scripts/bench-helpers.test.ts can check them in milliseconds.

export function median(xs) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, min and max of a series (NaN for an empty one). */
export function summary(xs) {
  const clean = xs.filter((x) => Number.isFinite(x));
  if (!clean.length) return { median: NaN, min: NaN, max: NaN, n: 0 };
  return { median: median(clean), min: Math.min(...clean), max: Math.max(...clean), n: clean.length };
}

/** a / b, or NaN when b is not a positive number. */
export function ratio(a, b) {
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? a / b : NaN;
}

/** Total blocking time: the part of each long task above 50 ms (Lighthouse's definition). */
export function totalBlockingTime(durations) {
  return durations.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
}

/** Run order for interleaving: every run visits every variant, alternating the direction, so a slow
 *  minute on a shared machine hits all variants alike instead of one of them. */
export function interleave(names, runs) {
  const order = [];
  for (let run = 0; run < runs; run++) order.push(...(run % 2 ? [...names].reverse() : names).map((name) => ({ run, name })));
  return order;
}

const escapeAttr = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The floor: the element's first view as static HTML, no JavaScript. The shadow root's markup and
 * its adopted stylesheets go into a declarative shadow root (`<template shadowrootmode="open">` with
 * a `<style>`), so `:host` rules, inheritance and encapsulation apply exactly as in the live element.
 * Lit's marker comments are dropped (they only cost bytes); `</style` inside CSS is escaped so the
 * style element cannot be closed early.
 */
/** A dumped shadow root's markup without Lit's marker comments (the floor and the lower-bound pages). */
export const withoutComments = (html) => html.replace(/<!--[\s\S]*?-->/g, '');

export function floorHtml({ tag, attributes = [], shadowHtml, css, documentCss = '', title = 'bench', heading }) {
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeAttr(value)}"`)).join('');
  const markup = withoutComments(shadowHtml);
  const style = (text) => text.replace(/<\/style/gi, '<\\/style');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeText(title)}</title>${
    documentCss ? `<style>${style(documentCss)}</style>` : ''
  }</head>
<body><main><h1>${escapeText(heading)}</h1>
<${tag}${attrs}><template shadowrootmode="open"><style>${style(css)}</style>${markup}</template></${tag}>
</main></body></html>`;
}

/** The product page, as a webmaster writes it: the form's script (deferred) and the element. */
export function formHtml({ tag, script, attributes, title = 'bench', heading }) {
  const attrs = attributes.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeText(title)}</title>
<script src="${escapeAttr(script)}" defer></script></head>
<body><main><h1>${escapeText(heading)}</h1>
<${tag}${attrs}></${tag}>
</main></body></html>`;
}

/**
 * SurveyJS with the element's first step: the same intro, the same question and options (read from
 * the live element), required, and "Volgende". Its prebuilt bundles and CSS, as its guide shows.
 */
export function surveyHtml({ firstView, heading, title = 'bench' }) {
  const json = {
    pageNextText: 'Volgende',
    pagePrevText: 'Vorige',
    completeText: 'Versturen',
    showQuestionNumbers: 'off',
    pages: [
      {
        name: 'start',
        title: firstView.title,
        elements: [
          { type: 'html', name: 'intro', html: firstView.introHtml },
          {
            type: 'radiogroup',
            name: 'routering',
            title: firstView.legend,
            isRequired: true,
            requiredErrorText: 'Kies een antwoord',
            choices: firstView.options.map((text, i) => ({ value: `optie-${i}`, text })),
          },
        ],
      },
      {
        name: 'nieuw-adres',
        title: 'Uw nieuwe adres',
        elements: [
          { type: 'text', name: 'postcode', title: 'Postcode', isRequired: true },
          { type: 'text', name: 'huisnummer', title: 'Huisnummer', isRequired: true },
        ],
      },
    ],
  };
  // JSON in a script: "<" escaped so no text can close the script element.
  const data = JSON.stringify(json).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escapeText(title)}</title>
<link rel="stylesheet" href="/survey-core.fontless.min.css">
<script src="/survey.core.min.js" defer></script>
<script src="/survey-js-ui.min.js" defer></script>
<script>
document.addEventListener('DOMContentLoaded', function () {
  var survey = new Survey.Model(${data});
  survey.render(document.getElementById('survey'));
});
</script></head>
<body><main><h1>${escapeText(heading)}</h1>
<div id="survey"></div>
</main></body></html>`;
}

/** Valid, distinct test BSNs (elfproef: 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 mod 11), from 999990000 up. */
export function testBsns(count, skip = []) {
  const out = [];
  for (let n = 999990000; out.length < count && n <= 999999999; n++) {
    const s = String(n);
    const sum = [...s].reduce((acc, d, i) => acc + Number(d) * (i < 8 ? 9 - i : -1), 0);
    if (sum % 11 === 0 && !skip.includes(s)) out.push(s);
  }
  return out;
}

const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');

/** "median (min–max)" with a unit scale. */
export function cell(s, { digits = 0, scale = 1 } = {}) {
  if (!s || !s.n) return '–';
  return `${fmt(s.median / scale, digits)} (${fmt(s.min / scale, digits)}–${fmt(s.max / scale, digits)})`;
}

/** A Markdown table (also readable on a terminal). */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
