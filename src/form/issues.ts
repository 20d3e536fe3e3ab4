// From schema issues to what the citizen reads: an issue path becomes the answer path it is about,
// belongs to the step that asks it, is reworded where a field speaks for another path, lands on one
// registered field, and gets that field's label in its text. Pure functions over the field registry
// the last render filled in (StepContext registers each field it renders).
import type { SummaryError } from './error-summary.js';
import type { FieldKind } from './step-context.js';
import type { BijlageData } from './attachments.js';
import type { FieldIssue, SchemaIssue } from './definition.js';
import { fieldId } from './path.js';

/** The fields (and aliases) the current view rendered, keyed by answer path, in page order. */
export interface FieldRegistry {
  fields: Map<string, RegisteredField>;
  aliases: Map<string, { target: string; key?: string | undefined }>;
}

export interface RegisteredField {
  id: string;
  label: string;
  kind: FieldKind;
  section?: string | undefined;
  /** Fields of one question (an address block): one entry in the error summary. */
  group?: string | undefined;
}

export const emptyRegistry = (): FieldRegistry => ({ fields: new Map(), aliases: new Map() });

/** What issue texts need of the element's i18n. */
export interface IssueTexts {
  t(key: string, options?: Record<string, unknown>): string;
  exists(key: string): boolean;
  formatDate(iso: string): string;
  /** The form's name (`verhuizing`), the namespace of its own field messages. */
  formulier?: (() => string) | undefined;
}

export type LocatedIssue = FieldIssue & { envelopePath: string };

/** A schema issue (path from the envelope root) as an issue on the answers. */
export function toFieldIssue(issue: SchemaIssue, envelope: Record<string, unknown>): LocatedIssue {
  const parts = issue.path.map(String);
  let path = parts.join('.');
  if (parts[0] === 'gegevens') path = parts.slice(1).join('.');
  else if (parts[0] === 'bijlagen') {
    const index = Number(parts[1]);
    const bijlage = Number.isInteger(index) ? (envelope.bijlagen as BijlageData[])[index] : undefined;
    const soort = bijlage?.soort ?? (issue.params?.soort as string | undefined);
    path = soort ? `bijlagen.${soort}` : 'bijlagen';
  }
  return { path, key: issue.message, params: issue.params, envelopePath: parts.join('.') };
}

/**
 * The step an issue belongs to: the first whose rendered fields (a dry render of the step, see
 * StepContext) include the issue's field — derived, never a hand-kept list, so an error cannot skip
 * the step that asks its question. Failing that, the first step with a field under the same answer
 * (a whole-object rule such as the gemeente of the address); else none.
 */
export function ownerStep<S extends { fields: FieldRegistry }>(steps: readonly S[], issue: { path: string }): S | undefined {
  const exact = steps.find((s) => fieldFor(issue.path, s.fields) !== undefined);
  if (exact) return exact;
  const head = issue.path.split('.')[0];
  return steps.find((s) => [...s.fields.fields.keys(), ...s.fields.aliases.keys()].some((p) => p.split('.')[0] === head));
}

/** Whether a step renders the field the issue is about. */
export function renders(fields: FieldRegistry, issue: { path: string }): boolean {
  return fieldFor(issue.path, fields) !== undefined;
}

/** Applies alias wording, then keeps one message per field and wording. */
export function reword(issues: FieldIssue[], registry: FieldRegistry): FieldIssue[] {
  const reworded = issues.map((i) => {
    const key = registry.aliases.get(i.path)?.key;
    return key ? { ...i, key, params: {} } : i;
  });
  return dedupe(reworded, (path) => fieldFor(path, registry));
}

function dedupe(issues: FieldIssue[], fieldOf: (path: string) => string | undefined): FieldIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${fieldOf(i.path) ?? i.path}|${i.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The registered field an issue belongs to: exact, a child of the issue's path, or its parent. */
export function fieldFor(path: string, registry: FieldRegistry): string | undefined {
  const { fields, aliases } = registry;
  const alias = aliases.get(path)?.target;
  if (alias && fields.has(alias)) return alias;
  if (fields.has(path)) return path;
  for (const name of fields.keys()) if (name.startsWith(`${path}.`)) return name;
  let best: string | undefined;
  for (const name of fields.keys()) {
    if (path.startsWith(`${name}.`) && (!best || name.length > best.length)) best = name;
  }
  return best;
}

export function issueText(issue: FieldIssue, registry: FieldRegistry, texts: IssueTexts): string {
  const field = fieldFor(issue.path, registry);
  const registered = field ? registry.fields.get(field) : undefined;
  const label = registered?.label ?? '';
  const params: Record<string, unknown> = { veld: lowerFirst(label), vraag: label };
  for (const [k, v] of Object.entries(issue.params ?? {})) {
    params[k] = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? texts.formatDate(v) : v;
  }
  if (issue.text && !texts.exists(issue.key)) return issue.text;
  // The field's own message first (issue 7 item 1): a text built from the label reads wrong when the
  // label is a question ("Vul met hoeveel mensen …? in") and cannot say what to do for that field.
  const own = fieldMessageKey(field ?? issue.path, issue.key, texts);
  if (own) return texts.t(own, params);
  // "Vul … in" reads wrong for a question answered by choosing: say "choose" there (GOV.UK).
  if (issue.key === 'fout.verplicht' && registered && registered.kind !== 'text') {
    return texts.t(registered.kind === 'file' ? 'veld.verplichtBestand' : 'veld.verplichtKeuze', params);
  }
  return texts.t(issue.key, params);
}

/** The inline error of one field: the first issue that lands on it (the summary says the same). */
export function inlineError(issues: FieldIssue[], path: string, registry: FieldRegistry, texts: IssueTexts): string | undefined {
  const issue = issues.find((i) => fieldFor(i.path, registry) === path);
  return issue ? issueText(issue, registry, texts) : undefined;
}

/**
 * The i18n key of a field's own message for a schema key, if there is one: the form's
 * `<formulier>.veldfout.<path>.<last part of the key>` (path without indices: "meeverhuizers.relatie"),
 * else the engine's shared `veldfout.<path>.<…>` for the blocks every form uses (person, address,
 * contact). Both are tried for the whole path, then for ever shorter ends of it, so the shared
 * `veldfout.naam.voornamen` serves `meeverhuizers.0.naam.voornamen` and `overledene.naam.voornamen`
 * alike, while a form can still word one of them its own way.
 */
export function fieldMessageKey(path: string, key: string, texts: Pick<IssueTexts, 'exists' | 'formulier'>): string | undefined {
  // An answer outside the options asks for the same as no answer: choose one.
  const ids = key === 'fout.keuze' ? ['keuze', 'verplicht'] : [key.slice(key.lastIndexOf('.') + 1)];
  const parts = path.split('.').filter((p) => !/^\d+$/.test(p));
  const formulier = texts.formulier?.();
  const spaces = formulier ? [`${formulier}.veldfout`, 'veldfout'] : ['veldfout'];
  for (let i = 0; i < parts.length; i++) {
    for (const space of spaces) {
      for (const id of ids) {
        const candidate = `${space}.${parts.slice(i).join('.')}.${id}`;
        if (texts.exists(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

/**
 * The summary lists errors in the order of the fields on the page (GOV.UK), not the schema's order,
 * one entry per field with the text of its inline error, and one entry per address (its group): on a
 * phone screen a summary of every part of every address pushes the questions out of sight (issue 7
 * item 4). It names the person a field belongs to ("Eerste ouder: Vul voornamen in") — the inline
 * message sits inside that person's fieldset and needs no prefix. Every entry links to a field; an
 * issue with no field on the page (which the engine does not let through) stays as plain text.
 */
export function summaryErrors(issues: FieldIssue[], registry: FieldRegistry, texts: IssueTexts): SummaryError[] {
  const byField = new Map<string, FieldIssue>();
  const loose: FieldIssue[] = [];
  for (const issue of issues) {
    const field = fieldFor(issue.path, registry);
    if (field === undefined) loose.push(issue);
    else if (!byField.has(field)) byField.set(field, issue);
  }
  // Fields with an error in page order; the fields of one group gather under its first.
  const entries: { first: RegisteredField; paths: string[] }[] = [];
  const groups = new Map<string, string[]>();
  for (const [path, field] of registry.fields) {
    if (!byField.has(path)) continue;
    const group = field.group ? groups.get(field.group) : undefined;
    if (group) {
      group.push(path);
      continue;
    }
    const paths = [path];
    if (field.group) groups.set(field.group, paths);
    entries.push({ first: field, paths });
  }
  return [
    ...entries.map(({ first, paths }) => ({
      targetId: first.id,
      text: prefixed(first, paths.length === 1 ? issueText(byField.get(paths[0])!, registry, texts) : groupText(first, paths, byField, registry, texts)),
    })),
    ...loose.map((issue) => ({ targetId: null, text: issueText(issue, registry, texts) })),
  ];
}

function prefixed(field: RegisteredField, text: string): string {
  return field.section ? `${field.section}: ${text}` : text;
}

/** Characters of an error-summary entry, its prefix included: 2 lines at 360 px (issue 7 item 4). */
export const SUMMARY_ENTRY_MAX = 60;

/**
 * "Vul postcode en huisnummer in" when every part is empty, else "Controleer postcode en huisnummer".
 * When naming every part makes the entry too long for 2 lines on a phone (an address typed by hand
 * with 6 wrong parts, under "Uw huidige adres: "), it names the first part and counts the others:
 * "Vul postcode en 3 andere delen in". Each part's inline error still says what is wrong with it.
 */
function groupText(first: RegisteredField, paths: string[], byField: Map<string, FieldIssue>, registry: FieldRegistry, texts: IssueTexts): string {
  const labels = paths.map((p) => lowerFirst(registry.fields.get(p)!.label));
  const velden = labels.length > 1 ? `${labels.slice(0, -1).join(', ')} ${texts.t('fouten.en')} ${labels[labels.length - 1]}` : labels[0];
  const empty = paths.every((p) => byField.get(p)!.key === 'fout.verplicht');
  const named = texts.t(empty ? 'fouten.groepVerplicht' : 'fouten.groepControleer', { velden });
  if (labels.length < 3 || prefixed(first, named).length <= SUMMARY_ENTRY_MAX) return named;
  return texts.t(empty ? 'fouten.groepVerplichtMeer' : 'fouten.groepControleerMeer', { eerste: labels[0], count: labels.length - 1 });
}

/** Links in the error summary on the check page lead to the step with the wrong answer
 *  (its "Wijzig" button, `wijzig-<step>`), worded as on that step; else to a field on the check page. */
export function checkPageErrors(
  issues: FieldIssue[],
  steps: { id: string; fields: FieldRegistry }[],
  registry: FieldRegistry,
  texts: IssueTexts,
): SummaryError[] {
  const entries: SummaryError[] = [];
  const rest: FieldIssue[] = [];
  const perStep = new Map<string, FieldIssue[]>();
  for (const issue of issues) {
    const step = renders(registry, issue) ? undefined : ownerStep(steps, issue);
    if (step) perStep.set(step.id, [...(perStep.get(step.id) ?? []), issue]);
    else rest.push(issue);
  }
  for (const step of steps) {
    const own = perStep.get(step.id);
    if (!own) continue;
    for (const e of summaryErrors(reword(own, step.fields), step.fields, texts)) entries.push({ ...e, targetId: `wijzig-${step.id}` });
  }
  return [...entries, ...summaryErrors(rest, registry, texts)];
}

/** "Voornamen" → "voornamen" inside a sentence; "KvK-nummer" and "BSN" keep their capitals (a
 *  capital anywhere in the first word marks an abbreviation: "kvK-nummer" was the bug). */
export function lowerFirst(text: string): string {
  if (!text || /^.\S*[A-Z]/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * The frozen errors after item `index` of the repeating group at `group` was removed (docs/errors.md):
 * the removed person's errors go, and the people after it keep theirs under their new numbers.
 * Frozen errors are keyed by answer path, so without this the errors of "Persoon 3" would show on the
 * person who moved up into that place until the next press.
 */
export function withoutItem(
  frozen: { issues: FieldIssue[]; registry: FieldRegistry },
  group: string,
  index: number,
): { issues: FieldIssue[]; registry: FieldRegistry } {
  const itemIndex = (path: string): number | undefined => {
    if (!path.startsWith(`${group}.`)) return undefined;
    const n = Number(path.slice(group.length + 1).split('.')[0]);
    return Number.isInteger(n) ? n : undefined;
  };
  const kept = (path: string) => itemIndex(path) !== index;
  const moved = (path: string): string => {
    const n = itemIndex(path);
    if (n === undefined || n < index) return path;
    return `${group}.${n - 1}${path.slice(`${group}.${n}`.length)}`;
  };
  // Field ids are the path's (path.ts fieldId), so they move with it.
  const movedId = (id: string, from: string, to: string): string =>
    id.startsWith(fieldId(from)) ? fieldId(to) + id.slice(fieldId(from).length) : id;
  const fields = new Map<string, RegisteredField>();
  for (const [path, field] of frozen.registry.fields) {
    if (kept(path)) fields.set(moved(path), { ...field, id: movedId(field.id, path, moved(path)) });
  }
  const aliases = new Map<string, { target: string; key?: string | undefined }>();
  for (const [path, alias] of frozen.registry.aliases) {
    if (kept(path) && kept(alias.target)) aliases.set(moved(path), { ...alias, target: moved(alias.target) });
  }
  return {
    issues: frozen.issues.filter((i) => kept(i.path)).map((i) => ({ ...i, path: moved(i.path) })),
    registry: { fields, aliases },
  };
}
