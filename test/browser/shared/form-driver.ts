// What the shared behaviour suite needs to know about one form. `<gemeente-verhuizing>` has one
// (test/browser/verhuizing/driver.ts); `<gemeente-overlijden>` gets one too and runs the same suite.
import type { GemeenteFormElement } from '../../../src/form/form-element.js';

export type FormElement = GemeenteFormElement<unknown> & HTMLElement;

export interface CreateOptions {
  endpoint?: string;
  lookupUrl?: string;
  /** Extra attributes (kebab-case) set before the element is connected. */
  attrs?: Record<string, string>;
  id?: string;
  /** Where to put the element (default: a fresh container in document.body). */
  parent?: HTMLElement;
  /** Properties set before the element is connected (prefill, lockedFields, requestHeaders …). */
  props?: Record<string, unknown>;
  /** The element's clock (default: pinned to the driver's `now`). */
  clock?: () => Date;
}

export interface StepDriver {
  id: string;
  /** The step heading, in Dutch and English, as the user sees it (start of the text). */
  heading: { nl: string; en: string };
  /** Fills the step validly with the keyboard (Dutch labels); does not press "Volgende". */
  fill(el: FormElement): Promise<void>;
}

export interface FormDriver {
  /** 'verhuizing' | 'overlijden' — also the payload's `formulier`. */
  formulier: string;
  tag: string;
  /** Receiver path the form posts to, e.g. '/api/verhuizing'. */
  endpointPath: string;
  /** The Europe/Amsterdam "today" the element's clock and the receiver are pinned to. */
  today: string;
  /** The element's pinned clock (an instant on `today`). */
  now: string;
  gemeente: { code: string; naam: string };

  /** Creates the element with its clock pinned, connected and rendered. */
  create(options?: CreateOptions): Promise<FormElement>;

  /** Every step, in order, of a scenario in which every optional step appears. */
  allSteps: StepDriver[];
  /** The shortest valid path to the check page. */
  shortSteps: StepDriver[];

  /** A required text field for the error-timing tests, on a step reached by `shortSteps`. */
  timing: {
    stepId: string;
    /** A required text field, typed wrongly then rightly. */
    field: { label: string; invalid: string; valid: string; error: string };
    /** A second required field on the same step, left empty. */
    other: { label: string; error: string };
    /** The label of an optional field on the step (shown with "(niet verplicht)"). */
    optionalLabel: string;
  };

  /**
   * A question on the first step that appears only after other answers (the follow-up of the
   * "when errors show" policy): `reveal` gives those answers; `legend` is the new question's legend.
   */
  followUp: { reveal(el: FormElement): Promise<void>; legend: string };

  /** A field the server can reject: envelope path as in problem+json, its step, its label. */
  serverField: { name: string; code: string; stepId: string; label: string; reason: string };

  /** An attachment field in `shortSteps`, for the "add your files again" notice. */
  attachment?: { stepId: string; soort: string; label: string };

  /** A row on the check page belonging to `stepId`, to change through "Wijzig". */
  change: { stepId: string; label: string; from: string; to: string; checkRow: string; checkValueAfter: string };

  /** English texts a user sees on the first step (for the language tests). */
  english: { firstHeading: string; requiredError: string };

  /** Prefill and lock: a path below gegevens, its value, the label on its step, and that step. */
  locked: { prefill: Record<string, unknown>; path: string; label: string; value: string; stepId: string };
}
