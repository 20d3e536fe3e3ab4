// Firefox ESR (Debian's firefox-esr, the Firefox most managed desktops run) over WebDriver BiDi with
// puppeteer-core, which never downloads a browser. Puppeteer's `pierce/` selectors do not reach into
// our shadow roots there; the harness only needs key presses and page scripts, so that does not matter.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import type { EngineSession, Key } from './harness.js';

const INSTALL = 'Install Debian\'s Firefox ESR: `apt-get install -y firefox-esr` (.ci/run does this on CI), or set FIREFOX_PATH.';

const KEYS: Record<Exclude<Key, 'ShiftTab'>, KeyInput> = { Tab: 'Tab', Enter: 'Enter', Space: ' ', ArrowDown: 'ArrowDown', ArrowUp: 'ArrowUp' };

export async function startFirefox(): Promise<{ session: EngineSession; version: string; stop(): Promise<void> }> {
  const executablePath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
  if (!existsSync(executablePath)) throw new Error(`Firefox ESR is not installed at ${executablePath}. ${INSTALL}`);
  const browser: Browser = await puppeteer.launch({ browser: 'firefox', executablePath, protocol: 'webDriverBiDi', headless: true });
  try {
    const page: Page = await browser.newPage();
    const session: EngineSession = {
      name: 'Firefox',
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
  } catch (error) {
    await browser.close();
    throw error;
  }
}
