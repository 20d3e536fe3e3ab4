// The later part of a form (issue 9, docs/first-view-split.md): what the first step does not need —
// zod and the form's schema (validation from the first "Volgende"), the submit client, the pending
// body and its hashing, the key lookup, i18next (another language, the host's `translations` of
// another language, plurals). The first view renders and takes answers without it.
//
// Two ways in, as for the language files:
//  - the sources and the ES build: the engine and each definition import their later modules
//    statically (src/later/engine.ts, src/elements/<form>/later.ts), so the part is always here and
//    nothing changes in timing; a host's bundler may split it as it likes;
//  - the classic scripts: the build leaves those modules out of the form script (vite.config.ts) and
//    builds them as the file next to it (gemeente-<form>.later.js), which the element asks for on
//    the first interaction with it (focus, pointer or key) — not on page load, so a page that only
//    shows the form loads the first view alone. The file hands the script element that loaded it a
//    function (internal/script-part.ts: integrity, nonce, Trusted Types, no global); called with the
//    form script's lit, it returns the part, so lit exists once and templates of the part render.
// A press that needs the part before it arrived waits for it (the element says so); when it cannot
// load, the element says so with the contact route.
import type { describeOutcome, send, serverIssues } from './submission.js';
import type { presentResult } from '../submit/client.js';
import type { hashOf, pendingFromPayload, restoreBody } from '../draft/pending-body.js';
import type { lookupKey } from '../submit/key-lookup.js';
import type { readAttachment } from './attachments.js';
import type { EnvelopeSchema, FormPayload, StepDefinition } from './definition.js';
import type { Texts } from '../i18n/language-pack.js';
import type { I18nKit } from '../i18n/i18n.js';
import type * as Issues from './issues.js';
import type { checkPageView } from './views/check-page.js';
import type { otherTabView, sendStateView } from './views/send-state.js';
import type { referralView } from './views/referral.js';
import type { payloadSchema, preparePayloadSchema } from './payload-schema.js';
import type { confirmationView } from './views/confirmation.js';
import * as lit from 'lit';
import { insertPart, type PartFile } from '../internal/script-part.js';
import { LATER_EVENT } from './later-event.js';

/** The engine's half: sending and what a pending send needs. */
export interface EngineLater {
  send: typeof send;
  presentResult: typeof presentResult;
  describeOutcome: typeof describeOutcome;
  serverIssues: typeof serverIssues;
  pendingFromPayload: typeof pendingFromPayload;
  restoreBody: typeof restoreBody;
  hashOf: typeof hashOf;
  lookupKey: typeof lookupKey;
  /** The schema a press validates against: one per day and configuration where it can (payload-schema.ts). */
  payloadSchema: typeof payloadSchema;
  preparePayloadSchema: typeof preparePayloadSchema;
  /** Reads a chosen file (type by its bytes, size, base64). */
  readAttachment: typeof readAttachment;
  /** The Dutch validation messages (later/texts.ts): added to each element's i18n on arrival. */
  texts: Texts;
  /** i18next and what the element does with it (i18n/i18n.ts): the first view's Dutch needs neither. */
  i18n: I18nKit;
  /** Where issues land and how they read (issues.ts): only once a press has validated. */
  issues: Pick<typeof Issues, 'checkPageErrors' | 'inlineError' | 'issueText' | 'renders' | 'reword' | 'summaryErrors' | 'toFieldIssue' | 'withoutItem'>;
  /** The views that are never the first view (the check page, a referral, the confirmation, …). */
  views: {
    checkPage: typeof checkPageView;
    sendState: typeof sendStateView;
    otherTab: typeof otherTabView;
    referral: typeof referralView;
    confirmation: typeof confirmationView;
  };
}

/** A form's half: its payload schema (zod) and its steps whole (the first view has them as later-step.ts shells). */
export interface FormLater<C = unknown> {
  createSchema(args: { today: string; now: Date; config: C }): EnvelopeSchema;
  /**
   * `false` when the schema does not read `now` (only `today` and the configuration): the element
   * then builds it once per day and configuration instead of at every press (payload-schema.ts).
   * Left out, the schema is built per press, which is always right (the overlijden compares the
   * funeral's time with `now`).
   */
  schemaReadsNow?: boolean;
  /** The same ids in the same order as FormDefinition.steps, with the same title and applies functions. */
  steps: StepDefinition<C>[];
  /** The payload mapping, when the first view does not need it (FormDefinition.payload). */
  payload?: FormPayload<C>;
}

/** What a later file hands over: the engine's half and each of its forms' halves. */
export interface LaterPart {
  engine: EngineLater;
  forms: Partial<Record<string, FormLater<never>>>;
}


declare const __GF_LATER_FILE__: PartFile | undefined;
/** Set only in the classic scripts (vite.config.ts `define`). */
const FILE: PartFile | undefined = typeof __GF_LATER_FILE__ === 'undefined' ? undefined : __GF_LATER_FILE__;

let arrived: LaterPart | undefined;
/** One attempt per page: every element of this script shares the file. */
let attempt: Promise<LaterPart> | undefined;

/** The part that has arrived (classic scripts), or undefined. */
export function arrivedLater(): LaterPart | undefined {
  return arrived;
}

/** Brings the later file (once per page; a failed attempt is not repeated: the page must be reloaded). */
export function loadLater(): Promise<LaterPart> {
  if (arrived) return Promise.resolve(arrived);
  if (!FILE) return Promise.reject(new Error('gemeente-formulieren: this build has no later file and no later modules'));
  attempt ??= insertPart(FILE, LATER_EVENT, (detail) => {
    // The file's wrapper (vite.config.ts laterWrapper): a function of the modules it shares with the
    // form script (lit), returning the part (the entry's default export).
    if (typeof detail !== 'function') return undefined;
    const part = (detail as (shared: { lit: typeof lit }) => LaterPart | undefined)({ lit });
    return part && typeof part.engine === 'object' && typeof part.forms === 'object' ? part : undefined;
  }).then((part) => (arrived = part));
  return attempt;
}
