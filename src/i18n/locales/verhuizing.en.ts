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
      nieuwAdresNamens: 'The new address',
      verhuizers: 'Who is moving?',
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
      verhuistMee: 'Are you moving too?',
      verhuistMeeHint:
        'Choose No if you report the move of someone else and stay where you live. For example for your child who goes to live with the other parent, as a guardian, carer or curator, or for your father or mother who moves into a care home.',
    },
    verwijzing: {
      naarBuitenlandTitel: 'Report that you are moving abroad',
      naarBuitenland:
        'Do you expect to live abroad for at least two thirds of a year (8 months or more within 12 months)? Then report your departure to the municipality where you are registered now. You do this before you leave, at the earliest 5 days before. Is not everyone at your address leaving? Then you report it in person at the municipality. This form cannot be used for that.',
      uitBuitenlandTitel: 'Registering from abroad',
      uitBuitenland:
        'Are you coming from abroad and do you expect to live in the Netherlands for at least two thirds of half a year (4 months or more within 6 months)? Then register with the municipality where you will live. You do this in person, at the latest on the 5th day after you arrive. Make an appointment and bring your passport or identity card. This form cannot be used for that.',
      andereGemeenteTitel: 'Report your move to the municipality of {{andereGemeente}}',
      andereGemeente:
        'Your new address is in the municipality of {{andereGemeente}}. You report a move to the municipality of your new address. You cannot do that with this form of the municipality of {{gemeente}}. Go to the website of the municipality of {{andereGemeente}}.',
      verderNaarBuitenland: 'Report your departure to the municipality of {{gemeente}}',
      verderUitBuitenland: 'Make an appointment to register with the municipality of {{gemeente}}',
      verderGeenVastAdres: 'Apply for a correspondence address with the municipality of {{gemeente}}',
      geenVastAdresTitel: 'Apply for a correspondence address',
      geenVastAdres:
        'No fixed address? You can apply for a correspondence address (briefadres) with the municipality of {{gemeente}}. This form cannot be used for that: please contact the municipality.',
    },
    nieuwAdres: {
      adres: 'New address',
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
      soortNamens: 'How will they live at the new address?',
      bijPartnerNamens: 'Are they going to live with their spouse or registered partner, who already lives at this address?',
      aantalBewonersNamens: 'How many people will live at the new address after the move?',
      aantalBewonersHintNamens: 'Count everyone who moves and everyone who already lives there. Do not count yourself: you are not moving.',
    },
    aangever: {
      bsnHint: 'The 9-digit number on your passport, identity card or driving licence',
      vorigAdres: 'Your current address',
      vorigAdresHint: 'The address where you are registered now.',
      namensUitleg:
        'You are not moving yourself. Enter your own details, so the municipality knows who reports the move and can reach you. In the next step you enter who is moving, with their current address.',
      email: 'Email address',
      emailHint: 'We will send the confirmation to this address.',
      telefoon: 'Phone number',
      telefoonHint: 'For example 06 12345678',
    },
    meeverhuizers: {
      vraag: 'Are other people moving with you to the new address?',
      uitleg:
        'You may report the move for your spouse or registered partner, your children and your parents if they move with you to the same address. For a child under 16 you may do so as a parent, guardian or carer, and for someone under curatorship as the curator. For anyone else you need a written authorisation. Anyone aged 16 or over can also report their own move.',
      relatie: 'How is this person related to you?',
      relatieEchtgenoot: 'My spouse or registered partner',
      relatieKind: 'My child',
      relatieOuder: 'My father or mother',
      relatieAnders: 'Someone else',
      relatieVoogd: 'A child of whom I am the guardian',
      relatieVerzorger: 'A child who lives with me and whom I care for (carer, for example a foster parent)',
      relatieCurator: 'Someone of whom I am the curator',
      uitlegNamens:
        'Enter who is moving. You may report the move of your child under 16, as the guardian or carer of a child, and as a curator. Is someone moving into a care home and unable to report because of their health? Then the head of the institution may do it, or family with a statement of the head. For anyone else you need a written authorisation.',
      verzorging: 'The child lives with me and I care for the child',
      verzorgingHint: 'A carer may report the move of a child under 16 who lives with them.',
      vorigAdres: 'Current address of this person',
      zelfdeAdresAls: 'Does this person now live at the same address as {{naam}}?',
      zorginstelling: 'Is this person unable, because of their health, to report or to sign an authorisation?',
      zorginstellingHint:
        'Then the head of the care home may report the move. The spouse, partner or family up to the second degree may do it too. They then add a written statement of the head.',
      zorginstellingHoofd: 'Yes, and I am the head of the care home',
      zorginstellingFamilie:
        'Yes, and I am the spouse, registered partner, life companion or family up to the second degree (parent, child, brother or sister, grandparent, grandchild, also by marriage). I will add a statement of the head of the institution',
      zorginstellingGeen: 'No, or neither: I will add an authorisation',
      gezag: 'I have parental authority over this child',
      gezagHint: 'This child is under 16. The municipality asks the parent or guardian to confirm that they have parental authority.',
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
      // 4b (item 4): with hoofdbewoner="verplicht" there is no "cannot get consent" answer; the contact route is the way out.
      geenToestemmingVerplicht:
        'Cannot get the main occupant’s consent? Then you cannot send this form. You must still report your move: the municipality will tell you how.',
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
      'verklaring-hoofd-instelling': 'Written statement of the head of the care home',
      verklaringHint: 'One statement for every resident who needs one. Needed: {{aantal}}.',
      'beschikking-rechter': 'Court decision on the guardianship or curatorship',
      pleegcontract: 'Foster care contract or statement of the youth care provider',
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
    veldfout: {
      routering: { verplicht: 'Select where you are moving to' },
      aangever: { verhuistMee: { verplicht: 'Select whether you are moving too' } },
      verhuisdatum: {
        verplicht: 'Enter the moving date',
        ongeldig: 'Enter a real moving date, like 27 3 2026',
      },
      woonsituatie: {
        soort: { verplicht: 'Select the living situation at the new address' },
        anderenWonenOpAdres: { verplicht: 'Select whether other people already live at the new address' },
        bijPartner: { verplicht: 'Select whether the spouse or partner already lives at this address' },
        aantalBewoners: { verplicht: 'Enter the number of people at the new address after the move' },
      },
      meeverhuizersJa: { verplicht: 'Select whether other people are moving with you' },
      meeverhuizers: {
        relatie: { verplicht: 'Select how this person is related to you' },
        zelfdeHuidigAdres: { verplicht: 'Select whether this person now lives at the same address' },
        zorginstellingRol: { verplicht: 'Select whether this person cannot report for health reasons' },
      },
      hoofdbewoner: {
        toestemming: { verplicht: 'Select whether you add the consent of the main occupant' },
        toelichting: {
          verplicht: 'Enter why you cannot get the consent',
          'te-lang': 'Enter at most {{maximum}} characters for the explanation',
        },
      },
    },
  },
};
