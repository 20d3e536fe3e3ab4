import type { Translations } from './fouten.nl.js';
import type { overlijdenNl } from './overlijden.nl.js';

export const overlijdenEn: Translations<typeof overlijdenNl> = {
  overlijden: {
    naam: 'Register a death',
    stap: {
      start: 'Register a death with the municipality of {{gemeente}}',
      aangever: 'Details of the person registering',
      overledene: 'Details of the deceased',
      overlijden: 'The death',
      lijkbezorging: 'Burial or cremation',
      bijlagen: 'Attachments and cause of death',
    },
    start: {
      intro:
        'Use this form to register a death. The municipality then draws up the death certificate and gives permission for the burial or cremation.',
      nodigTitel: 'What you need',
      nodig1: 'the doctor’s certificate of death (form A) as a scan or photo, for a natural death',
      nodig2: 'the details of the deceased, such as the citizen service number (BSN)',
      nodig3: 'the date, time and place of the funeral, if known',
      privacy: 'Read how the municipality of {{gemeente}} handles your data',
      plaats: 'Where did the person die?',
      plaatsHint:
        'Died in a moving vehicle, on a sailing ship or during a domestic flight? Then the municipality where the body leaves the vehicle, ship or aircraft counts (or where the ship moors).',
      plaatsHier: 'In the municipality of {{gemeente}}',
      plaatsAndere: 'In another Dutch municipality',
      plaatsBuitenland: 'Abroad',
      situatie: 'What is the situation?',
      situatieNormaal: 'A death',
      situatieLevenloos: 'A stillborn child',
      situatieLijkvinding: 'A body that was found',
      natuurlijk: 'Has the doctor declared that the person died of natural causes?',
      natuurlijkHint:
        'This is on the certificate of death (form A). After euthanasia or assisted suicide the death is never natural: then choose No.',
    },
    verwijzing: {
      andereGemeenteTitel: 'Register with the municipality where the person died',
      andereGemeente:
        'A death is registered with the municipality where the person died, even if they lived elsewhere. Use that municipality’s form.',
      buitenlandTitel: 'A death abroad',
      buitenland:
        'Did someone die abroad? Then the death is registered in that country. In the Netherlands it is recorded through the municipality where the deceased was last registered in the Personal Records Database (BRP). If the deceased was registered abroad, this goes through the Non-Residents Records (RNI). Provide the foreign death certificate for this, legalised or with an apostille. A Dutch death certificate is only made if the foreign certificate is entered in the registers of the municipality of The Hague.',
      levenloosTitel: 'Registering a stillborn child',
      levenloos:
        'A stillborn child is registered differently. This form cannot be used for that. The municipality is glad to help.',
      lijkvindingTitel: 'A body that was found',
      lijkvinding: 'When a body is found, the police and the public prosecutor report it. This form cannot be used for that.',
      termijnTitel: 'Registration by a relative',
      termijn:
        'After the 6th working day after the day of death a funeral director can no longer register the death for a relative. A relative who knows of the death registers it with the municipality of {{gemeente}}.',
    },
    aangever: {
      type: 'Who is registering the death?',
      typeUitvaartondernemer: 'I am a funeral director',
      typeNabestaande: 'I am a relative',
      organisatie: 'Name of the funeral company',
      kvk: 'Chamber of Commerce (KvK) number',
      kvkHint: '8 digits',
      vestigingsnummer: 'Branch number (vestigingsnummer)',
      vestigingsnummerHint: '12 digits',
      persoon: 'Who is handling the registration?',
      voornamen: 'First names',
      voorvoegsel: 'Surname prefix',
      geslachtsnaam: 'Surname',
      email: 'Email address',
      emailHint: 'The certificate, the permission and the extracts are sent here.',
      telefoon: 'Phone number',
      machtigingTitel: 'Authorisation',
      gemachtigdDoorNaam: 'Name of the relative who authorised you',
      gemachtigdDoorRelatie: 'Relationship of this relative to the deceased',
      gemachtigdDoorRelatieHint: 'For example wife, son or sister',
      machtigingBevestigd: 'I declare that this relative has authorised me to register the death',
      bsn: 'Your citizen service number (BSN)',
      relatie: 'Your relationship to the deceased',
      relatieHint: 'For example wife, son or sister',
      bsnPersoon: 'Your citizen service number (BSN)',
      bsnPersoonHint: 'The municipality of {{gemeente}} asks for it to establish who makes the registration.',
      adres: 'Your address',
    },
    overledene: {
      bsnOnbekend: 'The BSN is unknown or the deceased was not registered in the Netherlands',
      bsn: 'Citizen service number (BSN)',
      voornamen: 'First names',
      voorvoegsel: 'Surname prefix',
      geslachtsnaam: 'Surname',
      geslacht: 'Sex',
      geslachtMan: 'Male',
      geslachtVrouw: 'Female',
      geslachtOnbekend: 'Unknown or other',
      geboortedatum: 'Date of birth',
      geboortedatumHint: 'For example 14 5 1938',
      geboorteplaats: 'Place of birth',
      geboorteland: 'Country of birth',
      laatsteAdres: 'Last address',
      adresOnbekend: 'The last address in the Netherlands is unknown',
      burgerlijkeStaat: 'Marital status',
      staat: {
        ongehuwd: 'Unmarried',
        gehuwd: 'Married',
        'geregistreerd-partner': 'Registered partner',
        gescheiden: 'Divorced',
        'ontbonden-geregistreerd-partnerschap': 'Registered partnership dissolved',
        'weduwe-weduwnaar': 'Widow or widower',
        'achtergebleven-geregistreerd-partner': 'Surviving registered partner',
      },
      partnerTitel: 'Spouse or registered partner',
      partnerHint: 'Has the partner already died? Then enter the details of the late partner.',
      partnerGeboortedatum: 'Partner’s date of birth',
      oudersTitel: 'Parents',
      oudersHint: 'Needed for the certificate because the BSN is unknown. Enter at least one parent.',
      ouder1: 'First parent',
      ouder2: 'Second parent',
    },
    overlijden: {
      datum: 'Date of death',
      tijd: 'Time of death',
      tijdHint: 'For example 14:30',
      plaats: 'Place of death',
      plaatsHint: 'The town in the municipality of {{gemeente}}',
      locatie: 'What kind of place did the person die in?',
      locatieWoning: 'In a home',
      locatieZiekenhuis: 'In a hospital',
      locatieVerpleeghuis: 'In a nursing or care home',
      locatieElders: 'Somewhere else',
      omschrijving: 'Describe the place',
      arts: 'Name of the doctor who examined the body',
      artsSoort: 'This doctor is',
      artsBehandelend: 'The attending doctor',
      artsLijkschouwer: 'The municipal coroner',
      artsSoortNietNatuurlijk: 'After a non-natural death, also after euthanasia or assisted suicide, this is the municipal coroner.',
      overleg: 'The certificate of death states that the attending doctor consulted the municipal coroner',
      overlegHint:
        'For a child under 18 the attending doctor issues the certificate of death only after consulting the municipal coroner.',
      vensterZomertijd: {
        dubbel:
          'This time happens twice: in the night from summer to winter time the clock goes back from 03:00 to 02:00. We use the later moment (winter time), so the 36 hours have certainly passed.',
        overgeslagen:
          'This time does not exist: in the night from winter to summer time the clock goes forward from 02:00 to 03:00. We use the later moment (an hour later, summer time), so the 36 hours have certainly passed.',
      },
      termijnOndernemer:
        'As a funeral director you can no longer register the death for a relative after the 6th working day after the day of death.',
      venster:
        'The funeral may take place at the earliest on {{vroegst}} at {{vroegstTijd}} (36 hours after the death) and at the latest on {{uiterlijk}} (the 6th working day after the day of death).',
      langGeleden:
        'The death was more than 6 working days ago. Register it as soon as possible: the funeral may only take place after the municipality has given permission.',
    },
    lijkbezorging: {
      wijze: 'What will happen to the body?',
      begraven: 'Burial',
      cremeren: 'Cremation',
      wetenschap: 'Donated to science',
      wetenschapUitleg:
        'For a body donated to science you apply for permission for dissection. There is no funeral date. Add the deceased’s signed will (codicil) with a copy of their identity document to the attachments.',
      datum: 'Date of the funeral',
      tijd: 'Time of the funeral',
      binnen: 'This date and time are within the legal period.',
      teVroeg:
        'This funeral is {{verschil, duur}} earlier than 36 hours after the death (at the earliest {{datum}} at {{tijd}}). You are therefore asking the mayor to allow an earlier funeral (bespoediging). The mayor decides with the public prosecutor’s agreement. Add the doctor’s statement of no objection to the attachments.',
      teLaat:
        'This funeral is $t(eenheid.dag, {"count": {{dagen}} }) after the last permitted day ({{datum}}, the 6th working day after the day of death). You are therefore asking the mayor for a postponement (uitstel).',
      reden: 'Reason for your request',
      teLaatArts: 'Add the doctor’s statement of no objection to the postponement to the attachments.',
      gemeenteLichaam: 'Municipality where the body is now',
      gemeenteLichaamHint: 'For example where the mortuary or funeral home is. Choose from the list or type the name.',
      verzoekHier: 'The mayor of the municipality of {{gemeente}} decides on your request.',
      verzoekElders:
        'The body is in the municipality of {{gemeente}}. The mayor of that municipality decides on a postponement or an earlier funeral: submit your request there as well. You register the death here.',
      verzoekOnbekend:
        'The mayor of the municipality where the body is decides on a postponement or an earlier funeral. If that is another municipality, submit your request there as well.',
      locatieNaam: 'Name of the cemetery or crematorium',
      locatiePlaats: 'Town of the cemetery or crematorium',
      buitenland: 'Will the burial or cremation take place abroad?',
      land: 'In which country?',
      landAnders: 'Another country',
      landNaam: 'Name of the country',
      regeling: {
        'verlof-volstaat': 'For this country the Dutch burial or cremation permit is sufficient.',
        'laissez-passer':
          'This country is party to the Strasbourg Agreement: the municipality issues a laissez-passer for transporting the body.',
        'verklaring-burgemeester':
          'For this country the mayor issues a statement for transporting the body. The municipality will contact you about it.',
      },
      uittreksels: 'Number of extracts of the death certificate',
      uittrekselsHint: 'From 0 to 10.',
      uittrekselsTarief: 'From 0 to 10. Cost: {{tarief}}.',
      nabij: 'The funeral is within 48 hours. Call the municipality after sending if the permission has not arrived.',
    },
    bijlagen: {
      intro: 'Add the documents below.',
      'verklaring-van-overlijden': 'Certificate of death (form A)',
      'verklaring-arts-geen-bezwaar': 'Doctor’s statement of no objection to an earlier funeral',
      'verklaring-arts-uitstel': 'Doctor’s statement of no objection to a postponement',
      aFormulierGgd: 'The GGD sends the certificate of death to the municipality itself. You do not have to add it.',
      wilsbeschikking: 'Will (codicil) with a copy of the identity document',
      overig: 'Other documents',
      doodsoorzaak: 'How does the cause of death reach Statistics Netherlands (CBS)?',
      doodsoorzaakHint: 'The cause of death (form B) goes to CBS anonymously. Do not add form B here.',
      doodsoorzaakEnvelop: 'I will hand in the sealed B envelope at the municipality, with the certificate number',
      doodsoorzaakDigitaal: 'The doctor has reported the cause of death to CBS digitally',
      doodsoorzaakGgd: 'The GGD (the municipal coroner) reports the cause of death to CBS',
    },
    verklaring: {
      label: 'I have answered everything truthfully',
      hint: 'Knowingly giving false information in a registration is a criminal offence.',
    },
    bevestiging: {
      akte:
        'The municipality draws up the death certificate and issues the permission for burial or cremation. You receive the documents and the extracts by email and by post.',
      verzoek: 'You asked for a postponement or an earlier funeral. It is only allowed once the mayor has granted the request.',
      verzoekElders: 'Also submit the request for a postponement or an earlier funeral to the municipality of {{gemeente}}: the mayor of that municipality decides on it.',
      envelop: 'Hand in the sealed B envelope at the municipality and mention the certificate number.',
      officier:
        'This is a non-natural death. The municipality processes the registration once the public prosecutor’s statement of no objection has arrived.',
      wetenschap: 'The municipality decides on the permission for dissection.',
    },
    veldfout: {
      start: {
        plaats: { verplicht: 'Select where the person died' },
        situatie: { verplicht: 'Select which situation this is' },
      },
      aangever: {
        type: { verplicht: 'Select whether you are a funeral director or a relative' },
        organisatie: {
          naam: { verplicht: 'Enter the name of the funeral company', 'te-lang': 'Enter at most {{maximum}} characters for the name' },
          kvkNummer: { verplicht: 'Enter the Chamber of Commerce (KvK) number, 8 digits' },
          vestigingsnummer: { verplicht: 'Enter the branch number, 12 digits' },
        },
        gemachtigdDoor: {
          naam: {
            verplicht: 'Enter the name of the relative who authorised you',
            'te-lang': 'Enter at most {{maximum}} characters for the name',
          },
          relatie: {
            verplicht: 'Enter how this relative is related to the deceased',
            'te-lang': 'Enter at most {{maximum}} characters for the relationship',
          },
        },
        relatie: {
          verplicht: 'Enter how you are related to the deceased',
          'te-lang': 'Enter at most {{maximum}} characters for the relationship',
        },
      },
      overledene: {
        geslacht: { verplicht: 'Select the sex' },
        burgerlijkeStaat: { verplicht: 'Select the marital status' },
        geboorte: {
          datum: { verplicht: '$t(veldfout.geboortedatum.verplicht)', ongeldig: '$t(veldfout.geboortedatum.ongeldig)' },
          plaats: { verplicht: 'Enter the place of birth' },
          land: { verplicht: 'Enter the country of birth' },
        },
      },
      overlijden: {
        natuurlijk: { verplicht: 'Select whether the doctor declared a natural death' },
        datum: { verplicht: 'Enter the date of death', ongeldig: 'Enter a real date of death, like 27 3 2026' },
        tijd: { verplicht: 'Enter the time of death', ongeldig: 'Enter the time of death, like 14:30' },
        plaats: { verplicht: 'Enter the place of death' },
        locatie: {
          soort: { verplicht: 'Select what kind of place the person died in' },
          omschrijving: {
            verplicht: 'Enter where the person died',
            'te-lang': 'Enter at most {{maximum}} characters for the place',
          },
        },
        schouwendArts: {
          naam: {
            verplicht: 'Enter the name of the doctor who examined the deceased',
            'te-lang': "Enter at most {{maximum}} characters for the doctor's name",
          },
          soort: { verplicht: 'Select what kind of doctor examined the deceased' },
        },
      },
      lijkbezorging: {
        wijze: { verplicht: 'Select what happens to the body' },
        datum: { verplicht: 'Enter the date of the funeral', ongeldig: 'Enter a real date of the funeral, like 27 3 2026' },
        tijd: { verplicht: 'Enter the time of the funeral', ongeldig: 'Enter the time of the funeral, like 14:30' },
        locatie: {
          naam: {
            verplicht: 'Enter the name of the cemetery or crematorium',
            'te-lang': 'Enter at most {{maximum}} characters for the name',
          },
          plaats: {
            verplicht: 'Enter the town of the cemetery or crematorium',
            'te-lang': 'Enter at most {{maximum}} characters for the town',
          },
        },
        buitenland: { verplicht: 'Select whether the burial or cremation is abroad' },
        land: { verplicht: 'Select the country' },
        landNaam: { verplicht: 'Enter the name of the country' },
      },
      verzoekUitstelOfBespoediging: {
        reden: { verplicht: 'Enter the reason for your request' },
        gemeenteLichaam: {
          naam: {
            verplicht: 'Enter the municipality where the body is now',
            'te-lang': 'Enter at most {{maximum}} characters for the municipality',
          },
        },
      },
      aantalUittreksels: { verplicht: 'Enter the number of extracts, from 0 to 10' },
      doodsoorzaak: { verplicht: 'Select how the cause of death reaches the CBS' },
    },
  },
};
