import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import {
  LANDEN,
  aangifteWaarschuwingen,
  buitenlandRegeling,
  uitvaartBeoordeling,
  uitvaartVoorbij,
  urenEnMinuten,
  type UitvaartBeoordeling,
} from '../../../schemas/overlijden.rules.js';
import { gemeenteBijNaam, gemeenten } from '../../../schemas/overlijden.gemeenten.js';
import { overlijdenAntwoorden } from './overlijden.js';
import { normaliseerTijd } from '../../../schemas/validators.js';
import type { OverlijdenFormConfig } from '../config.js';

type Ctx = StepContext<OverlijdenFormConfig>;

export const lijkbezorgingAntwoorden = (ctx: Ctx) => ({
  wijze: ctx.str('lijkbezorging.wijze'),
  datum: ctx.isoDate('lijkbezorging.datum'),
  tijd: normaliseerTijd(ctx.str('lijkbezorging.tijd')),
});

export function beoordeling(ctx: Ctx): UitvaartBeoordeling {
  return uitvaartBeoordeling(overlijdenAntwoorden(ctx), lijkbezorgingAntwoorden(ctx), ctx.config);
}

/** Outside the window the form becomes a request to the burgemeester (Wlb art. 17). */
export function verzoekSoort(ctx: Ctx): 'uitstel' | 'bespoediging' | null {
  const { status } = beoordeling(ctx);
  return status === 'te-vroeg' ? 'bespoediging' : status === 'te-laat' ? 'uitstel' : null;
}

/** The window check, said while choosing the date: which limit is crossed, and by how much. */
function vensterMelding(ctx: Ctx) {
  // A funeral that has begun cannot follow this aangifte: say so at once, not "within the window".
  if (uitvaartVoorbij(lijkbezorgingAntwoorden(ctx), ctx.host.now(), ctx.today)) {
    return html`<div class="warning">${ctx.t('fout.uitvaart.verleden')}</div>`;
  }
  const b = beoordeling(ctx);
  if (!b.venster || b.status === 'onbekend' || b.status === 'voor-overlijden') return nothing;
  if (b.status === 'binnen') return html`<p class="hint">${ctx.t('overlijden.lijkbezorging.binnen')}</p>`;
  const text =
    b.verschil?.grens === 'vroegst'
      ? ctx.t('overlijden.lijkbezorging.teVroeg', {
          verschil: urenEnMinuten(b.verschil.minuten),
          datum: ctx.host.formatDate(b.venster.vroegst.date),
          tijd: b.venster.vroegst.time,
        })
      : ctx.t('overlijden.lijkbezorging.teLaat', {
          dagen: b.verschil?.grens === 'uiterlijk' ? b.verschil.dagen : 0,
          datum: ctx.host.formatDate(b.venster.uiterlijkeDatum),
        });
  // Uitstel too is decided "na een arts te hebben gehoord" (Wlb art. 17 lid 1).
  const arts = b.status === 'te-laat' && ctx.config.verklaringArtsUitstel === 'verplicht' ? ctx.t('overlijden.lijkbezorging.teLaatArts') : '';
  return html`<div class="warning">${text} ${arts}</div>`;
}

/** The gemeente the typed name means (CBS code and official name), or undefined for free text. */
export const gemeenteLichaam = (ctx: Ctx) => gemeenteBijNaam(ctx.str('verzoekUitstelOfBespoediging.gemeenteLichaam.naam'));

/**
 * Where the body is now: the burgemeester of that gemeente decides the request (Wlb art. 17 lid 1). A
 * text input with the CBS list as suggestions (a native datalist), free text as fallback; then who
 * decides, said through the engine's one live region (`data-announce`).
 */
function waarIsHetLichaam(ctx: Ctx) {
  const naam = ctx.str('verzoekUitstelOfBespoediging.gemeenteLichaam.naam').trim();
  const gemeente = gemeenteLichaam(ctx);
  const uitleg = !naam
    ? ''
    : gemeente?.code === ctx.config.gemeenteCode
      ? ctx.t('overlijden.lijkbezorging.verzoekHier', { gemeente: ctx.config.gemeenteNaam })
      : gemeente
        ? ctx.t('overlijden.lijkbezorging.verzoekElders', { gemeente: gemeente.naam })
        : ctx.t('overlijden.lijkbezorging.verzoekOnbekend');
  return html`${ctx.text('verzoekUitstelOfBespoediging.gemeenteLichaam.naam', {
      label: 'overlijden.lijkbezorging.gemeenteLichaam',
      hint: 'overlijden.lijkbezorging.gemeenteLichaamHint',
      autocomplete: 'off',
      suggestions: gemeenten().map((g) => g.naam),
    })}
    ${ctx.edit(() => (uitleg ? html`<p class="panel" data-announce="overlijden.verzoekGemeente">${uitleg}</p>` : nothing))}`;
}

function landen(ctx: Ctx) {
  const lang = ctx.host.language === 'en' ? 'en' : 'nl';
  const options = [...LANDEN]
    .sort((a, b) => a[lang].localeCompare(b[lang], lang))
    .map((land) => ({ value: land.code, label: land[lang], raw: true }));
  return [...options, { value: 'anders', label: 'overlijden.lijkbezorging.landAnders' }];
}

// Step 4. Burial/cremation between 36 hours and the 6th working day after the death (Wlb art. 16);
// outside it, a request for uitstel or bespoediging; body donated to science has no funeral date.
export const lijkbezorgingStep: StepDefinition<OverlijdenFormConfig> = {
  id: 'lijkbezorging',
  title: 'overlijden.stap.lijkbezorging',
  render: (ctx) => {
    const wijze = ctx.str('lijkbezorging.wijze');
    const uitvaart = wijze === 'begraven' || wijze === 'cremeren';
    const land = ctx.str('lijkbezorging.land');
    const nabij = aangifteWaarschuwingen({ lijkbezorging: lijkbezorgingAntwoorden(ctx) }, ctx.host.now(), ctx.config).includes('uitvaart-nabij');
    return html`
      ${ctx.radio('lijkbezorging.wijze', {
        label: 'overlijden.lijkbezorging.wijze',
        options: [
          { value: 'begraven', label: 'overlijden.lijkbezorging.begraven' },
          { value: 'cremeren', label: 'overlijden.lijkbezorging.cremeren' },
          { value: 'wetenschap', label: 'overlijden.lijkbezorging.wetenschap' },
        ],
      })}
      ${wijze === 'wetenschap' ? ctx.edit(() => html`<p class="panel">${ctx.t('overlijden.lijkbezorging.wetenschapUitleg')}</p>`) : nothing}
      ${uitvaart
        ? html`
            ${ctx.date('lijkbezorging.datum', { label: 'overlijden.lijkbezorging.datum', weekday: true })}
            ${ctx.text('lijkbezorging.tijd', { label: 'overlijden.lijkbezorging.tijd', hint: 'overlijden.overlijden.tijdHint', width: 'short', type: 'time' })}
            ${ctx.edit(() => html`<div class="window" data-announce="overlijden.uitvaartvenster">
              ${vensterMelding(ctx)}
              ${nabij ? html`<p class="warning">${ctx.t('overlijden.lijkbezorging.nabij')}</p>` : nothing}
            </div>`)}
            ${verzoekSoort(ctx)
              ? html`${ctx.text('verzoekUitstelOfBespoediging.reden', { label: 'overlijden.lijkbezorging.reden', multiline: true })}
                  ${waarIsHetLichaam(ctx)}`
              : nothing}
            ${ctx.text('lijkbezorging.locatie.naam', { label: 'overlijden.lijkbezorging.locatieNaam' })}
            ${ctx.text('lijkbezorging.locatie.plaats', { label: 'overlijden.lijkbezorging.locatiePlaats' })}
            ${ctx.yesNo('lijkbezorging.buitenland', { label: 'overlijden.lijkbezorging.buitenland' })}
            ${ctx.get('lijkbezorging.buitenland') === true
              ? html`${ctx.select('lijkbezorging.land', { label: 'overlijden.lijkbezorging.land', options: landen(ctx) })}
                  ${land === 'anders' ? ctx.text('lijkbezorging.landNaam', { label: 'overlijden.lijkbezorging.landNaam' }) : nothing}
                  ${land ? ctx.edit(() => html`<p class="panel" data-announce="overlijden.regeling">${ctx.t(`overlijden.lijkbezorging.regeling.${buitenlandRegeling(land)}`)}</p>`) : nothing}`
              : nothing}`
        : nothing}
      ${ctx.text('aantalUittreksels', {
        label: 'overlijden.lijkbezorging.uittreksels',
        hint: ctx.config.uittrekselTarief ? 'overlijden.lijkbezorging.uittrekselsTarief' : 'overlijden.lijkbezorging.uittrekselsHint',
        hintParams: { tarief: ctx.config.uittrekselTarief },
        width: 'number',
        inputmode: 'numeric',
      })}`;
  },
  // The payload may leave it out (versie 1 meaning: not stated), but the form always asks where the
  // body is when a request is needed: its burgemeester decides (Wlb art. 17 lid 1).
  validate: (ctx) =>
    ctx.str('lijkbezorging.wijze') !== 'wetenschap' && verzoekSoort(ctx) && !ctx.str('verzoekUitstelOfBespoediging.gemeenteLichaam.naam').trim()
      ? [{ path: 'verzoekUitstelOfBespoediging.gemeenteLichaam.naam', key: 'fout.verplicht' }]
      : [],
};
