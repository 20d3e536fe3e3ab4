// Sending, as the engine sees it: the phases the element goes through (form, referral, sending, a
// host sending, a failed send, done), the endpoint call with its progress as phases, and what a
// result turns into (the server's field errors as issues, a failure message, the event text).
// The engine (form-element.ts) fixes the Idempotency-Key and `ingediendOp` before calling `send`
// and decides what each result does to the answers and the draft.
import { sendSubmission, type ResultPresentation, type SubmissionResult } from '../submit/client.js';
import type { SharedConfig } from '../config/shared-config.js';
import type { PendingSend } from '../draft/draft-store.js';
import type { FieldIssue, Referral } from './definition.js';
import { toFieldIssue, type LocatedIssue } from './issues.js';

export type Phase =
  | { kind: 'form' }
  | { kind: 'referral'; referral: Referral }
  | { kind: 'sending'; attempt: number; waiting?: 'offline' | 'backoff' | undefined }
  | { kind: 'host-sending' }
  | { kind: 'send-error'; messageKey: string; offerResend: boolean; showContact: boolean }
  /** Asking the endpoint whether the pending key was stored (a file could not be added again). */
  | { kind: 'asking' }
  /** The endpoint could not say: the report may have arrived. `reference`: the key's first 8 characters. */
  | { kind: 'maybe-arrived'; reference: string }
  /** Another tab holding a copy of this draft has sent it (tab-lock.ts). */
  | { kind: 'other-tab'; kenmerk: string }
  | { kind: 'done'; kenmerk: string; ontvangen: Date; restored: boolean; facts?: Record<string, unknown> };

/** A phase in which a request is in flight: nothing may be sent, changed or wiped meanwhile. */
export function isBusy(phase: Phase): boolean {
  return phase.kind === 'sending' || phase.kind === 'host-sending' || phase.kind === 'asking';
}

/** Posts `payload` under the pending key; each attempt and wait is reported as a `sending` phase. */
export function send(
  payload: unknown,
  pending: PendingSend,
  target: { shared: SharedConfig; headers: Record<string, string>; signal: AbortSignal | undefined },
  phase: { get(): Phase; set(phase: Phase): void },
): Promise<SubmissionResult> {
  return sendSubmission(
    {
      endpoint: target.shared.endpoint.href,
      body: payload,
      idempotencyKey: pending.idempotencyKey,
      credentials: target.shared.credentials as RequestCredentials,
      headers: target.headers,
    },
    {
      signal: target.signal,
      onAttempt: (attempt) => phase.set({ kind: 'sending', attempt }),
      onWaiting: (waiting) => phase.set({ kind: 'sending', attempt: (phase.get() as { attempt?: number }).attempt ?? 1, waiting }),
    },
  );
}

/**
 * The server's field errors (problem+json `invalidParams`) as issues on the answers, its `reason` as
 * the text; a bare 400 gives none (the engine then shows a failure message). `located` keeps the envelope paths, so the
 * engine can reopen the step that owns them.
 */
export function serverIssues(
  outcome: Extract<SubmissionResult, { kind: 'invalid' }>,
  envelope: Record<string, unknown>,
): { located: LocatedIssue[]; issues: FieldIssue[] } {
  const located = outcome.invalidParams.map((p) =>
    toFieldIssue({ path: p.name.split('.'), message: p.code ?? '', params: {} }, envelope),
  );
  const issues: FieldIssue[] = located.map((m, i) => ({ ...m, text: outcome.invalidParams[i].reason }));
  return { located, issues };
}

export function sendErrorPhase(view: ResultPresentation): Extract<Phase, { kind: 'send-error' }> {
  return {
    kind: 'send-error',
    messageKey: view.messageKey ?? 'verzenden.mislukt',
    offerResend: view.offerResend,
    showContact: view.showContactRoute,
  };
}

/** The `gemeente-submit-error` message: the HTTP status or the kind, never the answers. */
export function describeOutcome(outcome: SubmissionResult): string {
  return 'status' in outcome && outcome.status ? `HTTP ${outcome.status}` : outcome.kind;
}
