// Two tabs holding copies of one draft never both file it (issue 8, hole 2). "Duplicate tab" copies
// sessionStorage, so both tabs hold the same answers and the same draft id; without coordination each
// would create its own Idempotency-Key and the receiver would store two reports of one move.
//
// Web Locks (same origin, every tab and frame) do the real work:
// - a tab sends only while holding the lock `…:verzenden:<draftId>`; a second tab pressing "Versturen"
//   waits for it instead of sending alongside;
// - a tab that has sent holds `…:verstuurd:<draftId>:<kenmerk>` for as long as it lives (and takes it
//   again after a reload, from its "sent" record), taken before the send lock is released. So the tab
//   that gets the send lock next finds, with `locks.query()`, that the draft was sent, and the kenmerk.
// A BroadcastChannel per draft id tells an idle tab at once ("Deze melding is al verstuurd in een
// ander tabblad"), so it does not wait for the citizen to press a button first.
//
// Without Web Locks (plain-http pages: it is secure-context only; Safari < 15.4) only the broadcast
// protects: a tab that heard of the send will not send, but two presses within the same instant in two
// tabs could still both file. docs/reliability.md records this limit.

const PREFIX = 'gemeente-formulieren';

/** The part of `LockManager` this module uses; injectable for tests. */
export interface LocksLike {
  request(name: string, callback: (lock: unknown) => Promise<unknown> | unknown): Promise<unknown>;
  query(): Promise<{ held?: { name?: string }[] }>;
}

export interface ChannelLike {
  postMessage(message: unknown): void;
  close(): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

export type Exclusive<T> = { kind: 'ran'; value: T } | { kind: 'sent-elsewhere'; kenmerk: string };

export interface TabCoordinator {
  /**
   * Runs `send` unless a tab holding this draft has sent it; waits while another tab is sending it.
   * `send` answers the kenmerk when it filed the report, so it is held before the lock is let go.
   */
  exclusive<T>(send: () => Promise<T>, kenmerkOf: (value: T) => string | undefined): Promise<Exclusive<T>>;
  /** Holds the "sent" lock and tells the other tabs (also after a reload of a sent tab). */
  announceSent(kenmerk: string): Promise<void>;
  close(): void;
}

interface Message {
  type: 'verstuurd';
  kenmerk: string;
}

export function createTabCoordinator(
  draftId: string,
  onSentElsewhere: (kenmerk: string) => void,
  env: { locks?: LocksLike | undefined; channel?: ChannelLike | undefined } = defaultEnv(draftId),
): TabCoordinator {
  const { locks, channel } = env;
  const sendLock = `${PREFIX}:verzenden:${draftId}`;
  const sentPrefix = `${PREFIX}:verstuurd:${draftId}:`;
  /** What this tab heard over the channel, for pages without Web Locks. */
  let heard: string | undefined;
  let closed = false;
  let release: (() => void) | undefined;

  if (channel) {
    channel.onmessage = (event) => {
      const data = event.data as Partial<Message> | null;
      if (closed || data?.type !== 'verstuurd' || typeof data.kenmerk !== 'string' || data.kenmerk === '') return;
      heard = data.kenmerk;
      onSentElsewhere(data.kenmerk);
    };
  }

  async function sentByOther(): Promise<string | undefined> {
    if (heard) return heard;
    if (!locks) return undefined;
    try {
      const state = await locks.query();
      const held = (state.held ?? []).find((l) => l.name?.startsWith(sentPrefix));
      return held?.name?.slice(sentPrefix.length) || undefined;
    } catch {
      return undefined;
    }
  }

  async function holdSent(kenmerk: string): Promise<void> {
    if (!locks || release) return;
    await new Promise<void>((granted) => {
      void locks
        .request(`${sentPrefix}${kenmerk}`, () => {
          granted();
          // Held until the tab goes away (or `close`), so later tabs can still find it.
          return new Promise<void>((resolve) => (release = resolve));
        })
        .catch(() => granted());
    });
  }

  return {
    async exclusive<T>(send: () => Promise<T>, kenmerkOf: (value: T) => string | undefined): Promise<Exclusive<T>> {
      const guarded = async (): Promise<Exclusive<T>> => {
        const other = await sentByOther();
        if (other) return { kind: 'sent-elsewhere', kenmerk: other };
        const value = await send();
        const kenmerk = kenmerkOf(value);
        if (kenmerk) await holdSent(kenmerk);
        return { kind: 'ran', value };
      };
      if (!locks) return guarded();
      let outcome: Exclusive<T> | undefined;
      try {
        await locks.request(sendLock, async () => {
          outcome = await guarded();
        });
      } catch (error) {
        // The lock manager itself failed (never our send: `send` does not throw): send unguarded.
        if (outcome) return outcome;
        if (error instanceof Error && error.name !== 'SecurityError' && error.name !== 'InvalidStateError') throw error;
        return guarded();
      }
      return outcome!;
    },

    async announceSent(kenmerk: string): Promise<void> {
      await holdSent(kenmerk);
      try {
        channel?.postMessage({ type: 'verstuurd', kenmerk } satisfies Message);
      } catch {
        // A closed channel: the lock still tells the other tabs.
      }
    },

    close(): void {
      closed = true;
      release?.();
      release = undefined;
      try {
        channel?.close();
      } catch {
        // already closed
      }
    },
  };
}

function defaultEnv(draftId: string): { locks?: LocksLike; channel?: ChannelLike } {
  const env: { locks?: LocksLike; channel?: ChannelLike } = {};
  try {
    const locks = (globalThis.navigator as { locks?: LocksLike } | undefined)?.locks;
    if (locks && typeof locks.request === 'function') env.locks = locks;
  } catch {
    // no navigator (Node)
  }
  try {
    if (typeof BroadcastChannel === 'function') env.channel = new BroadcastChannel(`${PREFIX}:${draftId}`) as unknown as ChannelLike;
  } catch {
    // Sandboxed without allow-same-origin: no channel.
  }
  return env;
}
