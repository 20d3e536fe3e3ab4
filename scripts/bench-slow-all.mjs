// `npm run bench -- --slow-all N`: the whole browser — every process and thread — limited to 1/N of
// one core by a Linux cgroup CPU quota, instead of CDP's throttle (which slows only the renderer's
// main thread).
//
// Why (docs/performance.md, "The compile hint"): CDP's `Emulation.setCPUThrottlingRate` leaves V8's
// background threads at full speed, so work moved off the main thread (the compile hint's eager
// compile on the streaming thread, the preparse of a large script) costs nothing in the default bench.
// On a slow device every core is slow. A quota on all of the browser's processes is the pessimistic
// bound (one slow core: background work competes with the main thread); CDP is the optimistic one.
// A real phone is between them, so a choice that wins under both is safe.
//
// Needs a writable cgroup CPU controller (root on Linux: a container or a machine); elsewhere it says
// so and the bench stops before measuring.
import { existsSync, mkdirSync, readFileSync, rmdirSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';

// A short period: the quota is enforced per period, so 4 ms keeps the stalls it causes small next to
// the ≈ 100–800 ms being measured (with the default 100 ms a page would run 25 ms, then wait 75).
const PERIOD_US = 4000;

/** Where to make the cgroup: v1 (the `cpu` hierarchy) or v2 (unified, `cpu` controller enabled); null when neither is there. */
function cgroupRoot() {
  if (existsSync('/sys/fs/cgroup/cpu/cgroup.procs')) return { version: 1, dir: '/sys/fs/cgroup/cpu' };
  const controllers = '/sys/fs/cgroup/cgroup.controllers';
  if (existsSync(controllers) && readFileSync(controllers, 'utf8').split(/\s+/).includes('cpu')) return { version: 2, dir: '/sys/fs/cgroup' };
  return null;
}

/**
 * Makes the cgroup and a launcher that puts Chromium (and so every process it starts) in it.
 * Returns the launcher's path for `chromium.launch({ executablePath })`, a description for the report
 * and a `remove()` to call after the browser has closed. Throws, saying what is missing, where it cannot.
 */
export function slowAllBrowser(factor, chromePath, tmpDir) {
  if (!Number.isFinite(factor) || factor < 1) throw new Error('--slow-all needs a factor of 1 or more, e.g. --slow-all 4.');
  const root = cgroupRoot();
  if (!root) throw new Error('--slow-all needs a Linux cgroup CPU controller (none found under /sys/fs/cgroup).');
  const dir = join(root.dir, `gemeente-bench-${process.pid}`);
  const quota = Math.round(PERIOD_US / factor);
  try {
    mkdirSync(dir);
    if (root.version === 1) {
      writeFileSync(join(dir, 'cpu.cfs_period_us'), String(PERIOD_US));
      writeFileSync(join(dir, 'cpu.cfs_quota_us'), String(quota));
    } else {
      writeFileSync(join(dir, 'cpu.max'), `${quota} ${PERIOD_US}`);
    }
  } catch (error) {
    throw new Error(`--slow-all could not set up the cgroup ${dir} (${error.code ?? error.message}): it needs root and a writable cgroup file system.`);
  }
  mkdirSync(tmpDir, { recursive: true });
  const launcher = join(tmpDir, 'chromium-slow-all.sh');
  const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  writeFileSync(launcher, `#!/bin/sh\necho $$ > ${quote(join(dir, 'cgroup.procs'))}\nexec ${quote(chromePath)} "$@"\n`);
  chmodSync(launcher, 0o755);
  return {
    executablePath: launcher,
    description: `the whole browser limited to 1/${factor} of one core (cgroup v${root.version} quota ${quota}/${PERIOD_US} µs), no CDP throttle`,
    remove() {
      // Chromium's processes have exited once browser.close() resolved; an empty cgroup can go.
      try {
        rmdirSync(dir);
      } catch {
        // Left behind only if a process outlived the browser; harmless, and named by the bench's pid.
      }
    },
  };
}
