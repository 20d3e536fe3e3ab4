// Configuration errors, shown on the page instead of the form when an attribute is wrong.
// Audience: the gemeente's webmaster, not the citizen. Each text names the attribute and shows a
// valid value, so it can be fixed without reading the documentation. Formal "u".
// {{attribuut}} is always the attribute name; the generic keys serve form-specific attributes.
export const configNl = {
  config: {
    titel: 'Dit formulier is niet goed ingesteld',
    uitleg_one: 'Pas deze instelling van het element aan in de broncode van deze pagina:',
    uitleg_other: 'Pas deze instellingen van het element aan in de broncode van deze pagina:',
    endpoint: {
      ontbreekt:
        'Het attribuut endpoint ontbreekt. Geef het adres op waar de antwoorden heen gaan, bijvoorbeeld "https://api.gemeente.nl/verhuizing".',
      ongeldig:
        'Het attribuut endpoint is geen geldig webadres. Gebruik een volledig adres, bijvoorbeeld "https://api.gemeente.nl/verhuizing", of een pad op deze website, bijvoorbeeld "/api/verhuizing".',
      nietToegestaan:
        'Het attribuut endpoint moet een https-adres zijn (bijvoorbeeld "https://api.gemeente.nl/verhuizing") of een adres op deze website. Alleen op de eigen computer (localhost) mag http.',
    },
    gemeenteCode: 'Het attribuut gemeente-code moet een CBS-code van 4 cijfers zijn, bijvoorbeeld "0344".',
    gemeenteNaam: 'Het attribuut gemeente-naam ontbreekt. Vul de naam van de gemeente in, bijvoorbeeld "Utrecht".',
    privacyUrl:
      'Het attribuut privacy-url moet een webadres zijn dat begint met https:// of /, bijvoorbeeld "https://www.gemeente.nl/privacy".',
    addressLookup: {
      ongeldig:
        'Het attribuut address-lookup is geen geldig webadres. Laat het weg voor de adresservice van PDOK. Gebruik "off" om adressen met de hand te laten invullen. Of geef een https-adres op.',
      nietToegestaan:
        'Het attribuut address-lookup moet een https-adres zijn of een adres op deze website. Laat het weg voor de adresservice van PDOK, of gebruik "off".',
    },
    themeHref: {
      ongeldig:
        'Het attribuut theme-href is geen geldig webadres. Geef het adres van een stylesheet, bijvoorbeeld "https://unpkg.com/@utrecht/design-tokens/dist/theme.css", of een pad op deze website, bijvoorbeeld "/css/thema.css".',
      nietToegestaan:
        'Het attribuut theme-href moet een https-adres zijn (bijvoorbeeld "https://unpkg.com/@utrecht/design-tokens/dist/theme.css") of een adres op deze website. Adressen als data:, blob: en javascript: zijn niet toegestaan; alleen op de eigen computer (localhost) mag http.',
    },
    contactUrl: {
      ongeldig:
        'Het attribuut contact-url is geen geldig webadres. Geef de contactpagina van de gemeente, bijvoorbeeld "https://www.gemeente.nl/contact", of een pad op deze website, bijvoorbeeld "/contact".',
      nietToegestaan:
        'Het attribuut contact-url moet een https-adres zijn (bijvoorbeeld "https://www.gemeente.nl/contact") of een adres op deze website.',
    },
    contactTelefoon:
      'Het attribuut contact-telefoon moet een telefoonnummer zijn van 5 tot 15 cijfers. Bijvoorbeeld "14 030" of "+31 30 286 00 00". Tussen de cijfers mogen alleen spaties, streepjes, punten, haakjes of een + staan.',
    contactOntbreekt:
      'Er is geen contactroute ingesteld (de attributen contact-url, contact-telefoon en contact-tekst). Verwijzingen en foutmeldingen zeggen nu alleen "Neem contact op met de gemeente {{gemeente}}". Stel er ten minste één in.',
    persist: 'Het attribuut persist moet "session" (standaard) of "none" zijn.',
    persistMinutes: 'Het attribuut persist-minutes moet een heel getal groter dan 0 zijn, bijvoorbeeld "60".',
    credentials: 'Het attribuut credentials moet "same-origin" (standaard), "include" of "omit" zijn.',
    keuze: 'Het attribuut {{attribuut}} moet een van deze waarden hebben: {{waarden}}.',
    positiefGetal: 'Het attribuut {{attribuut}} moet een heel getal groter dan 0 zijn, bijvoorbeeld "10".',
    datumlijst:
      'Het attribuut {{attribuut}} bevat "{{waarde}}". Geef datums als JJJJ-MM-DD, gescheiden door spaties, bijvoorbeeld "2026-12-24 2026-12-31".',
    tekst: 'Het attribuut {{attribuut}} ontbreekt of is leeg.',
    url: 'Het attribuut {{attribuut}} moet een webadres zijn dat begint met https:// of /, bijvoorbeeld "https://www.gemeente.nl/pagina".',
  },
} as const;
