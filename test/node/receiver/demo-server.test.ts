// The demo site's static serving, and `demo/server.ts` as `npm start` runs it (a real child process).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { resolveStatic, startSite } from '../../../demo/site.js';
import { tempDbPath } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const RECEIVER = 'http://127.0.0.1:9876';

/** GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(url: string, path: string): Promise<{ status: number; type: string | undefined; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
    })
      .on('error', reject)
      .end();
  });
}

async function withSite(run: (url: string) => Promise<void>) {
  const site = await startSite({ port: 0, receiverUrl: () => RECEIVER });
  try {
    await run(site.url);
  } finally {
    await site.close();
  }
}

describe('demo site', () => {
  it('serves the pages with the receiver URL filled in', async () => {
    await withSite(async (url) => {
      const index = await rawGet(url, '/');
      assert.equal(index.status, 200);
      assert.equal(index.type, 'text/html; charset=utf-8');
      assert.ok(index.body.includes(`${RECEIVER}/inbox`));
      assert.ok(!index.body.includes('{{RECEIVER}}'));
      for (const page of ['/verhuizing.html', '/verhuizing-utrecht.html', '/verhuizing-groen.html']) {
        const res = await rawGet(url, page);
        assert.equal(res.status, 200, page);
        assert.ok(res.body.includes('<script src="/dist/gemeente-formulieren.js"'), page);
        assert.ok(res.body.includes(`endpoint="${RECEIVER}/api/verhuizing"`), page);
        assert.ok(res.body.includes(`address-lookup="${RECEIVER}/bzk/locatieserver/search/v3_1/free"`), page);
        assert.match(res.body, /<button type="button" data-lang="en"/, `${page}: language switch`);
        assert.ok(!res.body.includes('{{'), page);
      }
      assert.match((await rawGet(url, '/verhuizing-utrecht.html')).body, /<body class="utrecht-theme">/);
      assert.match((await rawGet(url, '/verhuizing-groen.html')).body, /theme-color="#[0-9a-f]{6}"/i);
    });
  });

  it('serves scripts, the built bundle and the Utrecht tokens with their MIME types', async () => {
    await withSite(async (url) => {
      const demo = await rawGet(url, '/demo.js');
      assert.equal(demo.type, 'text/javascript; charset=utf-8');
      const tokens = await rawGet(url, '/vendor/utrecht/theme.css');
      assert.equal(tokens.status, 200);
      assert.equal(tokens.type, 'text/css; charset=utf-8');
      assert.match(tokens.body, /\.utrecht-theme\s*\{/);
      if (existsSync(`${ROOT}dist/gemeente-formulieren.js`)) {
        const bundle = await rawGet(url, '/dist/gemeente-formulieren.js');
        assert.equal(bundle.status, 200);
        assert.equal(bundle.type, 'text/javascript; charset=utf-8');
      }
    });
  });

  it('serves the named states (the list the axe sweep and the screenshots use) for the state page', async () => {
    await withSite(async (url) => {
      const states = await rawGet(url, '/named-states.js');
      assert.equal(states.status, 200);
      assert.equal(states.type, 'text/javascript; charset=utf-8');
      assert.match(states.body, /var NamedStates = /);
      assert.match(states.body, /createStateElement/);
      const page = await rawGet(url, '/states.html');
      assert.equal(page.status, 200);
      assert.match(page.body, /<script src="\/named-states\.js"/);
    });
  });

  it('never serves files outside its folders, nor the server sources', async () => {
    await withSite(async (url) => {
      for (const path of [
        '/../package.json',
        '/%2e%2e/package.json',
        '/%2E%2E%2Fpackage.json',
        '/dist/../../package.json',
        '/dist/%2e%2e/%2e%2e/package.json',
        '/vendor/utrecht/../../../../package.json',
        '/..%5c..%5cpackage.json',
        '/server.ts',
        '/receiver/receiver.ts',
        '/index.html%00.ts',
        '/%E0%A4%A',
        '/nope.html',
      ]) {
        const res = await rawGet(url, path);
        assert.equal(res.status, 404, path);
        assert.ok(!res.body.includes('"name": "gemeente-formulieren"'), path);
      }
    });
  });

  it('resolves URL paths only inside the served folders', () => {
    assert.equal(resolveStatic('/'), `${ROOT}demo/index.html`);
    assert.equal(resolveStatic('/vendor/utrecht/theme.css'), `${ROOT}node_modules/@utrecht/design-tokens/dist/theme.css`);
    assert.equal(resolveStatic('/dist/../demo/index.html'), undefined, 'no climbing out of dist/');
  });

  it('answers 405 to anything but GET and HEAD', async () => {
    await withSite(async (url) => {
      assert.equal((await fetch(`${url}/`, { method: 'POST' })).status, 405);
    });
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('demo server (npm start)', () => {
  it('starts site and receiver on two origins, prints the URLs and stops on SIGTERM', async () => {
    const port = await freePort();
    const receiverPort = await freePort();
    const dbPath = tempDbPath();
    // node + tsx directly (not npx): the pid we signal is the server itself (toolchain.md).
    const child = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts'], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(port), RECEIVER_PORT: String(receiverPort), DB_PATH: dbPath },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          if (output.includes('Stop with')) resolve();
        });
        child.stderr.on('data', (chunk) => (output += chunk));
        void exited.then(() => reject(new Error(`server exited early:\n${output}`)));
      });
      const demoUrl = `http://127.0.0.1:${port}`;
      const receiverUrl = `http://127.0.0.1:${receiverPort}`;
      assert.ok(output.includes(`Demo:     ${demoUrl}/`), output);
      assert.ok(output.includes(`Inbox:    ${receiverUrl}/inbox`), output);

      const page = await (await fetch(`${demoUrl}/verhuizing.html`)).text();
      assert.ok(page.includes(`endpoint="${receiverUrl}/api/verhuizing"`));

      for (const origin of [demoUrl, `http://localhost:${port}`]) {
        const preflight = await fetch(`${receiverUrl}/api/verhuizing`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,idempotency-key' },
        });
        assert.equal(preflight.headers.get('access-control-allow-origin'), origin);
      }
      const lookup = await fetch(`${receiverUrl}/bzk/locatieserver/search/v3_1/free?fq=postcode:3521AZ&fq=huisnummer:1`);
      assert.equal(((await lookup.json()) as any).response.numFound, 1);
      assert.equal((await fetch(`${receiverUrl}/inbox`)).status, 200);
      assert.ok(existsSync(dirname(dbPath)));
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });
});
