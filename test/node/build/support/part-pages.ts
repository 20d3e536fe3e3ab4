// What the tests of a classic script's second files share (language-files.test.ts, later-file.test.ts):
// two local origins serving the same routes (127.0.0.1, and localhost on another port as a CDN), a
// headless Chromium, and an init script (CDP, not subject to the page's policy) that counts
// `securitypolicyviolation` events and records every script element inserted with `integrity`.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChrome } from '../../../../scripts/find-chrome.mjs';

export interface Inserted {
  src: string;
  integrity: string;
  nonce: string;
  crossOrigin: string | null;
}

export interface PartPages {
  browser: Browser;
  origin: string;
  otherOrigin: string;
  close(): Promise<void>;
}

const listen = async (server: Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

export async function startPartPages(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<PartPages> {
  const page = createServer(handler);
  const other = createServer(handler);
  const origin = await listen(page);
  const otherOrigin = (await listen(other)).replace('127.0.0.1', 'localhost');
  const browser = await chromium.launch({
    executablePath: await findChrome(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    browser,
    origin,
    otherOrigin,
    async close() {
      await browser.close();
      for (const server of [page, other]) await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A fresh context and tab that records violations and inserted scripts as `window.violations` / `window.inserted`. */
export async function recordingTab(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    const w = window as unknown as { violations: string[]; inserted: unknown[] };
    w.violations = [];
    w.inserted = [];
    document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.effectiveDirective} ${e.blockedURI}`));
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof HTMLScriptElement && node.integrity) {
            w.inserted.push({ src: node.src, integrity: node.integrity, nonce: node.nonce, crossOrigin: node.crossOrigin });
          }
        }
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return tab;
}

/** Polls `seen` until `ready` holds (30 s), failing with what it saw last. */
export async function until<S>(seen: () => Promise<S>, ready: (s: S) => boolean, what: string, shown: (s: S) => unknown = (s) => s): Promise<S> {
  const deadline = Date.now() + 30000;
  for (;;) {
    const s = await seen();
    if (ready(s)) return s;
    if (Date.now() > deadline) assert.fail(`${what}: still ${JSON.stringify(shown(s))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
