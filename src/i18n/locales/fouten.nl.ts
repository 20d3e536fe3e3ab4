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
    'niet-van-toepassing': 'Dit hoeft u niet in te vullen. Haal het weg',
    tekst: {
      'te-lang': 'Gebruik voor {{veld}} niet meer dan {{maximum}} tekens',
    },
    postcode: {
      ongeldig: 'Vul een geldige postcode in, bijvoorbeeld 1234 AB',
    },
    huisnummer: {
      ongeldig: 'Vul een huisnummer in met alleen cijfers, van 1 tot en met 99999',
    },
    huisletter: {
      ongeldig: 'Vul bij huisletter één letter in, bijvoorbeeld A',
    },
    huisnummertoevoeging: {
      ongeldig: 'Vul bij toevoeging hoogstens 4 letters of cijfers in, bijvoorbeeld 2 of bis',
    },
    gemeentecode: {
      ongeldig: 'Zoek het adres opnieuw op',
    },
    bag: {
      ongeldig: 'Zoek het adres opnieuw op',
    },
    bsn: {
      ongeldig: 'Vul een burgerservicenummer van 9 cijfers in',
      // Said of anyone's BSN (the citizen's own, a co-mover's, the deceased's): no "uw".
      elfproef:
        'Dit is geen geldig burgerservicenummer. Controleer het nummer: het staat onder meer op het paspoort, de identiteitskaart of het rijbewijs',
      aangever: 'Dit is uw eigen burgerservicenummer. Vul het burgerservicenummer van deze persoon in',
      dubbel: 'Dit burgerservicenummer heeft u al bij een andere persoon ingevuld',
      overledene: 'Dit is het burgerservicenummer van de overledene. Vul uw eigen burgerservicenummer in',
    },
    datum: {
      ongeldig: 'Vul voor {{veld}} een bestaande datum in, bijvoorbeeld 27 3 1985',
    },
    tijd: {
      ongeldig: 'Vul voor {{veld}} een tijd in van 0:00 tot en met 23:59, bijvoorbeeld 14:30',
    },
    kvk: {
      ongeldig: 'Vul een KvK-nummer van 8 cijfers in',
    },
    vestigingsnummer: {
      ongeldig: 'Vul een vestigingsnummer van 12 cijfers in',
    },
    geboortedatum: {
      toekomst: 'Een geboortedatum kan niet in de toekomst liggen',
    },
    aangever: {
      'te-jong':
        'U moet {{leeftijd}} jaar of ouder zijn om zelf een verhuizing door te geven. Vraag een ouder of voogd met gezag om dit te doen',
      'nabestaande-niet-toegestaan':
        'Als nabestaande kunt u de aangifte bij deze gemeente niet online doen. Vraag de uitvaartondernemer om de aangifte te doen, of maak een afspraak bij de gemeente',
      machtiging: 'Bevestig dat een nabestaande u heeft gemachtigd om de aangifte te doen',
      // BW 1:19h lid 2: the machtiging holds within the Wlb art. 16 term only.
      'machtiging-termijn':
        'Als uitvaartondernemer kunt u na {{datum}} (de 6e werkdag na de dag van overlijden) geen aangifte meer doen namens een nabestaande. Een nabestaande die van het overlijden weet, doet de aangifte bij de gemeente',
    },
    // Aangifte overlijden. Dates in params are ISO; {{tijd}} is HH:MM; {{verschil}} is hours as H:MM, said as "10 uur" by the `duur` format (i18n.ts).
    overledene: {
      'bsn-bij-onbekend':
        'U heeft aangegeven dat het burgerservicenummer niet bekend is. Haal het nummer weg, of geef aan dat het wel bekend is',
      ouders: 'Vul de naam van ten minste één ouder in. Die is nodig voor de akte van overlijden',
      'ouders-te-veel': 'Vul hoogstens 2 ouders in',
      partner:
        'Vul de gegevens van de echtgenoot of geregistreerd partner in. Is die al overleden? Vul dan de gegevens van de overleden partner in',
      'geboren-na-overlijden': 'De geboortedatum kan niet na de datum van overlijden liggen. Controleer beide datums',
    },
    overlijden: {
      'datum-toekomst': 'Vul als datum van overlijden vandaag of een eerdere datum in',
      'tijd-toekomst': 'Vul als tijd van overlijden nu of een eerdere tijd in',
      'andere-gemeente':
        'De persoon is in een andere gemeente overleden. Doe de aangifte bij de gemeente waar de persoon is overleden',
      'arts-niet-natuurlijk':
        'Bij een niet-natuurlijke dood schouwt de gemeentelijk lijkschouwer het lichaam, niet de behandelend arts. Kies de gemeentelijk lijkschouwer, of controleer of de dood natuurlijk was',
      'overleg-lijkschouwer':
        'Bevestig dat de verklaring van overlijden vermeldt dat de behandelend arts overleg had met de gemeentelijk lijkschouwer',
    },
    uitvaart: {
      'te-vroeg':
        'De uitvaart kan op zijn vroegst op {{datum}} om {{tijd}} uur: 36 uur na het overlijden. De gekozen tijd is {{verschil, duur}} eerder. U vraagt daarom om bespoediging: geef de reden op',
      'te-laat':
        'De uitvaart moet uiterlijk op {{datum}} zijn: de 6e werkdag na de dag van overlijden. De gekozen datum is $t(eenheid.dag, {"count": {{dagen}} }) later. U vraagt daarom om uitstel: geef de reden op',
      'voor-overlijden': 'Kies voor de uitvaart een datum en tijd na het overlijden',
      verleden: 'De uitvaart kan niet in het verleden liggen. Controleer de datum en tijd',
    },
    verzoek: {
      'niet-nodig':
        'Een verzoek om uitstel of bespoediging is niet nodig: de uitvaart valt binnen de wettelijke termijn. Haal het verzoek weg',
      'gemeente-onbekend': 'Kies de gemeente uit de lijst, of typ alleen de naam van de gemeente',
    },
    uittreksels: {
      ongeldig: 'Vul als aantal uittreksels een heel getal in van 0 tot en met 10',
    },
    doodsoorzaak: {
      ggd: 'Via de GGD kan alleen als de gemeentelijk lijkschouwer de overledene heeft geschouwd. Kies een andere manier',
    },
    verhuisdatum: {
      'te-vroeg': 'U kunt deze verhuizing doorgeven vanaf {{datum}}. Dat is 4 weken voor de verhuisdatum',
      'te-laat':
        'U kunt deze verhuizing niet meer online doorgeven: dat kon tot en met {{datum}}. Neem contact op met de gemeente',
    },
    email: {
      ongeldig: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl',
    },
    telefoon: {
      ongeldig:
        'Vul een telefoonnummer in van 10 cijfers, bijvoorbeeld 06 12345678, of een buitenlands nummer dat begint met +',
    },
    'nieuw-adres': {
      'andere-gemeente':
        'Dit adres ligt in een andere gemeente. Geef uw verhuizing door aan de gemeente waar uw nieuwe adres ligt',
      handmatig: 'Zoek het adres opnieuw op of vul het helemaal met de hand in',
    },
    'aantal-bewoners': {
      ongeldig: 'Vul het aantal bewoners in als een heel getal, 1 of meer',
      'te-laag':
        'Vul bij aantal bewoners minstens {{minimum}} in: uzelf, iedereen die met u meeverhuist en wie er al woont',
    },
    meeverhuizer: {
      gezag:
        'Bevestig dat u het gezag over dit kind heeft. Heeft u geen gezag? Dan geeft een ouder met gezag de verhuizing van het kind door',
      // Wet BRP art. 2.48: a verzorger is someone the child lives with and who cares for it.
      verzorging: 'Bevestig dat het kind bij u woont en dat u voor het kind zorgt',
      // Wet BRP art. 2.49 lid 1 c: a gemachtigde is meerderjarig.
      'minderjarige-aangever':
        'U bent jonger dan 18 jaar. U mag alleen voor uzelf en voor uw eigen kind jonger dan 16 jaar aangifte doen. Deze persoon doet zelf aangifte, of iemand van 18 jaar of ouder doet het',
      'niet-minderjarig': 'Deze persoon is 18 jaar of ouder. Een voogd of verzorger is er alleen voor een kind. Kies een andere relatie',
    },
    meeverhuizers: {
      niemand: 'Vul de gegevens in van minstens één persoon die verhuist',
      'te-veel': 'Vul niet meer dan {{maximum}} personen in. Verhuizen er meer mensen? Geef de verhuizing dan in delen door',
    },
    hoofdbewoner: {
      verplicht: 'Vul de gegevens in van de hoofdbewoner van het nieuwe adres',
      'niet-van-toepassing': 'Gegevens van een hoofdbewoner zijn niet nodig. Haal ze weg',
      contact: 'Vul een e-mailadres of telefoonnummer van de hoofdbewoner in',
      'toestemming-verplicht': 'Voeg de ondertekende toestemming van de hoofdbewoner toe',
    },
    verklaring: {
      verplicht: 'Bevestig dat u alles naar waarheid heeft ingevuld',
    },
    gemeente: {
      andere: 'Dit formulier hoort bij een andere gemeente. Neem contact op met de gemeente',
    },
    bijlage: {
      bestandsnaam: 'Geef het bestand een naam van hoogstens 100 tekens, zonder / of \\ en zonder onzichtbare tekens',
      type: 'Kies een bestand van het type PDF, JPG of PNG',
      inhoud: 'Dit bestand is geen PDF, JPG of PNG, of het is beschadigd. Kies een ander bestand',
      grootte: 'Het bestand is niet goed meegekomen. Voeg het opnieuw toe',
      'te-groot': 'Kies een bestand van hoogstens {{maxMb}} MB',
      'niet-toegestaan': 'Dit soort document kunt u hier niet meesturen. Haal het weg',
      ontbreekt: {
        huurcontract: 'Voeg uw huurcontract toe',
        koopakte: 'Voeg uw koopakte of koopovereenkomst toe',
        zorgovereenkomst: 'Voeg de overeenkomst met de zorginstelling toe',
        machtiging:
          'Voeg een ondertekende machtiging met een kopie van het identiteitsbewijs toe voor elke persoon die dat nodig heeft. Nodig: {{aantal}}',
        'verklaring-hoofd-instelling':
          'Voeg de schriftelijke verklaring van het hoofd van de zorginstelling toe voor elke bewoner die dat nodig heeft. Nodig: {{aantal}}',
        'toestemming-hoofdbewoner': 'Voeg de ondertekende toestemming van de hoofdbewoner toe',
        'verklaring-van-overlijden': 'Voeg de verklaring van overlijden van de arts toe (het A-formulier)',
        'verklaring-arts-geen-bezwaar':
          'Voeg de verklaring van de arts toe dat er geen bezwaar is tegen een uitvaart binnen 36 uur na het overlijden',
        'verklaring-arts-uitstel':
          'Voeg de verklaring van de arts toe dat er geen bezwaar is tegen een uitvaart na de 6e werkdag na de dag van overlijden',
        wilsbeschikking:
          'Voeg het ondertekende testament of codicil van de overledene toe, met een kopie van het identiteitsbewijs',
      },
    },
    // 4b (issue 6 item 5): the verhuizing's sanity rules, each on the field to correct.
    verhuizing: {
      'geboortedatum-na-verhuisdatum':
        'Deze geboortedatum ligt na de verhuisdatum ({{datum}}). Controleer beide datums. Is het kind na de verhuizing geboren? Dan meldt u het niet: het wordt ingeschreven met de geboorteaangifte',
      'vorig-adres-gelijk-aan-nieuw':
        'Dit huidige adres is hetzelfde als het nieuwe adres. Vul het adres in waar deze persoon nu woont, voor de verhuizing',
      'tweede-partner': 'U kunt maar één echtgenoot of geregistreerd partner opgeven. Kies voor deze persoon een andere relatie',
      'derde-ouder': 'U kunt hoogstens twee ouders opgeven. Is deze persoon een stiefouder of pleegouder? Kies dan "Iemand anders"',
    },
    bijlagen: {
      'te-groot': 'De bestanden zijn samen te groot. Kies bestanden van samen hoogstens {{maxMb}} MB',
      'te-veel': 'U kunt hoogstens {{maximum}} bestanden meesturen. Haal eerst een bestand weg als u een ander wilt toevoegen',
    },
  },
} as const;
