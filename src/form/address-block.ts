// Postcode + huisnummer with the BAG lookup (PDOK Locatieserver), shared by every address question.
// The lookup runs when postcode and huisnummer are complete and the citizen leaves the field (change),
// not on every keystroke. One result is shown; several let the citizen choose the huisletter or
// toevoeging; none or an unreachable service fall back to typing street and town, flagged `handmatig`
// for the back office — a new building reaches the BAG late, so this must never be a dead end.
import { html, nothing, type TemplateResult } from 'lit';
import { lookupAddress, normalisePostcode, type Adres } from '../lookup/pdok.js';
import type { StepContext } from './step-context.js';
import { fieldId } from './path.js';
import { showPostcode } from './display.js';

export interface LookupState {
  /** postcode+huisnummer the result belongs to, e.g. "3521AZ-1". */
  zoekterm: string;
  status: 'zoeken' | 'gevonden' | 'geen' | 'onbereikbaar';
  adressen: Adres[];
}

export interface AddressBlockOptions {
  /** Lookup URL, or null when `address-lookup="off"`. */
  lookupUrl: string | null;
  /** For the new address: the gemeente it must lie in. */
  gemeente?: { code: string; naam: string };
  /**
   * An autocomplete section (`section-nieuw postal-code`): the citizen's new address is theirs but
   * not the one the browser knows, so its tokens are grouped apart from the current address (HTML
   * autofill "section-*"; WCAG 1.3.5).
   */
  autocompleteSection?: string;
}

function zoekterm(ctx: StepContext<unknown>, prefix: string): string | null {
  const pc = normalisePostcode(ctx.str(`${prefix}.postcode`));
  const nr = ctx.str(`${prefix}.huisnummer`).trim();
  return pc && /^[1-9]\d{0,4}$/.test(nr) ? `${pc}-${nr}` : null;
}

/** Addresses of the lookup that match what was typed for huisletter and toevoeging. */
export function matchingAddresses(ctx: StepContext<unknown>, prefix: string): Adres[] {
  const state = ctx.get(`${prefix}.lookup`) as LookupState | undefined;
  if (!state || state.zoekterm !== zoekterm(ctx, prefix) || state.status !== 'gevonden') return [];
  const letter = ctx.str(`${prefix}.huisletter`).trim().toUpperCase();
  const toevoeging = ctx.str(`${prefix}.huisnummertoevoeging`).trim().toUpperCase();
  return state.adressen.filter(
    (a) =>
      (!letter || (a.huisletter ?? '').toUpperCase() === letter) &&
      (!toevoeging || (a.huisnummertoevoeging ?? '').toUpperCase() === toevoeging),
  );
}

/** The BAG address the citizen has (the only match, or the one chosen), if any. */
export function chosenAddress(ctx: StepContext<unknown>, prefix: string): Adres | undefined {
  const matches = matchingAddresses(ctx, prefix);
  if (matches.length === 1) return matches[0];
  const chosen = ctx.str(`${prefix}.gekozen`);
  return matches.find((a) => a.weergavenaam === chosen);
}

/** True when street and town are typed by hand (no result, lookup unreachable or switched off). */
export function isManual(ctx: StepContext<unknown>, prefix: string, lookupUrl: string | null): boolean {
  if (!lookupUrl) return true;
  const state = ctx.get(`${prefix}.lookup`) as LookupState | undefined;
  return !!state && state.zoekterm === zoekterm(ctx, prefix) && (state.status === 'geen' || state.status === 'onbereikbaar');
}

/** The address as the payload wants it (input for the schema, which normalises it). */
export function addressPayload(ctx: StepContext<unknown>, prefix: string, lookupUrl: string | null, bag: boolean) {
  const chosen = chosenAddress(ctx, prefix);
  const manual = isManual(ctx, prefix, lookupUrl);
  const base = {
    postcode: chosen?.postcode ?? ctx.str(`${prefix}.postcode`),
    huisnummer: chosen?.huisnummer ?? ctx.str(`${prefix}.huisnummer`),
    huisletter: chosen ? chosen.huisletter ?? '' : ctx.str(`${prefix}.huisletter`),
    huisnummertoevoeging: chosen ? chosen.huisnummertoevoeging ?? '' : ctx.str(`${prefix}.huisnummertoevoeging`),
    straatnaam: chosen?.straatnaam ?? (manual ? ctx.str(`${prefix}.straatnaam`) : ''),
    woonplaats: chosen?.woonplaats ?? (manual ? ctx.str(`${prefix}.woonplaats`) : ''),
  };
  if (!bag) return base;
  return {
    ...base,
    gemeentecode: chosen?.gemeentecode ?? null,
    nummeraanduidingIdentificatie: chosen?.nummeraanduidingIdentificatie ?? null,
    adresseerbaarObjectIdentificatie: chosen?.adresseerbaarObjectIdentificatie ?? null,
    handmatig: !chosen,
  };
}

/** Flow check: a lookup result must be chosen when there are several. */
export function addressFlowIssues(ctx: StepContext<unknown>, prefix: string, lookupUrl: string | null) {
  if (isManual(ctx, prefix, lookupUrl) || !zoekterm(ctx, prefix)) return [];
  const matches = matchingAddresses(ctx, prefix);
  if (matches.length > 1 && !chosenAddress(ctx, prefix)) return [{ path: `${prefix}.gekozen`, key: 'adres.kiesFout' }];
  return [];
}

function typingIn(ctx: StepContext<unknown>, prefix: string): boolean {
  const active = (ctx.host.renderRoot as ShadowRoot).activeElement;
  return !!active && active.id.startsWith(fieldId(prefix));
}

async function runLookup(ctx: StepContext<unknown>, prefix: string, lookupUrl: string): Promise<void> {
  const term = zoekterm(ctx, prefix);
  const state = ctx.get(`${prefix}.lookup`) as LookupState | undefined;
  if (!term || state?.zoekterm === term) return;
  ctx.host.setAnswer(`${prefix}.lookup`, { zoekterm: term, status: 'zoeken', adressen: [] } satisfies LookupState);
  const [postcode, huisnummer] = term.split('-');
  const result = await lookupAddress(lookupUrl, postcode, huisnummer);
  const current = ctx.host.answers && zoekterm(ctx, prefix);
  if (current !== term) return; // the citizen typed on; a newer lookup wins
  const next: LookupState =
    result.kind === 'found'
      ? { zoekterm: term, status: 'gevonden', adressen: result.adressen }
      : { zoekterm: term, status: result.kind === 'none' ? 'geen' : 'onbereikbaar', adressen: [] };
  ctx.host.setAnswer(`${prefix}.lookup`, next, { commit: true });
}

/**
 * What the lookup found, as said through the engine's live region (focus stays in the huisnummer or
 * on the next field): how many addresses and what to do, the one address, or that street and town
 * are to be typed. The radios of a choice appear outside any live region, so without this a
 * screen-reader user would not know there is something to choose.
 */
function lookupAnnouncement(ctx: StepContext<unknown>, state: LookupState | undefined, matches: Adres[], otherGemeente: Adres | undefined): string {
  if (!state) return '';
  if (state.status === 'zoeken') return ctx.t('adres.zoeken');
  if (state.status === 'geen') return ctx.t('adres.geenResultaat');
  if (state.status === 'onbereikbaar') return ctx.t('adres.nietBereikbaar');
  const elders = otherGemeente ? ` ${ctx.t('adres.andereGemeente', { gemeente: otherGemeente.gemeentenaam })}` : '';
  const [only] = matches;
  if (matches.length === 1 && only) return `${ctx.t('adres.gevondenEen', { adres: only.weergavenaam })}${elders}`;
  return matches.length > 1 ? `${ctx.t('adres.gevondenAantal', { count: matches.length })}${elders}` : '';
}

export function addressBlock(ctx: StepContext<unknown>, prefix: string, options: AddressBlockOptions): TemplateResult {
  const { lookupUrl } = options;
  const token = (name: string) => (options.autocompleteSection ? `section-${options.autocompleteSection} ${name}` : name);
  const lookup = () => {
    if (lookupUrl) void runLookup(ctx, prefix, lookupUrl);
  };
  const state = ctx.get(`${prefix}.lookup`) as LookupState | undefined;
  const current = state && state.zoekterm === zoekterm(ctx, prefix) ? state : undefined;
  const manual = isManual(ctx, prefix, lookupUrl);
  const matches = matchingAddresses(ctx, prefix);
  const chosen = chosenAddress(ctx, prefix);
  const otherGemeente = chosen && options.gemeente && chosen.gemeentecode !== options.gemeente.code ? chosen : undefined;

  if (ctx.mode === 'summary') {
    ctx.text(`${prefix}.postcode`, { label: 'adres.postcode', display: showPostcode });
    ctx.text(`${prefix}.huisnummer`, { label: 'adres.huisnummer' });
    if (ctx.str(`${prefix}.huisletter`)) ctx.text(`${prefix}.huisletter`, { label: 'adres.huisletter' });
    if (ctx.str(`${prefix}.huisnummertoevoeging`)) ctx.text(`${prefix}.huisnummertoevoeging`, { label: 'adres.toevoeging' });
    if (chosen) ctx.summaryRow(`${prefix}.postcode`, 'adres.adres', chosen.weergavenaam);
    if (manual) {
      ctx.text(`${prefix}.straatnaam`, { label: 'adres.straatnaam' });
      ctx.text(`${prefix}.woonplaats`, { label: 'adres.woonplaats' });
    }
    return html``;
  }

  // Aliases first: a field's error is looked up when the field renders. Street and town have no
  // input of their own until manual entry, and the gemeente check is about the whole address.
  if (!manual) {
    // Street and town come from the lookup: while there is none, the fix is to look the address up
    // (or, among several results, to choose one) — never "fill in the street", which has no input.
    const [target, key] = matches.length > 1 ? [`${prefix}.gekozen`, 'adres.kiesFout'] : [`${prefix}.postcode`, 'adres.zoekOpFout'];
    ctx.alias(`${prefix}.straatnaam`, target, key);
    ctx.alias(`${prefix}.woonplaats`, target, key);
  }
  ctx.alias(`${prefix}.gemeentecode`, `${prefix}.postcode`);
  ctx.alias(`${prefix}.nummeraanduidingIdentificatie`, `${prefix}.postcode`);
  ctx.alias(`${prefix}.adresseerbaarObjectIdentificatie`, `${prefix}.postcode`);

  // A complete postcode + huisnummer that was never looked up (prefilled by the host, or restored from
  // an older draft) is looked up when the block is shown — unless the citizen is typing in it now.
  if (ctx.mode === 'edit' && !ctx.dry && lookupUrl && zoekterm(ctx, prefix) && !state && !typingIn(ctx, prefix)) {
    queueMicrotask(lookup);
  }

  ctx.announced(`${prefix}.lookup`, lookupAnnouncement(ctx, current, matches, otherGemeente));

  // The lookup runs on `change` (leaving the field), wired through a wrapper that listens for it.
  // One group: the error summary gives the address one entry (issue 7 item 4).
  return ctx.group(prefix, () => html`<div class="address" @change=${(e: Event) => {
      const target = e.target as HTMLElement;
      if (target.id?.match(/-(postcode|huisnummer)$/)) lookup();
    }}>
    ${ctx.text(`${prefix}.postcode`, { label: 'adres.postcode', hint: 'adres.postcodeHint', width: 'postcode', autocomplete: token('postal-code'), spellcheck: false })}
    ${ctx.text(`${prefix}.huisnummer`, { label: 'adres.huisnummer', width: 'huisnummer', inputmode: 'numeric' })}
    ${ctx.text(`${prefix}.huisletter`, { label: 'adres.huisletter', width: 'huisletter', optional: true })}
    ${ctx.text(`${prefix}.huisnummertoevoeging`, { label: 'adres.toevoeging', width: 'toevoeging', optional: true })}
    <div class="address-status">
      ${current?.status === 'zoeken' ? html`<p>${ctx.t('adres.zoeken')}</p>` : nothing}
      ${chosen
        ? html`<div class="panel address-found"><strong>${ctx.t('adres.gevonden')}:</strong> ${chosen.weergavenaam}</div>`
        : nothing}
      ${otherGemeente
        ? html`<div class="warning">${ctx.t('adres.andereGemeente', { gemeente: otherGemeente.gemeentenaam })}</div>`
        : nothing}
      ${current?.status === 'geen' ? html`<p class="panel">${ctx.t('adres.geenResultaat')}</p>` : nothing}
      ${current?.status === 'onbereikbaar' ? html`<p class="panel">${ctx.t('adres.nietBereikbaar')}</p>` : nothing}
    </div>
    ${matches.length > 1
      ? ctx.radio(`${prefix}.gekozen`, {
          label: 'adres.kiesAdres',
          options: matches.map((a) => ({ value: a.weergavenaam, label: a.weergavenaam, raw: true })),
        })
      : nothing}
    ${manual
      ? html`${!lookupUrl ? html`<p>${ctx.t('adres.handmatigUit')}</p>` : nothing}
          ${ctx.text(`${prefix}.straatnaam`, { label: 'adres.straatnaam', autocomplete: token('address-line1') })}
          ${ctx.text(`${prefix}.woonplaats`, { label: 'adres.woonplaats', autocomplete: token('address-level2') })}`
      : nothing}
  </div>`);
}
