// The whole aangifte overlijden, as a funeral director does it with the keyboard, against the real
// reference receiver: a cremation asked for before the 36 hours (a request for bespoediging, with the
// doctor's statement of no objection) — and the stored submission is exactly what was typed,
// normalised (9-digit BSN, 8-digit KvK, ISO dates, HH:MM, the address from the lookup, the files as
// chosen).
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import * as fixtures from '../../fixtures/overlijden.js';
import { check, choose, field, heading, press, root, text, tick, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import {
  NOW,
  REDEN_BESPOEDIGING,
  TODAY,
  aangeverOndernemerVol,
  createOverlijden,
  crematieBespoediging,
  overledeneWeduwe,
  overlijdenStap,
  start,
  upload,
  type Row,
} from './driver.js';

describe('<gemeente-overlijden> end to end with the keyboard', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('a funeral director registers a natural death with a cremation before the 36 hours; the receiver stores exactly the answers', async function () {
    this.timeout(60000);
    const el = await createOverlijden({ endpoint: `${receiver.url}/api/overlijden`, lookupUrl: receiver.lookupUrl });

    for (const step of [start, aangeverOndernemerVol, overledeneWeduwe]) {
      await untilStep(el, step.heading.nl);
      await step.fill(el);
      await press(el, 'Volgende');
      await tick(el);
    }

    await untilStep(el, overlijdenStap.heading.nl);
    await overlijdenStap.fill(el);
    expect(text(el)).to.contain('De uitvaart mag op zijn vroegst op zondag 29 november 2026 om 11:30 uur');
    await press(el, 'Volgende');

    // Sunday 11:00 is half an hour before the 36 hours: the aangifte becomes a request to the burgemeester.
    await untilStep(el, crematieBespoediging.heading.nl);
    await crematieBespoediging.fill(el);
    expect(text(el)).to.contain('Deze uitvaart is 30 minuten eerder dan 36 uur na het overlijden');
    await press(el, 'Volgende');

    // The doctor's statement is now required, next to the A-form; the B-form itself is never uploaded.
    await untilStep(el, 'Bijlagen en doodsoorzaak');
    for (const label of ['Verklaring van overlijden (A-formulier)', 'Verklaring van de arts dat er geen bezwaar is tegen bespoediging']) {
      expect(root(el).querySelector(`label[for="${field(el, label).id}"]`)!.textContent, label).not.to.contain('niet verplicht');
    }
    const aFormulier = await upload(el, 'verklaring-van-overlijden', [{ name: 'A-formulier.pdf', kind: 'pdf' }]);
    const artsverklaring = await upload(el, 'verklaring-arts-geen-bezwaar', [{ name: 'verklaring geen bezwaar.png', kind: 'png' }]);
    await choose(el, 'Hoe komt de doodsoorzaak bij het CBS?', 'Ik lever de gesloten B-envelop in bij de gemeente, met het aktenummer');
    await press(el, 'Volgende');

    // The check page lists what was typed, grouped by step.
    await untilStep(el, 'Controleer uw gegevens');
    const page = text(el);
    for (const shown of [
      'Uitvaartzorg De Linde B.V.',
      'Johanna Maria',
      'Weduwe of weduwnaar',
      'Hendrik',
      'vrijdag 27 november 2026',
      'zondag 29 november 2026',
      REDEN_BESPOEDIGING,
      'A-formulier.pdf',
      'verklaring geen bezwaar.png',
    ]) {
      expect(page).to.contain(shown);
    }

    await check(el, 'Ik heb alles naar waarheid ingevuld');
    await press(el, 'Versturen');
    await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
    const kenmerk = root(el).querySelector('.confirmation__kenmerk')!.textContent!.trim();
    // What happens next: the request still has to be granted; the B-envelope still has to be delivered.
    const confirmation = text(el);
    expect(confirmation).to.contain('U heeft om uitstel of bespoediging gevraagd. Dat is pas toegestaan als de burgemeester het verzoek heeft toegewezen.');
    expect(confirmation).to.contain('Lever de gesloten B-envelop in bij de gemeente en vermeld het aktenummer.');
    expect(confirmation).not.to.contain('officier van justitie');
    await expect(el).to.be.accessible();

    const rows = await executeServerCommand<Row[], unknown>('receiver-submissions');
    expect(rows).to.have.length(1);
    expect(rows[0]!.kenmerk).to.equal(kenmerk);
    const bijlage = (soort: string, f: { name: string; size: number; mimeType: string; base64: string }) => ({
      soort,
      bestandsnaam: f.name,
      mimeType: f.mimeType,
      grootte: f.size,
      inhoud: f.base64,
    });
    // The same named example the schema tests normalise (fixtures), as typed here.
    const voorbeeld = fixtures.geldigOndernemerCrematieOutput.gegevens;
    expect(rows[0]!.envelope).to.deep.equal({
      formulier: 'overlijden',
      versie: '2',
      gemeente: { code: '0344', naam: 'Utrecht' },
      taal: 'nl',
      ingediendOp: NOW,
      gegevens: {
        aangever: {
          ...voorbeeld.aangever,
          organisatie: { naam: 'Uitvaartzorg De Linde B.V.', kvkNummer: '12345678', vestigingsnummer: '000012345678' },
        },
        // The fixtures' normalised deceased (the laatste adres comes from the lookup, not typed).
        overledene: voorbeeld.overledene,
        overlijden: {
          datum: '2026-11-27',
          tijd: '23:30',
          gemeentecode: '0344',
          plaats: 'Utrecht',
          // A description is asked only for "ergens anders".
          locatie: { soort: 'ziekenhuis' },
          natuurlijk: true,
          schouwendArts: { naam: 'dr. K. Meijer', soort: 'behandelend-arts' },
        },
        lijkbezorging: {
          wijze: 'cremeren',
          datum: '2026-11-29',
          tijd: '11:00',
          locatie: { naam: 'Crematorium Daelwijck', plaats: 'Utrecht' },
          buitenland: false,
        },
        // Where the body is: Utrecht, chosen by name, sent with its CBS code (Wlb art. 17 lid 1).
        verzoekUitstelOfBespoediging: { soort: 'bespoediging', reden: REDEN_BESPOEDIGING, gemeenteLichaam: { code: '0344', naam: 'Utrecht' } },
        aantalUittreksels: 2,
        doodsoorzaak: 'b-envelop',
        verklaringNaarWaarheid: true,
      },
      bijlagen: [bijlage('verklaring-van-overlijden', aFormulier[0]!), bijlage('verklaring-arts-geen-bezwaar', artsverklaring[0]!)],
    });
    // …and the deceased is exactly the schema fixtures' normalised example.
    expect(rows[0]!.envelope.gegevens['overledene']).to.deep.equal(voorbeeld.overledene);
    expect(aFormulier[0]!.base64).to.match(/^JVBERi0/); // really a PDF
    expect(artsverklaring[0]!.mimeType).to.equal('image/png');
  });
});
