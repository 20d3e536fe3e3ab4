// The engine's later half (form/later.ts): in the sources and the ES build imported by the engine;
// in a classic script built into its later file instead (vite.config.ts leaves it out of the form
// script), so the first view loads without it.
import type { EngineLater } from '../form/later.js';
import { describeOutcome, send, serverIssues } from '../form/submission.js';
import { presentResult } from '../submit/client.js';
import { hashOf, pendingFromPayload, restoreBody } from '../draft/pending-body.js';
import { lookupKey } from '../submit/key-lookup.js';
import { foutenNl } from '../i18n/locales/fouten.nl.js';

const engineLater: EngineLater | undefined = {
  send, presentResult, describeOutcome, serverIssues, pendingFromPayload, restoreBody, hashOf, lookupKey, texts: foutenNl,
};
export default engineLater;
