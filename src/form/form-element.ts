// The form engine, written once for both elements: configuration, language, steps and navigation,
// when errors show, the error summary, check-your-answers, drafts, submission and the confirmation.
// A form subclass only supplies a FormDefinition (its steps, schema and payload mapping).
// This file is the element: its properties and state, the lifecycle, the FormHost API the step
// context calls, and the flow (navigation, validation timing, drafts, sending). It delegates what
// can be said without its state: issues.ts maps schema issues to fields and texts, submission.ts
// holds the send phases and result mapping, views/*.ts are the templates of each view.
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { i18n as I18n } from 'i18next';
import { createConfigSchema, parseConfig, propertyName, type ConfigError, type SharedConfig } from '../config/shared-config.js';
import { hasContactRoute } from '../config/contact.js';
import { dutchTexts, withOverrides } from '../i18n/bundled-texts.js';
import type { I18nKit } from '../i18n/i18n.js';
import { plainText, textAt } from '../i18n/plain-text.js';
import { LanguageState } from '../i18n/language-state.js';
import { formatIsoDate, formatErrorDate, formatDateTime, formatBytes } from '../i18n/format.js';
import { createDraftStore, draftKey, sessionStorageOrNull, type DraftLoadResult, type DraftStore, type PendingSend } from '../draft/draft-store.js';
import { newIdempotencyKey } from '../submit/idempotency.js';
import type { SubmissionResult } from '../submit/client.js';
import { amsterdamToday, checkRuleWhenIdle } from './amsterdam-today.js';
import type { BijlageData } from './attachments.js';
import { maxBijlagen } from '../schemas/attachment-files.js';
import { applyTheme, tokenStyles } from './theme.js';
import { fieldStyles } from '../fields/fields.styles.js';
import { formStyles } from './form.styles.js';
import type { ChosenFile } from '../fields/file-field.js';
import { StepContext, type FieldKind, type FormHost } from './step-context.js';
import type { FieldIssue, FormDefinition, FormPayload, StepDefinition } from './definition.js';
import { getPath, setPath, type Answers } from './path.js';
import { emptyRegistry, type checkPageErrors, type FieldRegistry, type IssueTexts, type LocatedIssue } from './issues.js';
import { isBusy, sendErrorPhase, type Phase } from './submission.js';
import type { Contents } from '../draft/pending-body.js';
import { createTabCoordinator, type TabCoordinator } from '../draft/tab-lock.js';
import bundledEngine from '../later/engine.js';
import { arrivedLater, loadLater, type EngineLater, type FormLater } from './later.js';
import { contactRouteView } from './views/contact-route.js';
import { isShell } from './later-step.js';
import { DraftExpiryController } from './draft-expiry.js';
import { Announcer } from './announcer.js';
import { timeLimitText, timeLimitView } from './views/time-limit.js';
import type { StepPosition, WipeState } from './views/common.js';
import { stepView } from './views/step.js';
import type { ReattachState } from './views/send-state.js';
import {
  GemeenteStepChangeEvent,
  GemeenteSubmitErrorEvent,
  GemeenteSubmitEvent,
  GemeenteSubmittedEvent,
  type SubmitErrorKind,
} from '../events/events.js';

export const CHECK_STEP = 'controleren';

/** What counts as starting to fill in the form: the later part is asked for then (form/later.ts). */
const INTERACTIONS = ['focusin', 'pointerdown', 'keydown'] as const;

/**
 * What an error-summary link scrolls to (govuk-frontend's error-summary): the legend of the field's
 * fieldset for a radio or checkbox, or for another input when legend and input fit together in half
 * the viewport (less the sticky header), so centring the legend keeps the input in view; else the
 * input itself, centred with its label just above it.
 */
function questionFor(input: HTMLElement): HTMLElement {
  const legend = input.closest('fieldset')?.querySelector('legend');
  if (!legend) return input;
  if (input instanceof HTMLInputElement && (input.type === 'radio' || input.type === 'checkbox')) return legend;
  const offset = parseFloat(getComputedStyle(input).scrollMarginTop) || 0;
  const inputRect = input.getBoundingClientRect();
  const fits = inputRect.bottom - legend.getBoundingClientRect().top < (window.innerHeight - offset) / 2;
  return fits ? legend : input;
}

/** Answers saved in the draft: JSON only. Files keep name and size; their content stays in memory. */
type FileMeta = { bestandsnaam: string; grootte: number };

/**
 * Base class of `<gemeente-verhuizing>` and `<gemeente-overlijden>`.
 *
 * @csspart form - the form element around a step
 * @csspart field - a question: label, hint, error and input
 * @csspart label - a label or legend
 * @csspart hint - a hint below a label
 * @csspart input - an input, select, textarea, radio or checkbox
 * @csspart error - an inline error message
 * @csspart error-summary - the error summary above a step
 * @csspart button - a button
 * @csspart contact-route - the gemeente's contact route after a referral or a failure message (`contact-*` attributes)
 * @csspart language-note - the note, in both languages, that the language asked for could not be loaded (shown in Dutch)
 * @cssprop --gemeente-color-primary - brand colour (buttons, links); also set by `theme-color`
 * @cssprop --gemeente-font-family - font; also set by `theme-font`
 * @cssprop --gemeente-border-radius - corner radius of inputs and buttons; also set by `theme-radius`
 * @cssprop --gemeente-color-primary-text - text on the brand colour (set by `theme-color` for ≥ 4.5:1)
 * @cssprop --gemeente-color-primary-hover - brand colour of a hovered button
 * @cssprop --gemeente-color-primary-hover-text - text on the hovered brand colour
 * @cssprop --gemeente-color-text - text
 * @cssprop --gemeente-color-background - background of inputs and the form
 * @cssprop --gemeente-color-border - borders of inputs
 * @cssprop --gemeente-color-error - error messages and the error summary (keep ≥ 4.5:1 on the background)
 * @cssprop --gemeente-color-focus - the focus outline
 * @cssprop --gemeente-font-size - base font size (default: the page's)
 * @cssprop --gemeente-space - spacing unit
 * @cssprop --gemeente-color-text-secondary - hints and step counter
 * @cssprop --gemeente-color-background-muted - panels and read-only inputs
 * @cssprop --gemeente-color-link - links and link-style buttons
 * @cssprop --gemeente-color-warning - the border of warnings (late report, funeral window)
 * @cssprop --gemeente-scroll-offset - height of a sticky header of the host page: what the form scrolls to (an error-summary link, a step heading) stays below it (WCAG 2.4.11); default 0
 *
 * Without these, the element falls back to NL Design System tokens (`--utrecht-*`, then `--nl-*` /
 * `--basis-*`), then to its defaults — see src/theme/base-tokens.ts for each chain.
 */
export abstract class GemeenteFormElement<C> extends LitElement implements FormHost<C> {
  static override styles = [tokenStyles, fieldStyles, formStyles];

  protected abstract readonly definition: FormDefinition<C>;

  /** URL the answers are POSTed to: https, same-origin, or http on loopback. Required. */
  @property() endpoint?: string;
  /** CBS gemeentecode, 4 digits (e.g. "0344"). Required. */
  @property({ attribute: 'gemeente-code' }) gemeenteCode?: string;
  /** Name of the gemeente, shown in the form and sent in the payload. Required. */
  @property({ attribute: 'gemeente-naam' }) gemeenteNaam?: string;
  /** The gemeente's privacy statement, linked on the start step (AVG art. 13). */
  @property({ attribute: 'privacy-url' }) privacyUrl?: string;
  /** PDOK Locatieserver v3.1 `free` URL or a proxy with that interface; `off` = manual entry. */
  @property({ attribute: 'address-lookup' }) addressLookup?: string;
  /** `session` (default): keep a draft in sessionStorage; `none`: keep nothing. */
  @property() persist?: string;
  /** Minutes of inactivity after which the draft expires (default 60). */
  @property({ attribute: 'persist-minutes' }) persistMinutes?: string;
  /** fetch credentials mode for the endpoint: `same-origin` (default), `include`, `omit`. */
  @property() credentials?: string;
  /** Brand colour; the text colour on it is chosen for at least 4.5:1 contrast. */
  @property({ attribute: 'theme-color' }) themeColor?: string;
  /** Font family (CSS font-family value). */
  @property({ attribute: 'theme-font' }) themeFont?: string;
  /** Corner radius (CSS length). */
  @property({ attribute: 'theme-radius' }) themeRadius?: string;
  /** An NL Design System theme class (e.g. `utrecht-theme`) set inside the element. */
  @property({ attribute: 'theme-class' }) themeClass?: string;
  /** An NL Design System token stylesheet loaded into the element: https, same-origin, or http on loopback. */
  @property({ attribute: 'theme-href' }) themeHref?: string;
  /**
   * The gemeente's contact page, shown (with `contact-telefoon` and `contact-tekst`) on every referral,
   * stop page and failure message: https, same-origin, or http on loopback. Without any of the three
   * the texts say "Neem contact op met de gemeente …" and the console warns once.
   */
  @property({ attribute: 'contact-url' }) contactUrl?: string;
  /** The gemeente's telephone number as it should read (e.g. `14 030`); linked as `tel:` with the digits. */
  @property({ attribute: 'contact-telefoon' }) contactTelefoon?: string;
  /** A line of the gemeente's own about its contact route (e.g. opening hours), shown as given. */
  @property({ attribute: 'contact-tekst' }) contactTekst?: string;
  /** `nl` (default, or the nearest `lang` of an ancestor) or `en`; others through `translations`. */
  @property() override lang = '';

  /** Extra days the gemeente treats as holidays for the legal deadlines, space-separated `YYYY-MM-DD`. */
  @property({ attribute: 'extra-feestdagen' }) extraFeestdagen?: string;
  /** Maximum size per attachment in MB (default 10). */
  @property({ attribute: 'max-bestand-mb' }) maxBestandMb?: string;
  /** Maximum size of all attachments together in MB (default 25). */
  @property({ attribute: 'max-totaal-mb' }) maxTotaalMb?: string;

  /** Partial answers from the host (e.g. BRP data after DigiD), in the shape of `gegevens`. */
  @property({ attribute: false }) prefill?: Record<string, unknown>;
  /** Dot paths (below `gegevens`) of prefilled answers the citizen may not change. */
  @property({ attribute: false }) lockedFields: string[] = [];
  /** Extra request headers for the endpoint (e.g. a CSRF token). */
  @property({ attribute: false }) requestHeaders: Record<string, string> = {};
  /** Text overrides or extra languages: `{ en: { stap: { … } }, de: { … } }`. */
  @property({ attribute: false }) translations?: Record<string, Record<string, unknown>>;
  /** The clock; tests pin "today" with it. Dates are Europe/Amsterdam calendar dates. */
  clock: () => Date = () => new Date();

  @state() private answersState: Answers = {};
  @state() private stepId = '';
  /**
   * The errors shown since the last "Volgende"/"Versturen", frozen until the next press (docs/errors.md):
   * the issues and the fields on screen at that press (their order, ids, labels; on the check page each
   * step's fields too). Fixing a field does not clear its error and a question that appears later is
   * not red, so nothing moves under the pointer and the summary (an alert) is not re-read.
   */
  @state() private shown: { issues: FieldIssue[]; registry: FieldRegistry; steps?: { id: string; fields: FieldRegistry }[] } | null = null;
  /** A refused file (type, size, count): said at once on its field only, until the next press. */
  @state() private fileIssues: FieldIssue[] = [];
  @state() private phase: Phase = { kind: 'form' };
  @state() private files: Record<string, (BijlageData | FileMeta)[]> = {};
  @state() private returnTo: string | null = null;
  @state() private notice: string | null = null;
  @state() private configErrors: ConfigError[] = [];
  /** "Stop en wis mijn gegevens" was pressed: the confirmation panel is open. */
  @state() private wipeAsked = false;

  // Built on first use: while the base constructor runs, the subclass's definition (whose texts it
  // loads) is not set yet. In a classic script i18next comes with the later part (i18n/i18n.ts):
  // undefined until it has arrived.
  private i18nInstance?: I18n;
  private get i18n(): I18n | undefined {
    if (this.i18nInstance) return this.i18nInstance;
    const kit = this.i18nKit;
    if (!kit) return undefined;
    const instance = kit.createI18n(this.definition.texts);
    // From its file, the later part brings the validation messages too (the sources have them already).
    if (!bundledEngine) kit.addLaterTexts(instance, arrivedLater()!.engine.texts);
    if (this.translations) kit.setTranslations(instance, this.translations);
    return (this.i18nInstance = instance);
  }
  /** i18n.ts: with the engine in the sources and the ES build, from the later file in a classic script. */
  private get i18nKit(): I18nKit | undefined {
    return (bundledEngine ?? arrivedLater()?.engine)?.i18n;
  }
  /** The language on screen: Dutch until an instance exists that says otherwise. */
  private get currentLanguage(): string {
    return this.i18nInstance?.language ?? 'nl';
  }
  /** English (or another language) on demand: Dutch until it arrives (i18n/language-state.ts). */
  private languages = new LanguageState(
    this,
    () => {
      const instance = this.i18n;
      return instance && { instance, kit: this.i18nKit! };
    },
    () => this.definition,
    () => this.i18nInstance,
    () => this.fetchLater(),
  );
  /** The one polite live region (announcer.ts). */
  private announcer = new Announcer(this);
  /** The last retry or wait said during this send, so a backoff tick is not said again. */
  private progressSaid = '';
  private shared?: SharedConfig;
  private formConfig?: C;
  private draft?: DraftStore;
  private started = false;
  private pending: PendingSend | null = null;
  /** The fields the last render registered: where issues land and in which order the summary lists them. */
  private registry: FieldRegistry = emptyRegistry();
  private abort?: AbortController;
  private saveTimer?: ReturnType<typeof setTimeout>;

  // ---- pending sends, tabs and the draft's time limit (issue 8 holes 1, 2, 9)
  /** Random id created with the draft; copies of one draft (a duplicated tab) share it. */
  private draftId = newIdempotencyKey();
  private tabs?: TabCoordinator;
  /** Attachment contents of the pending body by SHA-256, for this page's lifetime only. */
  private contents: Contents = new Map();
  /** Set from the click until the send has an outcome (hashing the files takes a moment). */
  private submitting = false;
  @state() private reattachAsked = false;
  /** Indices of pending attachments for which another file was chosen (said until the right one comes). */
  @state() private reattachErrors: Record<number, true> = {};
  @state() private warningMs = 0;
  private expiry = new DraftExpiryController(this, {
    // The limit runs while answers are on screen and kept: not while a request is in flight, not after.
    minutes: () =>
      this.draft?.enabled && !this.submitting && !isBusy(this.phase) && this.phase.kind !== 'done' && this.phase.kind !== 'other-tab'
        ? this.sharedConfig.persistMinutes
        : undefined,
    flush: () => this.flushDraft(),
    warn: (msLeft) => {
      this.warningMs = msLeft;
      this.announce(timeLimitText(this.t, msLeft));
    },
    expire: () => this.expireDraft(),
    withdrawn: () => this.announce(''),
  });

  get answers(): Answers {
    return this.answersState;
  }
  get config(): C {
    return this.formConfig as C;
  }
  get sharedConfig(): SharedConfig {
    return this.shared as SharedConfig;
  }
  get today(): string {
    // The EU summer-time rule, checked against Intl once after first paint (amsterdam-today.ts, issue 9).
    return amsterdamToday(this.clock());
  }
  get language(): string {
    return this.currentLanguage;
  }

  /**
   * The first view's Dutch texts come without i18next (i18n/plain-text.ts, issue 9): the instance is
   * created at the first text that needs it, and from then on answers every text.
   */
  t = (key: string, options?: Record<string, unknown>): string => {
    if (!this.i18nInstance) {
      const plain = plainText(this.firstViewTexts(), key, options);
      if (plain !== undefined) return plain;
    }
    const i18n = this.i18n;
    if (i18n) return this.i18nKit!.text(i18n, key, options);
    // A classic script before its later part: i18next comes with it, and the element renders again
    // when it is here. Only views that wait for the later part anyway show such a text.
    void this.fetchLater();
    return '';
  };

  /**
   * The Dutch texts before i18next: the bundled ones with the host's Dutch `translations` over them,
   * merged as i18next merges them, so an override shows from the first render of a classic script.
   */
  private firstViewTexts(): Record<string, unknown> {
    const bundled = dutchTexts(this.definition.texts);
    const nl = this.translations?.['nl'];
    if (!nl) return bundled;
    if (this.mergedTexts?.nl !== nl || this.mergedTexts.bundled !== bundled) {
      this.mergedTexts = { nl, bundled, texts: withOverrides(bundled, nl) };
    }
    return this.mergedTexts.texts;
  }
  private mergedTexts?: { nl: unknown; bundled: Record<string, unknown>; texts: Record<string, unknown> };

  /** A message for the webmaster's console: in English where English is here, else as `t` gives it. */
  private consoleText(key: string, params?: Record<string, unknown>): string {
    return this.i18nInstance ? (this.i18nInstance.t(key, { ...params, lng: 'en' }) as string) : this.t(key, params);
  }

  private texts: IssueTexts = {
    t: (key, options) => this.t(key, options),
    exists: (key) => this.i18n?.exists(key) ?? typeof textAt(this.firstViewTexts(), key) === 'string',
    formatDate: (iso) => formatErrorDate(iso, this.currentLanguage),
    formulier: () => this.definition.formulier,
  };

  // ------------------------------------------------------------------ the later part (form/later.ts)

  /** `waiting`: a press waits for the later file; `failed`: it cannot load (the element says so). */
  @state() private laterStatus: 'idle' | 'waiting' | 'failed' = 'idle';
  /** The press that waits for the later part; only the last one runs (two presses are one step). */
  private laterAction?: () => void;
  private laterFetch?: Promise<unknown>;

  /** The later part when it is here: always in the sources and the ES build, after its file in a classic script. */
  private laterPart(): { engine: EngineLater; form: FormLater<C> } | undefined {
    const arrived = arrivedLater();
    const engine = bundledEngine ?? arrived?.engine;
    const form = this.definition.later ?? (arrived?.forms[this.definition.formulier] as FormLater<C> | undefined);
    if (!engine || !form) return undefined;
    // Arrived from its file: its texts join this element's i18n when the instance is created (i18n).
    return { engine, form };
  }

  /** For code that runs only after `withLater` or `whenLater` let it. */
  private get later(): { engine: EngineLater; form: FormLater<C> } {
    const part = this.laterPart();
    if (!part) throw new Error(`<${this.localName}>: the later part is used before it arrived`);
    return part;
  }

  /**
   * True when the later part is here. Otherwise false, and `action` runs once it has arrived (the
   * citizen is told to wait meanwhile), so a press before the file came is not lost.
   */
  private withLater(action: () => void): boolean {
    if (this.laterPart()) return true;
    this.laterAction = action;
    if (this.laterStatus === 'failed') {
      // Pressed again after the message: back to it, so the press is not met with silence.
      (this.renderRoot.querySelector('.later-error__title') as HTMLElement | null)?.focus();
      return false;
    }
    this.laterStatus = 'waiting';
    this.announce(this.t('vervolg.laden'));
    void this.fetchLater();
    return false;
  }

  /** The later part, waiting for its file when needed (for code that is async anyway). */
  private async whenLater(): Promise<{ engine: EngineLater; form: FormLater<C> }> {
    if (!this.laterPart()) await this.fetchLater();
    return this.later;
  }

  /**
   * Asks for the later file. A classic script does so on the first focus, pointer or key in the
   * element (the citizen starts; the file arrives while the first question is read and answered),
   * or at once when a draft comes back; never on page load.
   */
  private fetchLater(): Promise<unknown> {
    if (this.laterPart()) return Promise.resolve();
    return (this.laterFetch ??= loadLater().then(
      () => {
        this.laterStatus = 'idle';
        // A restored draft waited for it (renderBody): show it now.
        this.requestUpdate();
        const action = this.laterAction;
        this.laterAction = undefined;
        if (action) action();
        else this.later.engine.preparePayloadSchema(this.later.form, () => ({ today: this.today, now: this.clock(), config: this.config }));
      },
      (error: unknown) => {
        this.laterStatus = 'failed';
        // Focus goes to the alert only when the citizen waits for the part (a press, or a view that
        // needs it): someone typing in the first field keeps the field, and the alert is still said.
        const waited = this.laterAction !== undefined || !this.inFirstView();
        this.laterAction = undefined;
        console.error(`<${this.localName}>: ${error instanceof Error ? error.message : String(error)}`);
        if (waited) this.afterRender(() => (this.renderRoot.querySelector('.later-error__title') as HTMLElement | null)?.focus());
      },
    ));
  }

  /** A press that waited for the later part does not outlive the answers it was about (a wipe, the time limit). */
  private forgetWaitingPress(): void {
    this.laterAction = undefined;
    if (this.laterStatus === 'waiting') this.laterStatus = 'idle';
  }

  /** The first step as it opens: what the first view renders without the later part. */
  private inFirstView(): boolean {
    return this.phase.kind === 'form' && !this.shown && this.fileIssues.length === 0 && this.stepId === this.firstStep()?.id;
  }

  private readonly firstInteraction = (): void => {
    for (const type of INTERACTIONS) this.removeEventListener(type, this.firstInteraction, true);
    void this.fetchLater();
  };

  constructor() {
    super();
    for (const type of INTERACTIONS) this.addEventListener(type, this.firstInteraction, true);
  }

  /**
   * While the citizen waits for the later file (a press, or a view that needs it), or when it cannot
   * load: above the step, like the language note.
   */
  private laterNote(): TemplateResult | typeof nothing {
    if (this.configErrors.length) return nothing; // the configuration error is the whole view
    const needed = this.laterStatus === 'waiting' || (!this.laterPart() && !this.inFirstView());
    if (this.laterStatus !== 'failed') return needed ? html`<p class="later-note">${this.t('vervolg.laden')}</p>` : nothing;
    return this.laterError();
  }

  /** The later file could not load: say so, with the contact route (its own method: rarely compiled). */
  private laterError(): TemplateResult {
    return html`<div class="later-error" role="alert" part="error">
      <h2 class="later-error__title" tabindex="-1">${this.t('vervolg.mislukt.titel')}</h2>
      <p>${this.t('vervolg.mislukt.tekst')}${this.draft?.enabled && this.phase.kind === 'form' && Object.keys(this.answersState).length
        ? html` ${this.t('vervolg.mislukt.bewaard')}`
        : nothing}</p>
      ${this.shared ? contactRouteView(this.t, this.shared) : nothing}
    </div>`;
  }

  // ------------------------------------------------------------------ lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    this.abort = new AbortController();
    if (this.started && this.tabsShared) this.openTabs();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
    this.flushDraft();
    this.tabs?.close();
    this.tabs = undefined;
  }

  protected override willUpdate(changed: PropertyValues): void {
    // Before i18next is here (a classic script's first view) the Dutch overrides show through
    // firstViewTexts, and the instance takes them all when it is created.
    if (changed.has('translations') && this.i18nInstance) this.i18nKit!.setTranslations(this.i18nInstance, this.translations);
    // Lit's `lang` property shadows the native reflecting one, and the language is read from the
    // attribute (so an ancestor's lang applies when there is none): reflect a set property, as the
    // native HTMLElement.lang does, so `el.lang = 'en'` switches the language too.
    if (changed.has('lang') && this.lang && this.getAttribute('lang') !== this.lang) this.setAttribute('lang', this.lang);
    if (changed.has('lang') || changed.has('translations') || !this.started) this.languages.resolve();
    const names = this.configProperties;
    if (!this.started || !names || [...changed.keys()].some((k) => names.has(String(k)))) this.parseAttributes();
    if (!this.started && this.shared) this.start();
    if (changed.has('prefill') && this.started) this.applyPrefill(false);
  }

  /** Also waits for a language that `lang` asked for and that is still loading, and its render. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.languages.pending) {
      await this.languages.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override firstUpdated(): void {
    // The first render took today's date from the EU rule; check it against Intl when idle.
    void checkRuleWhenIdle(() => this.clock()).then((switched) => {
      if (switched) this.requestUpdate();
    });
  }

  protected override updated(changed: PropertyValues): void {
    // Each phase change (a send ending, the form shown again) starts the draft's time from now.
    if (this.started && (changed.has('phase') || !this.expiryStarted)) {
      this.expiryStarted = true;
      this.expiry.restart();
      this.expiry.guardUnload(isBusy(this.phase) && this.isConnected);
    }
    if (changed.has('themeColor') || changed.has('themeFont') || changed.has('themeRadius') || !this.themeApplied) {
      this.themeApplied = true;
      applyTheme(this, { color: this.themeColor, font: this.themeFont, radius: this.themeRadius });
    }
  }
  private themeApplied = false;
  /** The missing-contact-route warning is given once per element, not on every re-parse. */
  private contactWarned = false;
  private expiryStarted = false;

  private configProperties?: Set<string>;

  private parseAttributes(): void {
    const pageUrl = this.ownerDocument?.baseURI ?? location.href;
    const extra = this.definition.configAttributes(pageUrl);
    const schema = createConfigSchema(pageUrl, extra);
    // The attributes' property names, from the schema this parse builds anyway: a later change of
    // one re-parses. (Not a module-level list: building every parser only for its name costs time
    // before the first field.)
    this.configProperties ??= new Set(Object.keys(schema.shape).map(propertyName));
    const attrs: Record<string, string | null> = {};
    for (const name of Object.keys(schema.shape)) {
      const value = (this as unknown as Record<string, unknown>)[propertyName(name)];
      attrs[name] = value === true ? '' : value === false || value == null ? this.getAttribute(name) : String(value);
    }
    const result = parseConfig(schema, attrs);
    if (!result.ok) {
      this.shared = undefined;
      this.configErrors = result.errors;
      for (const error of result.errors) {
        // A webmaster looks in the console first: name the attribute and the element.
        console.error(`<${this.localName}>: attribute "${error.attribute}" — ${this.consoleText(error.key, error.params)}`);
      }
      return;
    }
    this.configErrors = [];
    this.shared = result.config as SharedConfig;
    if (!this.contactWarned && !hasContactRoute(this.shared)) {
      this.contactWarned = true;
      console.warn(`<${this.localName}>: ${this.consoleText('config.contactOntbreekt', { gemeente: this.shared.gemeenteNaam })}`);
    }
    this.formConfig = this.definition.toConfig(result.config as SharedConfig & Record<string, unknown>);
  }

  /** First valid configuration: restore the draft (or the "sent" confirmation) and prefill. */
  private start(): void {
    this.started = true;
    const shared = this.sharedConfig;
    const storage = shared.persist === 'session' ? sessionStorageOrNull() : null;
    this.draft = createDraftStore({
      storage,
      key: draftKey({ tag: this.localName, gemeenteCode: shared.gemeenteCode, id: this.id, index: this.instanceIndex() }),
      ttlMinutes: shared.persistMinutes,
      now: () => this.clock().getTime(),
    });
    const loaded = this.draft.load();
    this.stepId = this.firstStep()!.id;
    if ((loaded.kind === 'draft' || loaded.kind === 'sent') && loaded.draftId) {
      this.draftId = loaded.draftId;
      // A stored id can be in another tab too (a duplicated tab copies sessionStorage).
      this.openTabs();
    }
    if (loaded.kind === 'sent') {
      this.phase = { kind: 'done', kenmerk: loaded.kenmerk, ontvangen: new Date(loaded.sentAt), restored: true };
      // A tab duplicated from this one later must still find that this draft was sent.
      void this.tabs?.announceSent(loaded.kenmerk);
      return;
    }
    if (loaded.kind === 'draft') this.restoreDraft(loaded);
    else if (loaded.kind === 'expired') this.notice = 'melding.verlopen';
    this.applyPrefill(true);
  }

  /**
   * A citizen who comes back goes on where they were. Apart from `start`, so a first visit (no
   * draft) does not compile it before the first field (issue 9).
   */
  private restoreDraft(loaded: Extract<DraftLoadResult, { kind: 'draft' }>): void {
    // The later part is needed soon.
    void this.fetchLater();
    this.answersState = loaded.answers as Answers;
    this.files = (getPath(loaded.answers, 'bijlagen') as Record<string, FileMeta[]>) ?? {};
    const step = String(loaded.step);
    const stored = this.allSteps().find((s) => s.id === step);
    if ((stored && this.stepApplies(stored)) || step === CHECK_STEP) this.stepId = step;
    this.returnTo = loaded.returnTo === undefined ? null : String(loaded.returnTo);
    if (loaded.pending) {
      this.pending = loaded.pending;
      this.stepId = CHECK_STEP;
      this.notice = 'melding.hervatten';
    } else if (this.hasLostFiles()) {
      this.notice = 'melding.bestandenKwijt';
    }
  }

  /** Without an id, the draft key uses the element's position among same-tag elements. */
  private instanceIndex(): number {
    const same = [...(this.ownerDocument?.querySelectorAll(this.localName) ?? [])];
    return Math.max(0, same.indexOf(this));
  }

  private applyPrefill(initial: boolean): void {
    if (!this.prefill) return;
    let answers = this.answersState;
    const walk = (value: unknown, path: string) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
        return;
      }
      const current = getPath(answers, path);
      // Locked answers always take the host's value (a stale draft must not override DigiD data).
      if (this.isLocked(path) || current === undefined || current === '' || (initial && current === null)) {
        answers = setPath(answers, path, value);
      }
    };
    walk(this.prefill, '');
    this.answersState = answers;
  }

  // ------------------------------------------------------------------ FormHost

  isLocked(path: string): boolean {
    return this.lockedFields.some((locked) => path === locked || path.startsWith(`${locked}.`));
  }

  setAnswer(path: string, value: unknown, options: { commit?: boolean } = {}): void {
    if (this.isLocked(path)) return;
    this.answersState = setPath(this.answersState, path, value);
    // Changed answers after a failed or interrupted send make a different body: it needs a new
    // Idempotency-Key (the same key with another body is a 409). While sending, answers cannot change.
    this.changedWhilePending();
    this.scheduleSave(options.commit ? 0 : 400);
  }

  errorFor(path: string): string | undefined {
    const refused = this.fileIssues.find((i) => i.path === path);
    if (refused) return this.later.engine.issues.issueText(refused, this.registry, this.texts);
    const shown = this.shown;
    // Only fields that were on screen at the press: a question that appeared since is not red yet.
    if (!shown || !shown.registry.fields.has(path)) return undefined;
    return this.later.engine.issues.inlineError(shown.issues, path, this.live(shown.registry), this.texts);
  }

  aboutSomeoneElse(path: string): boolean {
    return (this.definition.aboutOthers ?? []).some((prefix) => path === prefix || path.startsWith(`${prefix}.`));
  }

  /**
   * The frozen fields with the labels of this render where it has them, so a language switch
   * rewords the errors while their set and order stay as they were at the press.
   */
  private live(frozen: FieldRegistry, now: FieldRegistry = this.registry): FieldRegistry {
    const fields = new Map(frozen.fields);
    for (const key of fields.keys()) {
      const current = now.fields.get(key);
      if (current) fields.set(key, current);
    }
    return { fields, aliases: frozen.aliases };
  }

  private copy(registry: FieldRegistry): FieldRegistry {
    return { fields: new Map(registry.fields), aliases: new Map(registry.aliases) };
  }

  registerField(path: string, id: string, label: string, kind: FieldKind, section?: string, group?: string): void {
    this.registry.fields.set(path, { id, label, kind, section, group });
  }

  afterRender(callback: () => void): void {
    void this.updateComplete.then(callback);
  }

  itemRemoved(path: string, index: number): void {
    if (this.shown) this.shown = { ...this.shown, ...this.later.engine.issues.withoutItem(this.shown, path, index) };
  }

  announce(message: string): void {
    this.announcer.say(message);
  }

  watchAnnouncement(key: string, text: string): void {
    this.announcer.watch(key, text);
  }

  registerAlias(path: string, target: string, key?: string): void {
    this.registry.aliases.set(path, { target, key });
  }

  chosenFiles(soort: string): ChosenFile[] {
    return (this.files[soort] ?? []).map((f) => ({
      bestandsnaam: f.bestandsnaam,
      grootte: f.grootte,
      beschikbaar: 'inhoud' in f,
    }));
  }

  async addFiles(soort: string, list: File[]): Promise<void> {
    // The file step is never the first view, but a file chosen in the instant the part arrives waits.
    const part = await this.whenLater().catch(() => undefined);
    if (!part) return; // the alert says the form cannot go on
    const { issues, readAttachment } = part.engine;
    const added: (BijlageData | FileMeta)[] = [];
    const problems: FieldIssue[] = [];
    // The schema's bound on the number of files: say it on the field instead of taking the file.
    const maximum = maxBijlagen(this.definition.attachmentKinds);
    let held = Object.entries(this.files).reduce((n, [s, l]) => n + (s === soort ? l.filter((f) => 'inhoud' in f).length : l.length), 0);
    for (const file of list) {
      if (held >= maximum) {
        problems.push({ path: `bijlagen.${soort}`, key: 'fout.bijlagen.te-veel', params: { maximum, bestand: file.name } });
        break;
      }
      const limit = (this.config as { maxBestandsgrootte?: number }).maxBestandsgrootte;
      const read = await readAttachment(file, soort, limit);
      if (read.ok) (added.push(read.bijlage), held++);
      else problems.push({ path: `bijlagen.${soort}`, key: read.key, params: { ...read.params, bestand: file.name } });
    }
    if (!(await this.completesPending(soort, added))) this.changedWhilePending();
    // A lost file (after a reload) is replaced by what the citizen chooses now.
    const kept = (this.files[soort] ?? []).filter((f) => 'inhoud' in f);
    this.files = { ...this.files, [soort]: [...kept, ...added] };
    this.syncFileMeta();
    // Said politely: the file list grows below the input and focus stays on it, so a screen-reader
    // user hears nothing otherwise; a refused file's message is said too (it shows inline only).
    const said = [
      ...added.map((f) => this.t('bijlage.toegevoegd', { bestand: f.bestandsnaam, grootte: this.formatBytes(f.grootte) })),
      ...problems.map((p) => issues.issueText(p, this.registry, this.texts)),
    ];
    if (said.length) this.announce(said.join(' '));
    // A wrong file type or size is said at once, on the field only: it answers what the citizen just
    // did (not a "still typing" case), and the summary stays as it was at the press.
    this.fileIssues = [...this.fileIssues.filter((i) => i.path !== `bijlagen.${soort}`), ...problems.slice(0, 1)];
  }

  removeFile(soort: string, index: number): void {
    this.changedWhilePending();
    const list = [...(this.files[soort] ?? [])];
    const [removed] = list.splice(index, 1);
    this.files = { ...this.files, [soort]: list };
    this.syncFileMeta();
    if (removed) this.announce(this.t('bijlage.verwijderd', { bestand: removed.bestandsnaam }));
  }

  private syncFileMeta(): void {
    const meta: Record<string, FileMeta[]> = {};
    for (const [soort, list] of Object.entries(this.files)) {
      meta[soort] = list.map((f) => ({ bestandsnaam: f.bestandsnaam, grootte: f.grootte }));
    }
    this.answersState = { ...this.answersState, bijlagen: meta };
    this.scheduleSave(0);
  }

  private hasLostFiles(): boolean {
    return Object.values(this.files).some((list) => list.some((f) => !('inhoud' in f)));
  }

  gegevens(): unknown {
    return this.payload.toGegevens(this.context('payload', 'summary'));
  }

  now(): Date {
    return this.clock();
  }

  formatDate(iso: string, options?: { weekday?: boolean }): string {
    return formatIsoDate(iso, this.currentLanguage, options);
  }

  formatBytes(bytes: number): string {
    return formatBytes(bytes, this.currentLanguage);
  }

  // ------------------------------------------------------------------ drafts

  private scheduleSave(delay: number): void {
    clearTimeout(this.saveTimer);
    this.saveTimer = setTimeout(() => this.flushDraft(), delay);
  }

  private flushDraft(): void {
    clearTimeout(this.saveTimer);
    // After a send (here or in another tab) storage holds only "sent, kenmerk, time".
    if (!this.draft || this.phase.kind === 'done' || this.phase.kind === 'other-tab') return;
    // From now on a duplicated tab can have this draft's id: listen before it can.
    if (this.draft.enabled && this.isConnected) this.ensureTabs();
    this.draft.save({
      draftId: this.draftId,
      answers: this.answersState,
      step: this.stepId,
      ...(this.returnTo ? { returnTo: this.returnTo } : {}),
      ...(this.pending ? { pending: this.pending } : {}),
    });
  }

  /**
   * "Stop en wis mijn gegevens" asks first (one keypress must not lose a form's worth of answers) and
   * cannot be used while a request is in flight: wiping then would leave a send whose outcome the
   * citizen never sees. It stays focusable then (aria-disabled, not disabled) with the reason beside it.
   */
  private wipeState(): WipeState {
    return {
      asked: this.wipeAsked,
      busy: this.submitting || isBusy(this.phase),
      onAsk: () => this.askWipe(),
      onConfirm: () => this.confirmWipe(),
      onCancel: () => this.cancelWipe(),
    };
  }

  private askWipe(): void {
    if (this.submitting || isBusy(this.phase)) return;
    this.wipeAsked = true;
    // Focus on the question, not on a button: a second Enter does not wipe, and the question is read.
    this.afterRender(() => (this.renderRoot.querySelector('.wipe-confirm__vraag') as HTMLElement | null)?.focus());
  }

  private cancelWipe(): void {
    this.wipeAsked = false;
    this.afterRender(() => (this.renderRoot.querySelector('.wipe__button') as HTMLElement | null)?.focus());
  }

  private confirmWipe(): void {
    if (this.submitting || isBusy(this.phase)) return;
    this.wipe();
  }

  /** Wipes the draft and every answer, back to the start (after the confirmation, or when the time is up). */
  private wipe(): void {
    this.forgetWaitingPress();
    this.wipeAsked = false;
    this.newDraftIdentity();
    this.draft?.clear();
    this.answersState = {};
    this.files = {};
    this.pending = null;
    this.returnTo = null;
    this.shown = null;
    this.fileIssues = [];
    this.phase = { kind: 'form' };
    this.applyPrefill(true);
    this.notice = 'melding.gewist';
    this.goTo(this.visibleSteps()[0].id);
    // The notice sits above the heading that takes focus: say it, or a screen reader skips it.
    this.announce(this.t('melding.gewist'));
  }

  // ------------------------------------------------------------------ steps

  /**
   * The steps that apply to the current answers. Answers are replaced, never mutated (setPath copies),
   * so each step's answer is kept until the answers, config or clock day change: a render asks
   * several times, and some `applies` rules build the whole payload.
   */
  visibleSteps(): StepDefinition<C>[] {
    return this.allSteps().filter((step) => this.stepApplies(step));
  }

  /**
   * Whether one step applies, asked only when needed: the first view (the first step as it opens)
   * never asks a later step's `applies`, so the verhuizing's attachment step does not build the whole
   * payload before the first field shows (issue 9; `position` counts a later step by `mayApply`).
   */
  private stepApplies(step: StepDefinition<C>): boolean {
    if (!step.applies) return true;
    const all = this.allSteps();
    let cache = this.appliesCache;
    if (!cache || cache.answers !== this.answersState || cache.config !== this.formConfig || cache.today !== this.today || cache.all !== all) {
      cache = this.appliesCache = { answers: this.answersState, config: this.formConfig, today: this.today, all, applies: new Map() };
    }
    let applies = cache.applies.get(step);
    if (applies === undefined) cache.applies.set(step, (applies = step.applies(this.context(step.id, 'summary'))));
    return applies;
  }
  private appliesCache?: { answers: Answers; config: C | undefined; today: string; all: StepDefinition<C>[]; applies: Map<StepDefinition<C>, boolean> };

  /** The first step that applies (the form's first question), without asking the steps after it. */
  private firstStep(): StepDefinition<C> | undefined {
    return this.allSteps().find((step) => this.stepApplies(step));
  }

  /** The form's payload mapping: in its definition or in the later part (FormDefinition.payload). */
  private get payload(): FormPayload<C> {
    const payload = this.definition.payload ?? this.later.form.payload;
    if (!payload) throw new Error(`<${this.localName}>: the form has no payload mapping`);
    return payload;
  }

  /**
   * Every step: the first view's where it has the step whole (the first), the later part's for the
   * shells once it is here. In a classic script the later file has its own copy of the first step,
   * whose templates are other objects to Lit: rendering that copy would rebuild the step under the
   * citizen's hands (focus lost, a click on a replaced radio lost) at the moment the file arrives.
   */
  private allSteps(): StepDefinition<C>[] {
    const whole = this.laterPart()?.form.steps;
    if (!whole) return this.definition.steps;
    if (this.mergedSteps?.whole !== whole) {
      this.mergedSteps = { whole, steps: this.definition.steps.map((step, i) => (isShell(step) ? whole[i]! : step)) };
    }
    return this.mergedSteps.steps;
  }
  private mergedSteps?: { whole: StepDefinition<C>[]; steps: StepDefinition<C>[] };

  private context(stepId: string, mode: 'edit' | 'summary'): StepContext<C> {
    return new StepContext<C>(this, stepId, mode);
  }

  /**
   * The fields a step shows for the current answers, from a dry render (StepContext): the paths the
   * step answers, derived instead of listed by hand, so an error lands on the step that asks it.
   */
  fieldsOf(step: StepDefinition<C>): FieldRegistry {
    const fields = emptyRegistry();
    step.render(new StepContext<C>(this, step.id, 'edit', fields));
    return fields;
  }

  private stepFields(): { id: string; fields: FieldRegistry }[] {
    return this.visibleSteps().map((step) => ({ id: step.id, fields: this.fieldsOf(step) }));
  }

  private currentStep(): StepDefinition<C> | undefined {
    const step = this.allSteps().find((s) => s.id === this.stepId);
    return step && this.stepApplies(step) ? step : undefined;
  }

  private goTo(stepId: string, options: { focus?: string; returnTo?: string | null } = {}): void {
    this.stepId = stepId;
    this.wipeAsked = false;
    this.shown = null;
    this.fileIssues = [];
    if (options.returnTo !== undefined) this.returnTo = options.returnTo;
    this.flushDraft();
    this.visit++;
    const { index, count } = this.position();
    this.dispatchEvent(
      new GemeenteStepChangeEvent({ formulier: this.definition.formulier, step: stepId, index, total: count }),
    );
    void this.updateComplete.then(() => this.focusAfterRender(options.focus));
  }

  /** Focus moves to the step heading on each step change, so a screen reader starts at the top. */
  private focusAfterRender(targetId?: string): void {
    const root = this.renderRoot as ShadowRoot;
    const target = targetId ? root.getElementById(targetId) : null;
    if (target) {
      this.focusField(targetId!);
      return;
    }
    (root.querySelector('.step-title') as HTMLElement | null)?.focus();
  }

  private next(): void {
    const step = this.currentStep();
    if (!step || !this.withLater(() => this.next())) return;
    // A referral (another procedure) ends the form whatever else the step holds.
    const referral = step.referral?.(this.context(step.id, 'summary'));
    if (referral) {
      this.phase = { kind: 'referral', referral };
      this.flushDraft();
      void this.updateComplete.then(() => this.focusAfterRender());
      return;
    }
    const issues = this.validateStep(step);
    if (issues.length) {
      this.showErrors(issues);
      return;
    }
    this.notice = null;
    if (this.returnTo) {
      this.goTo(this.returnTo, { returnTo: null });
      return;
    }
    const steps = this.visibleSteps();
    const following = steps[steps.indexOf(step) + 1];
    this.goTo(following ? following.id : CHECK_STEP);
  }

  private back(): void {
    const steps = this.visibleSteps();
    if (this.phase.kind === 'referral') {
      this.phase = { kind: 'form' };
      void this.updateComplete.then(() => this.focusAfterRender());
      return;
    }
    const index = this.stepId === CHECK_STEP ? steps.length : steps.findIndex((s) => s.id === this.stepId);
    if (index > 0) this.goTo(steps[index - 1].id, { returnTo: null });
  }

  /** At a press: freezes these issues with the fields on screen now (see `shown`). */
  private showErrors(issues: FieldIssue[]): void {
    this.fileIssues = [];
    this.shown = {
      issues,
      registry: this.copy(this.registry),
      ...(this.stepId === CHECK_STEP ? { steps: this.stepFields() } : {}),
    };
    void this.updateComplete.then(() => {
      (this.renderRoot.querySelector('.error-summary') as HTMLElement | null)?.focus();
    });
  }

  private focusField(id: string): void {
    const root = this.renderRoot as ShadowRoot;
    const input = root.getElementById(id) as HTMLElement | null;
    if (!input) return;
    input.focus({ preventScroll: true });
    // The question must be in view with its field (GOV.UK error summary): the field is centred, below a
    // sticky CMS header through `scroll-margin` (--gemeente-scroll-offset, WCAG 2.4.11 Focus Not
    // Obscured); the fieldset's legend instead when it and the field both fit (see questionFor).
    questionFor(input).scrollIntoView?.({ block: 'center' });
  }

  // ------------------------------------------------------------------ validation

  private envelope(ingediendOp: string): Record<string, unknown> {
    const bijlagen: BijlageData[] = [];
    // A file of a kind these answers no longer ask (a huurcontract, then "koop") stays out: the schema refuses it.
    const asked = this.payload.askedAttachmentKinds?.(this.context('bijlagen', 'summary')) ?? this.definition.attachmentKinds;
    for (const soort of this.definition.attachmentKinds) {
      if (!asked.includes(soort)) continue;
      for (const f of this.files[soort] ?? []) if ('inhoud' in f) bijlagen.push(f);
    }
    return {
      formulier: this.definition.formulier,
      versie: this.definition.versie ?? '1',
      gemeente: { code: this.sharedConfig.gemeenteCode, naam: this.sharedConfig.gemeenteNaam },
      taal: this.currentLanguage,
      ingediendOp,
      gegevens: this.gegevens(),
      bijlagen,
    };
  }

  private parse(ingediendOp = this.clock().toISOString()) {
    const envelope = this.envelope(ingediendOp);
    const { engine, form } = this.later;
    const result = engine.payloadSchema(form, { today: this.today, now: this.clock(), config: this.config }).safeParse(envelope);
    return { envelope, result };
  }

  private allIssues(): LocatedIssue[] {
    const { envelope, result } = this.parse();
    if (result.success) return [];
    return result.error.issues.map((i) => this.later.engine.issues.toFieldIssue(i, envelope));
  }

  /**
   * The step's own issues: its flow checks, and the schema's issues on a field it shows now — a
   * question that is not on screen yet is not asked yet, so it gets no empty "Vul in" entry.
   */
  private validateStep(step: StepDefinition<C>): FieldIssue[] {
    const fields = this.fieldsOf(step);
    const flow = step.validate?.(this.context(step.id, 'summary')) ?? [];
    const { reword, renders } = this.later.engine.issues;
    return reword([...flow, ...this.allIssues().filter((i) => renders(fields, i))], fields);
  }

  private stepTitle(step: StepDefinition<C>): string {
    const key = typeof step.title === 'function' ? step.title(this.context(step.id, 'summary')) : step.title;
    return this.t(key, { gemeente: this.sharedConfig.gemeenteNaam });
  }

  private checkPageIssues(): FieldIssue[] {
    const steps = this.visibleSteps();
    const flow = steps.flatMap((s) => s.validate?.(this.context(s.id, 'summary')) ?? []);
    return this.later.engine.issues.reword([...flow, ...this.allIssues()], this.registry);
  }

  // ------------------------------------------------------------------ submission

  private async submit(): Promise<void> {
    if (this.submitting || isBusy(this.phase) || !this.withLater(() => void this.submit())) return;
    // A pending body (a retry, or a reload mid-send) is resent identically, or not at all.
    if (this.pending?.body) return this.resend();
    const issues = this.checkPageIssues();
    if (issues.length) {
      this.showErrors(issues);
      return;
    }
    // The key, the envelope's time and its language are fixed when sending starts and the body is kept
    // with the draft, so a retry, a resend or a reload mid-send posts the same body under the same key.
    const started = this.pending ?? { idempotencyKey: newIdempotencyKey(), startedAt: this.clock().getTime() };
    const { result } = this.parse(new Date(started.startedAt).toISOString());
    if (!result.success) {
      this.showErrors(result.error.issues.map((i) => this.later.engine.issues.toFieldIssue(i, {})));
      return;
    }
    this.submitting = true;
    try {
      const { pending, contents } = await this.later.engine.pendingFromPayload(result.data, started);
      this.pending = pending;
      this.contents = contents;
      await this.post(result.data);
    } finally {
      this.submitting = false;
      // Not a reactive property: re-render so "Stop en wis" is usable again (wipeState).
      this.requestUpdate();
    }
  }

  /** The pending body again, its files put back by hash; if one is missing, ask for it. */
  private async resend(): Promise<void> {
    const pending = this.pending!;
    const restored = this.later.engine.restoreBody({ body: pending.body!, bijlagen: pending.bijlagen ?? [] }, this.contents);
    if (!restored.ok) {
      this.reattachAsked = true;
      void this.updateComplete.then(() => (this.renderRoot.querySelector('.reattach__title') as HTMLElement | null)?.focus());
      return;
    }
    this.submitting = true;
    try {
      await this.post(restored.body);
    } finally {
      this.submitting = false;
      // Not a reactive property: re-render so "Stop en wis" is usable again (wipeState).
      this.requestUpdate();
    }
  }

  /** Hands the payload to the host (`gemeente-submit`) or posts it, one tab per draft at a time. */
  private async post(payload: unknown): Promise<void> {
    const pending = this.pending!;
    this.flushDraft();
    const event = new GemeenteSubmitEvent({ payload, idempotencyKey: pending.idempotencyKey });
    this.wipeAsked = false;
    if (!this.dispatchEvent(event)) {
      this.phase = { kind: 'host-sending' };
      this.focusSendStatus();
      return;
    }
    this.phase = { kind: 'sending', attempt: 1 };
    this.notice = null;
    this.progressSaid = '';
    this.focusSendStatus();
    const { send } = this.later.engine;
    const post = () =>
      send(
        payload,
        pending,
        { shared: this.sharedConfig, headers: this.requestHeaders, signal: this.abort?.signal },
        { get: () => this.phase, set: (phase) => this.sendProgress(phase) },
      );
    const tabs = this.isConnected ? this.ensureTabs() : undefined;
    const outcome = tabs
      ? await tabs.exclusive(post, (o) => (o.kind === 'ok' ? o.kenmerk : undefined))
      : { kind: 'ran' as const, value: await post() };
    if (outcome.kind === 'sent-elsewhere') this.sentElsewhere(outcome.kenmerk);
    else this.handleResult(outcome.value);
  }

  private handleResult(outcome: SubmissionResult): void {
    const { presentResult, describeOutcome, serverIssues } = this.later.engine;
    const view = presentResult(outcome);
    if (outcome.kind === 'aborted') return;
    if (outcome.kind === 'ok') {
      this.finish(outcome.kenmerk, outcome.response);
      return;
    }
    if (!view.keepKey) this.pending = null;
    this.flushDraft();
    this.dispatchEvent(new GemeenteSubmitErrorEvent({ kind: outcome.kind as SubmitErrorKind, message: describeOutcome(outcome) }));
    if (outcome.kind === 'invalid' && this.showServerIssues(serverIssues(outcome, this.envelope('')).issues)) return;
    this.phase = outcome.kind === 'invalid' ? { ...sendErrorPhase(view), showContact: true } : sendErrorPhase(view);
    this.focusSendError();
  }

  /**
   * While sending, focus is on the status line above the button: "Versturen" is disabled then, and a
   * disabled button loses focus to <body>, where a screen reader says nothing and Tab starts over.
   */
  private focusSendStatus(): void {
    this.afterRender(() => (this.renderRoot.querySelector('.send-status') as HTMLElement | null)?.focus());
  }

  /** After a failed send: the heading of the message (read on focus; the message itself is an alert). */
  private focusSendError(): void {
    this.afterRender(() => (this.renderRoot.querySelector('.send-error__title') as HTMLElement | null)?.focus());
  }

  /**
   * A retry or a wait for the network: shown under the status line and said through the polite live
   * region, so the citizen hears progress while focus stays where it is (a focused text that changes
   * is not re-read).
   */
  private sendProgress(phase: Phase): void {
    this.phase = phase;
    if (phase.kind !== 'sending') return;
    const key = phase.waiting === 'offline' ? 'verzenden.offline' : phase.attempt > 1 ? 'verzenden.opnieuwProberen' : '';
    const message = key ? this.t(key, { poging: phase.attempt, max: 4 }) : '';
    if (message && message !== this.progressSaid) {
      this.progressSaid = message;
      this.announce(message);
    }
  }

  /**
   * The server's field errors (problem+json `invalidParams`) that name a field the form shows: on that
   * field, its step reopened, and in that step's summary. A name no step renders, or a 400 without
   * field details, is nothing the citizen can fix in the form: it becomes a failure message with the
   * contact route instead (false), never a "Vul in" or "correct the marked answers" with nothing marked.
   */
  private showServerIssues(all: FieldIssue[]): boolean {
    const steps = this.stepFields();
    const { renders } = this.later.engine.issues;
    const onCheckPage = (i: FieldIssue) => this.stepId === CHECK_STEP && renders(this.registry, i);
    const known = all
      .filter((i) => onCheckPage(i) || steps.some((s) => renders(s.fields, i)))
      // A code that is not one of our keys speaks through the server's reason; without one, our own text.
      .map((i) => (this.texts.exists(i.key) || i.text ? i : { ...i, key: 'fout.ongeldig' }));
    if (!known.length) return false;
    this.phase = { kind: 'form' };
    const step = steps.find((s) => known.some((i) => renders(s.fields, i)));
    if (!step) {
      this.showErrors(known);
      return true;
    }
    this.goTo(step.id, { returnTo: CHECK_STEP });
    // The step's errors now; another step's come back at the next send if they still apply.
    void this.updateComplete.then(() => this.showErrors(known.filter((i) => renders(step.fields, i))));
    return true;
  }

  private finish(kenmerk: string, response: unknown): void {
    const ontvangen = this.clock();
    // What the confirmation's "what happens next" depends on, taken before the answers are dropped;
    // kept in memory only (after a reload the confirmation shows kenmerk and time only).
    // A host may call complete() before the later part came (it sent the payload itself): no facts then.
    const payload = this.definition.payload ?? this.laterPart()?.form.payload;
    const facts = payload?.confirmationFacts?.(this.context('bevestiging', 'summary'));
    this.draft?.markSent(kenmerk, ontvangen.getTime(), this.draftId);
    void this.tabs?.announceSent(kenmerk);
    this.pending = null;
    this.contents = new Map();
    this.answersState = {};
    this.files = {};
    this.phase = { kind: 'done', kenmerk, ontvangen, restored: false, ...(facts ? { facts } : {}) };
    this.dispatchEvent(new GemeenteSubmittedEvent({ kenmerk, response }));
    this.dispatchEvent(
      new GemeenteStepChangeEvent({ formulier: this.definition.formulier, step: 'bevestiging', index: -1, total: -1 }),
    );
    void this.updateComplete.then(() => this.focusAfterRender());
  }

  /** For a host that cancelled `gemeente-submit` and sent the payload itself: show the confirmation. */
  complete(kenmerk: string): void {
    this.finish(kenmerk, null);
  }

  /** For a host that cancelled `gemeente-submit`: show its failure message with a retry button. */
  fail(message: string): void {
    this.phase = { kind: 'send-error', messageKey: message, offerResend: true, showContact: true };
    this.focusSendError();
    this.dispatchEvent(new GemeenteSubmitErrorEvent({ kind: 'host', message: 'host reported a failure' }));
  }

  // ------------------------------------------------------------------ rendering

  protected override render(): TemplateResult {
    this.announcer.beginRender(`${this.phase.kind}:${this.stepId}:${this.currentLanguage}`);
    // The parsed `theme-href` (endpoint policy); with a configuration error there is none to load.
    const themeHref = this.shared?.themeHref;
    const theme = html`${themeHref ? html`<link rel="stylesheet" href=${themeHref.href} />` : nothing}`;
    return html`${theme}
      <div class="root ${this.themeClass ?? ''}" lang=${this.currentLanguage}>
        ${this.expiry.warning ? timeLimitView(this.t, this.warningMs, () => this.extendTime()) : nothing}
        ${this.languages.note()}${this.laterNote()}${this.renderBody()}
        ${this.announcer.view()}
      </div>`;
  }

  private renderBody(): TemplateResult {
    if (this.configErrors.length) return this.renderConfigErrors();
    // The first view is the first step as it opens. Anything else (a draft or a sent report that came
    // back, a step after a press) needs the later part, which a classic script brings on demand.
    if (!this.laterPart() && !this.inFirstView()) {
      void this.fetchLater();
      return html``; // laterNote says why
    }
    const phase = this.phase;
    if (phase.kind === 'done') return this.renderConfirmation(phase);
    if (phase.kind === 'other-tab') return this.later.engine.views.otherTab(this.t, phase.kenmerk, () => this.startOver());
    if (phase.kind === 'referral') {
      return this.later.engine.views.referral(this.t, phase.referral, this.sharedConfig, { back: () => this.back(), wipe: this.wipeState() });
    }
    this.registry.fields.clear();
    this.registry.aliases.clear();
    return this.stepId === CHECK_STEP ? this.renderCheckPage() : this.renderStep();
  }

  /** A wrong configuration is the whole view. Its own method: a working page never compiles it (issue 9). */
  private renderConfigErrors(): TemplateResult {
    return html`<div class="config-error" role="alert" part="error">
      <h2 class="config-error__title">${this.t('config.titel')}</h2>
      <ul>
        ${this.configErrors.map((e) => html`<li>${this.t(e.key, e.params)}</li>`)}
      </ul>
    </div>`;
  }

  /**
   * "Stap 2 van 7": the steps passed that applied, this one, every later step that can still apply
   * (`mayApply`) and the check page. Worked out once per visit of a step, so it never changes while
   * the citizen answers on it (issue 7 item 9): an answer that rules a later step out lowers the
   * total on the next step, never under the citizen's eyes. docs/steps-and-check-page.md.
   */
  private position(): StepPosition {
    const key = { visit: this.visit, stepId: this.stepId, config: this.formConfig, today: this.today };
    const kept = this.positionCache;
    if (kept && kept.visit === key.visit && kept.stepId === key.stepId && kept.config === key.config && kept.today === key.today) {
      return kept.position;
    }
    const all = this.allSteps();
    const check = this.stepId === CHECK_STEP;
    const here = check ? all.length : all.findIndex((s) => s.id === this.stepId);
    let before = 0; // the steps before this one that applied
    let count = 1; // the check page
    all.forEach((step, i) => {
      if (i <= here) {
        if (!this.stepApplies(step)) return;
        count++;
        if (i < here) before++;
      } else if (!step.applies) count++;
      // A later step counts while it can still apply: `mayApply`, else always (so its `applies`,
      // which may build the whole payload, is not asked on the way to the first field).
      else if (!step.mayApply || step.mayApply(this.context(step.id, 'summary')) || this.stepApplies(step)) count++;
    });
    // On a step that does not apply (a stale draft step) the count starts at 0, as before.
    const index = check || (here >= 0 && this.stepApplies(all[here]!)) ? before : 0;
    const position = { index, count: Math.max(count, index + 1) };
    this.positionCache = { ...key, position };
    return position;
  }
  private visit = 0;
  private positionCache?: { visit: number; stepId: string; config: C | undefined; today: string; position: StepPosition };

  private renderStep(): TemplateResult {
    const step = this.currentStep() ?? this.firstStep()!;
    // The body first: rendering it registers the fields the error summary links to and orders by.
    const body = step.render(this.context(step.id, 'edit'));
    return stepView({
      t: this.t,
      title: this.stepTitle(step),
      position: this.position(),
      notice: this.notice,
      body,
      errors: this.shown ? this.later.engine.issues.summaryErrors(this.shown.issues, this.live(this.shown.registry), this.texts) : null,
      returningToCheck: this.returnTo === CHECK_STEP,
      onNext: () => this.next(),
      onBack: () => this.back(),
      wipe: this.wipeState(),
      onErrorLink: (id) => this.focusField(id),
    });
  }

  private renderCheckPage(): TemplateResult {
    const ctx = this.context(CHECK_STEP, 'edit');
    const steps = this.visibleSteps();
    const groups = steps.map((step) => {
      const summary = this.context(step.id, 'summary');
      step.render(summary);
      return { stepId: step.id, title: this.stepTitle(step), rows: summary.rows };
    });
    // Rendered before the error summary is built, so the summary can link to the checkbox.
    const declaration = ctx.checkbox('verklaringNaarWaarheid', { label: this.definition.declaration.label });
    const phase = this.phase;
    const { views } = this.later.engine;
    return views.checkPage({
      t: this.t,
      position: this.position(),
      notice: this.notice,
      errors: this.checkPageSummary(),
      groups,
      declarationHint: this.definition.declaration.hint,
      declaration,
      sendState: views.sendState(
        phase,
        {
          ...this.texts,
          contact: this.sharedConfig,
          messageParams: () => this.messageParams(),
          formatBytes: (bytes) => this.formatBytes(bytes),
        },
        this.reattachState(),
      ),
      sending: isBusy(phase),
      // A report that may have arrived is never sent fresh, the identical one once its files are back;
      // one that arrived without a kenmerk needs no "Versturen" at all (its message says so).
      canSubmit:
        (phase.kind !== 'maybe-arrived' || this.reattachState() === undefined) &&
        !(phase.kind === 'send-error' && phase.messageKey === 'verzenden.geenKenmerk'),
      offerResend: phase.kind === 'send-error' && phase.offerResend,
      onSubmit: () => void this.submit(),
      onBack: () => this.back(),
      onChange: (stepId) => this.goTo(stepId, { returnTo: CHECK_STEP }),
      wipe: this.wipeState(),
      onErrorLink: (id) => this.followSummaryLink(id),
    });
  }

  /** The check page's frozen summary, worded in the current language (see `live`). */
  private checkPageSummary(): ReturnType<typeof checkPageErrors> | null {
    const shown = this.shown;
    if (!shown) return null;
    const now = new Map(this.stepFields().map((s) => [s.id, s.fields]));
    const steps = (shown.steps ?? []).map((s) => ({ id: s.id, fields: this.live(s.fields, now.get(s.id)) }));
    return this.later.engine.issues.checkPageErrors(shown.issues, steps, this.live(shown.registry), this.texts);
  }

  private followSummaryLink(id: string): void {
    if (id.startsWith('wijzig-')) this.goTo(id.slice('wijzig-'.length), { returnTo: CHECK_STEP });
    else this.focusField(id);
  }

  /** Values the engine's messages may name: the gemeente and this form's attachment limits. */
  private messageParams(): Record<string, unknown> {
    const limits = this.config as { maxBestandsgrootte?: number; maxTotaleGrootte?: number };
    return {
      gemeente: this.sharedConfig.gemeenteNaam,
      perBestand: this.formatBytes(limits.maxBestandsgrootte ?? 0),
      totaal: this.formatBytes(limits.maxTotaleGrootte ?? 0),
    };
  }

  private renderConfirmation(phase: Extract<Phase, { kind: 'done' }>): TemplateResult {
    const ctx = this.context('bevestiging', 'edit');
    return this.later.engine.views.confirmation({
      t: this.t,
      formName: `${this.definition.formulier}.naam`,
      kenmerk: phase.kenmerk,
      when: formatDateTime(phase.ontvangen, this.currentLanguage),
      gemeente: this.sharedConfig.gemeenteNaam,
      next: phase.restored ? nothing : this.payload.confirmation(ctx, { kenmerk: phase.kenmerk, ontvangen: phase.ontvangen, facts: phase.facts ?? {} }),
      root: this.renderRoot,
      onStartOver: () => this.startOver(),
    });
  }

  private startOver(): void {
    this.forgetWaitingPress();
    this.newDraftIdentity();
    this.draft?.clear();
    this.phase = { kind: 'form' };
    this.answersState = {};
    this.applyPrefill(true);
    this.goTo(this.visibleSteps()[0].id, { returnTo: null });
  }

  // ------------------------------------------------------------------ pending sends, tabs, time limit
  // Issue 8 holes 1, 2 and 9. Kept together and apart from the flow above: each method is one step.

  /** Listens for other tabs holding this draft (tab-lock.ts). */
  /**
   * The channel with other tabs (draft/tab-lock.ts), opened once this draft's id can be in another
   * tab: at the start for a stored draft, at the first save of a new one, at a send. A new id exists
   * in this page only, so nobody can announce it earlier — and a BroadcastChannel costs 15–20 ms at
   * CPU 4×, which at the start is time before the first usable field (issue 9).
   */
  private ensureTabs(): TabCoordinator {
    if (!this.tabs) this.openTabs();
    return this.tabs!;
  }
  /** Opened for this draft id; reopened when the element is connected again. */
  private tabsShared = false;

  private openTabs(): void {
    this.tabsShared = true;
    this.tabs?.close();
    this.tabs = createTabCoordinator(this.draftId, (kenmerk) => {
      // While this tab sends, its own lock decides (see post); a tab already done keeps its view.
      if (!this.submitting && !isBusy(this.phase) && this.phase.kind !== 'done' && this.phase.kind !== 'other-tab') this.sentElsewhere(kenmerk);
    });
    if (this.phase.kind === 'done') void this.tabs.announceSent(this.phase.kenmerk);
  }

  /** A wiped or new form is a new draft: other tabs' copies of the old one are no concern of it. */
  private newDraftIdentity(): void {
    this.draftId = newIdempotencyKey();
    this.contents = new Map();
    this.reattachAsked = false;
    this.reattachErrors = {};
    // The new id is in this page only (ensureTabs).
    this.tabs?.close();
    this.tabs = undefined;
    this.tabsShared = false;
  }

  /** Another tab sent this draft: keep only "sent, kenmerk" here too, and say so. */
  private sentElsewhere(kenmerk: string): void {
    this.draft?.markSent(kenmerk, this.clock().getTime(), this.draftId);
    this.pending = null;
    this.contents = new Map();
    this.answersState = {};
    this.files = {};
    this.shown = null;
    this.fileIssues = [];
    this.phase = { kind: 'other-tab', kenmerk };
    void this.updateComplete.then(() => this.focusAfterRender());
  }

  /** An answer or file changed after an unfinished send: that body will not be sent, so neither its key. */
  private changedWhilePending(): void {
    if (!this.pending || this.submitting || isBusy(this.phase)) return;
    this.pending = null;
    this.contents = new Map();
    this.reattachAsked = false;
    this.reattachErrors = {};
    if (this.phase.kind === 'send-error' || this.phase.kind === 'maybe-arrived') this.phase = { kind: 'form' };
  }

  /**
   * Files chosen on the attachment step while a pending body waits for its files: when each is one of
   * the missing files (same soort and SHA-256) it completes the pending body and is no change.
   */
  private async completesPending(soort: string, added: (BijlageData | FileMeta)[]): Promise<boolean> {
    const expected = this.pending?.body ? (this.pending.bijlagen ?? []) : [];
    if (!expected.length || !added.length) return false;
    const found: [string, string][] = [];
    for (const bijlage of added) {
      if (!('inhoud' in bijlage)) return false;
      // Called from addFiles, which waited for the later part.
      const hash = await this.later.engine.hashOf(bijlage.inhoud);
      if (!expected.some((e) => e.soort === soort && e.sha256 === hash)) return false;
      found.push([hash, bijlage.inhoud]);
    }
    for (const [hash, inhoud] of found) this.contents.set(hash, inhoud);
    return true;
  }

  /** The files still to add again to the pending body, or undefined when none is missing. */
  private reattachState(): ReattachState | undefined {
    const pending = this.pending;
    if (!pending?.body || !pending.bijlagen?.length || isBusy(this.phase)) return undefined;
    const files = pending.bijlagen.map((b, i) => ({
      ...b,
      present: this.contents.has(b.sha256),
      error: this.reattachErrors[i] ? this.t('hervatten.nietHetzelfde', { bestand: b.bestandsnaam }) : undefined,
    }));
    if (files.every((f) => f.present)) return undefined;
    return {
      files,
      asked: this.reattachAsked,
      offerNoFile: this.phase.kind !== 'maybe-arrived',
      onFile: (index, file) => void this.reattach(index, file),
      onNoFile: () => void this.askEndpoint(),
    };
  }

  /** A file added again after a reload: taken only when its bytes hash to the pending attachment's. */
  private async reattach(index: number, file: File): Promise<void> {
    const expected = this.pending?.bijlagen?.[index];
    if (!expected) return;
    const limit = (this.config as { maxBestandsgrootte?: number }).maxBestandsgrootte;
    const part = await this.whenLater().catch(() => undefined);
    if (!part) return; // the alert says the form cannot go on
    const { readAttachment, hashOf } = part.engine;
    const read = await readAttachment(file, expected.soort, limit);
    const same = read.ok && (await hashOf(read.bijlage.inhoud)) === expected.sha256;
    if (!read.ok || !same) {
      this.reattachErrors = { ...this.reattachErrors, [index]: true };
      return;
    }
    this.contents.set(expected.sha256, read.bijlage.inhoud);
    const { [index]: _, ...others } = this.reattachErrors;
    this.reattachErrors = others;
    // The check page lists it as present again: the lost entry of that name gets the contents.
    const list = [...(this.files[expected.soort] ?? [])];
    const lost = list.findIndex((f) => !('inhoud' in f) && f.bestandsnaam === expected.bestandsnaam);
    if (lost >= 0) list[lost] = { ...read.bijlage, bestandsnaam: expected.bestandsnaam };
    this.files = { ...this.files, [expected.soort]: list };
    this.announce(this.t('hervatten.toegevoegd', { bestand: expected.bestandsnaam }));
    if (!this.reattachState()) this.reattachAsked = false;
  }

  /**
   * "Ik heb het bestand niet meer": ask the endpoint whether the key was stored. A kenmerk shows the
   * confirmation; anything else says the report may have arrived — never a fresh send (product.md).
   */
  private async askEndpoint(): Promise<void> {
    const pending = this.pending;
    if (!pending || isBusy(this.phase) || !this.withLater(() => void this.askEndpoint())) return;
    this.phase = { kind: 'asking' };
    this.focusSendStatus();
    const found = await this.later.engine.lookupKey(
      {
        endpoint: this.sharedConfig.endpoint.href,
        idempotencyKey: pending.idempotencyKey,
        credentials: this.sharedConfig.credentials as RequestCredentials,
        headers: this.requestHeaders,
      },
      { signal: this.abort?.signal },
    );
    if (found.kind === 'stored') {
      this.finish(found.kenmerk, null);
      return;
    }
    this.phase = { kind: 'maybe-arrived', reference: pending.idempotencyKey.slice(0, 8) };
    this.focusSendError();
  }

  /** "Ik ben er nog". */
  private extendTime(): void {
    this.expiry.extend();
    this.announce(this.t('tijdslimiet.verlengd'));
  }

  /** The time is up on the open page: the draft and every rendered answer go, and the page says so. */
  private expireDraft(): void {
    this.wipe();
    this.notice = 'melding.verlopen';
    this.announce(this.t('melding.verlopen'));
  }
}
