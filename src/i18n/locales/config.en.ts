// English texts for configuration errors; typed against the Dutch source, so a missing key fails tsc.
import type { configNl } from './config.nl.js';
import type { Translations } from './fouten.nl.js';

export const configEn: Translations<typeof configNl> = {
  config: {
    titel: 'This form is not set up correctly',
    uitleg_one: "Please change this setting of the element in this page's source:",
    uitleg_other: "Please change these settings of the element in this page's source:",
    endpoint: {
      ontbreekt:
        'The endpoint attribute is missing. Give the address the answers are sent to, for example "https://api.gemeente.nl/verhuizing".',
      ongeldig:
        'The endpoint attribute is not a valid web address. Use a full address, for example "https://api.gemeente.nl/verhuizing", or a path on this website, for example "/api/verhuizing".',
      nietToegestaan:
        'The endpoint attribute must be an https address (for example "https://api.gemeente.nl/verhuizing") or an address on this website. Plain http is only allowed on your own computer (localhost).',
    },
    gemeenteCode: 'The gemeente-code attribute must be a 4-digit CBS code, for example "0344".',
    gemeenteNaam: 'The gemeente-naam attribute is missing. Give the name of the municipality, for example "Utrecht".',
    privacyUrl:
      'The privacy-url attribute must be a web address starting with https:// or /, for example "https://www.gemeente.nl/privacy".',
    addressLookup: {
      ongeldig:
        'The address-lookup attribute is not a valid web address. Leave it out to use the PDOK address service, use "off" for manual address entry, or give an https address.',
      nietToegestaan:
        'The address-lookup attribute must be an https address or an address on this website. Leave it out to use the PDOK address service, or use "off".',
    },
    themeHref: {
      ongeldig:
        'The theme-href attribute is not a valid web address. Give the address of a stylesheet, for example "https://unpkg.com/@utrecht/design-tokens/dist/theme.css", or a path on this website, for example "/css/theme.css".',
      nietToegestaan:
        'The theme-href attribute must be an https address (for example "https://unpkg.com/@utrecht/design-tokens/dist/theme.css") or an address on this website. Addresses such as data:, blob: and javascript: are not allowed; plain http is only allowed on your own computer (localhost).',
    },
    contactUrl: {
      ongeldig:
        'The contact-url attribute is not a valid web address. Give the municipality\'s contact page, for example "https://www.gemeente.nl/contact", or a path on this website, for example "/contact".',
      nietToegestaan:
        'The contact-url attribute must be an https address (for example "https://www.gemeente.nl/contact") or an address on this website.',
    },
    contactTelefoon:
      'The contact-telefoon attribute must be a telephone number of 5 to 15 digits, with only spaces, dashes, dots, parentheses or a + in between, for example "14 030" or "+31 30 286 00 00".',
    contactOntbreekt:
      'No contact route is set (the attributes contact-url, contact-telefoon and contact-tekst). Referrals and failure messages now only say "Contact the municipality of {{gemeente}}". Set at least one of them.',
    persist: 'The persist attribute must be "session" (the default) or "none".',
    persistMinutes: 'The persist-minutes attribute must be a whole number greater than 0, for example "60".',
    credentials: 'The credentials attribute must be "same-origin" (the default), "include" or "omit".',
    keuze: 'The {{attribuut}} attribute must have one of these values: {{waarden}}.',
    positiefGetal: 'The {{attribuut}} attribute must be a whole number greater than 0, for example "10".',
    datumlijst:
      'The {{attribuut}} attribute contains "{{waarde}}". Give dates as YYYY-MM-DD separated by spaces, for example "2026-12-24 2026-12-31".',
    tekst: 'The {{attribuut}} attribute is missing or empty.',
    url: 'The {{attribuut}} attribute must be a web address starting with https:// or /, for example "https://www.gemeente.nl/page".',
  },
};
