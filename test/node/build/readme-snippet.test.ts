// The snippet the README gives webmasters (issue 9 item 2: "the snippet the README … gives"), pasted
// as it is into a plain page: only the script's folder changes, from the README's CDN to the built
// dist/ on 127.0.0.1, with the two companion files next to it as the README says. The element must
// show its first step with no console error or warning (a webmaster who pastes it and sees a
// warning in the console has to find out what is missing), and go on to step 2 by the keyboard.
// Nothing may leave the loopback: any other request is aborted and counted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startPartPages, until, type PartPages } from './support/part-pages.js';

const README = readFileSync('README.md', 'utf8');
const CDN_FOLDER = 'https://cdn.example/gemeente-formulieren/1/';

/** The first html block after the webmasters' heading. */
function snippet(): string {
  const section = README.split('## For webmasters: one script, one element')[1];
  assert.ok(section, 'README.md has the section "For webmasters: one script, one element"');
  const block = /```html\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'that section has an html block');
  assert.ok(block.includes(`${CDN_FOLDER}gemeente-verhuizing.js`), `the block loads the script from ${CDN_FOLDER}`);
  return block.replaceAll(CDN_FOLDER, '/dist/');
}

let pages: PartPages;
const requested: string[] = [];

before(async () => {
  const page = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Verhuizing doorgeven — Gemeente Utrecht</title></head>
<body><main><h1>Verhuizing doorgeven</h1>
${snippet()}
</main></body></html>`;
  pages = await startPartPages((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requested.push(path);
    if (path === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    const file = /^\/dist\/(gemeente-verhuizing(?:\.later|\.en)?\.js)$/.exec(path)?.[1];
    if (!file) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(`dist/${file}`));
  });
});

after(async () => {
  await pages?.close();
});

test('the README snippet, pasted as it is: the first step with no console message, then step 2 by the keyboard', async () => {
  const context = await pages.browser.newContext();
  const outside: string[] = [];
  await context.route(/^(?!http:\/\/127\.0\.0\.1:)/, (route) => {
    outside.push(route.request().url());
    return route.abort();
  });
  const tab = await context.newPage();
  const messages: string[] = [];
  tab.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  tab.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  try {
    await tab.goto(`${pages.origin}/`);
    const heading = () => tab.evaluate(() => document.querySelector('gemeente-verhuizing')?.shadowRoot?.querySelector('.step-title')?.textContent?.trim() ?? '');
    await until(heading, (h) => h !== '', 'the first step');
    const start = tab.getByRole('radio', { name: 'Naar een adres in Nederland' });
    await start.waitFor();
    assert.equal(await tab.locator('gemeente-verhuizing').evaluate((el) => el.shadowRoot!.querySelector('.config-error') === null), true, 'no configuration error');
    assert.deepEqual(messages, [], 'no console error or warning on the first step');

    // As a citizen with the keyboard: each control found by its label and focused, then Space on the
    // two answers and Enter on "Volgende".
    await start.focus();
    await tab.keyboard.press('Space');
    await tab.getByRole('group', { name: /^Verhuist u zelf mee\?/ }).getByRole('radio', { name: 'Ja' }).focus();
    await tab.keyboard.press('Space');
    await tab.getByRole('button', { name: 'Volgende', exact: true }).focus();
    await tab.keyboard.press('Enter');
    await until(heading, (h) => h === 'Uw nieuwe adres', 'step 2 after "Volgende"');
    assert.ok(requested.includes('/dist/gemeente-verhuizing.later.js'), 'the later file came from next to the script');
    assert.deepEqual(messages, [], 'no console error or warning after step 2');
    assert.deepEqual(outside, [], 'nothing requested outside 127.0.0.1');
  } finally {
    await context.close();
  }
});
