import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import { addressBlock, addressFlowIssues } from '../../../form/address-block.js';
import type { OverlijdenFormConfig } from '../config.js';

type Ctx = StepContext<OverlijdenFormConfig>;

/** The declarant type: only the funeral director unless the gemeente lets relatives declare. */
export function aangeverType(ctx: Ctx): 'uitvaartondernemer' | 'nabestaande' | '' {
  if (!ctx.config.nabestaandeToegestaan) return 'uitvaartondernemer';
  const type = ctx.str('aangever.type');
  return type === 'uitvaartondernemer' || type === 'nabestaande' ? type : '';
}

const naam = (ctx: Ctx) => html`
  ${ctx.text('aangever.naam.voornamen', { label: 'overlijden.aangever.voornamen', autocomplete: 'given-name' })}
  ${ctx.text('aangever.naam.voorvoegsel', { label: 'overlijden.aangever.voorvoegsel', width: 'short', optional: true })}
  ${ctx.text('aangever.naam.geslachtsnaam', { label: 'overlijden.aangever.geslachtsnaam', autocomplete: 'family-name' })}`;

const contact = (ctx: Ctx) => html`
  ${ctx.text('aangever.email', { label: 'overlijden.aangever.email', hint: 'overlijden.aangever.emailHint', type: 'email', autocomplete: 'email', spellcheck: false })}
  ${ctx.text('aangever.telefoonnummer', { label: 'overlijden.aangever.telefoon', type: 'tel', autocomplete: 'tel' })}`;

/**
 * The BSN of the natural person declaring for the company: only where the gemeente asks it
 * (`bsn-aangever`, default `uit`: the law does not require it — data minimisation).
 */
function bsnPersoon(ctx: Ctx) {
  if (ctx.config.bsnAangever === 'uit') return nothing;
  return ctx.text('aangever.burgerservicenummer', {
    label: 'overlijden.aangever.bsnPersoon',
    hint: 'overlijden.aangever.bsnPersoonHint',
    hintParams: { gemeente: ctx.config.gemeenteNaam },
    width: 'bsn',
    inputmode: 'numeric',
    spellcheck: false,
    optional: ctx.config.bsnAangever === 'optioneel',
  });
}

// Step 1. In practice the funeral director declares, authorised by a relative (BW 1:19h), logged in by
// the host with eHerkenning — company data may come prefilled and locked.
function uitvaartondernemer(ctx: Ctx) {
  return html`
    ${ctx.text('aangever.organisatie.naam', { label: 'overlijden.aangever.organisatie', autocomplete: 'organization' })}
    ${ctx.text('aangever.organisatie.kvkNummer', { label: 'overlijden.aangever.kvk', hint: 'overlijden.aangever.kvkHint', width: 'kvk', inputmode: 'numeric' })}
    ${ctx.text('aangever.organisatie.vestigingsnummer', {
      label: 'overlijden.aangever.vestigingsnummer', hint: 'overlijden.aangever.vestigingsnummerHint', width: 'vestigingsnummer', inputmode: 'numeric',
      optional: !ctx.config.vestigingsnummerVerplicht,
    })}
    ${ctx.section('overlijden.aangever.persoon', () => html`${naam(ctx)} ${bsnPersoon(ctx)} ${contact(ctx)}`)}
    ${ctx.section('overlijden.aangever.machtigingTitel', () => html`
      ${ctx.text('aangever.gemachtigdDoor.naam', { label: 'overlijden.aangever.gemachtigdDoorNaam' })}
      ${ctx.text('aangever.gemachtigdDoor.relatie', { label: 'overlijden.aangever.gemachtigdDoorRelatie', hint: 'overlijden.aangever.gemachtigdDoorRelatieHint' })}
      ${ctx.checkbox('aangever.machtigingBevestigd', { label: 'overlijden.aangever.machtigingBevestigd' })}`)}`;
}

function nabestaande(ctx: Ctx) {
  return html`
    ${ctx.text('aangever.burgerservicenummer', { label: 'overlijden.aangever.bsn', width: 'bsn', inputmode: 'numeric', spellcheck: false })}
    ${naam(ctx)}
    ${ctx.text('aangever.relatie', { label: 'overlijden.aangever.relatie', hint: 'overlijden.aangever.relatieHint' })}
    ${ctx.section('overlijden.aangever.adres', () => addressBlock(ctx as StepContext<unknown>, 'aangever.adres', { lookupUrl: ctx.config.lookupUrl }))}
    ${contact(ctx)}`;
}

/**
 * Until the type is chosen, the names and contact details both types share have no inputs yet, while
 * the schema already misses them: word those issues as the one thing to do first (the engine's alias,
 * as the address block does for street and town), instead of a summary of unlinked "Vul in" lines.
 */
function typeEerst(ctx: Ctx) {
  for (const path of ['aangever.naam.voornamen', 'aangever.naam.voorvoegsel', 'aangever.naam.geslachtsnaam', 'aangever.email', 'aangever.telefoonnummer']) {
    ctx.alias(path, 'aangever.type', 'fout.verplicht');
  }
  return nothing;
}

export const aangeverStep: StepDefinition<OverlijdenFormConfig> = {
  id: 'aangever',
  title: 'overlijden.stap.aangever',
  render: (ctx) => {
    const type = aangeverType(ctx);
    return html`
      ${ctx.config.nabestaandeToegestaan
        ? ctx.radio('aangever.type', {
            label: 'overlijden.aangever.type',
            options: [
              { value: 'uitvaartondernemer', label: 'overlijden.aangever.typeUitvaartondernemer' },
              { value: 'nabestaande', label: 'overlijden.aangever.typeNabestaande' },
            ],
          })
        : nothing}
      ${type === 'uitvaartondernemer' ? uitvaartondernemer(ctx) : type === 'nabestaande' ? nabestaande(ctx) : typeEerst(ctx)}`;
  },
  validate: (ctx) => (aangeverType(ctx) === 'nabestaande' ? addressFlowIssues(ctx as StepContext<unknown>, 'aangever.adres', ctx.config.lookupUrl) : []),
};
