// The field helpers a step's render function calls. In "edit" mode they render the field with its
// value, error and lock state wired in; in "summary" mode the same calls record check-your-answers
// rows instead, so the check page lists exactly the fields the citizen saw, in the same order,
// without each form writing its summary a second time.
import { html, nothing, type TemplateResult } from 'lit';
import { textField, type TextFieldOptions } from '../fields/text-field.js';
import { dateField } from '../fields/date-field.js';
import { checkboxField, radioField, type ChoiceOption } from '../fields/choice-field.js';
import { selectField } from '../fields/select-field.js';
import { fileField, type ChosenFile } from '../fields/file-field.js';
import { isEmptyDate, partsToIso, isoToParts, type DateParts } from '../fields/date-parts.js';
import type { FieldBase } from '../fields/field-parts.js';
import { fieldId, getPath, type Answers } from './path.js';
import { showTelefoon, showTijd } from './display.js';
import type { FieldRegistry } from './issues.js';

/** Decides the wording of a "required" message: type something, or choose something. */
export type FieldKind = 'text' | 'choice' | 'file';

export interface SummaryRow {
  stepId: string;
  /** Sub-heading (e.g. "Persoon 2") the row belongs to. */
  section?: string | undefined;
  label: string;
  value: string;
  fieldId: string;
}

/** What the element offers the step context. */
export interface FormHost<C> {
  readonly answers: Answers;
  readonly config: C;
  readonly today: string;
  /** The language the texts are shown in (the `lang` attribute resolved, e.g. "nl"). */
  readonly language: string;
  /** The `gegevens` input built from the answers so far (for rule functions shared with the schema). */
  gegevens(): unknown;
  t(key: string, options?: Record<string, unknown>): string;
  errorFor(path: string): string | undefined;
  /** True for an answer about someone else (FormDefinition.aboutOthers): its inputs get autocomplete="off". */
  aboutSomeoneElse(path: string): boolean;
  isLocked(path: string): boolean;
  setAnswer(path: string, value: unknown, options?: { commit?: boolean }): void;
  chosenFiles(soort: string): ChosenFile[];
  addFiles(soort: string, files: File[]): void;
  removeFile(soort: string, index: number): void;
  registerField(path: string, id: string, label: string, kind: FieldKind, section?: string, group?: string): void;
  registerAlias(path: string, target: string, key?: string): void;
  /** Runs `callback` after the next render (focus management). */
  afterRender(callback: () => void): void;
  /** Item `index` of the repeating group at `path` was removed: frozen errors move with the people after it. */
  itemRemoved(path: string, index: number): void;
  /** Says `message` through the element's polite live region. */
  announce(message: string): void;
  /** From a render: `text` is on screen under `key`; said through the live region when it appears or changes. */
  watchAnnouncement(key: string, text: string): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** With the weekday unless `weekday: false` (format.ts). */
  formatDate(iso: string, options?: { weekday?: boolean }): string;
  /** The injected clock's current instant. */
  now(): Date;
  formatBytes(bytes: number): string;
}

interface Common {
  /** i18n key of the label (or legend). */
  label: string;
  hint?: string;
  hintParams?: Record<string, unknown>;
  labelParams?: Record<string, unknown>;
  optional?: boolean;
}

export interface Option {
  value: string;
  /** i18n key (or, with `raw`, the text itself — e.g. an address from the lookup). */
  label: string;
  raw?: boolean;
  hint?: string;
}

export class StepContext<C> {
  readonly rows: SummaryRow[] = [];
  private currentSection: string | undefined;
  private currentGroup: string | undefined;

  /**
   * With `fields`, a dry render: the step renders as on screen but only records which fields (and
   * aliases) it shows into `fields` — it changes no answer and starts no lookup. The engine derives
   * which step owns an error from it (the fields a step renders are the paths it answers).
   */
  constructor(
    readonly host: FormHost<C>,
    readonly stepId: string,
    readonly mode: 'edit' | 'summary',
    readonly fields?: FieldRegistry,
  ) {}

  /** True in a dry render (see the constructor). */
  get dry(): boolean {
    return this.fields !== undefined;
  }

  get answers(): Answers {
    return this.host.answers;
  }
  get config(): C {
    return this.host.config;
  }
  get today(): string {
    return this.host.today;
  }
  t(key: string, options?: Record<string, unknown>): string {
    return this.host.t(key, options);
  }
  get(path: string): unknown {
    return getPath(this.host.answers, path);
  }
  str(path: string): string {
    const v = this.get(path);
    return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
  }
  /** A yes/no answer, or `undefined` while unanswered (so the schema says it is required). */
  bool(path: string): boolean | undefined {
    const v = this.get(path);
    return typeof v === 'boolean' ? v : undefined;
  }
  set(path: string, value: unknown): void {
    if (this.dry) return;
    this.host.setAnswer(path, value, { commit: true });
  }
  /** ISO date of a date field ('' when empty; a non-date string when invalid). */
  isoDate(path: string): string {
    const v = this.get(path);
    if (typeof v === 'string') return v;
    return partsToIso(v as DateParts | undefined);
  }

  /** Starts a sub-section of the summary (e.g. one co-mover). */
  beginSection(title: string | undefined): void {
    this.currentSection = title;
  }

  /**
   * Fields rendered inside `content` form one question for the error summary (an address: one
   * entry that names its wrong parts, not one per part — a phone screen has room for few entries).
   */
  group<T>(name: string, content: () => T): T {
    const previous = this.currentGroup;
    this.currentGroup = name;
    try {
      return content();
    } finally {
      this.currentGroup = previous;
    }
  }

  private base(path: string, o: Common, kind: FieldKind = 'text'): FieldBase {
    const id = fieldId(path);
    const label = this.t(o.label, o.labelParams);
    if (this.fields) this.fields.fields.set(path, { id, label, kind, section: this.currentSection, group: this.currentGroup });
    else this.host.registerField(path, id, label, kind, this.currentSection, this.currentGroup);
    return {
      id,
      label,
      hint: o.hint ? this.t(o.hint, o.hintParams) : undefined,
      error: this.host.errorFor(path),
      optional: o.optional ?? false,
      locked: this.host.isLocked(path),
      texts: {
        optional: this.t('veld.nietVerplicht'),
        errorPrefix: this.t('veld.foutPrefix'),
        locked: this.t('veld.vergrendeld'),
      },
    };
  }

  private row(path: string, label: string, value: string): typeof nothing {
    this.rows.push({ stepId: this.stepId, section: this.currentSection, label: this.t(label), value, fieldId: fieldId(path) });
    return nothing;
  }

  text(
    path: string,
    o: Common &
      Pick<TextFieldOptions, 'type' | 'autocomplete' | 'inputmode' | 'width' | 'spellcheck' | 'multiline' | 'suggestions'> & {
        /** How the check page shows the answer (default: a time and a telephone number as sent, display.ts). */
        display?: (typed: string) => string;
      },
  ): TemplateResult | typeof nothing {
    if (this.mode === 'summary') {
      const display = o.display ?? (o.type === 'time' ? showTijd : o.type === 'tel' ? showTelefoon : undefined);
      const typed = this.str(path);
      return this.row(path, o.label, display && typed.trim() ? display(typed) : typed);
    }
    return textField({
      ...o,
      ...(this.host.aboutSomeoneElse(path) ? { autocomplete: 'off' } : {}),
      ...this.base(path, o),
      value: this.str(path),
      onInput: (value) => this.host.setAnswer(path, value),
      onChange: (value) => this.host.setAnswer(path, value, { commit: true }),
    });
  }

  /**
   * A three-field date. On the check page without its weekday ("3 maart 1980"), unless `weekday`: a
   * day that is planned or counted from (a move, a death, a funeral) reads better with it.
   */
  date(path: string, o: Common & { autocomplete?: 'bday' | 'off'; weekday?: boolean }): TemplateResult | typeof nothing {
    const raw = this.get(path);
    const parts: DateParts =
      typeof raw === 'string' ? isoToParts(raw) : { dag: '', maand: '', jaar: '', ...(raw as Partial<DateParts>) };
    if (this.mode === 'summary') {
      const iso = partsToIso(parts);
      return this.row(path, o.label, isEmptyDate(parts) ? '' : /^\d{4}-/.test(iso) ? this.host.formatDate(iso, { weekday: o.weekday ?? false }) : `${parts.dag} ${parts.maand} ${parts.jaar}`);
    }
    return dateField({
      ...this.base(path, o),
      value: parts,
      autocomplete: this.host.aboutSomeoneElse(path) ? 'off' : o.autocomplete,
      partLabels: { dag: this.t('datum.dag'), maand: this.t('datum.maand'), jaar: this.t('datum.jaar') },
      onInput: (value) => this.host.setAnswer(path, value),
      onChange: (value) => this.host.setAnswer(path, value, { commit: true }),
    } as Parameters<typeof dateField>[0]);
  }

  private options(options: Option[]): ChoiceOption[] {
    return options.map((o) => ({ value: o.value, label: this.optionLabel(o), ...(o.hint ? { hint: this.t(o.hint) } : {}) }));
  }

  private optionLabel(o: Option): string {
    return o.raw ? o.label : this.t(o.label);
  }

  radio(path: string, o: Common & { options: Option[]; inline?: boolean }): TemplateResult | typeof nothing {
    const value = this.str(path);
    if (this.mode === 'summary') {
      const chosen = o.options.find((opt) => opt.value === value);
      return this.row(path, o.label, chosen ? this.optionLabel(chosen) : '');
    }
    return radioField({
      ...this.base(path, o, 'choice'),
      value,
      inline: o.inline ?? false,
      options: this.options(o.options),
      onChange: (v) => this.set(path, v),
    });
  }

  /** A ja/nee question stored as a boolean. */
  yesNo(path: string, o: Common): TemplateResult | typeof nothing {
    const v = this.get(path);
    const value = v === true ? 'ja' : v === false ? 'nee' : '';
    if (this.mode === 'summary') return this.row(path, o.label, value ? this.t(`keuze.${value}`) : '');
    return radioField({
      ...this.base(path, o, 'choice'),
      value,
      inline: true,
      options: [
        { value: 'ja', label: this.t('keuze.ja') },
        { value: 'nee', label: this.t('keuze.nee') },
      ],
      onChange: (choice) => this.set(path, choice === 'ja'),
    });
  }

  checkbox(path: string, o: Common): TemplateResult | typeof nothing {
    const checked = this.get(path) === true;
    if (this.mode === 'summary') return this.row(path, o.label, checked ? this.t('keuze.ja') : this.t('keuze.nee'));
    return checkboxField({ ...this.base(path, o, 'choice'), checked, onChange: (c) => this.set(path, c) });
  }

  select(path: string, o: Common & { options: Option[] }): TemplateResult | typeof nothing {
    const value = this.str(path);
    if (this.mode === 'summary') {
      const chosen = o.options.find((opt) => opt.value === value);
      return this.row(path, o.label, chosen ? this.optionLabel(chosen) : '');
    }
    return selectField({
      ...this.base(path, o, 'choice'),
      value,
      placeholder: this.t('veld.kies'),
      options: this.options(o.options),
      onChange: (v) => this.set(path, v),
    });
  }

  /** An attachment field; the answers keep only names and sizes (files cannot survive a reload). */
  file(soort: string, o: Common & { multiple?: boolean }): TemplateResult | typeof nothing {
    const path = `bijlagen.${soort}`;
    const files = this.host.chosenFiles(soort);
    if (this.mode === 'summary') {
      return this.row(path, o.label, files.map((f) => f.bestandsnaam).join(', '));
    }
    const base = this.base(path, o, 'file');
    return fileField({
      ...base,
      files,
      multiple: o.multiple ?? false,
      texts: {
        ...base.texts,
        remove: this.t('bijlage.verwijder'),
        lost: this.t('bijlage.opnieuwToevoegen'),
        choose: this.t(o.multiple ? 'bijlage.kiezenMeer' : 'bijlage.kiezen'),
        none: this.t('bijlage.geen'),
        size: (bytes) => this.host.formatBytes(bytes),
      },
      onFiles: (list) => this.host.addFiles(soort, list),
      onRemove: (index) => this.host.removeFile(soort, index),
    });
  }

  /**
   * Errors on `path` (which has no input of its own here) show on the field at `target`, optionally
   * worded by `key` (e.g. a missing street while the address is not looked up yet: "look it up").
   */
  alias(path: string, target: string, key?: string): typeof nothing {
    if (this.mode !== 'edit') return nothing;
    if (this.fields) this.fields.aliases.set(path, { target, key });
    else this.host.registerAlias(path, target, key);
    return nothing;
  }

  /** A read-only row for the summary (e.g. the address found by the lookup). */
  summaryRow(path: string, label: string, value: string): typeof nothing {
    if (this.mode === 'summary') this.row(path, label, value);
    return nothing;
  }

  /**
   * A group of questions about one person or thing (a partner, a parent): a fieldset whose legend
   * tells screen-reader users whose "Voornamen" they are in; on the check page, a sub-heading.
   */
  section(title: string, content: () => unknown, hint?: string): unknown {
    const previous = this.currentSection;
    this.beginSection(this.t(title));
    const body = content();
    this.beginSection(previous);
    if (this.mode === 'summary') return nothing;
    return html`<fieldset class="fieldset section">
      <legend class="legend section__legend">${this.t(title)}</legend>
      ${hint ? html`<p class="hint">${this.t(hint)}</p>` : nothing}
      ${body}
    </fieldset>`;
  }

  /**
   * A warning or hint shown while its condition holds (a late report, the deadline): said once through
   * the element's one live region when it appears or its words change, not on every render. The
   * visible text itself carries no live role, so it is not read twice. Returns `text` for the template.
   * A dry render (the check page deriving which step owns an error) is not on screen, so it says
   * nothing: otherwise a screen reader would hear another step's warnings on the check page.
   */
  announced(key: string, text: string): string {
    if (this.mode === 'edit' && !this.dry) this.host.watchAnnouncement(key, text);
    return text;
  }

  /** Renders only in edit mode (explanations, warnings, buttons). */
  edit(content: () => unknown): unknown {
    return this.mode === 'edit' ? content() : nothing;
  }

  html = html;
}
