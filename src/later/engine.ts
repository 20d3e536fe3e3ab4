// The engine's later half (form/later.ts): in the sources and the ES build imported by the engine;
// in a classic script built into its later file instead (vite.config.ts leaves it out of the form
// script), so the first view loads without it.
import type { EngineLater } from '../form/later.js';
import { describeOutcome, send, serverIssues } from '../form/submission.js';
import { presentResult } from '../submit/client.js';
import { hashOf, pendingFromPayload, restoreBody } from '../draft/pending-body.js';
import { lookupKey } from '../submit/key-lookup.js';
import { readAttachment } from '../form/attachments.js';
import { payloadSchema, preparePayloadSchema } from '../form/payload-schema.js';
import { foutenNl } from '../i18n/locales/fouten.nl.js';
import { i18nKit } from '../i18n/i18n.js';
import { checkPageErrors, inlineError, issueText, renders, reword, summaryErrors, toFieldIssue, withoutItem } from '../form/issues.js';
import { checkPageView } from '../form/views/check-page.js';
import { otherTabView, sendStateView } from '../form/views/send-state.js';
import { referralView } from '../form/views/referral.js';
import { confirmationView } from '../form/views/confirmation.js';

const engineLater: EngineLater | undefined = {
  send, presentResult, describeOutcome, serverIssues, pendingFromPayload, restoreBody, hashOf, lookupKey, payloadSchema, preparePayloadSchema, readAttachment, texts: foutenNl, i18n: i18nKit,
  issues: { checkPageErrors, inlineError, issueText, renders, reword, summaryErrors, toFieldIssue, withoutItem },
  views: { checkPage: checkPageView, sendState: sendStateView, otherTab: otherTabView, referral: referralView, confirmation: confirmationView },
};
export default engineLater;
