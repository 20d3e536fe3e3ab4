// What the two build-comparison tools share (scripts/bench-first-field.mjs, scripts/bench-script-cpu.mjs):
// the named builds from the command line, brotli-compressed once, and a loopback server with one
// verhuizing page per build. The page polls every animation frame for the first usable field: the
// first form control in the element's shadow root that is visible, enabled and focusable.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants } from 'node:zlib';

/** `[runs] name=path …` → the number of runs and each build's brotli body; exits with `usage` on none. */
export function parseBuilds(args, usage, defaultRuns) {
  const rest = [...args];
  const runs = /^\d+$/.test(rest[0] ?? '') ? Number(rest.shift()) : defaultRuns;
  const builds = rest.map((arg) => {
    const [name, file] = arg.split('=');
    return { name, file, body: brotliCompressSync(readFileSync(file), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }) };
  });
  if (builds.length === 0) {
    console.error(usage);
    process.exit(1);
  }
  return { runs, builds };
}

const page = (name) => `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>bench</title>
<script>
  (function poll() {
    const el = document.querySelector('gemeente-verhuizing');
    const control = el && el.shadowRoot && el.shadowRoot.querySelector('input, select, textarea, button');
    if (control && !control.disabled && control.checkVisibility() && control.tabIndex >= 0) {
      window.firstField = performance.now();
      performance.mark('first-field');
    } else requestAnimationFrame(poll);
  })();
</script>
<script src="/${name}.js" defer></script></head>
<body><main><h1>Verhuizing doorgeven</h1>
<gemeente-verhuizing endpoint="/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" contact-telefoon="14 030" address-lookup="off" persist="none"></gemeente-verhuizing>
</main></body></html>`;

/** Serves `/<name>.html` and `/<name>.js` (brotli, no-store) on 127.0.0.1; resolves to the server and its origin. */
export async function serveBuilds(builds) {
  const server = createServer((req, res) => {
    const name = req.url.slice(1).replace(/\.(js|html)$/, '');
    const build = builds.find((b) => b.name === name);
    if (!build) return res.writeHead(404).end();
    if (req.url.endsWith('.js')) {
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-encoding': 'br', 'cache-control': 'no-store' }).end(build.body);
    } else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page(name));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
