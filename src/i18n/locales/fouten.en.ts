// English validation messages, typed against the Dutch source so a missing key fails tsc.
// {{veld}} is the field's label (lowercased) in the active language.
import type { foutenNl, Translations } from './fouten.nl.js';

export const foutenEn: Translations<typeof foutenNl> = {
  fout: {
    verplicht: 'Enter {{veld}}',
    ongeldig: 'Enter {{veld}} again',
    keuze: 'Select one of the options for {{veld}}',
    'niet-van-toepassing': 'Check this answer: it does not apply. Remove it',
    tekst: {
      'te-lang': 'Enter at most {{maximum}} characters for {{veld}}',
    },
    postcode: {
      ongeldig: 'Enter a valid postcode, like 1234 AB',
    },
    huisnummer: {
      ongeldig: 'Enter a house number from 1 to 99999',
    },
    huisletter: {
      ongeldig: 'Enter one letter as house letter, like A',
    },
    huisnummertoevoeging: {
      ongeldig: 'Enter an addition of at most 4 characters',
    },
    gemeentecode: {
      ongeldig: 'Enter the postcode and house number again',
    },
    bag: {
      ongeldig: 'Enter the postcode and house number again',
    },
    bsn: {
      ongeldig: 'Enter a citizen service number (BSN) of 9 digits',
      elfproef: 'Check the citizen service number (BSN): this number does not exist',
      aangever: "Enter this person's BSN, not your own",
      dubbel: 'Check the BSN: you entered it for someone else already',
      overledene: 'Enter your own BSN, not that of the deceased',
    },
    datum: {
      ongeldig: 'Enter a real date for {{veld}}',
    },
    tijd: {
      ongeldig: 'Enter a time for {{veld}}, like 14:30',
    },
    kvk: {
      ongeldig: 'Enter a Chamber of Commerce (KvK) number of 8 digits',
    },
    vestigingsnummer: {
      ongeldig: 'Enter a branch number (vestigingsnummer) of 12 digits',
    },
    geboortedatum: {
      toekomst: 'Enter a date of birth of today or earlier',
    },
    aangever: {
      'te-jong': 'Check the date: under {{leeftijd}}, your parent or guardian reports the move',
      'nabestaande-niet-toegestaan': 'Choose another way: as a relative you cannot do this online',
      machtiging: 'Select to confirm that a relative has authorised you',
      'machtiging-termijn': 'Check the date of death: a relative registers the death now',
    },
    overledene: {
      'bsn-bij-onbekend': 'Check the BSN: you said it is not known',
      ouders: 'Enter the name of at least one parent',
      'ouders-te-veel': 'Enter at most 2 parents',
      partner: 'Enter the spouse or partner, also if they have died',
      'geboren-na-overlijden': 'Check the dates: the birth is after the death',
    },
    overlijden: {
      'datum-toekomst': 'Enter today or an earlier date as date of death',
      'tijd-toekomst': 'Enter now or an earlier time as time of death',
      'andere-gemeente': 'Check the place: register the death where the person died',
      'arts-niet-natuurlijk': 'Choose the municipal coroner: not a natural death',
      'overleg-lijkschouwer': 'Select to confirm that the doctor consulted the coroner',
    },
    uitvaart: {
      'te-vroeg':
        'The funeral can be at the earliest on {{datum}} at {{tijd}}: 36 hours after the death. The time you chose is {{verschil, duur}} earlier. You are therefore asking for an earlier funeral: give the reason',
      'te-laat':
        'The funeral must be at the latest on {{datum}}: the 6th working day after the day of death. The date you chose is $t(eenheid.dag, {"count": {{dagen}} }) later. You are therefore asking for a postponement: give the reason',
      'voor-overlijden': 'Choose a date and time for the funeral after the death',
      verleden: 'Choose a date and time in the future for the funeral',
    },
    verzoek: {
      'niet-nodig': 'Check the request: the funeral is within the period',
      'gemeente-onbekend': 'Choose the municipality from the list, or type only its name',
    },
    uittreksels: {
      ongeldig: 'Enter a number of extracts from 0 to 10',
    },
    doodsoorzaak: {
      ggd: 'Choose another way: the coroner did not examine the deceased',
    },
    verhuisdatum: {
      'te-vroeg': 'Check the date: you can report the move from {{datum}}',
      'te-laat': 'Check the date: only the municipality can take the report now',
    },
    email: {
      ongeldig: 'Enter a valid email address, like name@example.com',
    },
    telefoon: {
      ongeldig: 'Enter a phone number: 10 digits, or + and country code',
    },
    'nieuw-adres': {
      'andere-gemeente': 'Check the address: report the move to that municipality',
      handmatig: 'Enter the address again or type it yourself',
    },
    'aantal-bewoners': {
      ongeldig: 'Enter the number of residents as a whole number, 1 or more',
      'te-laag': 'Enter at least {{minimum}}: everyone who moves and anyone already living there',
    },
    meeverhuizer: {
      gezag: 'Select to confirm that you have parental authority over this child',
      verzorging: 'Select to confirm that the child lives with you and you care for them',
      'minderjarige-aangever': 'Choose only your own child under 16: you are under 18',
      'niet-minderjarig': 'Choose another relationship: guardian or carer is for a child',
    },
    meeverhuizers: {
      niemand: 'Enter the details of at least one person who is moving',
      'te-veel': 'Enter at most {{maximum}} people: report the others separately',
    },
    hoofdbewoner: {
      verplicht: 'Enter the details of the main occupant of the new address',
      'niet-van-toepassing': 'Check the main occupant: those details are not needed',
      contact: 'Enter an email address or phone number of the main occupant',
      'toestemming-verplicht': 'Add the signed consent of the main occupant',
    },
    verklaring: {
      verplicht: 'Select to confirm that everything you entered is true',
    },
    gemeente: {
      andere: 'Check the municipality: the form belongs to another one',
    },
    bijlage: {
      bestandsnaam: 'Give the file a name of at most 100 characters, without / or \\',
      type: 'Choose a PDF, JPG or PNG file',
      inhoud: 'Choose another file: this is not a sound PDF, JPG or PNG',
      grootte: 'Add the file again: it did not arrive properly',
      'te-groot': 'Choose a file of at most {{maxMb}} MB',
      'niet-toegestaan': 'Check the file: this kind of document cannot be sent here',
      ontbreekt: {
        huurcontract: 'Add your rental agreement',
        koopakte: 'Add your deed of purchase or purchase agreement',
        zorgovereenkomst: 'Add the agreement with the care institution',
        machtiging: 'Add a signed authorisation with a copy of the ID per person. Needed: {{aantal}}',
        'verklaring-hoofd-instelling': 'Add a statement of the head of the institution per resident',
        'toestemming-hoofdbewoner': 'Add the signed consent of the main occupant',
        'verklaring-van-overlijden': "Add the doctor's certificate of death (the A form)",
        'verklaring-arts-geen-bezwaar': "Add the doctor's statement of no objection to an earlier funeral",
        'verklaring-arts-uitstel': "Add the doctor's statement of no objection to a postponement",
        wilsbeschikking: 'Add the signed will or codicil with a copy of the ID document',
      },
    },
    // 4b (issue 6 item 5): the verhuizing's sanity rules, each on the field to correct.
    verhuizing: {
      'geboortedatum-na-verhuisdatum': 'Check the date of birth: it is after the moving date',
      'vorig-adres-gelijk-aan-nieuw': 'Enter the current address, not the new one',
      'tweede-partner': 'Choose another relationship: there already is a spouse or partner',
      'derde-ouder': 'Choose another relationship: you already entered two parents',
    },
    bijlagen: {
      'te-groot': 'Choose files of at most {{maxMb}} MB together',
      'te-veel': 'Choose at most {{maximum}} files: remove a file first',
    },
  },
  veldfout: {
    burgerservicenummer: { verplicht: 'Enter the citizen service number (BSN)' },
    aangever: { burgerservicenummer: { verplicht: 'Enter your citizen service number (BSN)' } },
    naam: {
      voornamen: { verplicht: 'Enter the first names', 'te-lang': 'Enter at most {{maximum}} characters for first names' },
      voorvoegsel: { 'te-lang': 'Enter at most {{maximum}} characters for the surname prefix' },
      geslachtsnaam: { verplicht: 'Enter the surname', 'te-lang': 'Enter at most {{maximum}} characters for the surname' },
    },
    geboortedatum: {
      verplicht: 'Enter the date of birth',
      ongeldig: 'Enter a real date of birth, like 27 3 1985',
    },
    postcode: { verplicht: 'Enter the postcode' },
    huisnummer: { verplicht: 'Enter the house number' },
    straatnaam: { verplicht: 'Enter the street' },
    woonplaats: { verplicht: 'Enter the town' },
    email: { verplicht: 'Enter the email address' },
    telefoonnummer: { verplicht: 'Enter the phone number' },
  },
};
