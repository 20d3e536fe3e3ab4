// scratch: dump the verhuizing first view and write lit/plain scripts to .tmp
import { chromium } from 'playwright-core';
import { writeFileSync, readFileSync } from 'node:fs';
import { findChrome } from './find-chrome.mjs';
import { serveBuilds } from './bench-builds.mjs';
import { litViewScript, plainViewScript } from './bench-lower-bounds.mjs';
const { server, origin } = await serveBuilds([{ name: 'ours', body: (await import('node:zlib')).brotliCompressSync(readFileSync('dist/gemeente-verhuizing.js')) }]);
const browser = await chromium.launch({ executablePath: await findChrome(), args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.goto(`${origin}/ours.html`);
await page.waitForFunction(() => window.firstField !== undefined);
await page.waitForTimeout(300);
const view = await page.evaluate(() => {
  const root = document.querySelector('gemeente-verhuizing').shadowRoot;
  const cssOf = (sheets) => sheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
  return { shadowHtml: root.innerHTML, css: cssOf(root.adoptedStyleSheets) };
});
await browser.close(); server.close();
const v = { tag: 'gemeente-verhuizing', ...view };
writeFileSync('.tmp/plain.js', plainViewScript(v));
writeFileSync('.tmp/lit.js', await litViewScript(v, process.cwd(), '.tmp/bench-lit-view'));
console.log('ok', view.shadowHtml.length, view.css.length);
