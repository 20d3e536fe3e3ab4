// Chromium through puppeteer-core (CDP), the same walk as WebKit and Firefox: the baseline that tells
// an engine difference from a defect every engine shares. Uses the Chromium web-test-runner uses.
import puppeteer, { type KeyInput } from 'puppeteer-core';
import type { EngineSession, Key } from './harness.js';

/** The Chromium web-test-runner uses too (CHROME_PATH, then PATH); the script has no types of its own. */
const FIND_CHROME: string = '../../../../scripts/find-chrome.mjs';
const findChrome = async () => ((await import(FIND_CHROME)) as { findChrome(): Promise<string> }).findChrome();

const KEYS: Record<Exclude<Key, 'ShiftTab'>, KeyInput> = { Tab: 'Tab', Enter: 'Enter', Space: 'Space', ArrowDown: 'ArrowDown', ArrowUp: 'ArrowUp' };

export async function startChromium(): Promise<{ session: EngineSession; version: string; stop(): Promise<void> }> {
  const browser = await puppeteer.launch({
    executablePath: await findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const session: EngineSession = {
    name: 'Chromium',
    goto: async (url) => void (await page.goto(url)),
    async press(key) {
      if (key === 'ShiftTab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(KEYS[key]);
    },
    type: (text) => page.keyboard.type(text),
    run: (body) => page.evaluate(`(async () => { ${body} })()`) as never,
  };
  return { session, version: await browser.version(), stop: () => browser.close() };
}
