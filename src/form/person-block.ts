// One person's identity questions, shared by every form as the address block is: BSN, voornamen,
// voorvoegsel, geslachtsnaam and geboortedatum, at the Haal Centraal BRP paths
// (`<prefix>.burgerservicenummer`, `<prefix>.naam.voornamen` …, `<prefix>.geboortedatum`). The schema
// side is `persoonVelden()` in src/schemas/fields.ts. The fields keep their own wiring (label, hint,
// error, lock) from the step context; the block only fixes the order, the widths and the autocomplete
// tokens, so a BSN is 9 characters wide and a voorvoegsel short wherever a person is asked.
import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext } from './step-context.js';

export type PersonField = 'bsn' | 'voornamen' | 'voorvoegsel' | 'geslachtsnaam' | 'geboortedatum';

export interface PersonBlockOptions {
  /** Which parts to ask (default all): a main occupant has no BSN here, a parent of the deceased only names. */
  fields?: readonly ('bsn' | 'naam' | 'geboortedatum')[];
  /** i18n keys of the labels; the defaults are `persoon.*` (common texts). */
  labels?: Partial<Record<PersonField, string>>;
  /** i18n keys of hints; the voorvoegsel and the birth date have a default example. */
  hints?: Partial<Record<PersonField, string | null>>;
  /**
   * The citizen's own details: autocomplete tokens (given-name, family-name, bday) so a browser can
   * fill them (WCAG 1.3.5). Never for someone else, or the browser would fill in the citizen's name:
   * the engine puts autocomplete="off" on every answer under FormDefinition.aboutOthers.
   */
  self?: boolean;
  /** Where the birth date lives when not at `<prefix>.geboortedatum` (e.g. `overledene.geboorte.datum`). */
  geboortedatumPath?: string;
  /** The names are optional (e.g. a second parent who may be unknown). */
  namesOptional?: boolean;
}

const LABELS: Record<PersonField, string> = {
  bsn: 'persoon.bsn',
  voornamen: 'persoon.voornamen',
  voorvoegsel: 'persoon.voorvoegsel',
  geslachtsnaam: 'persoon.geslachtsnaam',
  geboortedatum: 'persoon.geboortedatum',
};

const HINTS: Partial<Record<PersonField, string>> = {
  voorvoegsel: 'persoon.voorvoegselHint',
  geboortedatum: 'persoon.geboortedatumHint',
};

export function personBlock<C>(ctx: StepContext<C>, prefix: string, o: PersonBlockOptions = {}): TemplateResult {
  const fields = o.fields ?? ['bsn', 'naam', 'geboortedatum'];
  const label = (f: PersonField) => o.labels?.[f] ?? LABELS[f];
  const hint = (f: PersonField) => {
    const key = o.hints?.[f] === undefined ? HINTS[f] : o.hints[f];
    return key ? { hint: key } : {};
  };
  const names = !!o.namesOptional;
  return html`
    ${fields.includes('bsn')
      ? ctx.text(`${prefix}.burgerservicenummer`, {
          label: label('bsn'), ...hint('bsn'), width: 'bsn', inputmode: 'numeric', spellcheck: false,
        })
      : nothing}
    ${fields.includes('naam')
      ? html`${ctx.text(`${prefix}.naam.voornamen`, {
            label: label('voornamen'), ...hint('voornamen'), optional: names, ...(o.self ? { autocomplete: 'given-name' } : {}),
          })}
          ${ctx.text(`${prefix}.naam.voorvoegsel`, { label: label('voorvoegsel'), ...hint('voorvoegsel'), width: 'short', optional: true })}
          ${ctx.text(`${prefix}.naam.geslachtsnaam`, {
            label: label('geslachtsnaam'), ...hint('geslachtsnaam'), optional: names, ...(o.self ? { autocomplete: 'family-name' } : {}),
          })}`
      : nothing}
    ${fields.includes('geboortedatum')
      ? ctx.date(o.geboortedatumPath ?? `${prefix}.geboortedatum`, {
          label: label('geboortedatum'), ...hint('geboortedatum'), ...(o.self ? { autocomplete: 'bday' as const } : {}),
        })
      : nothing}`;
}

/** The person as the payload wants it (input for `persoonVelden()`, which normalises it). */
export function personPayload<C>(ctx: StepContext<C>, prefix: string, o: { bsn?: boolean } = {}) {
  const naam = {
    voornamen: ctx.str(`${prefix}.naam.voornamen`),
    voorvoegsel: ctx.str(`${prefix}.naam.voorvoegsel`),
    geslachtsnaam: ctx.str(`${prefix}.naam.geslachtsnaam`),
  };
  return {
    ...(o.bsn === false ? {} : { burgerservicenummer: ctx.str(`${prefix}.burgerservicenummer`) }),
    naam,
    geboortedatum: ctx.isoDate(`${prefix}.geboortedatum`),
  };
}
