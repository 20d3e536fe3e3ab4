// <gemeente-verhuizing> as data: steps, schema, payload mapping. Domain: ../shared/domain/verhuizing.md.
import { html, type TemplateResult } from 'lit';
import type { FormDefinition } from '../../form/definition.js';
import { verhuizingNl } from '../../i18n/locales/verhuizing.nl.js';
import type { StepContext } from '../../form/step-context.js';
import { addressPayload } from '../../form/address-block.js';
import { personPayload } from '../../form/person-block.js';
import later from './later.js';
import { bijPartnerGevraagd, VERHUIZING_BIJLAGE_SOORTEN, VERHUIZING_VERSIE, zorginstellingGevraagd } from '../../schemas/verhuizing.rules.js';
import { toVerhuizingConfig, verhuizingAttributes, type VerhuizingFormConfig } from './config.js';
import { laterStep } from '../../form/later-step.js';
import { startStep } from './steps/start.js';
import { nieuwAdresTitel } from './steps/nieuw-adres.js';
import { antwoordenVan, meeverhuizersTitel, verhuizers, zelfdeAdresAlsEerste } from './steps/meeverhuizers.js';
import { aangifteContextVan, verhuistNietMee } from './steps/namens.js';
import { hoofdbewonerApplies, hoofdbewonerMayApply } from './steps/hoofdbewoner.js';
import { bijlagenApplies, gevraagdeBijlagen } from './steps/bijlagen.js';

type Ctx = StepContext<VerhuizingFormConfig>;

function toGegevens(ctx: Ctx) {
  const c = ctx as StepContext<unknown>;
  const anderen = ctx.bool('woonsituatie.anderenWonenOpAdres');
  const items = verhuizers(c);
  const namens = verhuistNietMee(c);
  const context = aangifteContextVan(c);
  return {
    nieuwAdres: addressPayload(ctx, 'nieuwAdres', ctx.config.lookupUrl, true),
    verhuisdatum: ctx.isoDate('verhuisdatum'),
    woonsituatie: {
      soort: ctx.str('woonsituatie.soort'),
      anderenWonenOpAdres: anderen,
      // Only what was asked (issue 6 item 6): the schema's own rule decides.
      ...(bijPartnerGevraagd(ctx.get('woonsituatie'), ctx.config) ? { bijPartner: ctx.bool('woonsituatie.bijPartner') } : {}),
      aantalBewoners: ctx.str('woonsituatie.aantalBewoners'),
    },
    aangever: {
      ...personPayload(ctx, 'aangever'),
      ...(typeof ctx.bool('aangever.verhuistMee') === 'boolean' ? { verhuistMee: ctx.bool('aangever.verhuistMee') } : {}),
      email: ctx.str('aangever.email'),
      telefoonnummer: ctx.str('aangever.telefoonnummer'),
    },
    // Who does not move has no previous address here; each mover's own is with the mover (versie 2).
    ...(namens ? {} : { vorigAdres: addressPayload(ctx, 'vorigAdres', ctx.config.lookupUrl, false) }),
    meeverhuizers: items.map((_, i) => {
      const p = `meeverhuizers.${i}`;
      const adres = zelfdeAdresAlsEerste(c, i) ? 'meeverhuizers.0.vorigAdres' : `${p}.vorigAdres`;
      return {
        ...personPayload(ctx, p),
        relatie: ctx.str(`${p}.relatie`),
        ...(ctx.get(`${p}.gezagBevestigd`) === true ? { gezagBevestigd: true } : {}),
        ...(ctx.get(`${p}.verzorgingBevestigd`) === true ? { verzorgingBevestigd: true } : {}),
        ...(typeof ctx.get(`${p}.zelfdeHuidigAdres`) === 'boolean' ? { zelfdeHuidigAdres: ctx.get(`${p}.zelfdeHuidigAdres`) } : {}),
        ...(zorginstellingGevraagd(antwoordenVan(c, p), context, ctx.today, ctx.config) && ctx.str(`${p}.zorginstellingRol`)
          ? { zorginstellingRol: ctx.str(`${p}.zorginstellingRol`) }
          : {}),
        ...(namens ? { vorigAdres: addressPayload(ctx, adres, ctx.config.lookupUrl, false) } : {}),
      };
    }),
    hoofdbewoner: hoofdbewonerApplies(ctx)
      ? {
          ...personPayload(ctx, 'hoofdbewoner', { bsn: false }),
          email: ctx.str('hoofdbewoner.email'),
          telefoonnummer: ctx.str('hoofdbewoner.telefoonnummer'),
          toestemming: ctx.str('hoofdbewoner.toestemming'),
          ...(ctx.str('hoofdbewoner.toestemming') === 'niet-mogelijk' ? { toelichting: ctx.str('hoofdbewoner.toelichting') } : {}),
        }
      : null,
    verklaringNaarWaarheid: ctx.get('verklaringNaarWaarheid') === true,
  };
}

function confirmation(ctx: Ctx): TemplateResult {
  return html`<h3>${ctx.t('bevestiging.volgendeStappen')}</h3>
    <ul>
      <li>${ctx.t('verhuizing.bevestiging.controle')}</li>
      <li>${ctx.t('verhuizing.bevestiging.toekomst')}</li>
      <li>${ctx.t('verhuizing.bevestiging.email')}</li>
    </ul>`;
}

export const verhuizingDefinition: FormDefinition<VerhuizingFormConfig> = {
  formulier: 'verhuizing',
  texts: { nl: verhuizingNl },
  languages: { en: () => import('../../i18n/packs/verhuizing.en.js') },
  versie: VERHUIZING_VERSIE,
  configAttributes: verhuizingAttributes,
  toConfig: toVerhuizingConfig,
  // The first step whole; the others as the first view knows them (their questions: later.ts).
  steps: [
    startStep,
    laterStep({ id: 'nieuw-adres', title: nieuwAdresTitel }),
    laterStep({ id: 'aangever', title: 'verhuizing.stap.aangever' }),
    laterStep({ id: 'meeverhuizers', title: meeverhuizersTitel }),
    laterStep({ id: 'hoofdbewoner', title: 'verhuizing.stap.hoofdbewoner', applies: hoofdbewonerApplies, mayApply: hoofdbewonerMayApply }),
    laterStep({ id: 'bijlagen', title: 'verhuizing.stap.bijlagen', applies: bijlagenApplies }),
  ],
  later,
  // In the first view: whether the attachment step applies is the schema's rule over the whole payload.
  payload: {
    toGegevens,
    confirmation,
    askedAttachmentKinds: (ctx) => gevraagdeBijlagen(ctx).map((eis) => eis.soort),
  },
  declaration: { label: 'verhuizing.verklaring.label', hint: 'verhuizing.verklaring.hint' },
  // The co-movers and the hoofdbewoner: never the citizen's own autofill (WCAG 1.3.5).
  aboutOthers: ['meeverhuizers', 'hoofdbewoner'],
  attachmentKinds: VERHUIZING_BIJLAGE_SOORTEN,
};
