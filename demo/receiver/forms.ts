// The receiver's default wiring to the real schemas: the same factories the element uses, so every
// rule the browser enforces — 11-proef, relations, hoofdbewoner policy, the date windows — is
// enforced again here on what was actually posted.
import { foutenNl } from '../../src/i18n/locales/fouten.nl.js';
import { commonNl } from '../../src/i18n/locales/common.nl.js';
import type { VerhuizingConfigInput } from '../../src/schemas/verhuizing.config.js';
import { createVerhuizingSchema } from '../../src/schemas/verhuizing.schema.js';
import type { OverlijdenConfigInput } from '../../src/schemas/overlijden.config.js';
import { createOverlijdenSchema } from '../../src/schemas/overlijden.schema.js';
import { buitenGedekteKalender } from '../../src/schemas/overlijden.rules.js';
import type { FormIssue, MessageCatalog } from './messages.js';
import type { FormValidator, ReceiverOptions } from './receiver.js';

/** What the receiver knows of a gemeente besides its policy. */
export interface GemeenteGegevens {
  /**
   * Its name as its pages send it (the element's `gemeente-naam`). When set, `gemeente.naam` must be
   * exactly this: the back office files by code, a wrong name beside it is a sign of a forged body.
   */
  naam?: string;
}

/** A gemeente's policy without its code (the code is the key it is filed under). */
export type VerhuizingPolicy = Omit<VerhuizingConfigInput, 'gemeenteCode'> & GemeenteGegevens;
export type OverlijdenPolicy = Omit<OverlijdenConfigInput, 'gemeenteCode'> & GemeenteGegevens;

interface ZodLikeIssue {
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown>;
}

interface SchemaLike {
  safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly unknown[] } };
}

function toIssues(issues: readonly ZodLikeIssue[]): FormIssue[] {
  return issues.map(({ path, message, params }) => ({ path, message, ...(params ? { params } : {}) }));
}

/**
 * Validates envelopes with a form's schema factory (the same one the element uses).
 *
 * - `gemeenten` given: the receiver serves exactly those gemeenten, each with its own policy — an
 *   envelope for another gemeente fails on `gemeente.code` (a real gemeente's receiver lists one).
 * - without it (the demo): any gemeente, with the default policy, configured from the envelope.
 */
function schemaValidator<P extends GemeenteGegevens>(
  create: (args: { today: string; now: Date; gemeenteCode: string; policy: Omit<P, 'naam'> | Record<string, never> }) => SchemaLike,
  gemeenten?: Readonly<Record<string, P>>,
): FormValidator {
  return (envelope, { today, now }) => {
    const posted = (envelope as { gemeente?: { code?: unknown } } | null)?.gemeente?.code;
    const postedCode = typeof posted === 'string' ? posted : '';
    // An unknown gemeente is checked against the first listed one, and a malformed code against a
    // placeholder: either way the schema's own gemeente check reports it, in its usual words.
    const code = gemeenten
      ? Object.hasOwn(gemeenten, postedCode) ? postedCode : Object.keys(gemeenten)[0]! // not `in`: "__proto__" is in every object
      : /^[0-9]{4}$/.test(postedCode) ? postedCode : '0000';
    const { naam, ...policy } = (gemeenten?.[code] ?? {}) as P;
    const result = create({ today, now, gemeenteCode: code, policy }).safeParse(envelope);
    const issues = result.success ? [] : toIssues(result.error.issues as readonly ZodLikeIssue[]);
    // The name only for the gemeente the code names (another code has its own issue already).
    const postedNaam = (envelope as { gemeente?: { naam?: unknown } } | null)?.gemeente?.naam;
    if (naam !== undefined && code === postedCode && typeof postedNaam === 'string' && postedNaam.trim() !== naam) {
      issues.push({ path: ['gemeente', 'naam'], message: 'fout.gemeente.andere' });
    }
    return result.success && issues.length === 0 ? { ok: true, data: result.data } : { ok: false, issues };
  };
}

/**
 * The verhuizing schema accepts versie "2" (this release) and "1" (the previous one, for one major
 * version: a pending draft may still carry it and is resent unchanged; product.md "Payload versions").
 */
export function verhuizingValidator(gemeenten?: Readonly<Record<string, VerhuizingPolicy>>): FormValidator {
  return schemaValidator<VerhuizingPolicy>(
    ({ today, gemeenteCode, policy }) => createVerhuizingSchema({ today, config: { ...policy, gemeenteCode } }),
    gemeenten,
  );
}

/**
 * The rules of an aangifte overlijden about a moment (death not in the future, funeral not in the
 * past) compare with the receiver's `now`, so a receiver with an injected clock judges them the same
 * whatever the real time.
 */
export function overlijdenValidator(gemeenten?: Readonly<Record<string, OverlijdenPolicy>>): FormValidator {
  const validate = schemaValidator<OverlijdenPolicy>(
    ({ today, now, gemeenteCode, policy }) => createOverlijdenSchema({ now, today, config: { ...policy, gemeenteCode } }),
    gemeenten,
  );
  // Once per receiver, without personal data: a date past the years the declared days cover (README).
  let gewaarschuwd = false;
  return (envelope, context) => {
    const posted = envelope as { gemeente?: { code?: string }; gegevens?: unknown } | null;
    const postedCode = posted?.gemeente?.code;
    const code = typeof postedCode === 'string' ? postedCode : ''; // not String(): a null-prototype object throws
    const policy = gemeenten && Object.hasOwn(gemeenten, code) ? gemeenten[code]! : {};
    const laatste = gewaarschuwd ? null : buitenGedekteKalender(posted?.gegevens, policy);
    if (laatste !== null) {
      gewaarschuwd = true;
      console.warn(`[receiver] overlijden: a date lies after ${laatste}, the last year with declared days; add the next Besluit gelijkstelling with extra-feestdagen (README)`);
    }
    return validate(envelope, context);
  };
}

/** The receiver options for the forms that exist: validators plus the Dutch texts of their issues. */
export function defaultForms(
  options: {
    verhuizing?: Readonly<Record<string, VerhuizingPolicy>>;
    overlijden?: Readonly<Record<string, OverlijdenPolicy>>;
  } = {},
): Pick<ReceiverOptions, 'forms' | 'messages'> {
  return {
    forms: { verhuizing: verhuizingValidator(options.verhuizing), overlijden: overlijdenValidator(options.overlijden) },
    // The units the messages nest ("3 dagen", "10 uur") live with the shared texts.
    messages: { ...foutenNl, eenheid: commonNl.eenheid } as MessageCatalog,
  };
}
