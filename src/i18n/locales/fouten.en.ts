// English validation messages, typed against the Dutch source so a missing key fails tsc.
// {{veld}} is the field's label (lowercased) in the active language.
import type { foutenNl, Translations } from './fouten.nl.js';

export const foutenEn: Translations<typeof foutenNl> = {
  fout: {
    verplicht: 'Enter {{veld}}',
    ongeldig: 'Enter {{veld}} again',
    keuze: 'Select one of the options for {{veld}}',
    tekst: {
      'te-lang': '{{veld}} must be {{maximum}} characters or fewer',
    },
    postcode: {
      ongeldig: 'Enter a valid postcode, like 1234 AB',
    },
    huisnummer: {
      ongeldig: 'Enter a house number in digits only, from 1 to 99999',
    },
    huisletter: {
      ongeldig: 'Enter one letter as house letter, like A',
    },
    huisnummertoevoeging: {
      ongeldig: 'Enter at most 4 letters or digits as addition, like 2 or bis',
    },
    gemeentecode: {
      ongeldig: 'Look up the address again',
    },
    bag: {
      ongeldig: 'Look up the address again',
    },
    bsn: {
      ongeldig: 'Enter a citizen service number (BSN) of 9 digits',
      elfproef: 'This is not a valid citizen service number (BSN). You can find it on your passport, ID card or driving licence',
      aangever: "This is your own citizen service number. Enter this person's number",
      dubbel: 'You have already entered this citizen service number for another person',
    },
    datum: {
      ongeldig: 'Enter a real date for {{veld}}, like 27 3 1985',
    },
    geboortedatum: {
      toekomst: 'A date of birth cannot be in the future',
    },
    aangever: {
      'te-jong': 'You must be {{leeftijd}} or older to report a move yourself. Ask a parent or guardian with parental authority to do it',
    },
    verhuisdatum: {
      'te-vroeg': 'You can report this move from {{datum}}. That is 4 weeks before the moving date',
      'te-laat': 'You can no longer report this move online: the last day was {{datum}}. Contact the municipality',
    },
    email: {
      ongeldig: 'Enter a valid email address, like name@example.com',
    },
    telefoon: {
      ongeldig: 'Enter a phone number of 10 digits, like 06 12345678, or an international number starting with +',
    },
    'nieuw-adres': {
      'andere-gemeente':
        'This address is in another municipality. Report your move to the municipality of your new address',
      handmatig: 'Look up the address again or enter it entirely by hand',
    },
    'aantal-bewoners': {
      ongeldig: 'Enter the number of residents as a whole number, 1 or more',
      'te-laag':
        'Enter at least {{minimum}} as number of residents: you, everyone moving with you and anyone already living there',
    },
    meeverhuizer: {
      gezag:
        'Confirm that you have parental authority over this child. If you do not, a parent with parental authority reports the move of the child',
    },
    hoofdbewoner: {
      verplicht: 'Enter the details of the main occupant of the new address',
      'niet-van-toepassing': 'Details of a main occupant are not needed. Remove them',
      contact: 'Enter an email address or phone number of the main occupant',
      'toestemming-verplicht': 'Add the signed consent of the main occupant',
    },
    verklaring: {
      verplicht: 'Confirm that everything you entered is true',
    },
    gemeente: {
      andere: 'This form belongs to another municipality. Contact the municipality',
    },
    bijlage: {
      bestandsnaam: 'Give the file a name of at most 255 characters, without / or \\',
      type: 'Choose a PDF, JPG or PNG file',
      inhoud: 'This file is not a PDF, JPG or PNG, or it is damaged. Choose another file',
      grootte: 'The file did not arrive properly. Add it again',
      'te-groot': 'Choose a file of at most {{maxMb}} MB',
      'niet-toegestaan': 'You cannot send this kind of document here. Remove it',
      ontbreekt: {
        huurcontract: 'Add your rental agreement',
        koopakte: 'Add your deed of purchase or purchase agreement',
        zorgovereenkomst: 'Add the agreement with the care institution',
        machtiging:
          'Add a signed authorisation with a copy of the ID document for every person who needs one. Needed: {{aantal}}',
        'toestemming-hoofdbewoner': 'Add the signed consent of the main occupant',
      },
    },
    bijlagen: {
      'te-groot': 'The files are too large together. Choose files of at most {{maxMb}} MB together',
    },
  },
};
