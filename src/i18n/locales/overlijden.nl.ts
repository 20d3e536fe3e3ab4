// Texts of <gemeente-overlijden>. Audience: funeral directors (daily users) and, where the gemeente
// allows it, relatives shortly after a death: calm, short, formal "u". Sources: BW 1:19f–19h,
// Wet op de lijkbezorging (Wlb) art. 7, 10, 12a, 16, 17.
export const overlijdenNl = {
  overlijden: {
    naam: 'Aangifte overlijden',
    stap: {
      start: 'Aangifte van overlijden bij de gemeente {{gemeente}}',
      aangever: 'Gegevens van de aangever',
      overledene: 'Gegevens van de overledene',
      overlijden: 'Het overlijden',
      lijkbezorging: 'Begrafenis of crematie',
      bijlagen: 'Bijlagen en doodsoorzaak',
    },
    start: {
      intro:
        'Met dit formulier doet u aangifte van een overlijden. De gemeente maakt daarna de akte van overlijden op en geeft verlof tot begraven of cremeren.',
      nodigTitel: 'Dit heeft u nodig',
      nodig1: 'de verklaring van overlijden van de arts (het A-formulier) als scan of foto, bij een natuurlijke dood',
      nodig2: 'de gegevens van de overledene, zoals het burgerservicenummer (BSN)',
      nodig3: 'de datum, tijd en plaats van de uitvaart, als die al bekend zijn',
      privacy: 'Lees hoe de gemeente {{gemeente}} met uw gegevens omgaat',
      plaats: 'Waar is de persoon overleden?',
      // BW 1:19g lid 1: a death in a moving vehicle counts where the body leaves it.
      plaatsHint:
        'Overleden in een rijdend voertuig, op een varend schip of tijdens een binnenlandse vlucht? Dan geldt de gemeente waar het lichaam het voertuig, schip of vliegtuig verlaat (of waar het schip aanlegt).',
      plaatsHier: 'In de gemeente {{gemeente}}',
      plaatsAndere: 'In een andere Nederlandse gemeente',
      plaatsBuitenland: 'In het buitenland',
      situatie: 'Om welke situatie gaat het?',
      situatieNormaal: 'Een overlijden',
      situatieLevenloos: 'Een kind dat levenloos is geboren',
      situatieLijkvinding: 'Een lichaam dat is gevonden',
      natuurlijk: 'Heeft de arts verklaard dat de persoon een natuurlijke dood is gestorven?',
      // Wlb art. 7 lid 2: euthanasia and assisted suicide are never a natural death.
      natuurlijkHint:
        'Dat staat op de verklaring van overlijden (het A-formulier). Na euthanasie of hulp bij zelfdoding is de dood nooit natuurlijk: kies dan Nee.',
    },
    verwijzing: {
      andereGemeenteTitel: 'Doe aangifte bij de gemeente van overlijden',
      andereGemeente:
        'De aangifte van overlijden doet u bij de gemeente waar de persoon is overleden, ook als die ergens anders woonde. Gebruik het formulier van die gemeente.',
      buitenlandTitel: 'Overlijden in het buitenland',
      // Registration in the BRP through the last gemeente of inschrijving (the RNI for someone registered
      // abroad); a Dutch akte only by inschrijving in the registers of Den Haag (BW 1:25).
      buitenland:
        'Is iemand in het buitenland overleden? Dan doet u aangifte in dat land. In Nederland registreert de gemeente waar de overledene het laatst stond ingeschreven het overlijden. Dat is de inschrijving in de Basisregistratie Personen (BRP). Stond de overledene in het buitenland ingeschreven, dan gaat dat via de Registratie Niet-ingezetenen (RNI). Lever daarvoor de buitenlandse overlijdensakte aan, gelegaliseerd of met apostille. Een Nederlandse akte van overlijden komt er alleen als de gemeente Den Haag de buitenlandse akte inschrijft in haar registers.',
      levenloosTitel: 'Aangifte van een levenloos geboren kind',
      levenloos:
        'Voor een kind dat levenloos is geboren, geldt een andere aangifte. Dat kan niet met dit formulier. De gemeente helpt u graag.',
      lijkvindingTitel: 'Een gevonden lichaam',
      lijkvinding:
        'Bij een gevonden lichaam regelen de politie en de officier van justitie de melding. Dat kan niet met dit formulier.',
      // BW 1:19h lid 2: the machtiging of the funeral director holds within the Wlb art. 16 term only.
      termijnTitel: 'Aangifte door een nabestaande',
      termijn:
        'Na de 6e werkdag na de dag van overlijden kan een uitvaartondernemer de aangifte niet meer doen namens een nabestaande. Een nabestaande die van het overlijden weet, doet de aangifte bij de gemeente {{gemeente}}.',
    },
    aangever: {
      type: 'Wie doet de aangifte?',
      typeUitvaartondernemer: 'Ik ben uitvaartondernemer',
      typeNabestaande: 'Ik ben nabestaande',
      organisatie: 'Naam van de uitvaartonderneming',
      kvk: 'KvK-nummer',
      kvkHint: '8 cijfers',
      vestigingsnummer: 'Vestigingsnummer',
      vestigingsnummerHint: '12 cijfers',
      persoon: 'Wie handelt de aangifte af?',
      voornamen: 'Voornamen',
      voorvoegsel: 'Voorvoegsel',
      geslachtsnaam: 'Achternaam',
      email: 'E-mailadres',
      emailHint: 'De akte, het verlof en de uittreksels worden hierheen gestuurd.',
      telefoon: 'Telefoonnummer',
      machtigingTitel: 'Machtiging',
      gemachtigdDoorNaam: 'Naam van de nabestaande die u heeft gemachtigd',
      gemachtigdDoorRelatie: 'Relatie van deze nabestaande tot de overledene',
      gemachtigdDoorRelatieHint: 'Bijvoorbeeld echtgenote, zoon of zus',
      machtigingBevestigd: 'Ik verklaar dat deze nabestaande mij heeft gemachtigd de aangifte te doen',
      bsn: 'Uw burgerservicenummer (BSN)',
      // Labels of text fields are noun phrases: the engine's required message reads "Vul {{veld}} in".
      relatie: 'Uw relatie tot de overledene',
      // The declarant's relation to the deceased, as `relatie` in the payload and as the funeral
      // director's gemachtigde: "dochter", not the inverse ("moeder") that "Wat was de overledene van u?" asked.
      relatieHint: 'Bijvoorbeeld echtgenote, zoon of zus',
      adres: 'Uw adres',
      bsnPersoon: 'Uw burgerservicenummer (BSN)',
      bsnPersoonHint: 'De gemeente {{gemeente}} vraagt dit om vast te stellen wie de aangifte doet.',
    },
    overledene: {
      bsnOnbekend: 'Het BSN is onbekend of de overledene stond niet ingeschreven in Nederland',
      bsn: 'Burgerservicenummer (BSN)',
      voornamen: 'Voornamen',
      voorvoegsel: 'Voorvoegsel',
      geslachtsnaam: 'Achternaam',
      geslacht: 'Geslacht',
      geslachtMan: 'Man',
      geslachtVrouw: 'Vrouw',
      geslachtOnbekend: 'Onbekend of anders',
      geboortedatum: 'Geboortedatum',
      geboortedatumHint: 'Bijvoorbeeld 14 5 1938',
      geboorteplaats: 'Geboorteplaats',
      geboorteland: 'Geboorteland',
      laatsteAdres: 'Laatste adres',
      adresOnbekend: 'Het laatste adres in Nederland is onbekend',
      burgerlijkeStaat: 'Burgerlijke staat',
      staat: {
        ongehuwd: 'Ongehuwd',
        gehuwd: 'Gehuwd',
        'geregistreerd-partner': 'Geregistreerd partner',
        gescheiden: 'Gescheiden',
        'ontbonden-geregistreerd-partnerschap': 'Geregistreerd partnerschap ontbonden',
        'weduwe-weduwnaar': 'Weduwe of weduwnaar',
        'achtergebleven-geregistreerd-partner': 'Achtergebleven geregistreerd partner',
      },
      partnerTitel: 'Echtgenoot of geregistreerd partner',
      partnerHint: 'Is deze al overleden? Vul dan de gegevens van de overleden partner in.',
      partnerGeboortedatum: 'Geboortedatum van de partner',
      oudersTitel: 'Ouders',
      oudersHint: 'Nodig voor de akte, omdat het BSN onbekend is. Vul ten minste één ouder in.',
      ouder1: 'Eerste ouder',
      ouder2: 'Tweede ouder',
    },
    overlijden: {
      datum: 'Datum van overlijden',
      tijd: 'Tijd van overlijden',
      tijdHint: 'Bijvoorbeeld 14:30',
      plaats: 'Plaats van overlijden',
      plaatsHint: 'De woonplaats in de gemeente {{gemeente}}',
      locatie: 'Op wat voor plek is de persoon overleden?',
      locatieWoning: 'In een woning',
      locatieZiekenhuis: 'In een ziekenhuis',
      locatieVerpleeghuis: 'In een verpleeghuis of verzorgingshuis',
      locatieElders: 'Ergens anders',
      omschrijving: 'Omschrijf de plek',
      arts: 'Naam van de arts die de overledene heeft geschouwd',
      artsSoort: 'Deze arts is',
      artsBehandelend: 'De behandelend arts',
      artsLijkschouwer: 'De gemeentelijk lijkschouwer',
      // Wlb art. 7 lid 2 and 3, art. 10.
      artsSoortNietNatuurlijk: 'Bij een niet-natuurlijke dood, ook na euthanasie of hulp bij zelfdoding, is dit de gemeentelijk lijkschouwer.',
      // Wlb art. 10a lid 1.
      overleg: 'De verklaring van overlijden vermeldt dat de behandelend arts overleg had met de gemeentelijk lijkschouwer',
      overlegHint:
        'Is het overleden kind jonger dan 18 jaar? Dan geeft de behandelend arts de verklaring van overlijden pas af na overleg met de gemeentelijk lijkschouwer.',
      // Issue 6 item 13: the later instant is the safe reading of the 36-hour minimum.
      vensterZomertijd: {
        dubbel:
          'Deze tijd bestaat twee keer: in de nacht van zomertijd naar wintertijd gaat de klok om 03:00 terug naar 02:00. Wij rekenen met het latere tijdstip (wintertijd), zodat de 36 uur zeker voorbij zijn.',
        overgeslagen:
          'Deze tijd bestaat niet: in de nacht van wintertijd naar zomertijd gaat de klok om 02:00 vooruit naar 03:00. Wij rekenen met het latere tijdstip (een uur later, zomertijd), zodat de 36 uur zeker voorbij zijn.',
      },
      termijnOndernemer:
        'Als uitvaartondernemer kunt u na de 6e werkdag na de dag van overlijden geen aangifte meer doen namens een nabestaande.',
      venster:
        'De uitvaart mag op zijn vroegst op {{vroegst}} om {{vroegstTijd}} uur: 36 uur na het overlijden. En uiterlijk op {{uiterlijk}}: de 6e werkdag na de dag van overlijden.',
      langGeleden:
        'Het overlijden is meer dan 6 werkdagen geleden. Doe de aangifte zo snel mogelijk: de uitvaart mag pas plaatsvinden als de gemeente verlof heeft gegeven.',
    },
    lijkbezorging: {
      wijze: 'Wat gebeurt er met het lichaam?',
      begraven: 'Begraven',
      cremeren: 'Cremeren',
      wetenschap: 'Ter beschikking van de wetenschap',
      wetenschapUitleg:
        'Voor een lichaam dat ter beschikking wordt gesteld van de wetenschap vraagt u verlof tot ontleding aan. Er is dan geen uitvaartdatum. Voeg bij de bijlagen de ondertekende wilsbeschikking (codicil) van de overledene toe, met een kopie van het identiteitsbewijs.',
      datum: 'Datum van de uitvaart',
      tijd: 'Tijd van de uitvaart',
      binnen: 'Deze datum en tijd vallen binnen de wettelijke termijn.',
      teVroeg:
        'Deze uitvaart is {{verschil, duur}} eerder dan 36 uur na het overlijden (op zijn vroegst {{datum}} om {{tijd}} uur). U vraagt daarom de burgemeester om bespoediging. De burgemeester beslist met instemming van de officier van justitie. Voeg bij de bijlagen de verklaring van de arts toe dat er geen bezwaar is.',
      teLaat:
        'Deze uitvaart is $t(eenheid.dag, {"count": {{dagen}} }) na de laatste toegestane dag ({{datum}}, de 6e werkdag na de dag van overlijden). U vraagt daarom de burgemeester om uitstel.',
      reden: 'Reden van uw verzoek',
      teLaatArts: 'Voeg bij de bijlagen de verklaring van de arts toe dat er geen bezwaar is tegen uitstel.',
      // Wlb art. 17 lid 1: the burgemeester of the gemeente where the body is decides.
      gemeenteLichaam: 'Gemeente waar het lichaam nu is',
      gemeenteLichaamHint: 'Bijvoorbeeld waar het mortuarium of uitvaartcentrum is. Kies uit de lijst of typ de naam.',
      verzoekHier: 'Over uw verzoek beslist de burgemeester van de gemeente {{gemeente}}.',
      verzoekElders:
        'Het lichaam is in de gemeente {{gemeente}}. Over uitstel of bespoediging beslist de burgemeester van die gemeente: dien uw verzoek ook daar in. De aangifte doet u hier.',
      verzoekOnbekend:
        'Over uitstel of bespoediging beslist de burgemeester van de gemeente waar het lichaam is. Is dat een andere gemeente, dien uw verzoek dan ook daar in.',
      locatieNaam: 'Naam van de begraafplaats of het crematorium',
      locatiePlaats: 'Plaats van de begraafplaats of het crematorium',
      buitenland: 'Vindt de begrafenis of crematie in het buitenland plaats?',
      land: 'In welk land?',
      landAnders: 'Een ander land',
      landNaam: 'Naam van het land',
      regeling: {
        'verlof-volstaat': 'Voor dit land is het Nederlandse verlof tot begraven of cremeren voldoende.',
        'laissez-passer':
          'Dit land doet mee aan de Overeenkomst van Straatsburg: de gemeente geeft een laissez-passer voor het vervoer van het lichaam.',
        'verklaring-burgemeester':
          'Voor dit land geeft de burgemeester een verklaring af voor het vervoer van het lichaam. De gemeente neemt daarover contact met u op.',
      },
      uittreksels: 'Aantal uittreksels van de akte van overlijden',
      uittrekselsHint: 'Van 0 tot en met 10.',
      uittrekselsTarief: 'Van 0 tot en met 10. Kosten: {{tarief}}.',
      nabij:
        'De uitvaart is binnen 48 uur. Bel de gemeente na het versturen als het verlof nog niet binnen is.',
    },
    bijlagen: {
      intro: 'Voeg de documenten hieronder toe.',
      'verklaring-van-overlijden': 'Verklaring van overlijden (A-formulier)',
      'verklaring-arts-geen-bezwaar': 'Verklaring van de arts dat er geen bezwaar is tegen bespoediging',
      'verklaring-arts-uitstel': 'Verklaring van de arts dat er geen bezwaar is tegen uitstel',
      aFormulierGgd: 'De GGD stuurt de verklaring van overlijden zelf naar de gemeente. U hoeft hem niet toe te voegen.',
      wilsbeschikking: 'Wilsbeschikking (codicil) met kopie identiteitsbewijs',
      overig: 'Andere documenten',
      doodsoorzaak: 'Hoe komt de doodsoorzaak bij het CBS?',
      doodsoorzaakHint:
        'De doodsoorzaak (het B-formulier) gaat anoniem naar het CBS. Voeg het B-formulier hier niet toe.',
      doodsoorzaakEnvelop: 'Ik lever de gesloten B-envelop in bij de gemeente, met het aktenummer',
      doodsoorzaakDigitaal: 'De arts heeft de doodsoorzaak digitaal aan het CBS doorgegeven',
      doodsoorzaakGgd: 'De GGD (de gemeentelijk lijkschouwer) geeft de doodsoorzaak door aan het CBS',
    },
    verklaring: {
      label: 'Ik heb alles naar waarheid ingevuld',
      hint: 'Wie bij een aangifte opzettelijk onjuiste gegevens verstrekt, is strafbaar.',
    },
    bevestiging: {
      akte:
        'De gemeente maakt de akte van overlijden op en geeft het verlof tot begraven of cremeren af. U krijgt de documenten en de uittreksels per e-mail en per post.',
      verzoek: 'U heeft om uitstel of bespoediging gevraagd. Dat is pas toegestaan als de burgemeester het verzoek heeft toegewezen.',
      verzoekElders: 'Dien het verzoek om uitstel of bespoediging ook in bij de gemeente {{gemeente}}: de burgemeester van die gemeente beslist erover.',
      envelop: 'Lever de gesloten B-envelop in bij de gemeente en vermeld het aktenummer.',
      officier:
        'Het gaat om een niet-natuurlijke dood. De gemeente verwerkt de aangifte zodra de verklaring van geen bezwaar van de officier van justitie binnen is.',
      wetenschap: 'De gemeente beslist over het verlof tot ontleding.',
    },
    // Own error messages per field (issue 7 item 1), by answer path without indices and the last part
    // of the schema's key (src/form/issues.ts fieldMessageKey); `$t(…)` reuses a shared text.
    veldfout: {
      start: {
        plaats: { verplicht: 'Kies waar de persoon is overleden' },
        situatie: { verplicht: 'Kies om welke situatie het gaat' },
      },
      aangever: {
        type: { verplicht: 'Kies of u uitvaartondernemer of nabestaande bent' },
        organisatie: {
          naam: { verplicht: 'Vul de naam van de uitvaartonderneming in', 'te-lang': 'Vul bij de naam hoogstens {{maximum}} tekens in' },
          kvkNummer: { verplicht: 'Vul het KvK-nummer in, 8 cijfers' },
          vestigingsnummer: { verplicht: 'Vul het vestigingsnummer in, 12 cijfers' },
        },
        gemachtigdDoor: {
          naam: {
            verplicht: 'Vul de naam in van de nabestaande',
            'te-lang': 'Vul bij de naam hoogstens {{maximum}} tekens in',
          },
          relatie: {
            verplicht: 'Vul in wat deze nabestaande van de overledene is',
            'te-lang': 'Vul bij de relatie hoogstens {{maximum}} tekens in',
          },
        },
        relatie: { verplicht: 'Vul in wat u van de overledene bent', 'te-lang': 'Vul bij de relatie hoogstens {{maximum}} tekens in' },
      },
      overledene: {
        geslacht: { verplicht: 'Kies het geslacht' },
        burgerlijkeStaat: { verplicht: 'Kies de burgerlijke staat' },
        geboorte: {
          datum: { verplicht: '$t(veldfout.geboortedatum.verplicht)', ongeldig: '$t(veldfout.geboortedatum.ongeldig)' },
          plaats: { verplicht: 'Vul de geboorteplaats in' },
          land: { verplicht: 'Vul het geboorteland in' },
        },
      },
      overlijden: {
        natuurlijk: { verplicht: 'Kies of de arts een natuurlijke dood heeft verklaard' },
        datum: {
          verplicht: 'Vul de datum van overlijden in',
          ongeldig: 'Vul een bestaande datum van overlijden in, zoals 27 3 2026',
        },
        tijd: { verplicht: 'Vul de tijd van overlijden in', ongeldig: 'Vul de tijd van overlijden in, bijvoorbeeld 14:30' },
        plaats: { verplicht: 'Vul de plaats van overlijden in' },
        locatie: {
          soort: { verplicht: 'Kies op wat voor plek de persoon is overleden' },
          omschrijving: {
            verplicht: 'Vul in waar de persoon is overleden',
            'te-lang': 'Vul bij de plek hoogstens {{maximum}} tekens in',
          },
        },
        schouwendArts: {
          naam: {
            verplicht: 'Vul de naam in van de arts die de overledene schouwde',
            'te-lang': 'Vul bij de naam van de arts hoogstens {{maximum}} tekens in',
          },
          soort: { verplicht: 'Kies wat voor arts de overledene heeft geschouwd' },
        },
      },
      lijkbezorging: {
        wijze: { verplicht: 'Kies wat er met het lichaam gebeurt' },
        datum: {
          verplicht: 'Vul de datum van de uitvaart in',
          ongeldig: 'Vul een bestaande datum van de uitvaart in, zoals 27 3 2026',
        },
        tijd: { verplicht: 'Vul de tijd van de uitvaart in', ongeldig: 'Vul de tijd van de uitvaart in, bijvoorbeeld 14:30' },
        locatie: {
          naam: {
            verplicht: 'Vul de naam van de begraafplaats of het crematorium in',
            'te-lang': 'Vul bij de naam hoogstens {{maximum}} tekens in',
          },
          plaats: {
            verplicht: 'Vul de plaats van de begraafplaats of crematorium in',
            'te-lang': 'Vul bij de plaats hoogstens {{maximum}} tekens in',
          },
        },
        buitenland: { verplicht: 'Kies of de begrafenis of crematie in het buitenland is' },
        land: { verplicht: 'Kies het land' },
        landNaam: { verplicht: 'Vul de naam van het land in' },
      },
      verzoekUitstelOfBespoediging: {
        reden: { verplicht: 'Vul de reden van uw verzoek in' },
        gemeenteLichaam: {
          naam: { verplicht: 'Vul de gemeente in waar het lichaam nu is', 'te-lang': 'Vul bij de gemeente hoogstens {{maximum}} tekens in' },
        },
      },
      aantalUittreksels: { verplicht: 'Vul het aantal uittreksels in, van 0 tot en met 10' },
      doodsoorzaak: { verplicht: 'Kies hoe de doodsoorzaak bij het CBS komt' },
    },
  },
} as const;
