// A form is mostly data: its steps (each a render function over the shared field helpers, which
// also tell the engine which payload paths the step answers), its schema factory and the mapping from answers to payload.
// The engine (form-element.ts and the modules it uses) does navigation, validation timing, the
// error summary, the check-your-answers page, drafts, submission and the confirmation once for
// every form.
import type { TemplateResult } from 'lit';
import type { Answers } from './path.js';
import type { StepContext } from './step-context.js';
import type { AttributeParser, SharedConfig } from '../config/shared-config.js';
import type { FormTexts } from '../i18n/bundled-texts.js';
import type { LanguageImporters } from '../i18n/load-language.js';
import type { FormLater } from './later.js';

/** What the engine needs of a zod schema (so the engine does not depend on one form's types). */
export interface EnvelopeSchema {
  safeParse(input: unknown):
    | { success: true; data: unknown }
    | { success: false; error: { issues: readonly SchemaIssue[] } };
}

export interface SchemaIssue {
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown> | undefined;
  code?: string;
}

/** An issue after mapping to the answers: `path` is relative to `gegevens` ("nieuwAdres.postcode")
 *  or "bijlagen.<soort>" for attachments. */
export interface FieldIssue {
  path: string;
  key: string;
  params?: Record<string, unknown> | undefined;
  /** Text from the server (problem+json `reason`) when `key` is not one of ours. */
  text?: string | undefined;
}

export interface Referral {
  title: string;
  body: string;
  /** Values for the texts besides {{gemeente}} (e.g. the gemeente of the new address). */
  params?: Record<string, unknown>;
  /**
   * Where the citizen does the other procedure: the gemeente's own page for it (an attribute), shown
   * as the page's main action before the contact route. Absent when the gemeente gave none: the
   * contact route (with `contact-url`) is then the way on.
   */
  onward?: { href: string; label: string } | undefined;
}

export interface StepDefinition<C = unknown> {
  id: string;
  /** i18n key of the step heading, or a function of the answers giving it (e.g. "Wie verhuizen er?"
   *  when the aangever does not move). */
  title: string | ((ctx: StepContext<C>) => string);
  /** Whether the step is shown for these answers (e.g. hoofdbewoner only when it applies). */
  applies?(ctx: StepContext<C>): boolean;
  /**
   * For "Stap 2 van 7" (docs/steps-and-check-page.md): whether this step can still apply once the
   * answers not given yet are in. True whenever `applies` is; false only when the answers so far and
   * the config rule the step out. Without it, a step with `applies` counts as possible until the
   * citizen reaches it.
   */
  mayApply?(ctx: StepContext<C>): boolean;
  // No list of the paths a step answers: the engine derives them from the fields `render` shows
  // (a dry render, StepContext), so an error always lands on the step that asks its question.
  render(ctx: StepContext<C>): TemplateResult;
  /** Checks that are about the form flow rather than the payload (e.g. the routing question). */
  validate?(ctx: StepContext<C>): FieldIssue[];
  /** After a valid step: end the form here with a referral instead of going on (no submission). */
  referral?(ctx: StepContext<C>): Referral | null;
}

export interface FormDefinition<C = unknown> {
  formulier: 'verhuizing' | 'overlijden';
  /** The form's own texts (the shared ones come with the engine): one form's script carries only its own. */
  texts: FormTexts;
  /** The payload `versie` this form sends (default "1"; product.md "Payload versions"). */
  versie?: string;
  /**
   * Other languages as modules, loaded only when `lang` asks for one (issue 9): in the ES build an
   * `import()` the host's bundler splits off. The classic scripts load their own language files
   * instead, and the build leaves these modules out (vite.config.ts).
   */
  languages?: LanguageImporters;
  /** Form-specific attribute parsers (besides the shared ones), keyed by attribute name; parsed
   *  once, with the shared ones, by one schema (config/shared-config.ts). */
  configAttributes(pageUrl: string): Record<string, AttributeParser<unknown>>;
  /** The form's config from the parsed attributes (camelCase keys, shared ones included). */
  toConfig(parsed: SharedConfig & Record<string, unknown>): C;
  steps: StepDefinition<C>[];
  /**
   * Its payload schema, which comes later in a classic script (form/later.ts): here in the sources
   * and the ES build; undefined in a classic script, whose later file brings it.
   */
  later: FormLater<C> | undefined;
  /**
   * The payload mapping and the confirmation: here when the first view needs it (a step applies by the
   * whole payload, as the verhuizing's attachment step does), else in the later part (FormLater.payload).
   */
  payload?: FormPayload<C>;
  declaration: { label: string; hint: string };
  /**
   * Answer paths about someone other than the person filling in the form (co-movers, the deceased, a
   * hoofdbewoner): every input below them gets `autocomplete="off"`, whatever the step asked, so a
   * browser never fills in the citizen's own name, birth date or address there (WCAG 1.3.5 is about
   * the user's own data; docs/steps-and-check-page.md).
   */
  aboutOthers?: readonly string[];
  /** Attachment kinds in the order of the attachment step (for mapping `bijlagen.N` issues). */
  attachmentKinds: readonly string[];
}

/** What turns the answers into `gegevens`, and what the confirmation says (FormDefinition.payload). */
export interface FormPayload<C = unknown> {
  /** The `gegevens` input (answers as typed; the schema normalises them). */
  toGegevens(ctx: StepContext<C>): unknown;
  /** i18n keys: the check page's declaration and the confirmation's "what happens next". */
  confirmation(
    ctx: StepContext<C>,
    result: { kenmerk: string; ontvangen: Date; facts: Record<string, unknown> },
  ): TemplateResult;
  /** Facts from the answers the confirmation needs (no personal data), taken just before they are wiped. */
  confirmationFacts?(ctx: StepContext<C>): Record<string, unknown>;
  /** The kinds these answers ask for (the schema's own rule): only those are sent, the schema refuses others. */
  askedAttachmentKinds?(ctx: StepContext<C>): readonly string[];
}

export type { Answers };
