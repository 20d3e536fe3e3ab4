// Browser tests: real headless Chromium (Debian `chromium` on CI), TypeScript via esbuild.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome } from './scripts/find-chrome.mjs';
import { testCommands } from './test/commands/index.mjs';
import { uploadCommands } from './test/commands/upload.mjs';
import { readFile } from 'node:fs/promises';

const executablePath = await findChrome();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  // Two cores: more parallel pages only make timing-sensitive focus tests flaky.
  concurrency: 1,
  testsFinishTimeout: 10 * 60 * 1000,
  testFramework: { config: { timeout: 20000 } },
  // The classic scripts byte for byte as built (dist/gemeente-*.js): the esbuild plugin below would
  // re-emit them for its target, and a file a script inserts with its SHA-384 (the later part, a
  // language file) must arrive unchanged or the browser refuses it (integrity), as it should.
  middleware: [
    async function builtScriptsAsBuilt(context, next) {
      const match = /^\/dist\/(gemeente-[a-z]+(?:\.[a-z]+)?\.js)$/.exec(context.path);
      if (!match) return next();
      try {
        context.body = await readFile(new URL(`./dist/${match[1]}`, import.meta.url));
        context.type = 'text/javascript; charset=utf-8';
      } catch {
        context.status = 404;
      }
    },
  ],
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2021', tsconfig: './tsconfig.json' }),
    ...testCommands(),
    uploadCommands(),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        // As root Chromium refuses to start without --no-sandbox; the other flags stop it from
        // dialling out on a closed network (toolchain.md).
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  ],
};
