/** The launcher and the cgroup of `npm run bench -- --slow-all N` (scripts/bench-slow-all.mjs). */
export function slowAllBrowser(
  factor: number,
  chromePath: string,
  tmpDir: string,
): { executablePath: string; description: string; remove(): void };
