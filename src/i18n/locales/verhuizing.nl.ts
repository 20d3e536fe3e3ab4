// Texts of <gemeente-verhuizing>. Audience: residents. Formal "u", plain Dutch (B1).
// Legal sources: Wet BRP art. 2.39 (who, where, when), art. 4.17 (fine).
export const verhuizingNl = {
  verhuizing: {
    naam: 'Verhuizing doorgeven',
    stap: {
      start: 'Verhuizing doorgeven aan de gemeente {{gemeente}}',
      nieuwAdres: 'Uw nieuwe adres',
      aangever: 'Uw gegevens',
      meeverhuizers: 'Wie verhuizen er met u mee?',
      // When the aangever does not move (Wet BRP art. 2.48, 2.49).
      nieuwAdresNamens: 'Het nieuwe adres',
      verhuizers: 'Wie verhuizen er?',
      hoofdbewoner: 'Hoofdbewoner van het nieuwe adres',
      bijlagen: 'Bijlagen',
    },
    start: {
      intro:
        'Met dit formulier geeft u uw verhuizing door. U kunt dit doen vanaf 4 weken vóór de verhuisdatum tot en met 5 dagen erna. Verhuist u naar een andere gemeente? Dan geeft u de verhuizing door aan de gemeente van uw nieuwe adres.',
      nodigTitel: 'Dit heeft u nodig',
      nodig1: 'ongeveer 10 minuten',
      nodig2: 'uw burgerservicenummer (BSN) en dat van iedereen die met u meeverhuist',
      nodig3: 'de postcode en het huisnummer van uw nieuwe adres',
      nodig4: 'eventuele documenten, zoals uw huurcontract, als PDF, JPG of PNG',
      privacy: 'Lees hoe de gemeente {{gemeente}} met uw gegevens omgaat',
      routering: 'Waar verhuist u naar?',
      routeringBinnenland: 'Naar een adres in Nederland',
      routeringNaarBuitenland: 'Naar het buitenland',
      routeringUitBuitenland: 'Ik kom uit het buitenland en ga in Nederland wonen',
      routeringGeenVastAdres: 'Ik heb geen vast woonadres',
      verhuistMee: 'Verhuist u zelf mee?',
      verhuistMeeHint:
        'Kies Nee als u de verhuizing doorgeeft van iemand anders en zelf blijft wonen waar u woont. Bijvoorbeeld voor uw kind dat bij de andere ouder gaat wonen. Of als voogd, verzorger of curator. Of voor uw vader of moeder die naar een zorginstelling gaat.',
    },
    verwijzing: {
      naarBuitenlandTitel: 'Vertrek naar het buitenland doorgeven',
      naarBuitenland:
        'Gaat u naar verwachting minstens twee derde van een jaar in het buitenland wonen? Dat is 8 maanden of langer binnen 12 maanden. Dan geeft u uw vertrek door aan de gemeente waar u nu ingeschreven staat. Dat doet u vóór uw vertrek, op zijn vroegst 5 dagen ervoor. Verhuist niet iedereen van uw adres mee? Dan gaat u daarvoor zelf langs bij de gemeente. Dat kan niet met dit formulier.',
      uitBuitenlandTitel: 'Inschrijven vanuit het buitenland',
      uitBuitenland:
        'Komt u uit het buitenland? En gaat u naar verwachting minstens twee derde van een half jaar in Nederland wonen? Dat is 4 maanden of langer binnen 6 maanden. Dan schrijft u zich in bij de gemeente waar u gaat wonen. U gaat daarvoor zelf langs, uiterlijk op de 5e dag na uw aankomst. Maak een afspraak en neem uw paspoort of identiteitskaart mee. Dat kan niet met dit formulier.',
      andereGemeenteTitel: 'Geef uw verhuizing door aan de gemeente {{andereGemeente}}',
      andereGemeente:
        'Uw nieuwe adres ligt in de gemeente {{andereGemeente}}. U geeft een verhuizing door aan de gemeente van uw nieuwe adres. Dat kan niet met dit formulier van de gemeente {{gemeente}}. Ga naar de website van de gemeente {{andereGemeente}}.',
      verderNaarBuitenland: 'Vertrek doorgeven bij de gemeente {{gemeente}}',
      verderUitBuitenland: 'Afspraak maken voor inschrijving bij de gemeente {{gemeente}}',
      verderGeenVastAdres: 'Briefadres aanvragen bij de gemeente {{gemeente}}',
      geenVastAdresTitel: 'Een briefadres aanvragen',
      geenVastAdres:
        'Heeft u geen vast woonadres? Dan kunt u een briefadres aanvragen bij de gemeente {{gemeente}}. Dat kan niet met dit formulier: neem contact op met de gemeente.',
    },
    nieuwAdres: {
      adres: 'Nieuw adres',
      verhuisdatum: 'Verhuisdatum',
      verhuisdatumHint: 'De datum waarop u op het nieuwe adres gaat wonen. Bijvoorbeeld 27 3 2026',
      uiterlijk: 'U kunt deze verhuizing doorgeven tot en met {{datum}}.',
      teLaat:
        'U geeft deze verhuizing te laat door: dat kon tot en met {{datum}}. U kunt doorgaan, maar de gemeente schrijft u in vanaf de dag waarop u dit doorgeeft, niet vanaf de verhuisdatum.',
      soort: 'Hoe gaat u op het nieuwe adres wonen?',
      soortKoop: 'In een koopwoning',
      soortHuur: 'In een huurwoning',
      soortInwonen: 'Ik ga inwonen bij iemand anders',
      soortZorginstelling: 'In een zorginstelling',
      soortAnders: 'Anders',
      anderen: 'Wonen er al andere mensen op het nieuwe adres?',
      bijPartner: 'Gaat u wonen bij uw echtgenoot of geregistreerd partner, die al op dit adres woont?',
      aantalBewoners: 'Met hoeveel mensen woont u na de verhuizing op het nieuwe adres?',
      aantalBewonersHint: 'Tel uzelf, iedereen die met u meeverhuist en wie er al woont.',
      soortNamens: 'Hoe gaan zij op het nieuwe adres wonen?',
      bijPartnerNamens: 'Gaan zij wonen bij hun echtgenoot of geregistreerd partner, die al op dit adres woont?',
      aantalBewonersNamens: 'Met hoeveel mensen wonen zij na de verhuizing op het nieuwe adres?',
      aantalBewonersHintNamens: 'Tel iedereen die verhuist en wie er al woont. Uzelf telt niet mee: u verhuist niet.',
    },
    aangever: {
      bsnHint: 'Het nummer van 9 cijfers op uw paspoort, identiteitskaart of rijbewijs',
      vorigAdres: 'Uw huidige adres',
      vorigAdresHint: 'Het adres waar u nu staat ingeschreven.',
      namensUitleg:
        'U verhuist zelf niet. Vul uw eigen gegevens in, zodat de gemeente weet wie de verhuizing doorgeeft en u kan bereiken. Bij de volgende stap vult u in wie er verhuizen, met hun huidige adres.',
      email: 'E-mailadres',
      emailHint: 'We sturen de bevestiging naar dit adres.',
      telefoon: 'Telefoonnummer',
      telefoonHint: 'Bijvoorbeeld 06 12345678',
    },
    meeverhuizers: {
      vraag: 'Verhuizen er andere mensen met u mee naar het nieuwe adres?',
      uitleg:
        'U mag de verhuizing doorgeven voor uw echtgenoot of geregistreerd partner, uw kinderen en uw ouders. Zij verhuizen dan met u mee naar hetzelfde adres. Als ouder, voogd of verzorger mag u dat voor een kind jonger dan 16 jaar. Als curator mag u dat voor iemand onder curatele. Voor andere mensen heeft u een schriftelijke machtiging nodig. Iemand van 16 jaar of ouder kan de verhuizing ook zelf doorgeven.',
      relatie: 'Wat is deze persoon van u?',
      relatieEchtgenoot: 'Mijn echtgenoot of geregistreerd partner',
      relatieKind: 'Mijn kind',
      relatieOuder: 'Mijn vader of moeder',
      relatieAnders: 'Iemand anders',
      relatieVoogd: 'Een kind van wie ik de voogd ben',
      relatieVerzorger: 'Een kind dat bij mij woont en voor wie ik zorg (verzorger, bijvoorbeeld pleegouder)',
      relatieCurator: 'Iemand van wie ik de curator ben',
      uitlegNamens:
        'Vul in wie er verhuizen. U mag de verhuizing doorgeven voor uw kind jonger dan 16 jaar. Dat mag ook als voogd of verzorger van een kind, en als curator. Gaat iemand naar een zorginstelling en kan hij of zij door de gezondheid zelf geen aangifte doen? Dan mag het hoofd van de instelling het doen, of familie met een verklaring van het hoofd. Voor anderen heeft u een schriftelijke machtiging nodig.',
      verzorging: 'Het kind woont bij mij en ik zorg voor het kind',
      verzorgingHint: 'Een verzorger mag de verhuizing doorgeven van een kind jonger dan 16 jaar dat bij hem of haar woont.',
      vorigAdres: 'Huidige adres van deze persoon',
      zelfdeAdresAls: 'Woont deze persoon nu op hetzelfde adres als {{naam}}?',
      zorginstelling: 'Kan deze persoon door zijn of haar gezondheid zelf geen aangifte doen en geen machtiging tekenen?',
      zorginstellingHint:
        'Dan mag het hoofd van de zorginstelling de verhuizing doorgeven. De echtgenoot, partner of familie tot en met de tweede graad mag het ook. Die voegt dan een schriftelijke verklaring van het hoofd toe.',
      zorginstellingHoofd: 'Ja, en ik ben het hoofd van de zorginstelling',
      zorginstellingFamilie:
        'Ja, en ik ben de echtgenoot, geregistreerd partner, levensgezel of familie tot en met de tweede graad. Dat is een ouder, kind, broer of zus, grootouder of kleinkind, ook aangetrouwd. Ik voeg een verklaring van het hoofd van de instelling toe',
      zorginstellingGeen: 'Nee, of geen van beide: ik voeg een machtiging toe',
      gezag: 'Ik heb het gezag over dit kind',
      gezagHint: 'Dit kind is jonger dan 16 jaar. De gemeente vraagt de ouder of voogd te bevestigen dat hij of zij het gezag heeft.',
      zelfdeHuidigAdres: 'Woont deze persoon nu op hetzelfde adres als u?',
      machtiging:
        'Voor deze persoon heeft u een schriftelijke machtiging nodig. De persoon ondertekent die zelf. Voeg er een kopie van zijn of haar identiteitsbewijs bij. U voegt ze toe bij de stap Bijlagen.',
    },
    hoofdbewoner: {
      uitleg:
        'De hoofdbewoner is de persoon die de woning huurt of bezit. De gemeente vraagt de hoofdbewoner om toestemming als u gaat wonen op een adres waar al mensen wonen.',
      voornamen: 'Voornamen van de hoofdbewoner',
      voorvoegsel: 'Voorvoegsel',
      geslachtsnaam: 'Achternaam van de hoofdbewoner',
      geboortedatum: 'Geboortedatum van de hoofdbewoner',
      email: 'E-mailadres van de hoofdbewoner',
      telefoon: 'Telefoonnummer van de hoofdbewoner',
      contactHint: 'Vul een e-mailadres of een telefoonnummer in, of allebei.',
      toestemming: 'Toestemming van de hoofdbewoner',
      toestemmingBijlage: 'Ik voeg de ondertekende toestemming met een kopie van het identiteitsbewijs van de hoofdbewoner toe',
      toestemmingNietMogelijk: 'Ik kan deze toestemming niet krijgen',
      toestemmingNietMogelijkHint:
        'U moet uw verhuizing toch doorgeven. De gemeente neemt dan contact met u op.',
      // 4b (item 4): with hoofdbewoner="verplicht" there is no "cannot get consent" answer; the contact route is the way out.
      geenToestemmingVerplicht:
        'Kunt u de toestemming van de hoofdbewoner niet krijgen? Dan kunt u dit formulier niet versturen. U moet uw verhuizing wel doorgeven: de gemeente vertelt u hoe.',
      toelichting: 'Waarom kunt u de toestemming niet krijgen?',
    },
    bijlagen: {
      intro: 'Voeg de documenten hieronder toe.',
      geen: 'U hoeft geen documenten mee te sturen.',
      huurcontract: 'Huurcontract',
      koopakte: 'Koopakte of koopovereenkomst',
      zorgovereenkomst: 'Overeenkomst met de zorginstelling',
      machtiging: 'Machtiging met kopie identiteitsbewijs',
      machtigingHint: 'Eén ondertekende machtiging voor elke persoon die dat nodig heeft. Nodig: {{aantal}}.',
      'toestemming-hoofdbewoner': 'Toestemming van de hoofdbewoner met kopie identiteitsbewijs',
      'verklaring-hoofd-instelling': 'Schriftelijke verklaring van het hoofd van de zorginstelling',
      verklaringHint: 'Eén verklaring voor elke bewoner die dat nodig heeft. Nodig: {{aantal}}.',
      'beschikking-rechter': 'Beschikking van de rechter over de voogdij of curatele',
      pleegcontract: 'Pleegcontract of verklaring van de jeugdzorgaanbieder',
    },
    verklaring: {
      label: 'Ik heb alles naar waarheid ingevuld',
      hint: 'Wie onjuiste gegevens of een verhuizing te laat doorgeeft, kan een boete krijgen van maximaal € 325 (Wet BRP, artikel 4.17).',
    },
    bevestiging: {
      controle:
        'De gemeente controleert uw verhuizing. Soms vraagt de gemeente om extra documenten of komt een medewerker langs op het nieuwe adres.',
      toekomst: 'Ligt de verhuisdatum in de toekomst? Dan verwerkt de gemeente uw verhuizing op die datum.',
      email: 'U krijgt een bevestiging per e-mail. Bewaar uw kenmerk.',
    },
    // Own error messages per field (issue 7 item 1), by answer path without indices and the last part
    // of the schema's key (src/form/issues.ts fieldMessageKey). Said to "u" and to someone reporting
    // for others alike, since the path does not tell which wording the question had.
    veldfout: {
      routering: { verplicht: 'Kies waar u naartoe verhuist' },
      aangever: { verhuistMee: { verplicht: 'Kies of u zelf meeverhuist' } },
      verhuisdatum: {
        verplicht: 'Vul de verhuisdatum in',
        ongeldig: 'Vul een bestaande verhuisdatum in, bijvoorbeeld 27 3 2026',
      },
      woonsituatie: {
        soort: { verplicht: 'Kies de woonsituatie op het nieuwe adres' },
        anderenWonenOpAdres: { verplicht: 'Kies of er al andere mensen op het nieuwe adres wonen' },
        bijPartner: { verplicht: 'Kies of de echtgenoot of partner al op dit adres woont' },
        aantalBewoners: { verplicht: 'Vul in hoeveel mensen er op het nieuwe adres gaan wonen' },
      },
      meeverhuizersJa: { verplicht: 'Kies of er andere mensen met u meeverhuizen' },
      meeverhuizers: {
        relatie: { verplicht: 'Kies wat deze persoon van u is' },
        zelfdeHuidigAdres: { verplicht: 'Kies of deze persoon nu op hetzelfde adres woont' },
        zorginstellingRol: { verplicht: 'Kies of deze persoon door ziekte zelf geen aangifte kan doen' },
      },
      hoofdbewoner: {
        toestemming: { verplicht: 'Kies of u de toestemming van de hoofdbewoner toevoegt' },
        toelichting: {
          verplicht: 'Vul in waarom u de toestemming niet kunt krijgen',
          'te-lang': 'Vul bij de uitleg hoogstens {{maximum}} tekens in',
        },
      },
    },
  },
} as const;
