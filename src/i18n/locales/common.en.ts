import type { Translations } from './fouten.nl.js';
import type { commonNl } from './common.nl.js';

export const commonEn: Translations<typeof commonNl> = {
  veld: {
    nietVerplicht: '(optional)',
    foutPrefix: 'Error:',
    vergrendeld: 'This comes from your login and cannot be changed here.',
    kies: 'Choose one',
    verplichtKeuze: 'Choose an answer for: {{vraag}}',
    verplichtBestand: 'Add a file for: {{vraag}}',
  },
  datum: { dag: 'Day', maand: 'Month', jaar: 'Year' },
  keuze: { ja: 'Yes', nee: 'No' },
  navigatie: {
    vorige: 'Previous step',
    volgende: 'Continue',
    terugNaarControleren: 'Save and return to the check page',
    stapVan: 'Step {{stap}} of {{totaal}}',
    wissen: 'Stop and delete my answers',
    wissenUitleg:
      'Your answers are kept only in this browser tab, so you can continue after reloading the page. This button deletes them at once.',
  },
  melding: {
    hervatten:
      'Your answers were being sent when the page reloaded. Send them again: if they had already arrived, you get the same reference and nothing is filed twice.',
    bestandenKwijt:
      'Your answers were kept, but files cannot be kept when the page reloads. Please add your files again in the Attachments step.',
    verlopen: 'Your earlier answers were deleted because you were inactive for a while. Please start again.',
    gewist: 'Your answers have been deleted.',
  },
  fouten: {
    titel: 'There is a problem',
    groepVerplicht: 'Enter {{velden}}',
    groepControleer: 'Check {{velden}}',
    en: 'and',
  },
  adres: {
    zoeken: 'Looking up the address…',
    gevonden: 'Address found',
    kiesAdres: 'Choose the right address',
    kiesFout: 'Choose your address from the list',
    zoekOpFout: 'Enter a postcode and house number of an existing address',
    geenResultaat:
      'We found no address for this postcode and house number. Check them, or enter the street and town yourself below. The municipality will then check the address.',
    nietBereikbaar:
      'The address lookup is not working right now. Enter the street and town yourself below. The municipality will then check the address.',
    handmatigUit: 'Enter the street and town below.',
    andereGemeente:
      'This address is in the municipality of {{gemeente}}. Report your move to the municipality of {{gemeente}}.',
    postcode: 'Postcode',
    postcodeHint: 'For example 1234 AB',
    huisnummer: 'House number',
    huisletter: 'House letter',
    toevoeging: 'Addition',
    straatnaam: 'Street',
    woonplaats: 'Town',
    adres: 'Address',
  },
  bijlage: {
    verwijder: 'Remove',
    opnieuwToevoegen: 'please add this file again',
    uitleg: 'You can add PDF, JPG and PNG files, each at most {{perBestand}} and together at most {{totaal}}.',
  },
  persoon: {
    bsn: 'Citizen service number (BSN)',
    voornamen: 'First names',
    voorvoegsel: 'Surname prefix',
    voorvoegselHint: 'For example "van der"',
    geslachtsnaam: 'Surname',
    geboortedatum: 'Date of birth',
    geboortedatumHint: 'For example 27 3 1985',
  },
  groep: {
    persoon: 'Person {{nummer}}',
    toevoegen: 'Add another person',
    verwijderen: 'Remove person {{nummer}}',
    verwijderd: 'Person {{nummer}} has been removed.',
  },
  controleren: {
    titel: 'Check your answers',
    intro: 'Check that everything is correct. Use "Change" to edit an answer; you then come back here.',
    wijzig: 'Change',
    leeg: 'Not filled in',
    verklaringTitel: 'Declaration',
  },
  verzenden: {
    versturen: 'Send',
    opnieuw: 'Send again',
    bezig: 'Sending your answers…',
    opnieuwProberen: 'Sending has not worked yet. Trying again (attempt {{poging}} of {{max}})…',
    offline: 'You are offline. As soon as the connection is back, we will send your answers.',
    antwoordenBewaard: 'Your answers have been kept.',
    ongeldig: 'The municipality could not process your report. Nothing was submitted. Ask the municipality how to make the report.',
    sessieVerlopen:
      'You are no longer logged in. Log in again (for example in another tab) and then click "Send again".',
    teGroot:
      'The attachments are too large to send. Each file may be at most {{perBestand}} and all files together at most {{totaal}}. Make the files smaller and try again.',
    conflict: 'This application was sent before with different answers. Nothing has been filed again.',
    mislukt: 'Sending did not work.',
    geenKenmerk:
      'Your answers were sent, but the municipality did not return a reference. You do not need to do anything else.',
    nietBereikbaar:
      'Sending did not work because the municipality cannot be reached right now. Try again in a few minutes.',
  },
  contact: {
    titel: 'Need help?',
    neemContactOp: 'Contact the municipality of {{gemeente}}.',
    bel: 'Call',
    pagina: 'Contact page of the municipality of {{gemeente}}',
    nieuwTabblad: '(opens in a new tab)',
  },
  // ---- Issue 8 (holes 1, 2, 9) and issue 7 item 8: see common.nl.ts.
  hervatten: {
    titel: 'Add your files again',
    uitleg:
      'Your report was being sent when the page was reloaded. Files are not kept. Add the same files again. Then we send exactly the same report and nothing is filed twice.',
    bestandLabel: 'Add {{bestand}} again',
    toegevoegd: 'Added: {{bestand}}',
    nogNodig: 'Not added yet: {{bestand}}',
    nietHetzelfde: 'Choose exactly the file {{bestand}} that you added before',
    eerstToevoegen: 'Add the files again first. If you no longer have a file, choose "I no longer have the file".',
    nietMeer: 'I no longer have the file',
    vragen: 'We are asking the municipality whether your report has arrived…',
    misschienAangekomen:
      'Your report may already have reached the municipality. We cannot check that now. So do not send the report again.',
    referentie: 'Give this code when you contact the municipality: {{referentie}}.',
  },
  anderTabblad: {
    titel: 'This report has already been sent',
    alVerstuurd: 'This report has already been sent in another tab (reference {{kenmerk}}).',
    uitleg: 'There is nothing more to do here. You can close this tab.',
  },
  tijdslimiet: {
    waarschuwing_one: 'If you do nothing, we will delete your answers in {{count}} minute.',
    waarschuwing_other: 'If you do nothing, we will delete your answers in {{count}} minutes.',
    seconden: 'If you do nothing, we will delete your answers in {{count}} seconds.',
    uitleg: 'So they do not stay on this screen when you leave.',
    knop: "I'm still here",
    verlengd: 'You have more time. Your answers are kept.',
  },
  bevestiging: {
    titel: 'Your answers have been sent',
    kenmerkLabel: 'Your reference:',
    ontvangen: 'The municipality of {{gemeente}} received your answers on {{tijd}}.',
    download: 'Download confirmation',
    nieuw: 'Fill in a new form',
    volgendeStappen: 'What happens next?',
  },
};
