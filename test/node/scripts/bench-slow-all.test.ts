// `npm run bench -- --slow-all N` (scripts/bench-slow-all.mjs): the cgroup that limits the whole
// browser, and the launcher that puts Chromium in it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { slowAllBrowser } from '../../../scripts/bench-slow-all.mjs';

test('a factor below 1 (or not a number) is refused with a message that names the option', () => {
  for (const factor of [0, 0.5, NaN]) assert.throws(() => slowAllBrowser(factor, '/bin/true', tmpdir()), /--slow-all needs a factor of 1 or more/);
});

const v1 = existsSync('/sys/fs/cgroup/cpu/cgroup.procs');
const v2 = existsSync('/sys/fs/cgroup/cgroup.controllers') && readFileSync('/sys/fs/cgroup/cgroup.controllers', 'utf8').includes('cpu');
const root = process.getuid?.() === 0;

test('the launcher puts the process it starts in a cgroup with 1/N of one core, and the cgroup goes afterwards', { skip: !(root && (v1 || v2)) && 'needs root and a cgroup CPU controller' }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'slow-all-'));
  try {
    // /bin/cat stands in for Chromium: it prints its own cgroup, which is where the launcher put it.
    const slow = slowAllBrowser(4, '/bin/cat', dir);
    const cgroupOfChild = execFileSync(slow.executablePath, ['/proc/self/cgroup'], { encoding: 'utf8' });
    assert.match(cgroupOfChild, new RegExp(`gemeente-bench-${process.pid}`));
    const group = v1 ? `/sys/fs/cgroup/cpu/gemeente-bench-${process.pid}` : `/sys/fs/cgroup/gemeente-bench-${process.pid}`;
    if (v1) assert.equal(readFileSync(join(group, 'cpu.cfs_quota_us'), 'utf8').trim(), '1000');
    else assert.equal(readFileSync(join(group, 'cpu.max'), 'utf8').trim(), '1000 4000');
    assert.match(slow.description, /1\/4 of one core/);
    slow.remove();
    assert.equal(existsSync(group), false, 'the empty cgroup is removed');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
