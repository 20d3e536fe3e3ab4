import type { Translations } from './fouten.nl.js';
import type { verhuizingNl } from './verhuizing.nl.js';

export const verhuizingEn: Translations<typeof verhuizingNl> = {
  verhuizing: {
    naam: 'Report a change of address',
    stap: {
      start: 'Report your move to the municipality of {{gemeente}}',
      nieuwAdres: 'Your new address',
      aangever: 'Your details',
      meeverhuizers: 'Who is moving with you?',
      hoofdbewoner: 'Main occupant of the new address',
      bijlagen: 'Attachments',
    },
    start: {
      intro:
        'Use this form to report your move. You can do this from 4 weeks before the moving date up to 5 days after it. Moving to another municipality? Then report the move to the municipality of your new address.',
      nodigTitel: 'What you need',
      nodig1: 'about 10 minutes',
      nodig2: 'your citizen service number (BSN) and that of everyone moving with you',
      nodig3: 'the postcode and house number of your new address',
      nodig4: 'any documents, such as your rental contract, as PDF, JPG or PNG',
      privacy: 'Read how the municipality of {{gemeente}} handles your data',
      routering: 'Where are you moving to?',
      routeringBinnenland: 'To an address in the Netherlands',
      routeringNaarBuitenland: 'Abroad',
      routeringUitBuitenland: 'I am coming from abroad to live in the Netherlands',
      routeringGeenVastAdres: 'I have no fixed address',
    },
    verwijzing: {
      naarBuitenlandTitel: 'Report that you are moving abroad',
      naarBuitenland:
        'Will you live abroad for more than 8 months within a year? Then report your departure to the municipality of {{gemeente}}. This form cannot be used for that: see the municipality’s website for how to report emigration.',
      uitBuitenlandTitel: 'Registering from abroad',
      uitBuitenland:
        'Are you coming from abroad to live in the Netherlands? Then make an appointment with the municipality to register in person. Bring your passport or identity card. This form cannot be used for that.',
      geenVastAdresTitel: 'Apply for a correspondence address',
      geenVastAdres:
        'No fixed address? You can apply for a correspondence address (briefadres) with the municipality of {{gemeente}}. This form cannot be used for that: please contact the municipality.',
    },
    nieuwAdres: {
      verhuisdatum: 'Moving date',
      verhuisdatumHint: 'The date you start living at the new address. For example 27 3 2026',
      uiterlijk: 'You can report this move until {{datum}}.',
      teLaat:
        'You are reporting this move late: the deadline was {{datum}}. You can continue, but the municipality will register you from the day you report it, not from the moving date.',
      soort: 'How will you live at the new address?',
      soortKoop: 'In a house I own',
      soortHuur: 'In a rented home',
      soortInwonen: 'I am moving in with someone else',
      soortZorginstelling: 'In a care home',
      soortAnders: 'Other',
      anderen: 'Do other people already live at the new address?',
      bijPartner: 'Are you moving in with your spouse or registered partner, who already lives at this address?',
      aantalBewoners: 'How many people will live at the new address after the move?',
      aantalBewonersHint: 'Count yourself, everyone moving with you and the people who already live there.',
    },
    aangever: {
      bsn: 'Citizen service number (BSN)',
      bsnHint: 'The 9-digit number on your passport, identity card or driving licence',
      voornamen: 'First names',
      voorvoegsel: 'Surname prefix',
      voorvoegselHint: 'For example "van der"',
      geslachtsnaam: 'Surname',
      geboortedatum: 'Date of birth',
      geboortedatumHint: 'For example 27 3 1985',
      vorigAdres: 'Your current address',
      vorigAdresHint: 'The address where you are registered now.',
      email: 'Email address',
      emailHint: 'We will send the confirmation to this address.',
      telefoon: 'Phone number',
      telefoonHint: 'For example 06 12345678',
    },
    meeverhuizers: {
      vraag: 'Are other people moving with you to the new address?',
      uitleg:
        'You may report the move for your spouse or registered partner, your children and your parents if they move with you to the same address. For children under 16 you must have parental authority. For anyone else you need a written authorisation. Anyone aged 16 or over can also report their own move.',
      relatie: 'How is this person related to you?',
      relatieEchtgenoot: 'My spouse or registered partner',
      relatieKind: 'My child',
      relatieOuder: 'My father or mother',
      relatieAnders: 'Someone else',
      gezag: 'I have parental authority over this child',
      gezagHint: 'This child is under 16. Only a parent or guardian with parental authority may report the child’s move.',
      zelfdeHuidigAdres: 'Does this person live at the same address as you now?',
      machtiging:
        'For this person you need a written authorisation, signed by them, with a copy of their identity document. You add it in the Attachments step.',
    },
    hoofdbewoner: {
      uitleg:
        'The main occupant is the person who rents or owns the home. The municipality asks for the main occupant’s consent when you move to an address where people already live.',
      voornamen: 'First names of the main occupant',
      voorvoegsel: 'Surname prefix',
      geslachtsnaam: 'Surname of the main occupant',
      geboortedatum: 'Date of birth of the main occupant',
      email: 'Email address of the main occupant',
      telefoon: 'Phone number of the main occupant',
      contactHint: 'Enter an email address or a phone number, or both.',
      toestemming: 'Consent of the main occupant',
      toestemmingBijlage: 'I will add the signed consent with a copy of the main occupant’s identity document',
      toestemmingNietMogelijk: 'I cannot get this consent',
      toestemmingNietMogelijkHint: 'You must still report your move. The municipality will contact you.',
      toelichting: 'Why can you not get the consent?',
    },
    bijlagen: {
      intro: 'Add the documents below.',
      geen: 'You do not need to send any documents.',
      huurcontract: 'Rental contract',
      koopakte: 'Deed of sale or purchase agreement',
      zorgovereenkomst: 'Agreement with the care home',
      machtiging: 'Authorisation with a copy of the identity document',
      machtigingHint: 'One signed authorisation for each person who needs one. Needed: {{aantal}}.',
      'toestemming-hoofdbewoner': 'Consent of the main occupant with a copy of their identity document',
    },
    verklaring: {
      label: 'I have answered everything truthfully',
      hint: 'Giving false information or reporting a move late can lead to a fine of up to € 325 (Wet BRP, article 4.17).',
    },
    bevestiging: {
      controle:
        'The municipality checks your move. Sometimes it asks for extra documents or an officer visits the new address.',
      toekomst: 'Is the moving date in the future? Then the municipality processes your move on that date.',
      email: 'You will receive a confirmation by email. Keep your reference.',
    },
  },
};
