import { html, nothing } from 'lit';
import type { Referral, StepDefinition } from '../../../form/definition.js';
import type { VerhuizingFormConfig } from '../config.js';

// Step 0. Moving abroad, arriving from abroad and having no fixed address are other procedures
// (Wet BRP): the routing question ends those with a referral instead of a submission, with the law's
// thresholds (issue 6 item 7; stored text, statengeneraal/laws-markdown BWBR0033715):
// - art. 2.43 lid 1: who expects to stay outside the Netherlands at least two thirds of a year reports
//   the departure to the bijhoudingsgemeente before leaving; "de aangiftetermijn vangt aan op de vijfde
//   dag voor de dag van vertrek"; lid 3: in person when not everyone at the address reports;
// - art. 2.38 lid 1: who expects to stay in the Netherlands at least two thirds of half a year "meldt
//   zich uiterlijk op de vijfde dag na de aanvang van zijn verblijf in persoon" at the gemeente of the
//   woonadres.
// The referral view adds the gemeente's contact route (item 16).
// With the gemeente's page for the procedure (`url-*` attributes), the page links onward to it.
const REFERRALS = {
  'naar-buitenland': { title: 'verhuizing.verwijzing.naarBuitenlandTitel', body: 'verhuizing.verwijzing.naarBuitenland', onward: 'verhuizing.verwijzing.verderNaarBuitenland' },
  'uit-buitenland': { title: 'verhuizing.verwijzing.uitBuitenlandTitel', body: 'verhuizing.verwijzing.uitBuitenland', onward: 'verhuizing.verwijzing.verderUitBuitenland' },
  'geen-vast-adres': { title: 'verhuizing.verwijzing.geenVastAdresTitel', body: 'verhuizing.verwijzing.geenVastAdres', onward: 'verhuizing.verwijzing.verderGeenVastAdres' },
} as const;

function referralFor(routering: string, urls: VerhuizingFormConfig['verwijzingUrls']): Referral | null {
  // Own keys only: the answer can come from a draft or a host's prefill ("toString" is no referral).
  if (!Object.prototype.hasOwnProperty.call(REFERRALS, routering)) return null;
  const soort = routering as keyof typeof REFERRALS;
  const { title, body, onward } = REFERRALS[soort];
  const href = urls[soort];
  return { title, body, ...(href ? { onward: { href, label: onward } } : {}) };
}

export const startStep: StepDefinition<VerhuizingFormConfig> = {
  id: 'start',
  title: 'verhuizing.stap.start',
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
    })}
    ${ctx.str('routering') === 'binnenland'
      ? ctx.yesNo('aangever.verhuistMee', { label: 'verhuizing.start.verhuistMee', hint: 'verhuizing.start.verhuistMeeHint' })
      : nothing}`,
  validate: (ctx) => {
    if (!ctx.str('routering')) return [{ path: 'routering', key: 'fout.verplicht' }];
    // Wet BRP art. 2.48 and 2.49: someone may report a move they do not make; the answer decides
    // whose current address is asked.
    if (ctx.str('routering') === 'binnenland' && typeof ctx.get('aangever.verhuistMee') !== 'boolean') {
      return [{ path: 'aangever.verhuistMee', key: 'fout.verplicht' }];
    }
    return [];
  },
  referral: (ctx) => referralFor(ctx.str('routering'), ctx.config.verwijzingUrls),
};
