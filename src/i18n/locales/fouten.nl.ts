// Validation messages of the schemas (src/schemas). Every issue's `message` is one of these keys; the
// element interpolates the issue's `params` plus {{veld}} — the field's label, lowercased — so a
// generic text can name the field. Audience: the citizen. Formal "u", plain language (B1), and in the
// GOV.UK style each text says what to do, not what went wrong. Dates in params are ISO (YYYY-MM-DD);
// the element formats them before interpolating. Keep this file free of imports: the server imports it.

/** The shape of a translation: the same keys as the Dutch source, any string as value. */
export type Translations<T> = { [K in keyof T]: T[K] extends string ? string : Translations<T[K]> };

export const foutenNl = {
  fout: {
    // Missing or empty required field, whatever its type.
    verplicht: 'Vul {{veld}} in',
    // Wrong type or shape that a citizen cannot type (e.g. a number where text is expected).
    ongeldig: 'Vul {{veld}} opnieuw in',
    // An answer outside the offered choices.
    keuze: 'Kies een van de mogelijkheden bij {{veld}}',
    // An answer that does not apply to the other answers (e.g. a partner for someone unmarried).
    'niet-van-toepassing': 'Controleer dit antwoord: het hoort er niet bij. Haal het weg',
    tekst: {
      'te-lang': 'Vul bij {{veld}} hoogstens {{maximum}} tekens in',
    },
    postcode: {
      ongeldig: 'Vul een geldige postcode in, zoals 1234 AB',
    },
    huisnummer: {
      ongeldig: 'Vul een huisnummer in: 1 tot en met 99999',
    },
    huisletter: {
      ongeldig: 'Vul bij huisletter één letter in, zoals A',
    },
    huisnummertoevoeging: {
      ongeldig: 'Vul bij toevoeging hoogstens 4 tekens in',
    },
    gemeentecode: {
      ongeldig: 'Vul postcode en huisnummer opnieuw in',
    },
    bag: {
      ongeldig: 'Vul postcode en huisnummer opnieuw in',
    },
    bsn: {
      ongeldig: 'Vul een burgerservicenummer van 9 cijfers in',
      // Said of anyone's BSN (the citizen's own, a co-mover's, the deceased's): no "uw".
      elfproef: 'Controleer het burgerservicenummer: dit nummer bestaat niet',
      aangever: 'Vul het BSN van deze persoon in, niet uw eigen',
      dubbel: 'Controleer het BSN: u vulde het al bij een ander in',
      overledene: 'Vul uw eigen BSN in, niet dat van de overledene',
    },
    datum: {
      ongeldig: 'Vul bij {{veld}} een bestaande datum in',
    },
    tijd: {
      ongeldig: 'Vul bij {{veld}} een tijd in, zoals 14:30',
    },
    kvk: {
      ongeldig: 'Vul een KvK-nummer van 8 cijfers in',
    },
    vestigingsnummer: {
      ongeldig: 'Vul een vestigingsnummer van 12 cijfers in',
    },
    geboortedatum: {
      toekomst: 'Vul een geboortedatum in van vandaag of eerder',
    },
    aangever: {
      // Under 16 a parent or guardian with gezag reports the move (RvIG).
      'te-jong': 'Controleer de datum: onder {{leeftijd}} jaar meldt uw ouder of voogd',
      // The uitvaartondernemer declares, or the relative makes an appointment at the gemeente.
      'nabestaande-niet-toegestaan': 'Kies een andere weg: als nabestaande kan dit niet online',
      machtiging: 'Geef aan dat een nabestaande u heeft gemachtigd',
      // BW 1:19h lid 2: the machtiging holds within the Wlb art. 16 term only.
      'machtiging-termijn': 'Controleer de datum van overlijden: nu meldt een nabestaande',
    },
    // Aangifte overlijden. Dates in params are ISO; {{tijd}} is HH:MM; {{verschil}} is hours as H:MM, said as "10 uur" by the `duur` format (i18n.ts).
    overledene: {
      'bsn-bij-onbekend': 'Controleer het BSN: u gaf aan dat het onbekend is',
      // Needed for the akte when the BSN is unknown (the hint says so).
      ouders: 'Vul de naam van ten minste één ouder in',
      'ouders-te-veel': 'Vul hoogstens 2 ouders in',
      partner: 'Vul de echtgenoot of partner in, ook als die overleden is',
      'geboren-na-overlijden': 'Controleer de datums: de geboorte ligt na het overlijden',
    },
    overlijden: {
      'datum-toekomst': 'Vul als datum van overlijden vandaag of een eerdere datum in',
      'tijd-toekomst': 'Vul als tijd van overlijden nu of een eerdere tijd in',
      // BW 1:19f: the gemeente of death registers it.
      'andere-gemeente': 'Controleer de plaats: doe aangifte waar de persoon overleed',
      // Wlb art. 10: after a non-natural death the gemeentelijk lijkschouwer examines the body.
      'arts-niet-natuurlijk': 'Kies de gemeentelijk lijkschouwer: geen natuurlijke dood',
      'overleg-lijkschouwer': 'Geef aan dat de arts overlegde met de lijkschouwer',
    },
    uitvaart: {
      'te-vroeg':
        'De uitvaart kan op zijn vroegst op {{datum}} om {{tijd}} uur: 36 uur na het overlijden. De gekozen tijd is {{verschil, duur}} eerder. U vraagt daarom om bespoediging: geef de reden op',
      'te-laat':
        'De uitvaart moet uiterlijk op {{datum}} zijn: de 6e werkdag na de dag van overlijden. De gekozen datum is $t(eenheid.dag, {"count": {{dagen}} }) later. U vraagt daarom om uitstel: geef de reden op',
      'voor-overlijden': 'Kies voor de uitvaart een datum en tijd na het overlijden',
      verleden: 'Kies voor de uitvaart een datum en tijd in de toekomst',
    },
    verzoek: {
      'niet-nodig': 'Controleer het verzoek: de uitvaart valt binnen de termijn',
      'gemeente-onbekend': 'Kies de gemeente uit de lijst, of typ alleen de naam',
    },
    uittreksels: {
      ongeldig: 'Vul een aantal uittreksels in van 0 tot en met 10',
    },
    doodsoorzaak: {
      // Only the gemeentelijk lijkschouwer (the GGD) reports the cause to the CBS itself.
      ggd: 'Kies een andere manier: de lijkschouwer heeft niet geschouwd',
    },
    verhuisdatum: {
      // Wet BRP art. 2.39 lid 2: from 4 weeks before the move.
      'te-vroeg': 'Controleer de datum: melden kan pas vanaf {{datum}}',
      'te-laat': 'Controleer de datum: melden kan nu alleen via de gemeente',
    },
    email: {
      ongeldig: 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl',
    },
    telefoon: {
      ongeldig: 'Vul een telefoonnummer in: 10 cijfers, of + en landnummer',
    },
    'nieuw-adres': {
      // Wet BRP art. 2.39 lid 1: the gemeente of the new address takes the report.
      'andere-gemeente': 'Controleer het adres: meld het bij die gemeente',
      handmatig: 'Vul het adres opnieuw in of typ het zelf',
    },
    'aantal-bewoners': {
      ongeldig: 'Vul het aantal bewoners in als een heel getal, 1 of meer',
      'te-laag': 'Vul minstens {{minimum}} in: iedereen die verhuist en wie er al woont',
    },
    meeverhuizer: {
      // Without gezag a parent who has it reports the child's move (the hint says so).
      gezag: 'Geef aan dat u het gezag over dit kind heeft',
      // Wet BRP art. 2.48: a verzorger is someone the child lives with and who cares for it.
      verzorging: 'Geef aan dat het kind bij u woont en u ervoor zorgt',
      // Wet BRP art. 2.49 lid 1 c: a gemachtigde is meerderjarig.
      'minderjarige-aangever': 'Kies alleen uw eigen kind onder 16: u bent jonger dan 18',
      'niet-minderjarig': 'Kies een andere relatie: voogd of verzorger is voor een kind',
    },
    meeverhuizers: {
      niemand: 'Vul de gegevens in van minstens één persoon die verhuist',
      'te-veel': 'Vul hoogstens {{maximum}} personen in: geef de rest apart door',
    },
    hoofdbewoner: {
      verplicht: 'Vul de gegevens in van de hoofdbewoner van het nieuwe adres',
      'niet-van-toepassing': 'Controleer de hoofdbewoner: die gegevens zijn niet nodig',
      contact: 'Vul een e-mailadres of telefoonnummer van de hoofdbewoner in',
      'toestemming-verplicht': 'Voeg de ondertekende toestemming van de hoofdbewoner toe',
    },
    verklaring: {
      verplicht: 'Geef aan dat u alles naar waarheid heeft ingevuld',
    },
    gemeente: {
      andere: 'Controleer de gemeente: het formulier hoort bij een andere',
    },
    bijlage: {
      bestandsnaam: 'Geef het bestand een naam tot 100 tekens, zonder / of \\',
      type: 'Kies een bestand van het type PDF, JPG of PNG',
      inhoud: 'Kies een ander bestand: dit is geen goede PDF, JPG of PNG',
      grootte: 'Voeg het bestand opnieuw toe: het is niet goed meegekomen',
      'te-groot': 'Kies een bestand van hoogstens {{maxMb}} MB',
      'niet-toegestaan': 'Controleer het bestand: dit soort document kan hier niet mee',
      ontbreekt: {
        huurcontract: 'Voeg uw huurcontract toe',
        koopakte: 'Voeg uw koopakte of koopovereenkomst toe',
        zorgovereenkomst: 'Voeg de overeenkomst met de zorginstelling toe',
        machtiging: 'Voeg per persoon een machtiging toe. Nodig: {{aantal}}',
        'verklaring-hoofd-instelling': 'Voeg per bewoner de verklaring van de instelling toe',
        'toestemming-hoofdbewoner': 'Voeg de ondertekende toestemming van de hoofdbewoner toe',
        'verklaring-van-overlijden': 'Voeg de verklaring van overlijden toe (het A-formulier)',
        'verklaring-arts-geen-bezwaar': 'Voeg de verklaring van de arts over bespoediging toe',
        'verklaring-arts-uitstel': 'Voeg de verklaring van de arts over uitstel toe',
        wilsbeschikking: 'Voeg het ondertekende testament of codicil toe',
      },
    },
    // 4b (issue 6 item 5): the verhuizing's sanity rules, each on the field to correct.
    verhuizing: {
      // A child born after the move is registered by the birth declaration, not by this report.
      'geboortedatum-na-verhuisdatum': 'Controleer de geboortedatum: die ligt na de verhuisdatum',
      'vorig-adres-gelijk-aan-nieuw': 'Vul het huidige adres in, niet het nieuwe',
      'tweede-partner': 'Kies een andere relatie: er is al een echtgenoot of partner',
      'derde-ouder': 'Kies een andere relatie: u gaf al twee ouders op',
    },
    bijlagen: {
      'te-groot': 'Kies bestanden van samen hoogstens {{maxMb}} MB',
      'te-veel': 'Kies hoogstens {{maximum}} bestanden: haal eerst een bestand weg',
    },
  },
  // Own messages of the fields the engine's blocks ask in every form (person, address, contact): the
  // element looks up `veldfout.<end of the answer path>.<last part of the key>` before the generic text
  // above (src/form/issues.ts fieldMessageKey). A form words its own fields in its own locale file.
  veldfout: {
    burgerservicenummer: { verplicht: 'Vul het burgerservicenummer in' },
    // The person filling in the form, in every form.
    aangever: { burgerservicenummer: { verplicht: 'Vul uw burgerservicenummer in' } },
    naam: {
      voornamen: { verplicht: 'Vul de voornamen in', 'te-lang': 'Vul bij voornamen hoogstens {{maximum}} tekens in' },
      voorvoegsel: { 'te-lang': 'Vul bij voorvoegsel hoogstens {{maximum}} tekens in' },
      geslachtsnaam: { verplicht: 'Vul de achternaam in', 'te-lang': 'Vul bij achternaam hoogstens {{maximum}} tekens in' },
    },
    geboortedatum: {
      verplicht: 'Vul de geboortedatum in',
      ongeldig: 'Vul een bestaande geboortedatum in, bijvoorbeeld 27 3 1985',
    },
    postcode: { verplicht: 'Vul de postcode in' },
    huisnummer: { verplicht: 'Vul het huisnummer in' },
    straatnaam: { verplicht: 'Vul de straat in' },
    woonplaats: { verplicht: 'Vul de plaats in' },
    email: { verplicht: 'Vul het e-mailadres in' },
    telefoonnummer: { verplicht: 'Vul het telefoonnummer in' },
  },
} as const;
