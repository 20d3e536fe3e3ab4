// A real receiver (real schemas, SQLite file) in its own process, for tests that measure it from the
// outside: prints `{"url": …}` on one line, stops when stdin closes. Argument: a JSON object with
// `dbPath`, `today` and the verhuizing policies per gemeente.
import { defaultForms } from '../../../demo/receiver/forms.js';
import { startReceiver } from '../../../demo/receiver/receiver.js';

const args = JSON.parse(process.argv[2] ?? '{}') as { dbPath: string; today: string; verhuizing?: Record<string, object> };
const server = await startReceiver({
  dbPath: args.dbPath,
  allowedOrigins: [],
  ...defaultForms({ verhuizing: args.verhuizing }),
  today: () => args.today,
  now: () => new Date(`${args.today}T09:30:00Z`),
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
