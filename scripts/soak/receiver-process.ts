// Starts serve.ts as a child process (its own event loop, and a real crash for `kill -9`).
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface ReceiverProcess {
  url: string;
  child: ChildProcess;
  /** Closes stdin (serve.ts then closes the server and the database) and waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no close, no flush; what SQLite's WAL must survive. */
  kill9(): Promise<void>;
}

export const SOAK_TODAY = '2026-11-28';
export const SOAK_NOW = '2026-11-28T09:00:00Z';

export async function startReceiverProcess(dbPath: string, port = 0): Promise<ReceiverProcess> {
  const script = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const args = JSON.stringify({ dbPath, today: SOAK_TODAY, now: SOAK_NOW, port });
  const child = spawn(process.execPath, ['--import', 'tsx', script, args], { stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`receiver exited with ${code}`)));
  });
  const { url } = JSON.parse(line) as { url: string };
  return {
    url,
    child,
    stop: async () => {
      child.stdin?.end();
      await exited;
    },
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
