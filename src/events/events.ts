// Typed events, all prefixed `gemeente-`, bubbling and composed so a host listening on document
// receives them from inside any shadow root. Details meant for analytics (step changes, submitted,
// submit errors) carry no personal data: step ids, kenmerk, status kinds — never answers.

export interface StepChangeDetail {
  formulier: string;
  /** Id of the step now shown, e.g. "nieuw-adres", "controleren", "bevestiging". */
  step: string;
  /** Zero-based position of the step among the steps that apply. */
  index: number;
  total: number;
}

export interface SubmitDetail {
  /** The validated, normalised envelope that will be POSTed (this one does hold personal data). */
  payload: unknown;
  idempotencyKey: string;
}

export interface SubmittedDetail {
  kenmerk: string;
  /** The endpoint's parsed JSON response (null when the host completed the flow itself). */
  response: unknown;
}

export type SubmitErrorKind =
  | 'invalid'
  | 'unauthorized'
  | 'too-large'
  | 'conflict'
  | 'failed'
  | 'retry-exhausted'
  | 'host';

export interface SubmitErrorDetail {
  kind: SubmitErrorKind;
  /** A developer-facing description (status code etc.), no personal data. */
  message: string;
}

const init = { bubbles: true, composed: true } as const;

export class GemeenteStepChangeEvent extends CustomEvent<StepChangeDetail> {
  static readonly type = 'gemeente-step-change';
  constructor(detail: StepChangeDetail) {
    super(GemeenteStepChangeEvent.type, { ...init, detail });
  }
}

/** Cancelable: a host that calls preventDefault() sends the payload itself, then calls complete() or fail(). */
export class GemeenteSubmitEvent extends CustomEvent<SubmitDetail> {
  static readonly type = 'gemeente-submit';
  constructor(detail: SubmitDetail) {
    super(GemeenteSubmitEvent.type, { ...init, cancelable: true, detail });
  }
}

export class GemeenteSubmittedEvent extends CustomEvent<SubmittedDetail> {
  static readonly type = 'gemeente-submitted';
  constructor(detail: SubmittedDetail) {
    super(GemeenteSubmittedEvent.type, { ...init, detail });
  }
}

export class GemeenteSubmitErrorEvent extends CustomEvent<SubmitErrorDetail> {
  static readonly type = 'gemeente-submit-error';
  constructor(detail: SubmitErrorDetail) {
    super(GemeenteSubmitErrorEvent.type, { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'gemeente-step-change': GemeenteStepChangeEvent;
    'gemeente-submit': GemeenteSubmitEvent;
    'gemeente-submitted': GemeenteSubmittedEvent;
    'gemeente-submit-error': GemeenteSubmitErrorEvent;
  }
}
