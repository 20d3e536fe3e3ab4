// `npm start` (after `npm run build`): the demo site on one port and the reference receiver — with the
// PDOK-shaped lookup mounted — on another, so the browser makes real cross-origin requests with a
// CORS preflight, as it does when a gemeente embeds the element on its own website.
//   PORT (default 8080), RECEIVER_PORT (default 8081), HOST (default 127.0.0.1), DB_PATH (default data/receiver.sqlite)
//   INBOX_TOKEN (optional): /inbox then requires `Authorization: Bearer <token>`; without it the inbox
//   answers only on this machine (loopback), whatever HOST is.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLookup, LOOKUP_PREFIX } from './lookup/lookup.js';
import { defaultForms } from './receiver/forms.js';
import { DEFAULT_DB_PATH, startReceiver } from './receiver/receiver.js';
import { startSite } from './site.js';

const host = process.env['HOST'] ?? '127.0.0.1';
const port = Number(process.env['PORT'] ?? 8080);
const receiverPort = Number(process.env['RECEIVER_PORT'] ?? 8081);
const dbPath = process.env['DB_PATH'] ?? DEFAULT_DB_PATH;

if (!existsSync(fileURLToPath(new URL('../dist/gemeente-formulieren.js', import.meta.url)))) {
  console.warn('dist/gemeente-formulieren.js is missing: run `npm run build` first (npm start does).');
}

// The page may be opened as 127.0.0.1 or as localhost: both are the demo's origin.
const allowedOrigins = [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
const receiver = await startReceiver({
  host,
  port: receiverPort,
  dbPath,
  allowedOrigins,
  // Each demo gemeente's policy, as its page's attributes say: the receiver enforces the same rules.
  ...defaultForms({
    verhuizing: { '0344': { naam: 'Utrecht' }, '9999': { naam: 'Groenvoorde', hoofdbewoner: 'verplicht' } },
    overlijden: { '0344': { naam: 'Utrecht', nabestaandeToegestaan: true } },
  }),
  mounts: [createLookup()],
  log: (line) => console.log(`receiver: ${line}`),
});
const site = await startSite({ host, port, receiverUrl: () => receiver.url });

console.log(`
Demo:     ${site.url}/
Receiver: ${receiver.url}/api/verhuizing and ${receiver.url}/api/overlijden  (POST)
Inbox:    ${receiver.url}/inbox
Lookup:   ${receiver.url}${LOOKUP_PREFIX}free
Database: ${dbPath}
Stop with Ctrl+C.
`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await Promise.all([site.close(), receiver.close()]);
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
