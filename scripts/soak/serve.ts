// The reference receiver in its own process for the soak (so `kill -9` is a real crash): prints
// `{"url": …}` on one line, stops when stdin closes. Argument: JSON `{ dbPath, today, now, port? }`.
// A fixed `today`/`now` so the fixtures' dates stay valid whatever day the soak runs.
import { defaultForms } from '../../demo/receiver/forms.js';
import { startReceiver } from '../../demo/receiver/receiver.js';

const args = JSON.parse(process.argv[2] ?? '{}') as { dbPath: string; today: string; now: string; port?: number };
const server = await startReceiver({
  dbPath: args.dbPath,
  host: '127.0.0.1',
  port: args.port ?? 0,
  allowedOrigins: [],
  ...defaultForms({}),
  today: () => args.today,
  now: () => new Date(args.now),
});
process.stdout.write(`${JSON.stringify({ url: server.url })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
