// `GET /api/<formulier>` with an `Idempotency-Key` header: "was the submission sent under this key
// stored?" (product.md, "Asking the endpoint about a key"). The element asks it when a pending send
// cannot be completed — a reload took the attachments' contents and the citizen no longer has a file —
// so it can show the kenmerk instead of a vague "it may have arrived".
//
// The key travels in a header, never in the URL (access logs, Referer). The answer names only the
// kenmerk: whoever holds the random key learns nothing else. A gemeente backend that links
// submissions to a login session should also check that the session owns the key.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson, sendProblem, type Headers } from './http.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface KeyLookupStore {
  find(idempotencyKey: string): { kenmerk: string; formulier?: string } | undefined;
}

export function answerKeyLookup(
  store: KeyLookupStore,
  formulier: string,
  req: IncomingMessage,
  res: ServerResponse,
  cors: Headers,
): void {
  const key = req.headers['idempotency-key'];
  if (typeof key !== 'string' || !UUID.test(key.trim())) {
    sendProblem(
      res,
      { code: 'idempotency-key', status: 400, title: 'Idempotency-Key ontbreekt of is geen UUID', detail: 'Stuur de sleutel in de header Idempotency-Key.' },
      cors,
    );
    return;
  }
  const found = store.find(key.trim().toLowerCase());
  // A key stored for another form is "not here": each endpoint answers for its own submissions.
  if (!found || (found.formulier !== undefined && found.formulier !== formulier)) {
    sendProblem(res, { code: 'niet-gevonden', status: 404, title: 'Onder deze Idempotency-Key is niets opgeslagen' }, cors);
    return;
  }
  sendJson(res, 200, { kenmerk: found.kenmerk }, cors);
}
