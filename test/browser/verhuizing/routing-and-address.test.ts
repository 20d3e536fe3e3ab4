// What only the verhuizing does: the routing question, the new address in this gemeente, the BAG
// lookup and its fallbacks, and the reporting window (Wet BRP art. 2.39).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, errors, field, heading, inlineErrors, press, root, text, tick, type, typeDate, until } from '../support/user.js';
import { untilStep, walk, walkToCheck } from '../shared/flow.js';
import type { FormElement } from '../shared/form-driver.js';
import { aangeverStap, bijlagenLeeg, createVerhuizing, niemandMee, nieuwAdresAlleen, start, NOW, TODAY, untilLookedUp } from './driver.js';

type Row = { envelope: { gegevens: Record<string, unknown> } };

describe('<gemeente-verhuizing> routing, address and moving date', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    sinon.restore();
    await executeServerCommand('receiver-stop');
  });

  const create = (attrs: Record<string, string> = {}, lookupUrl: string | undefined = receiver.lookupUrl) =>
    createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl, attrs });

  describe('routing', () => {
    for (const [option, title, body] of [
      ['Naar het buitenland', 'Vertrek naar het buitenland doorgeven', 'geeft u uw vertrek door aan de gemeente waar u nu ingeschreven staat'],
      ['Ik kom uit het buitenland en ga in Nederland wonen', 'Inschrijven vanuit het buitenland', 'schrijft u zich in bij de gemeente waar u gaat wonen'],
      ['Ik heb geen vast woonadres', 'Een briefadres aanvragen', 'kunt u een briefadres aanvragen'],
    ]) {
      it(`"${option}" ends with a referral, and nothing is sent`, async () => {
        const spy = sinon.spy(window, 'fetch');
        const el = await create();
        await choose(el, 'Waar verhuist u naar?', option!);
        await press(el, 'Volgende');
        await tick(el);
        expect(heading(el)).to.equal(title);
        expect(text(el)).to.contain(body!);
        expect(root(el).querySelector('.button--primary')).to.equal(null);
        expect(root(el).querySelector('form')).to.equal(null);
        await until(() => root(el).activeElement?.classList.contains('step-title') ?? false);
        await expect(el).to.be.accessible();
        expect(spy.callCount).to.equal(0);
        expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);
        // "Vorige stap" goes back to the question.
        await press(el, 'Vorige stap');
        await untilStep(el, start.heading.nl);
      });
    }

    // issue 7 item 9: with the gemeente's page for the procedure, the referral links onward to it as
    // its main action, before the contact route; without one (above) there is no such link.
    for (const [option, attribute, href, link] of [
      ['Naar het buitenland', 'url-vertrek-buitenland', 'https://www.utrecht.nl/emigreren', 'Vertrek doorgeven bij de gemeente Utrecht'],
      ['Ik kom uit het buitenland en ga in Nederland wonen', 'url-inschrijving-buitenland', 'https://www.utrecht.nl/afspraak-inschrijven', 'Afspraak maken voor inschrijving bij de gemeente Utrecht'],
      ['Ik heb geen vast woonadres', 'url-briefadres', '/briefadres', 'Briefadres aanvragen bij de gemeente Utrecht'],
    ] as const) {
      it(`"${option}" with ${attribute}: a link onward to the gemeente's page, then the contact route`, async () => {
        const el = await create({ [attribute]: href, 'contact-telefoon': '14 030' });
        await choose(el, 'Waar verhuist u naar?', option);
        await press(el, 'Volgende');
        await tick(el);
        const onward = root(el).querySelector<HTMLAnchorElement>('.referral__onward a');
        expect(onward?.textContent?.trim()).to.equal(link);
        expect(onward?.href).to.equal(new URL(href, location.href).href);
        const route = root(el).querySelector('.contact-route')!;
        expect(onward!.compareDocumentPosition(route) & Node.DOCUMENT_POSITION_FOLLOWING, 'the link comes before the contact route').to.not.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('a url-* attribute that is not a web address is a configuration error naming it', async () => {
      const error = sinon.stub(console, 'error');
      try {
        const el = await create({ 'url-briefadres': 'javascript:alert(1)' });
        await until(() => !!root(el).querySelector('.config-error'));
        expect(text(el)).to.contain('url-briefadres');
      } finally {
        error.restore();
      }
    });
  });

  describe('new address', () => {
    async function toNewAddress(el: FormElement) {
      await walk(el, [start]);
      await untilStep(el, 'Uw nieuwe adres');
    }

    // issue 7 item 9, Wet BRP art. 2.39 lid 1: a stop page naming the gemeente of the new address,
    // with the contact route, instead of an error the citizen cannot fix on this form.
    it('in another gemeente (Coolsingel 40, Rotterdam): a stop page names that gemeente, with the contact route; nothing is sent', async () => {
      const spy = sinon.spy(window, 'fetch');
      const el = await create();
      await toNewAddress(el);
      await type(field(el, 'Postcode'), '3011AD');
      await type(field(el, 'Huisnummer'), '40');
      await untilLookedUp(el);
      expect(text(el)).to.contain('Dit adres ligt in de gemeente Rotterdam. Geef uw verhuizing door aan de gemeente Rotterdam.');
      const lookups = spy.callCount;
      await press(el, 'Volgende');
      await tick(el);
      expect(heading(el)).to.equal('Geef uw verhuizing door aan de gemeente Rotterdam');
      expect(text(el)).to.contain('Uw nieuwe adres ligt in de gemeente Rotterdam.');
      expect(text(el)).to.contain('Dat kan niet met dit formulier van de gemeente Utrecht.');
      expect(root(el).querySelector('.contact-route')).not.to.equal(null);
      expect(root(el).querySelector('form')).to.equal(null);
      expect(errors(el)).to.deep.equal([]);
      await until(() => root(el).activeElement?.classList.contains('step-title') ?? false);
      await expect(el).to.be.accessible();
      expect(spy.callCount).to.equal(lookups);
      // "Vorige stap" goes back to the address, as typed.
      await press(el, 'Vorige stap');
      await untilStep(el, 'Uw nieuwe adres');
      expect(field(el, 'Postcode').value).to.equal('3011AD');
    });

    it('with several results at one number (Voorbeeldhof 12) asks to choose, and says so when nothing is chosen', async () => {
      const el = await create();
      await toNewAddress(el);
      await type(field(el, 'Postcode'), '3512 zz');
      await type(field(el, 'Huisnummer'), '12');
      await untilLookedUp(el);
      const options = [...root(el).querySelectorAll('fieldset')]
        .find((f) => f.querySelector('legend')!.textContent!.includes('Kies het juiste adres'))!
        .querySelectorAll('label');
      expect([...options].map((l) => l.textContent!.trim())).to.include.members([
        'Voorbeeldhof 12, 3512ZZ Utrecht',
        'Voorbeeldhof 12A, 3512ZZ Utrecht',
        'Voorbeeldhof 12B-bis, 3512ZZ Utrecht',
      ]);
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      // The address is a fieldset "Nieuw adres" (as in the death form), named in the summary entry.
      expect(errors(el)).to.include('Nieuw adres: Kies uw adres uit de lijst');
      // Typing the huisletter narrows the choice.
      await type(field(el, 'Huisletter'), 'a');
      await tick(el);
      expect(text(el)).to.contain('Voorbeeldhof 12A, 3512ZZ Utrecht');
      // The summary stays as it was until the next press (docs/errors.md); then the choice is made.
      expect(errors(el)).to.include('Nieuw adres: Kies uw adres uit de lijst');
      await press(el, 'Volgende');
      await tick(el);
      expect(errors(el)).not.to.include('Nieuw adres: Kies uw adres uit de lijst');
    });

    it('without a lookup result: street and town are typed by hand and sent as handmatig, with no BAG ids', async function () {
      this.timeout(30000);
      const el = await create();
      await toNewAddress(el);
      await type(field(el, 'Postcode'), '3521 az');
      await type(field(el, 'Huisnummer'), '3');
      await untilLookedUp(el);
      expect(text(el)).to.contain('We hebben geen adres gevonden bij deze postcode en dit huisnummer');
      await type(field(el, 'Straat'), 'Stadsplateau');
      await type(field(el, 'Plaats'), 'Utrecht');
      await typeDate(el, 'Verhuisdatum', '1', 'december', '2026');
      await choose(el, 'Hoe gaat u op het nieuwe adres wonen?', 'In een huurwoning');
      await choose(el, 'Wonen er al andere mensen op het nieuwe adres?', 'Nee');
      await type(field(el, 'Met hoeveel mensen woont u na de verhuizing op het nieuwe adres?'), '1');
      await press(el, 'Volgende');
      await walkToCheck(el, [aangeverStap, niemandMee, bijlagenLeeg]);
      await check(el, 'Ik heb alles naar waarheid ingevuld');
      await press(el, 'Versturen');
      await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
      const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
      expect(rows[0]!.envelope.gegevens['nieuwAdres']).to.deep.equal({
        postcode: '3521AZ',
        huisnummer: 3,
        straatnaam: 'Stadsplateau',
        woonplaats: 'Utrecht',
        gemeentecode: null,
        nummeraanduidingIdentificatie: null,
        adresseerbaarObjectIdentificatie: null,
        handmatig: true,
      });
    });

    it('with the lookup unreachable (a closed port): manual entry, never a dead end', async () => {
      const el = await create({}, 'http://127.0.0.1:9/free');
      await toNewAddress(el);
      await type(field(el, 'Postcode'), '3521AZ');
      await type(field(el, 'Huisnummer'), '1');
      await untilLookedUp(el);
      expect(text(el)).to.contain('Het adres opzoeken lukt nu niet');
      expect(field(el, 'Straat')).to.exist;
      expect(field(el, 'Plaats')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('with address-lookup="off": asks street and town at once, without calling any service', async () => {
      const spy = sinon.spy(window, 'fetch');
      const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, attrs: { 'address-lookup': 'off' } });
      await toNewAddress(el);
      expect(text(el)).to.contain('Vul hieronder de straat en plaats in.');
      await nieuwAdresAlleen.fill(el);
      await press(el, 'Volgende');
      await untilStep(el, 'Uw gegevens');
      expect(spy.callCount).to.equal(0);
    });
  });

  describe('moving date (today is Wednesday 25 November 2026)', () => {
    async function withDate(el: FormElement, dag: string, maand: string, jaar: string) {
      await walk(el, [start]);
      await untilStep(el, 'Uw nieuwe adres');
      await type(field(el, 'Postcode'), '3521AZ');
      await type(field(el, 'Huisnummer'), '1');
      await untilLookedUp(el);
      await typeDate(el, 'Verhuisdatum', dag, maand, jaar);
      await choose(el, 'Hoe gaat u op het nieuwe adres wonen?', 'In een huurwoning');
      await choose(el, 'Wonen er al andere mensen op het nieuwe adres?', 'Nee');
      await type(field(el, 'Met hoeveel mensen woont u na de verhuizing op het nieuwe adres?'), '1');
    }

    /** "Volgende", then the error summary's lines once it shows. */
    async function errorsAfterNext(el: FormElement): Promise<string[]> {
      await press(el, 'Volgende');
      await until(() => errors(el).length > 0);
      return errors(el);
    }

    it('more than 4 weeks ahead (24 December) is an error that says from when it can be reported', async () => {
      const el = await create();
      await withDate(el, '24', 'december', '2026');
      expect(await errorsAfterNext(el)).to.deep.equal(['Controleer de datum: melden kan pas vanaf 26 november 2026']);
      expect(inlineErrors(el)).to.deep.equal(errors(el));
      expect(heading(el)).to.equal('Uw nieuwe adres');
    });

    it('late (13 November) shows a warning, and the citizen can continue', async () => {
      const el = await create();
      await withDate(el, '13', 'nov', '2026');
      expect(text(el)).to.contain('U geeft deze verhuizing te laat door: dat kon tot en met woensdag 18 november 2026');
      await expect(el).to.be.accessible();
      await press(el, 'Volgende');
      await untilStep(el, 'Uw gegevens');
    });

    it('late with laat-melden="blokkeren" is an error', async () => {
      const el = await create({ 'laat-melden': 'blokkeren' });
      await withDate(el, '13', '11', '2026');
      expect(await errorsAfterNext(el)).to.deep.equal(['Controleer de datum: melden kan nu alleen via de gemeente']);
    });

    // The element keeps one payload schema per day and configuration (FormLater.schemaReadsNow): a
    // page left open past midnight, or an attribute a CMS changes, must still get the new rules.
    it('a page left open into the next day judges the date by the new day (24 December: too early today, fine on the 26th)', async () => {
      const el = await create();
      await withDate(el, '24', 'december', '2026');
      expect(await errorsAfterNext(el)).to.deep.equal(['Controleer de datum: melden kan pas vanaf 26 november 2026']);
      el.clock = () => new Date('2026-11-26T08:00:00.000Z');
      await press(el, 'Volgende');
      await untilStep(el, 'Uw gegevens');
    });

    it('a changed laat-melden attribute applies at the next press (blokkeren, then waarschuwen)', async () => {
      const el = await create({ 'laat-melden': 'blokkeren' });
      await withDate(el, '13', '11', '2026');
      expect(await errorsAfterNext(el)).to.deep.equal(['Controleer de datum: melden kan nu alleen via de gemeente']);
      el.setAttribute('laat-melden', 'waarschuwen');
      await el.updateComplete;
      await press(el, 'Volgende');
      await untilStep(el, 'Uw gegevens');
    });

    it('in the window (1 december) says until when it can be reported', async () => {
      const el = await create();
      await withDate(el, '1', 'december', '2026');
      expect(text(el)).to.contain('U kunt deze verhuizing doorgeven tot en met maandag 7 december 2026.');
    });
  });

  describe('the receiver decides with its own clock', () => {
    it('a date the browser accepted but the receiver finds too early comes back on the date field, its step reopened', async function () {
      this.timeout(30000);
      // The receiver's "today" is 1 November: 1 December is more than 4 weeks away there.
      receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: '2026-11-01' });
      const el = await create();
      await walkToCheck(el, [start, nieuwAdresAlleen, aangeverStap, niemandMee, bijlagenLeeg]);
      await check(el, 'Ik heb alles naar waarheid ingevuld');
      await press(el, 'Versturen');
      await untilStep(el, 'Uw nieuwe adres');
      await until(() => errors(el).length > 0);
      expect(errors(el)).to.have.length(1);
      expect(errors(el)[0]).to.contain('melden kan pas vanaf');
      const dag = root(el).querySelector<HTMLInputElement>('#f-verhuisdatum')!;
      expect(dag.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).querySelector('#f-verhuisdatum-error')!.textContent).to.contain('melden kan pas vanaf');
      expect(await executeServerCommand<Row[], unknown>('receiver-submissions')).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
});
