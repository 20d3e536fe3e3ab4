// Types for index.mjs, so TypeScript tests can drive the commands directly.
import type { TestRunnerPlugin } from '@web/test-runner';

export interface ReceiverStartPayload {
  failFirst?: number;
  status?: number;
  retryAfter?: number;
  /** Pins the receiver's Europe/Amsterdam "today" (YYYY-MM-DD) for the date rules. */
  today?: string;
  /**
   * Pins the receiver's clock (an ISO timestamp) for the rules about a moment — a death not in the
   * future, a funeral not in the past — and ontvangenOp; `today` is its Amsterdam date unless given.
   * Default: the real time.
   */
  now?: string;
  /** false: a backend without the key lookup (`GET {endpoint}` answers 405). Default true. */
  keyLookup?: boolean;
  /** false: reuse this test file's previous database file. Default true: a new, empty one. */
  fresh?: boolean;
  /** Per form, the gemeenten the receiver serves and each one's policy (default: any gemeente, default policy). */
  policies?: {
    verhuizing?: Record<string, Record<string, unknown>>;
    overlijden?: Record<string, Record<string, unknown>>;
  };
}

export interface ReceiverUrls {
  /** Base URL of the receiver, e.g. http://127.0.0.1:40123 (POST {url}/api/verhuizing). */
  url: string;
  /** The PDOK-shaped `free` endpoint mounted on the receiver. */
  lookupUrl: string;
}

export function receiverCommands(): TestRunnerPlugin;
export function testCommands(): TestRunnerPlugin[];
