// The aangifte overlijden's payload mapping (answers → `gegevens`) and its confirmation. In the later
// part (later.ts): no step of this form applies by the answers, so the first view never needs it.
import { html, nothing, type TemplateResult } from 'lit';
import type { FormPayload } from '../../form/definition.js';
import type { StepContext } from '../../form/step-context.js';
import { naamVan } from '../naam.js';
import { addressPayload } from '../../form/address-block.js';
import { partnerGevraagd } from '../../schemas/overlijden.rules.js';
import type { OverlijdenFormConfig } from './config.js';
import { aangeverType } from './steps/aangever.js';
import { adresOnbekend } from './steps/overledene.js';
import { gemeenteLichaam, verzoekSoort } from './steps/lijkbezorging.js';
import { overlegGevraagd } from './steps/overlijden.js';
import { bijlageEisen } from './steps/bijlagen.js';

type Ctx = StepContext<OverlijdenFormConfig>;

const naam = (ctx: Ctx, path: string) => naamVan(ctx as StepContext<unknown>, path);


function aangever(ctx: Ctx) {
  const type = aangeverType(ctx);
  const common = { type, naam: naam(ctx, 'aangever.naam'), email: ctx.str('aangever.email'), telefoonnummer: ctx.str('aangever.telefoonnummer') };
  if (type === 'nabestaande') {
    return {
      ...common,
      burgerservicenummer: ctx.str('aangever.burgerservicenummer'),
      relatie: ctx.str('aangever.relatie'),
      adres: addressPayload(ctx, 'aangever.adres', ctx.config.lookupUrl, false),
    };
  }
  return {
    ...common,
    organisatie: {
      naam: ctx.str('aangever.organisatie.naam'),
      kvkNummer: ctx.str('aangever.organisatie.kvkNummer'),
      vestigingsnummer: ctx.str('aangever.organisatie.vestigingsnummer'),
    },
    gemachtigdDoor: { naam: ctx.str('aangever.gemachtigdDoor.naam'), relatie: ctx.str('aangever.gemachtigdDoor.relatie') },
    machtigingBevestigd: ctx.get('aangever.machtigingBevestigd') === true,
    // The person acting for the company, only where the gemeente asks it (bsn-aangever).
    ...(ctx.config.bsnAangever !== 'uit' ? { burgerservicenummer: ctx.str('aangever.burgerservicenummer') } : {}),
  };
}

function overledene(ctx: Ctx) {
  const onbekend = ctx.get('overledene.bsnOnbekend') === true;
  // Indices stay those of the fields ("Eerste ouder" is 0), so an issue lands on the right parent. No
  // parent at all is an empty list: the schema then says a parent is needed for the akte, rather than
  // "Vul voornamen in" / "Vul achternaam in" that read as if about the deceased.
  const gegeven = (o: { naam: Record<string, string> }) => Object.values(o.naam).some((v) => v.trim() !== '');
  const alleOuders = [0, 1].map((i) => ({ naam: naam(ctx, `overledene.ouders.${i}.naam`) }));
  const ouders = onbekend ? (alleOuders.some(gegeven) ? alleOuders.filter((o, i) => i === 0 || gegeven(o)) : []) : null;
  return {
    burgerservicenummer: onbekend ? null : ctx.str('overledene.burgerservicenummer'),
    bsnOnbekend: onbekend,
    naam: naam(ctx, 'overledene.naam'),
    geslacht: ctx.str('overledene.geslacht'),
    geboorte: {
      datum: ctx.isoDate('overledene.geboorte.datum'),
      plaats: ctx.str('overledene.geboorte.plaats'),
      land: ctx.str('overledene.geboorte.land'),
    },
    laatsteAdres: adresOnbekend(ctx) ? null : addressPayload(ctx, 'overledene.laatsteAdres', ctx.config.lookupUrl, false),
    burgerlijkeStaat: ctx.str('overledene.burgerlijkeStaat'),
    partner: partnerGevraagd(ctx.get('overledene.burgerlijkeStaat'))
      ? { naam: naam(ctx, 'overledene.partner.naam'), geboortedatum: ctx.isoDate('overledene.partner.geboortedatum') }
      : null,
    ouders,
  };
}

function toGegevens(ctx: Ctx) {
  const wijze = ctx.str('lijkbezorging.wijze');
  const uitvaart = wijze !== 'wetenschap';
  const buitenland = uitvaart ? ctx.bool('lijkbezorging.buitenland') : false;
  const soort = verzoekSoort(ctx);
  const natuurlijk = ctx.bool('overlijden.natuurlijk');
  return {
    aangever: aangever(ctx),
    overledene: overledene(ctx),
    overlijden: {
      datum: ctx.isoDate('overlijden.datum'),
      tijd: ctx.str('overlijden.tijd'),
      // The start step established that the death occurred in this gemeente (BW 1:19f).
      gemeentecode: ctx.config.gemeenteCode,
      plaats: ctx.str('overlijden.plaats'),
      locatie: {
        soort: ctx.str('overlijden.locatie.soort'),
        ...(ctx.str('overlijden.locatie.soort') === 'elders' ? { omschrijving: ctx.str('overlijden.locatie.omschrijving') } : {}),
      },
      natuurlijk,
      schouwendArts: { naam: ctx.str('overlijden.schouwendArts.naam'), soort: ctx.str('overlijden.schouwendArts.soort') },
      ...(overlegGevraagd(ctx) ? { overlegLijkschouwer: ctx.get('overlijden.overlegLijkschouwer') === true } : {}),
    },
    lijkbezorging: {
      wijze,
      ...(uitvaart
        ? {
            datum: ctx.isoDate('lijkbezorging.datum'),
            tijd: ctx.str('lijkbezorging.tijd'),
            locatie: { naam: ctx.str('lijkbezorging.locatie.naam'), plaats: ctx.str('lijkbezorging.locatie.plaats') },
          }
        : {}),
      buitenland,
      ...(buitenland ? { land: ctx.str('lijkbezorging.land') } : {}),
      ...(buitenland && ctx.str('lijkbezorging.land') === 'anders' ? { landNaam: ctx.str('lijkbezorging.landNaam') } : {}),
    },
    verzoekUitstelOfBespoediging:
      uitvaart && soort
        ? {
            soort,
            reden: ctx.str('verzoekUitstelOfBespoediging.reden'),
            // The CBS code when the name is one of the list; free text goes as the name alone.
            gemeenteLichaam: {
              code: gemeenteLichaam(ctx)?.code ?? '',
              naam: ctx.str('verzoekUitstelOfBespoediging.gemeenteLichaam.naam'),
            },
          }
        : null,
    aantalUittreksels: ctx.str('aantalUittreksels'),
    ...(natuurlijk ? { doodsoorzaak: ctx.str('doodsoorzaak') } : {}),
    verklaringNaarWaarheid: ctx.get('verklaringNaarWaarheid') === true,
  };
}

function confirmation(ctx: Ctx, { facts }: { facts: Record<string, unknown> }): TemplateResult {
  return html`<h3>${ctx.t('bevestiging.volgendeStappen')}</h3>
    <ul>
      <li>${ctx.t('overlijden.bevestiging.akte')}</li>
      ${facts.verzoek ? html`<li>${ctx.t('overlijden.bevestiging.verzoek')}</li>` : nothing}
      ${facts.verzoekElders ? html`<li>${ctx.t('overlijden.bevestiging.verzoekElders', { gemeente: facts.verzoekElders })}</li>` : nothing}
      ${facts.wetenschap ? html`<li>${ctx.t('overlijden.bevestiging.wetenschap')}</li>` : nothing}
      ${facts.envelop ? html`<li>${ctx.t('overlijden.bevestiging.envelop')}</li>` : nothing}
      ${facts.nietNatuurlijk ? html`<li>${ctx.t('overlijden.bevestiging.officier')}</li>` : nothing}
    </ul>`;
}

export const overlijdenPayload: FormPayload<OverlijdenFormConfig> = {
  toGegevens,
  confirmation,
  confirmationFacts: (ctx) => ({
    verzoek: ctx.str('lijkbezorging.wijze') !== 'wetenschap' && verzoekSoort(ctx) !== null,
    // The body lies in another gemeente: its burgemeester decides the request (Wlb art. 17 lid 1).
    verzoekElders:
      ctx.str('lijkbezorging.wijze') !== 'wetenschap' && verzoekSoort(ctx) !== null && gemeenteLichaam(ctx) && gemeenteLichaam(ctx)!.code !== ctx.config.gemeenteCode
        ? gemeenteLichaam(ctx)!.naam
        : null,
    wetenschap: ctx.str('lijkbezorging.wijze') === 'wetenschap',
    envelop: ctx.get('overlijden.natuurlijk') === true && ctx.str('doodsoorzaak') === 'b-envelop',
    nietNatuurlijk: ctx.get('overlijden.natuurlijk') === false,
  }),
  askedAttachmentKinds: (ctx) => bijlageEisen(ctx).map((eis) => eis.soort),
};
