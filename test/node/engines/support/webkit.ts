// WebKit, the engine of every browser on iOS (over a third of Dutch phones), through Debian's
// WebKitGTK: `WebKitWebDriver` drives its MiniBrowser over WebDriver classic (webdriverio), on a
// private Xvfb display. Everything started here is stopped by its own pid in `stop()`.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import { remote } from 'webdriverio';
import type { EngineSession, Key } from './harness.js';

const INSTALL = 'Install Debian\'s WebKitGTK driver and a virtual display: `apt-get install -y webkit2gtk-driver xvfb` (.ci/run does this on CI).';

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) if (dir && existsSync(join(dir, name))) return join(dir, name);
  return undefined;
}

/** MiniBrowser ships in the webkit2gtk-driver's dependency, under the multiarch library folder. */
function findMiniBrowser(): string | undefined {
  if (process.env.WEBKIT_MINIBROWSER) return process.env.WEBKIT_MINIBROWSER;
  for (const lib of ['/usr/lib', '/usr/libexec']) {
    if (!existsSync(lib)) continue;
    for (const arch of ['', ...readdirSync(lib)]) {
      for (const version of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const candidate = join(lib, arch, version, 'MiniBrowser');
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Starts Xvfb on a display it picks itself (-displayfd), so parallel runs never share one. */
async function startXvfb(bin: string): Promise<{ child: ChildProcess; display: string }> {
  const child = spawn(bin, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr!.on('data', (d) => (err += d));
  const display = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s: ${err}`)), 10_000);
    (child.stdio[3] as NodeJS.ReadableStream).on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${err}`)));
  });
  return { child, display };
}

/** WebDriver key values (W3C WebDriver, "Keyboard actions"). */
const KEYS: Record<Exclude<Key, 'ShiftTab'>, string> = { Tab: '\uE004', Enter: '\uE007', Space: '\uE00D', ArrowDown: '\uE015', ArrowUp: '\uE013' };

export async function startWebKit(): Promise<{ session: EngineSession; version: string; stop(): Promise<void> }> {
  const driverBin = process.env.WEBKIT_WEBDRIVER ?? onPath('WebKitWebDriver');
  const miniBrowser = findMiniBrowser();
  const xvfbBin = onPath('Xvfb');
  if (!driverBin || !existsSync(driverBin)) throw new Error(`WebKitWebDriver is not installed${driverBin ? ` at ${driverBin}` : ''}. ${INSTALL}`);
  if (!miniBrowser || !existsSync(miniBrowser)) throw new Error(`WebKitGTK's MiniBrowser is not installed (or set WEBKIT_MINIBROWSER). ${INSTALL}`);
  if (!xvfbBin && !process.env.DISPLAY) throw new Error(`Xvfb is not installed and there is no DISPLAY. ${INSTALL}`);

  const started: ChildProcess[] = [];
  const stopAll = async () => {
    for (const child of started.reverse()) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => { const t = setTimeout(r, 2000); child.once('exit', () => { clearTimeout(t); r(undefined); }); });
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      }
    }
  };
  try {
    let display = process.env.DISPLAY!;
    if (xvfbBin) {
      const x = await startXvfb(xvfbBin);
      started.push(x.child);
      display = x.display;
    }
    const port = await freePort();
    let log = '';
    const driver = spawn(driverBin, [`--port=${port}`, '--host=127.0.0.1'], { env: { ...process.env, DISPLAY: display }, stdio: ['ignore', 'pipe', 'pipe'] });
    started.push(driver);
    driver.stdout!.on('data', (d) => (log += d));
    driver.stderr!.on('data', (d) => (log += d));
    const deadline = Date.now() + 10_000;
    for (;;) {
      const up = await fetch(`http://127.0.0.1:${port}/status`).then((r) => r.ok, () => false);
      if (up) break;
      if (Date.now() > deadline || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not answer on port ${port}: ${log}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    // No browserName: WebKitWebDriver's MiniBrowser does not match one, and the session fails.
    const browser = await remote({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      connectionRetryCount: 0,
      capabilities: {
        'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
        'wdio:enforceWebDriverClassic': true,
      } as WebdriverIO.Capabilities,
    });
    const keyActions = (values: string[]) =>
      browser.performActions([{ type: 'key', id: 'keyboard', actions: values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]) }]);
    const session: EngineSession = {
      name: 'WebKit',
      goto: async (url) => void (await browser.url(url)),
      async press(key) {
        if (key === 'ShiftTab') {
          await browser.performActions([{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE008' }, { type: 'keyDown', value: KEYS.Tab }, { type: 'keyUp', value: KEYS.Tab }, { type: 'keyUp', value: '\uE008' }] }]);
        } else await keyActions([KEYS[key]]);
      },
      async type(text) {
        // Actions, not `browser.keys(text)`: in WebKit that lost the second of two equal letters ("halo").
        await keyActions([...text]);
      },
      run: (body) => browser.execute(body) as never,
    };
    const version = `${String(browser.capabilities.browserName)} ${String(browser.capabilities.browserVersion)}`;
    return {
      session,
      version,
      async stop() {
        await browser.deleteSession().catch(() => {});
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
