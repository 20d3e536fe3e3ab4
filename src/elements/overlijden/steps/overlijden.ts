import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { StepContext } from '../../../form/step-context.js';
import { zomertijdUur } from '../../../schemas/calendar.js';
import {
  aangifteWaarschuwingen,
  machtigingTermijnVerstreken,
  overlegLijkschouwerGevraagd,
  uitvaartBeoordeling,
} from '../../../schemas/overlijden.rules.js';
import { normaliseerTijd } from '../../../schemas/validators.js';
import type { OverlijdenFormConfig } from '../config.js';
import { aangeverType } from './aangever.js';

type Ctx = StepContext<OverlijdenFormConfig>;


/** Date and time of death as the schema reads them (ISO date, HH:MM). */
export const overlijdenAntwoorden = (ctx: Ctx) => ({
  datum: ctx.isoDate('overlijden.datum'),
  tijd: normaliseerTijd(ctx.str('overlijden.tijd')),
});

/** Whether the confirmation of the overleg with the lijkschouwer is asked (Wlb art. 10a lid 1). */
export const overlegGevraagd = (ctx: Ctx) =>
  overlegLijkschouwerGevraagd({
    overledene: { geboorte: { datum: ctx.isoDate('overledene.geboorte.datum') } },
    overlijden: { ...overlijdenAntwoorden(ctx), natuurlijk: ctx.get('overlijden.natuurlijk'), schouwendArts: { soort: ctx.str('overlijden.schouwendArts.soort') } },
  }) === true;

/** The last day of the funeral director's machtiging when it has passed (BW 1:19h lid 2), else null. */
const termijnVerstreken = (ctx: Ctx) =>
  machtigingTermijnVerstreken({ aangever: { type: aangeverType(ctx) }, overlijden: overlijdenAntwoorden(ctx) }, ctx.today, ctx.config);

/**
 * The funeral window (Wlb art. 16) as soon as date and time of death are valid, and the warning when
 * the death is more than 6 working days ago. Said through the engine's one live region when it appears
 * or changes (`data-announce`, src/form/announcer.ts), without stealing focus.
 */
function venster(ctx: Ctx) {
  const { venster: v } = uitvaartBeoordeling(overlijdenAntwoorden(ctx), { wijze: 'begraven' }, ctx.config);
  const waarschuwingen = aangifteWaarschuwingen({ overlijden: overlijdenAntwoorden(ctx) }, ctx.host.now(), ctx.config);
  // A time in the repeated or the skipped DST hour is read as the later instant: the window says so.
  const { datum, tijd } = overlijdenAntwoorden(ctx);
  const dst = v ? zomertijdUur(datum, tijd) : null;
  return html`<div class="window" data-announce="overlijden.venster">
    ${v
      ? html`<p class="panel">${ctx.t('overlijden.overlijden.venster', {
          vroegst: ctx.host.formatDate(v.vroegst.date),
          vroegstTijd: v.vroegst.time,
          uiterlijk: ctx.host.formatDate(v.uiterlijkeDatum),
        })}
        ${dst ? ctx.t(`overlijden.overlijden.vensterZomertijd.${dst}`) : nothing}</p>`
      : nothing}
    ${waarschuwingen.includes('overlijden-lang-geleden')
      ? html`<p class="warning">${ctx.t('overlijden.overlijden.langGeleden')}
          ${termijnVerstreken(ctx) ? ctx.t('overlijden.overlijden.termijnOndernemer') : nothing}</p>`
      : nothing}
  </div>`;
}

// Step 3. The place must lie in this gemeente (BW 1:19f): answered on the start step, so the
// gemeentecode is this gemeente's.
export const overlijdenStep: StepDefinition<OverlijdenFormConfig> = {
  id: 'overlijden',
  title: 'overlijden.stap.overlijden',
  render: (ctx) => html`
    ${ctx.date('overlijden.datum', { label: 'overlijden.overlijden.datum', weekday: true })}
    ${ctx.text('overlijden.tijd', { label: 'overlijden.overlijden.tijd', hint: 'overlijden.overlijden.tijdHint', width: 'short', type: 'time' })}
    ${ctx.edit(() => venster(ctx))}
    ${ctx.text('overlijden.plaats', {
      label: 'overlijden.overlijden.plaats', hint: 'overlijden.overlijden.plaatsHint', hintParams: { gemeente: ctx.config.gemeenteNaam },
    })}
    ${ctx.radio('overlijden.locatie.soort', {
      label: 'overlijden.overlijden.locatie',
      options: [
        { value: 'woning', label: 'overlijden.overlijden.locatieWoning' },
        { value: 'ziekenhuis', label: 'overlijden.overlijden.locatieZiekenhuis' },
        { value: 'verpleeghuis', label: 'overlijden.overlijden.locatieVerpleeghuis' },
        { value: 'elders', label: 'overlijden.overlijden.locatieElders' },
      ],
    })}
    ${ctx.str('overlijden.locatie.soort') === 'elders'
      ? ctx.text('overlijden.locatie.omschrijving', { label: 'overlijden.overlijden.omschrijving' })
      : nothing}
    ${ctx.text('overlijden.schouwendArts.naam', { label: 'overlijden.overlijden.arts' })}
    ${ctx.radio('overlijden.schouwendArts.soort', {
      label: 'overlijden.overlijden.artsSoort',
      // A non-natural death is examined by the gemeentelijk lijkschouwer (Wlb art. 7 lid 3, art. 10).
      ...(ctx.get('overlijden.natuurlijk') === false ? { hint: 'overlijden.overlijden.artsSoortNietNatuurlijk' } : {}),
      options: [
        { value: 'behandelend-arts', label: 'overlijden.overlijden.artsBehandelend' },
        { value: 'gemeentelijk-lijkschouwer', label: 'overlijden.overlijden.artsLijkschouwer' },
      ],
    })}
    ${overlegGevraagd(ctx)
      ? ctx.checkbox('overlijden.overlegLijkschouwer', { label: 'overlijden.overlijden.overleg', hint: 'overlijden.overlijden.overlegHint' })
      : nothing}`,
  // Past the art. 16 term a funeral director no longer declares as gemachtigde (BW 1:19h lid 2).
  referral: (ctx) => (termijnVerstreken(ctx) ? { title: 'overlijden.verwijzing.termijnTitel', body: 'overlijden.verwijzing.termijn' } : null),
};
