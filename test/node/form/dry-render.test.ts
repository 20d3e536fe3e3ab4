// A dry render (issues.ts: which step renders which field) is never on screen, so a warning it meets
// must not reach the live region. Found in review: the check page dry-renders every step to place its
// errors, which handed other steps' warnings (the late-report warning, the deadline) to the Announcer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { StepContext, type FormHost } from '../../../src/form/step-context.js';
import { emptyRegistry } from '../../../src/form/issues.js';

function recordingHost(): { host: FormHost<unknown>; watched: string[] } {
  const watched: string[] = [];
  const host = new Proxy({} as FormHost<unknown>, {
    get: (_target, name) =>
      name === 'watchAnnouncement' ? (key: string) => void watched.push(key) : () => undefined,
  });
  return { host, watched };
}

test('a dry render hands no warning to the live region', () => {
  const { host, watched } = recordingHost();
  const ctx = new StepContext(host, 'nieuw-adres', 'edit', emptyRegistry());
  assert.equal(ctx.announced('laat', 'U bent te laat'), 'U bent te laat');
  assert.deepEqual(watched, []);
});

test('the step on screen still hands its warning to the live region', () => {
  const { host, watched } = recordingHost();
  const ctx = new StepContext(host, 'nieuw-adres', 'edit');
  ctx.announced('laat', 'U bent te laat');
  assert.deepEqual(watched, ['laat']);
});

test('the check page summary hands no warning to the live region', () => {
  const { host, watched } = recordingHost();
  new StepContext(host, 'nieuw-adres', 'summary').announced('laat', 'U bent te laat');
  assert.deepEqual(watched, []);
});
