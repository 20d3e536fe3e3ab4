// The receiver's default wiring to the real schemas: the same factories the element uses, so every
// rule the browser enforces — 11-proef, relations, hoofdbewoner policy, the date windows — is
// enforced again here on what was actually posted.
import { foutenNl } from '../../src/i18n/locales/fouten.nl.js';
import type { VerhuizingConfigInput } from '../../src/schemas/verhuizing.config.js';
import { createVerhuizingSchema } from '../../src/schemas/verhuizing.schema.js';
import type { FormIssue, MessageCatalog } from './messages.js';
import type { FormValidator, ReceiverOptions } from './receiver.js';

/** A gemeente's policy without its code (the code is the key it is filed under). */
export type VerhuizingPolicy = Omit<VerhuizingConfigInput, 'gemeenteCode'>;

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
}

function toIssues(issues: readonly ZodLikeIssue[]): FormIssue[] {
  return issues.map(({ path, message, params }) => ({ path, message, ...(params ? { params } : {}) }));
}

/**
 * Validates verhuizing envelopes with `createVerhuizingSchema`.
 *
 * - `gemeenten` given: the receiver serves exactly those gemeenten, each with its own policy — an
 *   envelope for another gemeente fails on `gemeente.code` (a real gemeente's receiver lists one).
 * - without it (the demo): any gemeente, with the default policy, configured from the envelope.
 */
export function verhuizingValidator(gemeenten?: Readonly<Record<string, VerhuizingPolicy>>): FormValidator {
  return (envelope, { today }) => {
    const posted = (envelope as { gemeente?: { code?: unknown } } | null)?.gemeente?.code;
    const postedCode = typeof posted === 'string' ? posted : '';
    // An unknown gemeente is checked against the first listed one, and a malformed code against a
    // placeholder: either way the schema's own gemeente check reports it, in its usual words.
    const code = gemeenten
      ? postedCode in gemeenten ? postedCode : Object.keys(gemeenten)[0]!
      : /^[0-9]{4}$/.test(postedCode) ? postedCode : '0000';
    const policy = gemeenten?.[code] ?? {};
    const result = createVerhuizingSchema({ today, config: { ...policy, gemeenteCode: code } }).safeParse(envelope);
    return result.success
      ? { ok: true, data: result.data }
      : { ok: false, issues: toIssues(result.error.issues as readonly ZodLikeIssue[]) };
  };
}

/** The receiver options for the forms that exist: validators plus the Dutch texts of their issues. */
export function defaultForms(
  options: { verhuizing?: Readonly<Record<string, VerhuizingPolicy>> } = {},
): Pick<ReceiverOptions, 'forms' | 'messages'> {
  return {
    forms: { verhuizing: verhuizingValidator(options.verhuizing) },
    messages: foutenNl as MessageCatalog,
  };
}
