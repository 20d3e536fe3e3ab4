import { html, nothing } from 'lit';
import type { FieldIssue, StepDefinition } from '../../../form/definition.js';
import { repeatingGroup } from '../../../form/repeating-group.js';
import { addressBlock, addressFlowIssues } from '../../../form/address-block.js';
import { personBlock } from '../../../form/person-block.js';
import {
  beoordeelMeeverhuizer,
  KIND_LEEFTIJD,
  RELATIES,
  zorginstellingGevraagd,
  ZORGINSTELLING_ROLLEN,
  type MeeverhuizerAntwoorden,
} from '../../../schemas/verhuizing.rules.js';
import { ageOn, isIsoDate } from '../../../schemas/amsterdam.js';
import { MAXIMUM_MEEVERHUIZERS } from '../../../schemas/verhuizing.rules.js';
import type { StepContext } from '../../../form/step-context.js';
import type { VerhuizingFormConfig } from '../config.js';
import { aangifteContextVan, verhuistNietMee } from './namens.js';

type Ctx = StepContext<VerhuizingFormConfig>;

const RELATIE_LABELS: Record<(typeof RELATIES)[number], string> = {
  echtgenoot: 'verhuizing.meeverhuizers.relatieEchtgenoot',
  kind: 'verhuizing.meeverhuizers.relatieKind',
  ouder: 'verhuizing.meeverhuizers.relatieOuder',
  voogd: 'verhuizing.meeverhuizers.relatieVoogd',
  verzorger: 'verhuizing.meeverhuizers.relatieVerzorger',
  curator: 'verhuizing.meeverhuizers.relatieCurator',
  anders: 'verhuizing.meeverhuizers.relatieAnders',
};

const ROL_LABELS: Record<(typeof ZORGINSTELLING_ROLLEN)[number], string> = {
  'hoofd-instelling': 'verhuizing.meeverhuizers.zorginstellingHoofd',
  familie: 'verhuizing.meeverhuizers.zorginstellingFamilie',
  geen: 'verhuizing.meeverhuizers.zorginstellingGeen',
};

/** The answers of one person as the schema's rules read them. */
export function antwoordenVan(ctx: StepContext<unknown>, path: string): MeeverhuizerAntwoorden {
  return {
    relatie: ctx.get(`${path}.relatie`),
    geboortedatum: ctx.isoDate(`${path}.geboortedatum`),
    gezagBevestigd: ctx.get(`${path}.gezagBevestigd`),
    verzorgingBevestigd: ctx.get(`${path}.verzorgingBevestigd`),
    zelfdeHuidigAdres: ctx.get(`${path}.zelfdeHuidigAdres`),
    zorginstellingRol: ctx.get(`${path}.zorginstellingRol`),
  };
}

/** The people on this report: every item once "Ja" is chosen, or always when the aangever does not move. */
export function verhuizers(ctx: StepContext<unknown>): unknown[] {
  const items = (ctx.get('meeverhuizers') as unknown[] | undefined) ?? [];
  return verhuistNietMee(ctx) || ctx.get('meeverhuizersJa') === true ? items : [];
}

/** For person 2 and later, when the aangever does not move: "the same current address as person 1" (WCAG 3.3.7). */
export const zelfdeAdresAlsEerste = (ctx: StepContext<unknown>, index: number) =>
  index > 0 && ctx.get(`meeverhuizers.${index}.zelfdeAdresAlsEerste`) === true;

// Step 3: who moves. Who may report for whom follows from the relation, the birth dates (never asked
// separately) and whether the aangever moves too: the same rule function as the schema decides, so the
// form asks exactly what the receiver will require (Wet BRP art. 2.48 and 2.49).
function persoon(ctx: Ctx, path: string, index: number) {
  const c = ctx as StepContext<unknown>;
  const answers = antwoordenVan(c, path);
  const context = aangifteContextVan(c);
  const beoordeling = beoordeelMeeverhuizer(answers, context, ctx.today, ctx.config);
  const geboortedatum = answers.geboortedatum;
  const leeftijd = isIsoDate(geboortedatum) ? ageOn(geboortedatum, ctx.today) : undefined;
  const onder16 = leeftijd !== undefined && leeftijd < KIND_LEEFTIJD;
  const namens = verhuistNietMee(c);
  // Gemeente policy (gezag-bevestigen): a parent or voogd confirms gezag, a verzorger that the child lives with them.
  const vraagGezag = ctx.config.gezagBevestigen && onder16 && (answers.relatie === 'kind' || answers.relatie === 'voogd');
  const vraagVerzorging = ctx.config.gezagBevestigen && onder16 && answers.relatie === 'verzorger';
  const volwassenKind = answers.relatie === 'kind' && leeftijd !== undefined && leeftijd >= 18;
  const vraagZelfdeAdres = !namens && ctx.config.ouderKindZelfdeAdres && (volwassenKind || answers.relatie === 'ouder');
  return html`
    ${personBlock(ctx, path)}
    ${ctx.radio(`${path}.relatie`, {
      label: 'verhuizing.meeverhuizers.relatie',
      options: RELATIES.map((value) => ({ value, label: RELATIE_LABELS[value] })),
    })}
    ${vraagGezag
      ? ctx.checkbox(`${path}.gezagBevestigd`, { label: 'verhuizing.meeverhuizers.gezag', hint: 'verhuizing.meeverhuizers.gezagHint' })
      : nothing}
    ${vraagVerzorging
      ? ctx.checkbox(`${path}.verzorgingBevestigd`, { label: 'verhuizing.meeverhuizers.verzorging', hint: 'verhuizing.meeverhuizers.verzorgingHint' })
      : nothing}
    ${vraagZelfdeAdres ? ctx.yesNo(`${path}.zelfdeHuidigAdres`, { label: 'verhuizing.meeverhuizers.zelfdeHuidigAdres' }) : nothing}
    ${zorginstellingGevraagd(answers, context, ctx.today, ctx.config)
      ? ctx.radio(`${path}.zorginstellingRol`, {
          label: 'verhuizing.meeverhuizers.zorginstelling',
          hint: 'verhuizing.meeverhuizers.zorginstellingHint',
          options: ZORGINSTELLING_ROLLEN.map((value) => ({ value, label: ROL_LABELS[value] })),
        })
      : nothing}
    ${ctx.edit(() =>
      beoordeling === 'machtiging-nodig' ? html`<p class="panel" data-announce="verhuizing.machtiging">${ctx.t('verhuizing.meeverhuizers.machtiging')}</p>` : nothing,
    )}
    ${namens ? huidigAdres(ctx, path, index) : nothing}
`;
}

/**
 * The mover's own current address when the aangever does not move. A fieldset for screen readers,
 * but the fields stay in the person's section ("Persoon 2: Vul postcode in"), so the error summary
 * and the check page say whose address it is.
 */
function huidigAdres(ctx: Ctx, path: string, index: number) {
  const c = ctx as StepContext<unknown>;
  const eerste = ctx.str('meeverhuizers.0.naam.voornamen') || ctx.t('groep.persoon', { nummer: 1 });
  const body = html`
    ${index > 0
      ? ctx.yesNo(`${path}.zelfdeAdresAlsEerste`, { label: 'verhuizing.meeverhuizers.zelfdeAdresAls', labelParams: { naam: eerste } })
      : nothing}
    ${zelfdeAdresAlsEerste(c, index) ? nothing : addressBlock(c, `${path}.vorigAdres`, { lookupUrl: ctx.config.lookupUrl })}`;
  if (ctx.mode === 'summary') return body;
  return html`<fieldset class="fieldset section">
    <legend class="legend section__legend">${ctx.t('verhuizing.meeverhuizers.vorigAdres')}</legend>
    ${body}
  </fieldset>`;
}

/** Also the first view's (definition.ts): the same function, so the heading never differs. */
export const meeverhuizersTitel = (ctx: StepContext<VerhuizingFormConfig>) =>
  verhuistNietMee(ctx as StepContext<unknown>) ? 'verhuizing.stap.verhuizers' : 'verhuizing.stap.meeverhuizers';

export const meeverhuizersStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'meeverhuizers',
  title: meeverhuizersTitel,
  render: (ctx) => {
    const c = ctx as StepContext<unknown>;
    const namens = verhuistNietMee(c);
    const open = namens || ctx.get('meeverhuizersJa') === true;
    // Nobody to report would submit `meeverhuizers: []` while the citizen believes the others were
    // reported: the first person's block is open as soon as it applies (issue 6 item 5).
    if (ctx.mode === 'edit' && open && !((ctx.get('meeverhuizers') as unknown[] | undefined)?.length)) {
      queueMicrotask(() => {
        if (!((ctx.get('meeverhuizers') as unknown[] | undefined)?.length)) ctx.set('meeverhuizers', [{}]);
      });
    }
    return html`
      ${ctx.edit(() => html`<p>${ctx.t(namens ? 'verhuizing.meeverhuizers.uitlegNamens' : 'verhuizing.meeverhuizers.uitleg')}</p>`)}
      ${namens ? nothing : ctx.yesNo('meeverhuizersJa', { label: 'verhuizing.meeverhuizers.vraag' })}
      ${open
        ? repeatingGroup(c, 'meeverhuizers', {
            itemLabel: 'groep.persoon',
            addLabel: 'groep.toevoegen',
            removeLabel: 'groep.verwijderen',
            removedMessage: 'groep.verwijderd',
            empty: () => ({}),
            max: MAXIMUM_MEEVERHUIZERS,
            renderItem: (path, index) => persoon(ctx, path, index),
          })
        : nothing}`;
  },
  validate: (ctx) => {
    const c = ctx as StepContext<unknown>;
    const issues: FieldIssue[] = [];
    if (!verhuistNietMee(c) && typeof ctx.get('meeverhuizersJa') !== 'boolean') issues.push({ path: 'meeverhuizersJa', key: 'fout.verplicht' });
    // "Ja, er verhuizen mensen mee" with nobody added would send `meeverhuizers: []` while the citizen
    // believes the others were reported (4.5): one person is required.
    const open = verhuistNietMee(c) || ctx.get('meeverhuizersJa') === true;
    if (open && verhuizers(c).length === 0) issues.push({ path: 'meeverhuizers', key: 'fout.meeverhuizers.niemand' });
    if (verhuistNietMee(c)) {
      verhuizers(c).forEach((_, i) => {
        if (!zelfdeAdresAlsEerste(c, i)) issues.push(...addressFlowIssues(c, `meeverhuizers.${i}.vorigAdres`, ctx.config.lookupUrl));
      });
    }
    return issues;
  },
};
