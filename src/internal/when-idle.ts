// Runs work the citizen is not waiting for when the browser is idle (issue 9: no startup work that
// waits), at the latest after `timeout` ms; where requestIdleCallback is missing (Safari), soon after.
export type Idle = (callback: () => void) => void;

export const whenIdle: Idle = (callback) => {
  const w = globalThis as typeof globalThis & { requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number };
  if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(callback, { timeout: 5000 });
  else setTimeout(callback, 200);
};
