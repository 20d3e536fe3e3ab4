// Finds a Chrome/Chromium for the browser tests:
// 1. CHROME_PATH; 2. the usual names on PATH; 3. a headless Chrome fetched with @puppeteer/browsers
// into .cache/ (only where the network allows it); otherwise a message saying what to install.
import { existsSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, name);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

export async function findChrome() {
  if (process.env.CHROME_PATH) {
    if (existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
    throw new Error(`CHROME_PATH points to ${process.env.CHROME_PATH}, which does not exist.`);
  }
  for (const name of NAMES) {
    const found = onPath(name);
    if (found) return found;
  }
  return fetchHeadlessChrome();
}

async function fetchHeadlessChrome() {
  const { install, Browser, detectBrowserPlatform, resolveBuildId } = await import('@puppeteer/browsers');
  const cacheDir = resolve('.cache/browsers');
  try {
    const platform = detectBrowserPlatform();
    const buildId = await resolveBuildId(Browser.CHROMEHEADLESSSHELL, platform, 'stable');
    const installed = await install({ browser: Browser.CHROMEHEADLESSSHELL, buildId, cacheDir });
    return installed.executablePath;
  } catch (error) {
    throw new Error(
      'No Chrome or Chromium found, and a headless Chrome could not be downloaded ' +
        `(${error instanceof Error ? error.message : error}).\n` +
        'Install one and run the tests again, e.g.:\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  macOS:         brew install --cask chromium   (or install Google Chrome)\n' +
        'or point CHROME_PATH at an existing Chrome/Chromium executable.',
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await findChrome());
}
