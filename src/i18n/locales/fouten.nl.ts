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
      elfproef:
        'Dit is geen geldig burgerservicenummer. U vindt het nummer op uw paspoort, identiteitskaart of rijbewijs',
      aangever: 'Dit is uw eigen burgerservicenummer. Vul het burgerservicenummer van deze persoon in',
      dubbel: 'Dit burgerservicenummer heeft u al bij een andere persoon ingevuld',
    },
    datum: {
      ongeldig: 'Vul voor {{veld}} een bestaande datum in, bijvoorbeeld 27 3 1985',
    },
    geboortedatum: {
      toekomst: 'Een geboortedatum kan niet in de toekomst liggen',
    },
    aangever: {
      'te-jong':
        'U moet {{leeftijd}} jaar of ouder zijn om zelf een verhuizing door te geven. Vraag een ouder of voogd met gezag om dit te doen',
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
      bestandsnaam: 'Geef het bestand een naam van hoogstens 255 tekens, zonder / of \\',
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
        'toestemming-hoofdbewoner': 'Voeg de ondertekende toestemming van de hoofdbewoner toe',
      },
    },
    bijlagen: {
      'te-groot': 'De bestanden zijn samen te groot. Kies bestanden van samen hoogstens {{maxMb}} MB',
    },
  },
} as const;
