// English validation messages, typed against the Dutch source so a missing key fails tsc.
// {{veld}} is the field's label (lowercased) in the active language.
import type { foutenNl, Translations } from './fouten.nl.js';

export const foutenEn: Translations<typeof foutenNl> = {
  fout: {
    verplicht: 'Enter {{veld}}',
    ongeldig: 'Enter {{veld}} again',
    keuze: 'Select one of the options for {{veld}}',
    'niet-van-toepassing': 'You do not need to fill this in. Remove it',
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
      elfproef:
        'This is not a valid citizen service number (BSN). Check the number: it is shown on the passport, ID card or driving licence, among other documents',
      aangever: "This is your own citizen service number. Enter this person's number",
      dubbel: 'You have already entered this citizen service number for another person',
      overledene: 'This is the citizen service number of the deceased. Enter your own citizen service number',
    },
    datum: {
      ongeldig: 'Enter a real date for {{veld}}, like 27 3 1985',
    },
    tijd: {
      ongeldig: 'Enter a time for {{veld}} from 0:00 to 23:59, like 14:30',
    },
    kvk: {
      ongeldig: 'Enter a Chamber of Commerce (KvK) number of 8 digits',
    },
    vestigingsnummer: {
      ongeldig: 'Enter a branch number (vestigingsnummer) of 12 digits',
    },
    geboortedatum: {
      toekomst: 'A date of birth cannot be in the future',
    },
    aangever: {
      'te-jong': 'You must be {{leeftijd}} or older to report a move yourself. Ask a parent or guardian with parental authority to do it',
      'nabestaande-niet-toegestaan':
        'As a relative you cannot register the death online with this municipality. Ask the funeral director to do it, or make an appointment with the municipality',
      machtiging: 'Confirm that a relative has authorised you to register the death',
      'machtiging-termijn':
        'As a funeral director you can no longer register the death for a relative after {{datum}} (the 6th working day after the day of death). A relative who knows of the death registers it with the municipality',
    },
    overledene: {
      'bsn-bij-onbekend':
        'You said the citizen service number is not known. Remove the number, or say that it is known',
      ouders: 'Enter the name of at least one parent. It is needed for the death certificate',
      'ouders-te-veel': 'Enter at most 2 parents',
      partner:
        'Enter the details of the spouse or registered partner. If they have died, enter the details of the late partner',
      'geboren-na-overlijden': 'The date of birth cannot be after the date of death. Check both dates',
    },
    overlijden: {
      'datum-toekomst': 'Enter today or an earlier date as date of death',
      'tijd-toekomst': 'Enter now or an earlier time as time of death',
      'andere-gemeente':
        'The person died in another municipality. Register the death with the municipality where the person died',
      'arts-niet-natuurlijk':
        'After a non-natural death the municipal coroner examines the body, not the attending doctor. Choose the municipal coroner, or check whether the death was natural',
      'overleg-lijkschouwer':
        'Confirm that the certificate of death states that the attending doctor consulted the municipal coroner',
    },
    uitvaart: {
      'te-vroeg':
        'The funeral can be at the earliest on {{datum}} at {{tijd}}: 36 hours after the death. The time you chose is {{verschil, duur}} earlier. You are therefore asking for an earlier funeral: give the reason',
      'te-laat':
        'The funeral must be at the latest on {{datum}}: the 6th working day after the day of death. The date you chose is $t(eenheid.dag, {"count": {{dagen}} }) later. You are therefore asking for a postponement: give the reason',
      'voor-overlijden': 'Choose a date and time for the funeral after the death',
      verleden: 'The funeral cannot be in the past. Check the date and time',
    },
    verzoek: {
      'niet-nodig':
        'A request for postponement or an earlier funeral is not needed: the funeral is within the legal period. Remove the request',
      'gemeente-onbekend': 'Choose the municipality from the list, or type only the name of the municipality',
    },
    uittreksels: {
      ongeldig: 'Enter the number of extracts as a whole number from 0 to 10',
    },
    doodsoorzaak: {
      ggd: 'Via the GGD is only possible when the municipal coroner examined the deceased. Choose another way',
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
      verzorging: 'Confirm that the child lives with you and that you care for the child',
      'minderjarige-aangever':
        'You are under 18. You may only report for yourself and for your own child under 16. This person reports the move themselves, or someone aged 18 or over does',
      'niet-minderjarig': 'This person is 18 or over. A guardian or carer is only for a child. Choose another relationship',
    },
    meeverhuizers: {
      niemand: 'Enter the details of at least one person who is moving',
      'te-veel': 'Enter no more than {{maximum}} people. Are more people moving? Then report the move in parts',
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
      bestandsnaam: 'Give the file a name of at most 100 characters, without / or \\ and without invisible characters',
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
        'verklaring-hoofd-instelling':
          'Add the written statement of the head of the care institution for every resident who needs one. Needed: {{aantal}}',
        'toestemming-hoofdbewoner': 'Add the signed consent of the main occupant',
        'verklaring-van-overlijden': "Add the doctor's certificate of death (the A form)",
        'verklaring-arts-geen-bezwaar':
          "Add the doctor's statement that there is no objection to a funeral within 36 hours of the death",
        'verklaring-arts-uitstel':
          "Add the doctor's statement that there is no objection to a funeral after the 6th working day after the day of death",
        wilsbeschikking: 'Add the signed will or codicil of the deceased, with a copy of their ID document',
      },
    },
    // 4b (issue 6 item 5): the verhuizing's sanity rules, each on the field to correct.
    verhuizing: {
      'geboortedatum-na-verhuisdatum':
        'This date of birth is after the moving date ({{datum}}). Check both dates. Was the child born after the move? Then do not include them: they are registered when the birth is registered',
      'vorig-adres-gelijk-aan-nieuw':
        'This current address is the same as the new address. Enter the address where this person lives now, before the move',
      'tweede-partner': 'You can enter only one spouse or registered partner. Choose another relationship for this person',
      'derde-ouder': 'You can enter at most two parents. Is this person a step-parent or foster parent? Then choose "Someone else"',
    },
    bijlagen: {
      'te-groot': 'The files are too large together. Choose files of at most {{maxMb}} MB together',
      'te-veel': 'You can send at most {{maximum}} files. Remove a file first if you want to add another',
    },
  },
};
