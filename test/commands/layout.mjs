// web-test-runner commands for the layout tests (test/browser/a11y/layout.test.ts) that the stock
// commands cannot do with the puppeteer-based chromeLauncher:
//
//   emulate-forced-colors { active: boolean }                → true
//     `forced-colors: active` through the Chrome DevTools Protocol (Emulation.setEmulatedMedia).
//     @web/test-runner-commands' emulateMedia passes `forcedColors` to Playwright only; with puppeteer
//     it is silently dropped, and puppeteer's own emulateMediaFeatures refuses the feature name.
//   screenshot { name, clip: { x, y, width, height } }       → { path, base64 }
//     A PNG of that part of the page (CSS px, page coordinates), saved under .tmp/screenshots/ (not
//     committed) so a person can look at it, and returned so the test can compare pixels.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SCREENSHOTS = resolve(dirname(fileURLToPath(import.meta.url)), '../../.tmp/screenshots');

export function layoutCommands() {
  /** session id → CDP session, so the emulation is switched off on the same one. */
  const cdp = new Map();

  async function cdpFor(session) {
    if (!cdp.has(session.id)) {
      const page = session.browser.getPage(session.id);
      cdp.set(session.id, await page.createCDPSession());
    }
    return cdp.get(session.id);
  }

  return {
    name: 'layout-commands',

    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors' && command !== 'screenshot') return undefined;
      if (typeof session.browser.getPage !== 'function') throw new Error(`${command} needs a puppeteer-based launcher (chromeLauncher)`);
      if (command === 'emulate-forced-colors') {
        const client = await cdpFor(session);
        await client.send('Emulation.setEmulatedMedia', {
          features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
        });
        return true;
      }
      const { name, clip } = payload ?? {};
      if (!/^[\w.-]+$/.test(name ?? '')) throw new Error('screenshot: payload.name must be a plain file name');
      const page = session.browser.getPage(session.id);
      const bytes = await page.screenshot({ type: 'png', clip, captureBeyondViewport: true });
      const path = join(SCREENSHOTS, `${name}.png`);
      mkdirSync(SCREENSHOTS, { recursive: true });
      writeFileSync(path, bytes);
      return { path, base64: Buffer.from(bytes).toString('base64') };
    },
  };
}
