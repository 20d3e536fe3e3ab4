import { html, nothing } from 'lit';
import type { StepDefinition } from '../../../form/definition.js';
import type { VerhuizingFormConfig } from '../config.js';

// Step 0. Moving abroad, arriving from abroad and having no fixed address are other procedures
// (Wet BRP): the routing question ends those with a referral instead of a submission.
const REFERRALS: Record<string, { title: string; body: string }> = {
  'naar-buitenland': { title: 'verhuizing.verwijzing.naarBuitenlandTitel', body: 'verhuizing.verwijzing.naarBuitenland' },
  'uit-buitenland': { title: 'verhuizing.verwijzing.uitBuitenlandTitel', body: 'verhuizing.verwijzing.uitBuitenland' },
  'geen-vast-adres': { title: 'verhuizing.verwijzing.geenVastAdresTitel', body: 'verhuizing.verwijzing.geenVastAdres' },
};

export const startStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'start',
  title: 'verhuizing.stap.start',
  paths: ['routering'],
  render: (ctx) => html`
    ${ctx.edit(() => html`
      <p>${ctx.t('verhuizing.start.intro')}</p>
      <h3>${ctx.t('verhuizing.start.nodigTitel')}</h3>
      <ul>
        <li>${ctx.t('verhuizing.start.nodig1')}</li>
        <li>${ctx.t('verhuizing.start.nodig2')}</li>
        <li>${ctx.t('verhuizing.start.nodig3')}</li>
        <li>${ctx.t('verhuizing.start.nodig4')}</li>
      </ul>
      ${ctx.config.privacyUrl
        ? html`<p><a href=${ctx.config.privacyUrl} target="_blank" rel="noopener">${ctx.t('verhuizing.start.privacy', { gemeente: ctx.config.gemeenteNaam })}</a></p>`
        : nothing}`)}
    ${ctx.radio('routering', {
      label: 'verhuizing.start.routering',
      options: [
        { value: 'binnenland', label: 'verhuizing.start.routeringBinnenland' },
        { value: 'naar-buitenland', label: 'verhuizing.start.routeringNaarBuitenland' },
        { value: 'uit-buitenland', label: 'verhuizing.start.routeringUitBuitenland' },
        { value: 'geen-vast-adres', label: 'verhuizing.start.routeringGeenVastAdres' },
      ],
    })}`,
  validate: (ctx) => (ctx.str('routering') ? [] : [{ path: 'routering', key: 'fout.verplicht' }]),
  referral: (ctx) => REFERRALS[ctx.str('routering')] ?? null,
};
