// Texts of the form engine, shared by both forms. Audience: citizens and funeral directors. Formal
// "u", plain Dutch (B1). Interpolation: {{name}}; dates arrive formatted.
export const commonNl = {
  veld: {
    nietVerplicht: '(niet verplicht)',
    // Read before an inline error by screen readers, visually hidden (GOV.UK).
    foutPrefix: 'Fout:',
    vergrendeld: 'Dit gegeven komt van uw inlog en kunt u hier niet wijzigen.',
    kies: 'Maak een keuze',
    verplichtKeuze: 'Kies een antwoord bij: {{vraag}}',
    verplichtBestand: 'Voeg een bestand toe bij: {{vraag}}',
  },
  datum: { dag: 'Dag', maand: 'Maand', jaar: 'Jaar' },
  // Amounts with real plurals (i18next _one/_other, issue 7 item 9): "1 dag", "3 dagen", never
  // "dag(en)". A message nests them: $t(eenheid.dag, {"count": {{dagen}} }). A duration in minutes or
  // H:MM is said with {{verschil, duur}} (the `duur` format in i18n.ts): "10 uur", "1 uur en 30 minuten".
  eenheid: {
    dag_one: '{{count}} dag',
    dag_other: '{{count}} dagen',
    uur_one: '{{count}} uur',
    uur_other: '{{count}} uur',
    minuut_one: '{{count}} minuut',
    minuut_other: '{{count}} minuten',
    urenEnMinuten: '{{uren}} en {{minuten}}',
  },
  keuze: { ja: 'Ja', nee: 'Nee' },
  navigatie: {
    vorige: 'Vorige stap',
    volgende: 'Volgende',
    terugNaarControleren: 'Opslaan en terug naar controleren',
    stapVan: 'Stap {{stap}} van {{totaal}}',
    wissen: 'Stop en wis mijn gegevens',
    // "Stop en wis mijn gegevens" asks first (views/common.ts); active voice, no "worden … door".
    wissenUitleg: 'Wij bewaren uw antwoorden alleen in dit tabblad, zodat u verder kunt als u de pagina opnieuw laadt.',
    wissenVraag: 'Weet u het zeker? Wij wissen dan al uw antwoorden.',
    wissenJa: 'Ja, wis mijn gegevens',
    wissenNee: 'Nee, ga terug',
    wissenBezig: 'Wissen kan pas als het versturen klaar is.',
  },
  melding: {
    hervatten:
      'Uw gegevens werden net verstuurd toen de pagina opnieuw werd geladen. Verstuur ze opnieuw: als ze al waren aangekomen, krijgt u hetzelfde kenmerk en wordt er niets dubbel ingediend.',
    bestandenKwijt:
      'Uw antwoorden zijn bewaard, maar bestanden kunnen na het herladen van de pagina niet worden bewaard. Voeg uw bestanden opnieuw toe bij de stap Bijlagen.',
    verlopen: 'Uw eerder ingevulde gegevens zijn gewist, omdat u een tijd niets heeft gedaan. Begin opnieuw.',
    gewist: 'Uw gegevens zijn gewist.',
  },
  // The later part of a classic script (form/later.ts): said while a press waits for it, or when it
  // cannot load (then the answers stay on screen and in the draft, and the contact route follows).
  vervolg: {
    laden: 'Even geduld, het formulier wordt verder geladen.',
    mislukt: {
      titel: 'Het formulier kan nu niet verder',
      tekst: 'Een deel van het formulier kon niet worden geladen. Laad de pagina opnieuw om verder te gaan.',
      // Only with a draft (persist="session"): then a reload brings the answers back.
      bewaard: 'Uw antwoorden zijn bewaard.',
    },
  },
  fouten: {
    titel: 'Er is een probleem',
    // One error-summary entry for the parts of one address that are wrong (issue 7 item 4): the
    // parts as their labels read, lower-case, joined with "en": "Vul postcode en huisnummer in".
    groepVerplicht: 'Vul {{velden}} in',
    groepControleer: 'Controleer {{velden}}',
    // The same when naming every part would not fit 2 lines on a phone (src/form/issues.ts groupText).
    groepVerplichtMeer_one: 'Vul {{eerste}} en 1 ander deel in',
    groepVerplichtMeer_other: 'Vul {{eerste}} en {{count}} andere delen in',
    groepControleerMeer_one: 'Controleer {{eerste}} en 1 ander deel',
    groepControleerMeer_other: 'Controleer {{eerste}} en {{count}} andere delen',
    en: 'en',
  },
  adres: {
    zoeken: 'Adres wordt gezocht…',
    gevonden: 'Gevonden adres',
    kiesAdres: 'Kies het juiste adres',
    // Said through the live region after the lookup (form/address-block.ts).
    gevondenEen: 'Adres gevonden: {{adres}}.',
    gevondenAantal_one: '{{count}} adres gevonden. Kies uw adres.',
    gevondenAantal_other: '{{count}} adressen gevonden. Kies uw adres.',
    kiesFout: 'Kies uw adres uit de lijst',
    zoekOpFout: 'Controleer postcode en huisnummer',
    geenResultaat:
      'We hebben geen adres gevonden bij deze postcode en dit huisnummer. Controleer ze, of vul hieronder de straat en plaats zelf in. De gemeente controleert het adres dan.',
    nietBereikbaar:
      'Het adres opzoeken lukt nu niet. Vul hieronder de straat en plaats zelf in. De gemeente controleert het adres dan.',
    handmatigUit: 'Vul hieronder de straat en plaats in.',
    andereGemeente:
      'Dit adres ligt in de gemeente {{gemeente}}. Geef uw verhuizing door aan de gemeente {{gemeente}}.',
    postcode: 'Postcode',
    postcodeHint: 'Bijvoorbeeld 1234 AB',
    huisnummer: 'Huisnummer',
    huisletter: 'Huisletter',
    toevoeging: 'Toevoeging',
    straatnaam: 'Straat',
    woonplaats: 'Plaats',
    adres: 'Adres',
  },
  bijlage: {
    verwijder: 'Verwijder',
    kiezen: 'Kies een bestand',
    kiezenMeer: 'Kies een of meer bestanden',
    geen: 'Nog geen bestand toegevoegd.',
    // Said through the live region (form-element.ts addFiles/removeFile).
    toegevoegd: 'Bestand toegevoegd: {{bestand}}, {{grootte}}.',
    verwijderd: 'Bestand verwijderd: {{bestand}}.',
    opnieuwToevoegen: 'voeg dit bestand opnieuw toe',
    uitleg: 'U kunt PDF-, JPG- en PNG-bestanden toevoegen, elk hoogstens {{perBestand}} en samen hoogstens {{totaal}}.',
  },
  // The person block (src/form/person-block.ts): the default labels of one person's details.
  persoon: {
    bsn: 'Burgerservicenummer (BSN)',
    voornamen: 'Voornamen',
    voorvoegsel: 'Voorvoegsel',
    voorvoegselHint: 'Bijvoorbeeld "van der"',
    geslachtsnaam: 'Achternaam',
    geboortedatum: 'Geboortedatum',
    geboortedatumHint: 'Bijvoorbeeld 27 3 1985',
  },
  groep: {
    persoon: 'Persoon {{nummer}}',
    toevoegen: 'Nog een persoon toevoegen',
    verwijderen: 'Verwijder persoon {{nummer}}',
    verwijderd: 'Persoon {{nummer}} is verwijderd.',
  },
  controleren: {
    titel: 'Controleer uw gegevens',
    intro: 'Kijk of alles klopt. Met "Wijzig" past u een antwoord aan; daarna komt u hier terug.',
    wijzig: 'Wijzig',
    leeg: 'Niet ingevuld',
    verklaringTitel: 'Verklaring',
  },
  verzenden: {
    versturen: 'Versturen',
    opnieuw: 'Opnieuw versturen',
    bezig: 'Uw gegevens worden verstuurd…',
    foutTitel: 'Er ging iets mis bij het versturen',
    opnieuwProberen: 'Versturen lukt nog niet. We proberen het opnieuw (poging {{poging}} van {{max}})…',
    offline: 'U heeft geen internetverbinding. Zodra de verbinding terug is, versturen we uw gegevens.',
    antwoordenBewaard: 'Uw antwoorden zijn bewaard.',
    // A 400 without field details, or naming fields the form does not show: nothing the citizen can
    // correct in the form, so no "marked answers"; the contact route follows (views/send-state.ts).
    ongeldig: 'De gemeente kon uw melding niet verwerken. Er is niets ingediend. Vraag de gemeente hoe u de melding doet.',
    sessieVerlopen:
      'U bent niet meer ingelogd. Log opnieuw in (bijvoorbeeld in een ander tabblad) en klik dan op "Opnieuw versturen".',
    teGroot:
      'De bijlagen zijn te groot om te versturen. Elk bestand mag hoogstens {{perBestand}} zijn en alle bestanden samen hoogstens {{totaal}}. Maak de bestanden kleiner en probeer het opnieuw.',
    conflict:
      'Deze aanvraag is al eerder met andere gegevens verstuurd. Er is niets opnieuw ingediend.',
    mislukt: 'Het versturen is niet gelukt.',
    geenKenmerk:
      'Uw gegevens zijn verstuurd, maar de gemeente gaf geen kenmerk terug. U hoeft niets meer te doen.',
    nietBereikbaar:
      'Het versturen is niet gelukt, omdat de gemeente nu niet bereikbaar is. Probeer het over een paar minuten opnieuw.',
  },
  contact: {
    // The gemeente's contact route (src/form/views/contact-route.ts), the same block on every
    // referral, stop page and failure message (WCAG 3.2.6 Consistent Help).
    titel: 'Hulp nodig?',
    neemContactOp: 'Neem contact op met de gemeente {{gemeente}}.',
    // Followed by the number as the gemeente wrote it, as a tel: link ("Bel 14 030").
    bel: 'Bel',
    pagina: 'Contactpagina van de gemeente {{gemeente}}',
    // Visually hidden after the link text: the link opens a new tab so the form stays open (WCAG G201).
    nieuwTabblad: '(opent in een nieuw tabblad)',
  },
  // ---- Issue 8 (holes 1, 2, 9) and issue 7 item 8: resuming a pending send, another tab, the time
  // limit. The failure messages here are followed by the shared contact route (views/contact-route.ts).
  hervatten: {
    titel: 'Voeg uw bestanden opnieuw toe',
    uitleg:
      'Uw melding werd net verstuurd toen de pagina opnieuw werd geladen. Bestanden bewaren we niet. Voeg dezelfde bestanden opnieuw toe. Dan versturen we precies dezelfde melding en wordt er niets dubbel ingediend.',
    bestandLabel: 'Voeg {{bestand}} opnieuw toe',
    toegevoegd: 'Toegevoegd: {{bestand}}',
    nogNodig: 'Nog niet toegevoegd: {{bestand}}',
    nietHetzelfde: 'Kies precies het bestand {{bestand}} dat u eerder toevoegde',
    eerstToevoegen: 'Voeg eerst de bestanden opnieuw toe. Heeft u een bestand niet meer? Kies dan "Ik heb het bestand niet meer".',
    nietMeer: 'Ik heb het bestand niet meer',
    vragen: 'We vragen de gemeente of uw melding al is aangekomen…',
    misschienAangekomen:
      'Uw melding is misschien al aangekomen bij de gemeente. Dat kunnen we nu niet nagaan. Verstuur de melding daarom niet opnieuw.',
    referentie: 'Noem deze code als u contact opneemt met de gemeente: {{referentie}}.',
  },
  anderTabblad: {
    titel: 'Deze melding is al verstuurd',
    alVerstuurd: 'Deze melding is al verstuurd in een ander tabblad (kenmerk {{kenmerk}}).',
    uitleg: 'U hoeft hier niets meer te doen. U kunt dit tabblad sluiten.',
  },
  tijdslimiet: {
    // WCAG 2.2.1: said before the time is up, with one simple action to get more time.
    waarschuwing_one: 'Als u niets doet, wissen we uw gegevens over {{count}} minuut.',
    waarschuwing_other: 'Als u niets doet, wissen we uw gegevens over {{count}} minuten.',
    seconden: 'Als u niets doet, wissen we uw gegevens over {{count}} seconden.',
    uitleg: 'Zo blijven ze niet op dit scherm staan als u weggaat.',
    knop: 'Ik ben er nog',
    verlengd: 'U heeft weer meer tijd. Uw gegevens blijven bewaard.',
  },
  bevestiging: {
    titel: 'Uw gegevens zijn verstuurd',
    kenmerkLabel: 'Uw kenmerk:',
    ontvangen: 'De gemeente {{gemeente}} heeft uw gegevens ontvangen op {{tijd}}.',
    download: 'Download bevestiging',
    nieuw: 'Nieuw formulier invullen',
    volgendeStappen: 'Wat gebeurt er nu?',
  },
} as const;
