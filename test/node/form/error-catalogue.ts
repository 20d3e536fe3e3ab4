// Every error message every field of a form can show, derived from the form's definition and schema
// (issue 7 item 1), not from a hand-kept list: the steps are rendered in edit mode against a stand-in
// host (so the registry holds exactly the fields a citizen sees, with their labels and kinds), the
// answers are explored over every choice the steps offer (starting from the named valid examples, so
// repeating groups have items), each field is probed with values a citizen could type, and every issue
// the schema or a step's own check reports is mapped to its field by the engine's own functions
// (toFieldIssue, reword, fieldFor). The texts then come from the engine's issueText in nl and en.
import type { i18n as I18n } from 'i18next';
import type { FormDefinition } from '../../../src/form/definition.js';
import { StepContext, type FieldKind, type FormHost, type Option } from '../../../src/form/step-context.js';
import { fieldFor, fieldMessageKey, issueText, renders, reword, toFieldIssue, type FieldRegistry, type IssueTexts } from '../../../src/form/issues.js';
import { getPath, setPath, type Answers } from '../../../src/form/path.js';
import { createConfigSchema, parseConfig, type SharedConfig } from '../../../src/config/shared-config.js';
import { addLanguage, createI18n } from '../../../src/i18n/i18n.js';
import { formatErrorDate, formatIsoDate } from '../../../src/i18n/format.js';
import type { LanguagePack } from '../../../src/i18n/language-pack.js';

export interface CatalogueField {
  /** The answer path with indices removed ("meeverhuizers.naam.voornamen"). */
  field: string;
  /** One concrete path of it, as registered ("meeverhuizers.0.naam.voornamen"). */
  path: string;
  /** Dutch label(s) it was seen with (a question may be worded for "u" or for "zij"). */
  labels: Map<string, { nl: string; en: string; section?: string | undefined }>;
  kind: FieldKind;
  /** The question it is part of (an address block's prefix, indices removed): one summary entry. */
  group?: string | undefined;
  /** Message keys the field showed, with the params of the first time. */
  keys: Map<string, Record<string, unknown> | undefined>;
}

export interface CatalogueOptions<C> {
  definition: FormDefinition<C>;
  english: LanguagePack;
  today: string;
  now: Date;
  /** Attribute sets to explore (gemeente policies that add or change questions). */
  attributeSets: Record<string, string>[];
  /** Answers to start from (e.g. the named valid examples' `gegevens`). */
  seeds: Answers[];
  /** At most this many answer states per attribute set. */
  maxStates?: number;
}

const stripIndices = (path: string) => path.split('.').filter((p) => !/^\d+$/.test(p)).join('.');

/** Values a citizen could type into a text field: empty, wrong, too long, out of range. */
function textProbes(): unknown[] {
  return ['', 'x', '0', '123456789', '1234567890123', 'a'.repeat(1001)];
}

function dateProbes(today: string): unknown[] {
  const shift = (days: number) => {
    const d = new Date(`${today}T12:00:00Z`);
    d.setUTCDate(d.getUTCDate() + days);
    return d.toISOString().slice(0, 10);
  };
  return [
    { dag: '', maand: '', jaar: '' },
    { dag: '31', maand: '2', jaar: '2020' },
    { dag: '1', maand: '', jaar: '' },
    ...[-8000, -365 * 15, -40, -10, -3, 0, 1, 3, 10, 40].map(shift),
  ];
}

function timeProbes(): unknown[] {
  return ['', '25:00', '0:00', '23:59'];
}

/** Payload input as the element holds it: a yes/no question keeps a boolean, not 'ja'/'nee'. */
function asAnswers(value: Answers): Answers {
  const walk = (v: unknown): unknown =>
    v === 'ja' ? true : v === 'nee' ? false : Array.isArray(v) ? v.map(walk) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x)])) : v;
  return walk(value) as Answers;
}

class Explorer<C> {
  readonly fields = new Map<string, CatalogueField>();
  private schemas = new Map<C, ReturnType<NonNullable<FormDefinition<C>['later']>['createSchema']>>();
  private nl: I18n;
  private en: I18n;

  constructor(private o: CatalogueOptions<C>) {
    this.nl = createI18n(o.definition.texts);
    this.en = createI18n(o.definition.texts);
    addLanguage(this.en, 'en', { ...o.english.shared, ...o.english.forms[o.definition.formulier] });
    void this.en.changeLanguage('en');
  }

  private config(attrs: Record<string, string>): C {
    const pageUrl = 'https://www.gemeente.example/';
    const extra = this.o.definition.configAttributes(pageUrl);
    const all: Record<string, string | null> = {};
    for (const name of [...Object.keys(createConfigSchema(pageUrl).shape), ...Object.keys(extra)]) all[name] = attrs[name] ?? null;
    const result = parseConfig(createConfigSchema(pageUrl, extra), all);
    if (!result.ok) throw new Error(`config: ${JSON.stringify(result.errors)}`);
    return this.o.definition.toConfig(result.config as SharedConfig & Record<string, unknown>);
  }

  /** Renders every step for these answers; returns the registry, the choices offered and the issues. */
  private cache = new Map<string, string>();
  /** Dutch texts, memoised: i18next's lookup is most of the exploration's time. */
  private t(key: string, options?: Record<string, unknown>): string {
    const id = options ? `${key}|${JSON.stringify(options)}` : key;
    let text = this.cache.get(id);
    if (text === undefined) this.cache.set(id, (text = this.nl.t(key, options) as string));
    return text;
  }

  runs = 0;
  run(answers: Answers, config: C) {
    this.runs++;
    const registry: FieldRegistry = { fields: new Map(), aliases: new Map() };
    const choices = new Map<string, string[]>();
    const labelKeys = new Map<string, { key: string; params?: Record<string, unknown> | undefined }>();
    let current = answers;
    let registering = registry;
    const host: FormHost<C> = {
      get answers() { return current; },
      config,
      today: this.o.today,
      language: 'nl',
      gegevens: () => (this.o.definition.payload ?? this.o.definition.later!.payload)!.toGegevens(new StepContext(host, 'payload', 'summary')),
      t: (key, options) => this.t(key, options),
      errorFor: () => undefined,
      isLocked: () => false,
      setAnswer: (path, value) => { current = setPath(current, path, value); },
      chosenFiles: () => [],
      addFiles: () => {},
      removeFile: () => {},
      registerField: (path, id, label, kind, section, group) => registering.fields.set(path, { id, label, kind, section, group }),
      registerAlias: (path, target, key) => registering.aliases.set(path, { target, key }),
      afterRender: () => {},
      announce: () => {},
      itemRemoved: () => {},
      watchAnnouncement: () => {},
      aboutSomeoneElse: () => false,
      renderRoot: {} as HTMLElement,
      formatDate: (iso) => formatIsoDate(iso, 'nl'),
      now: () => this.o.now,
      formatBytes: (b) => `${b} B`,
    };
    // Record each choice's options and each label's i18n key (the English label needs the key).
    class Recording extends StepContext<C> {
      override radio(path: string, opts: Parameters<StepContext<C>['radio']>[1]) {
        choices.set(path, opts.options.map((x: Option) => x.value));
        labelKeys.set(path, { key: opts.label, params: opts.labelParams });
        return super.radio(path, opts);
      }
      override select(path: string, opts: Parameters<StepContext<C>['select']>[1]) {
        choices.set(path, opts.options.map((x: Option) => x.value));
        labelKeys.set(path, { key: opts.label, params: opts.labelParams });
        return super.select(path, opts);
      }
      override yesNo(path: string, opts: Parameters<StepContext<C>['yesNo']>[1]) {
        choices.set(path, ['ja', 'nee']);
        labelKeys.set(path, { key: opts.label, params: opts.labelParams });
        return super.yesNo(path, opts);
      }
      override checkbox(path: string, opts: Parameters<StepContext<C>['checkbox']>[1]) {
        choices.set(path, ['true', 'false']);
        labelKeys.set(path, { key: opts.label, params: opts.labelParams });
        return super.checkbox(path, opts);
      }
      override text(path: string, opts: Parameters<StepContext<C>['text']>[1]) {
        labelKeys.set(path, { key: opts.label, params: opts.labelParams });
        return super.text(path, opts);
      }
      override date(path: string, opts: Parameters<StepContext<C>['date']>[1]) {
        labelKeys.set(path, { key: opts.label, params: opts.labelParams });
        return super.date(path, opts);
      }
      override file(soort: string, opts: Parameters<StepContext<C>['file']>[1]) {
        labelKeys.set(`bijlagen.${soort}`, { key: opts.label, params: opts.labelParams });
        return super.file(soort, opts);
      }
    }
    const gegevens = host.gegevens();
    const envelope = {
      formulier: this.o.definition.formulier,
      versie: this.o.definition.versie ?? '1',
      gemeente: { code: '0344', naam: 'Utrecht' },
      taal: 'nl',
      ingediendOp: this.o.now.toISOString(),
      gegevens,
      bijlagen: [],
    };
    let schema = this.schemas.get(config);
    if (!schema) this.schemas.set(config, (schema = this.o.definition.later!.createSchema({ today: this.o.today, now: this.o.now, config })));
    const result = schema.safeParse(envelope);
    const all = result.success ? [] : result.error.issues.map((i) => toFieldIssue(i, envelope));
    // As the element does: each step has its own registry and keeps the issues on fields it renders.
    const issues: { path: string; key: string; params?: Record<string, unknown> | undefined; field: string }[] = [];
    for (const step of this.o.definition.later!.steps) {
      const own: FieldRegistry = { fields: new Map(), aliases: new Map() };
      try {
        if (step.applies && !step.applies(new StepContext(host, step.id, 'summary'))) continue;
        current = answers;
        registering = own;
        step.render(new Recording(host, step.id, 'edit'));
        const flow = step.validate?.(new StepContext(host, step.id, 'summary')) ?? [];
        for (const issue of reword([...flow, ...all.filter((i) => renders(own, i))], own)) {
          const field = fieldFor(issue.path, own);
          if (field) issues.push({ ...issue, field });
        }
      } catch {
        // A step that cannot render these answers is not shown for them either.
      } finally {
        for (const [k, v] of own.fields) registry.fields.set(k, v);
      }
    }
    return { registry, choices, labelKeys, issues };
  }

  issueTexts(i18n: I18n, formulier = this.o.definition.formulier): IssueTexts {
    return {
      t: (key, options) => i18n.t(key, options) as string,
      exists: (key) => i18n.exists(key),
      formatDate: (iso) => formatErrorDate(iso, i18n.language),
      formulier: () => formulier,
    };
  }

  private record(run: ReturnType<Explorer<C>['run']>): boolean {
    let grew = false;
    for (const [path, f] of run.registry.fields) {
      const field = stripIndices(path);
      let entry = this.fields.get(field);
      if (!entry) {
        entry = { field, path, labels: new Map(), kind: f.kind, group: f.group === undefined ? undefined : stripIndices(f.group), keys: new Map() };
        this.fields.set(field, entry);
        grew = true;
      }
      const lk = run.labelKeys.get(path);
      const labelKey = lk?.key ?? f.label;
      if (!entry.labels.has(labelKey)) {
        entry.labels.set(labelKey, { nl: f.label, en: lk ? (this.en.t(lk.key, lk.params) as string) : f.label, section: f.section });
        grew = true;
      }
    }
    // A new message alone does not open new questions: only new fields or wordings are explored further.
    for (const issue of run.issues) {
      const entry = this.fields.get(stripIndices(issue.field));
      if (entry && !entry.keys.has(issue.key)) entry.keys.set(issue.key, issue.params);
    }
    return grew;
  }

  explore(): void {
    // Each field and wording is probed once, whatever the policy: its format rules do not depend on it.
    const probed = new Set<string>();
    for (const attrs of this.o.attributeSets) {
      const config = this.config(attrs);
      const queue: Answers[] = [{}, ...this.o.seeds.filter((seed) => seed && typeof seed === 'object').map(asAnswers)];
      const seen = new Set<string>();
      let states = 0;
      const seeds = queue.length;
      while (queue.length && states < (this.o.maxStates ?? 3000)) {
        const answers = queue.shift()!;
        const id = JSON.stringify(answers);
        if (seen.has(id)) continue;
        seen.add(id);
        states++;
        const run = this.run(answers, config);
        // Only a state that showed something new is explored further (else the tree never ends).
        if (!this.record(run) && states > seeds) continue;
        // Every other answer to each choice offered (breadth first: one change at a time).
        for (const [path, values] of run.choices) {
          for (const value of values) {
            const v = value === 'ja' ? true : value === 'nee' ? false : value === 'true' ? true : value === 'false' ? false : value;
            if (getPath(answers, path) === v) continue;
            const next = setPath(answers, path, v);
            if (!seen.has(JSON.stringify(next))) queue.push(next);
          }
        }
        // Each field probed with what a citizen could type, in the state where it showed.
        for (const [path, f] of run.registry.fields) {
          if (f.kind === 'file') continue;
          // Once per field and wording: the probes' issues do not depend on the other answers much.
          const probeId = `${stripIndices(path)}|${f.label}`;
          if (probed.has(probeId)) continue;
          probed.add(probeId);
          const kind = run.choices.has(path) ? 'choice' : /datum$|\.datum$/i.test(path) || typeof getPath(answers, path) === 'object' ? 'date' : /tijd$/i.test(path) ? 'time' : 'text';
          const probes = kind === 'choice' ? [''] : kind === 'date' ? dateProbes(this.o.today) : kind === 'time' ? timeProbes() : textProbes();
          for (const value of probes) this.record(this.run(setPath(answers, path, value), config));
        }
      }
    }
  }
}

export interface CatalogueMessage {
  field: string;
  labelKey: string;
  key: string;
  nl: string;
  en: string;
  /** The label as shown (nl), for the "does not repeat a question" rule. */
  label: { nl: string; en: string };
  /** The Dutch text with each parameter as one word (a date counts once), for the word limit. */
  nlTemplate: string;
  /** The Dutch text with every date at its longest (LONGEST_DATE), for the 60-character limit. */
  nlLongest: string;
  /** The i18n key of the field's own message, when it has one (else the text is the generic one). */
  own: string | undefined;
}

/**
 * The ISO date whose Dutch error-message form is longest ("30 september 2026"): a message is measured
 * with it, not with the probe's date, since the date it shows depends on the day the form is used.
 */
export const LONGEST_DATE = (() => {
  let best = '';
  for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    if (!best || formatErrorDate(iso, 'nl').length > formatErrorDate(best, 'nl').length) best = iso;
  }
  return best;
})();

/** Every (field × label × key) with its Dutch and English text, sorted for a stable snapshot. */
export function errorCatalogue<C>(o: CatalogueOptions<C>): { fields: CatalogueField[]; messages: CatalogueMessage[]; runs: number } {
  const explorer = new Explorer(o);
  explorer.explore();
  const nlI18n = createI18n(o.definition.texts);
  const enI18n = createI18n(o.definition.texts);
  addLanguage(enI18n, 'en', { ...o.english.shared, ...o.english.forms[o.definition.formulier] });
  void enI18n.changeLanguage('en');
  const messages: CatalogueMessage[] = [];
  const fields = [...explorer.fields.values()].sort((a, b) => a.field.localeCompare(b.field));
  for (const f of fields) {
    for (const [labelKey, label] of f.labels) {
      for (const [key, params] of f.keys) {
        const text = (i18n: I18n, lbl: string, p = params) => {
          const registry: FieldRegistry = {
            fields: new Map([[f.path, { id: 'x', label: lbl, kind: f.kind, section: label.section }]]),
            aliases: new Map(),
          };
          return issueText({ path: f.path, key, params: p }, registry, explorer.issueTexts(i18n));
        };
        const longest = Object.fromEntries(Object.entries(params ?? {}).map(([k, v]) => [k, typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? LONGEST_DATE : v]));
        const oneWord = Object.fromEntries(Object.keys(params ?? {}).map((k) => [k, 'X']));
        messages.push({
          field: f.field, labelKey, key, nl: text(nlI18n, label.nl), en: text(enI18n, label.en), label,
          nlTemplate: text(nlI18n, label.nl, oneWord),
          nlLongest: text(nlI18n, label.nl, longest),
          own: fieldMessageKey(f.path, key, explorer.issueTexts(nlI18n)),
        });
      }
    }
  }
  messages.sort((a, b) => `${a.field}|${a.labelKey}|${a.key}`.localeCompare(`${b.field}|${b.labelKey}|${b.key}`));
  return { fields, messages, runs: explorer.runs };
}
