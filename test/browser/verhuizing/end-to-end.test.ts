// The whole verhuizing, as a keyboard user does it, against the real reference receiver: every step
// including the main occupant and three attachments, and the stored submission is exactly what was
// typed — normalised (postcode 1234AB, 9-digit BSN, ISO dates, BAG ids from the lookup, files as
// chosen).
import { expect } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../../commands/index.mjs';
import { check, choose, field, heading, press, root, text, tick, until } from '../support/user.js';
import { untilStep } from '../shared/flow.js';
import {
  NOW,
  TODAY,
  aangeverStap,
  createVerhuizing,
  drieMee,
  hoofdbewonerStap,
  nieuwAdresVol,
  start,
  upload,
} from './driver.js';

type Row = { kenmerk: string; idempotencyKey: string; envelope: Record<string, unknown> };

describe('<gemeente-verhuizing> end to end with the keyboard', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('reports a move with a partner, a child, a friend, the main occupant and three documents; the receiver stores exactly the answers', async function () {
    this.timeout(60000);
    const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing`, lookupUrl: receiver.lookupUrl });

    for (const step of [start, nieuwAdresVol, aangeverStap, drieMee, hoofdbewonerStap]) {
      await untilStep(el, step.heading.nl);
      await step.fill(el);
      await press(el, 'Volgende');
      await tick(el);
    }

    // Attachments: what is asked follows from the answers (rented home, "anders", main occupant).
    await untilStep(el, 'Bijlagen');
    expect(text(el)).to.contain('Nodig: 1');
    const huurcontract = await upload(el, 'huurcontract', [{ name: 'huurcontract Voorbeeldhof.pdf', kind: 'pdf' }]);
    const machtiging = await upload(el, 'machtiging', [{ name: 'machtiging Noor.png', kind: 'png' }]);
    const toestemming = await upload(el, 'toestemming-hoofdbewoner', [{ name: 'toestemming.pdf', kind: 'pdf' }]);
    expect(text(el)).to.contain('huurcontract Voorbeeldhof.pdf');
    expect(text(el)).to.contain('machtiging Noor.png');
    await press(el, 'Volgende');

    // The check page lists what was typed, grouped by step.
    await untilStep(el, 'Controleer uw gegevens');
    const page = text(el);
    for (const shown of [
      'Voorbeeldhof 12B-bis, 3512ZZ Utrecht',
      '1 december 2026',
      'Jan Willem',
      'Coolsingel 40, 3011AD Rotterdam',
      'Fatima',
      'Sara',
      'Noor',
      'Pieter',
      'toestemming.pdf',
    ]) {
      expect(page).to.contain(shown);
    }

    await check(el, 'Ik heb alles naar waarheid ingevuld');
    await press(el, 'Versturen');
    await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
    const kenmerk = root(el).querySelector('.confirmation__kenmerk')!.textContent!.trim();
    expect(kenmerk).to.match(/^VH-\d{4}-\d{6}$/);
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
    expect(rows[0]!.envelope).to.deep.equal({
      formulier: 'verhuizing',
      versie: '2',
      gemeente: { code: '0344', naam: 'Utrecht' },
      taal: 'nl',
      ingediendOp: NOW,
      gegevens: {
        nieuwAdres: {
          postcode: '3512ZZ',
          huisnummer: 12,
          huisletter: 'B',
          huisnummertoevoeging: 'bis',
          straatnaam: 'Voorbeeldhof',
          woonplaats: 'Utrecht',
          gemeentecode: '0344',
          nummeraanduidingIdentificatie: '0344200000000019',
          adresseerbaarObjectIdentificatie: '0344010000000019',
          handmatig: false,
        },
        verhuisdatum: '2026-12-01',
        woonsituatie: { soort: 'huur', anderenWonenOpAdres: true, bijPartner: false, aantalBewoners: 5 },
        aangever: {
          burgerservicenummer: '999993847',
          naam: { voornamen: 'Jan Willem', voorvoegsel: 'van der', geslachtsnaam: 'Berg' },
          geboortedatum: '1985-03-27',
          verhuistMee: true,
          email: 'j.vanderberg@example.nl',
          telefoonnummer: '+31612345678',
        },
        vorigAdres: { postcode: '3011AD', huisnummer: 40, straatnaam: 'Coolsingel', woonplaats: 'Rotterdam' },
        meeverhuizers: [
          {
            burgerservicenummer: '999992077',
            naam: { voornamen: 'Fatima', geslachtsnaam: 'El Amrani' },
            geboortedatum: '1987-06-12',
            relatie: 'echtgenoot',
          },
          {
            burgerservicenummer: '999993483',
            naam: { voornamen: 'Sara', voorvoegsel: 'van der', geslachtsnaam: 'Berg' },
            geboortedatum: '2016-09-03',
            relatie: 'kind',
            gezagBevestigd: true,
          },
          {
            burgerservicenummer: '999993653',
            naam: { voornamen: 'Noor', geslachtsnaam: 'Bakker' },
            geboortedatum: '1990-05-05',
            relatie: 'anders',
          },
        ],
        hoofdbewoner: {
          naam: { voornamen: 'Pieter', geslachtsnaam: 'de Vries' },
          geboortedatum: '1979-01-15',
          email: 'p.devries@example.nl',
          toestemming: 'bijlage',
        },
        verklaringNaarWaarheid: true,
      },
      bijlagen: [
        bijlage('huurcontract', huurcontract[0]!),
        bijlage('machtiging', machtiging[0]!),
        bijlage('toestemming-hoofdbewoner', toestemming[0]!),
      ],
    });
    expect(huurcontract[0]!.base64).to.match(/^JVBERi0/); // really a PDF
    expect(machtiging[0]!.mimeType).to.equal('image/png');
  });

  it('refuses a text file named .pdf on the field, at once, and keeps the step', async () => {
    const el = await createVerhuizing({ endpoint: `${receiver.url}/api/verhuizing` });
    // Reach the attachment step with the shortest path (huurcontract offered, optional).
    const { shortSteps } = await import('./driver.js');
    const { walk } = await import('../shared/flow.js');
    await walk(el, shortSteps.slice(0, 4));
    await untilStep(el, 'Bijlagen');
    await upload(el, 'huurcontract', [{ name: 'huurcontract.pdf', kind: 'fake-pdf' }]);
    await until(() => !!root(el).querySelector('.error-message'));
    expect(root(el).querySelector('.error-message')!.textContent).to.contain('Kies een ander bestand: dit is geen goede PDF, JPG of PNG');
    expect(field(el, 'Huurcontract').getAttribute('aria-invalid')).to.equal('true');
    expect(text(el)).not.to.contain('huurcontract.pdf (');
    await expect(el).to.be.accessible();
    // A real PDF afterwards clears the error.
    await upload(el, 'huurcontract', [{ name: 'huurcontract.pdf', kind: 'pdf' }]);
    await until(() => !root(el).querySelector('.error-message'));
    expect(text(el)).to.contain('huurcontract.pdf (');
    void choose;
    void sendKeys;
  });
});
