// Framework-free schemas and Dutch validators: importable on a server (no Lit, DOM or i18next).
// Pure re-exports, no side effects.
export {
  EMAIL,
  POSTCODE,
  TELEFOON,
  isValidBsn,
  isValidEmail,
  isValidKvkNummer,
  isValidTelefoon,
  isValidVestigingsnummer,
  normalizeBsn,
  normalizePostcode,
  normalizeTelefoon,
} from './validators.js';
export {
  TIME_ZONE,
  addDays,
  ageOn,
  amsterdamWallClockToInstant,
  compareIsoDates,
  dayOfWeek,
  formatIsoDate,
  instantToAmsterdamWallClock,
  isHhMm,
  isIsoDate,
  parseIsoDate,
  todayInAmsterdam,
} from './amsterdam.js';
export {
  DEFAULT_GELIJKGESTELDE_DAGEN,
  atwFeestdagen,
  createWerkdagenKalender,
  easterSunday,
  uitvaartVenster,
  verhuisVenster,
  type GelijkgesteldeDag,
  type MeldStatus,
  type UitvaartVenster,
  type VerhuisVenster,
  type WerkdagenKalender,
  type WerkdagenKalenderOptions,
} from './calendar.js';
export {
  MAX_BESTANDSGROOTTE,
  MAX_TOTALE_GROOTTE,
  MIME_TYPES,
  SNIFF_LENGTH,
  base64DecodedLength,
  createBijlageSchema,
  decodeBase64,
  encodeBase64,
  isBase64,
  sniffMimeType,
  toMb,
  totaleGrootte,
  type BijlageSchemaOptions,
  type MimeType,
} from './attachments.js';
export { ENVELOPE_VERSIE, at, createEnvelopeSchema, type EnvelopeSchemaOptions, type ReportFout } from './envelope.js';
export type { FoutKey, IssueParams } from './fields.js';
export {
  resolveVerhuizingConfig,
  type Beleid,
  type VerhuizingConfig,
  type VerhuizingConfigInput,
} from './verhuizing.config.js';
export {
  beoordeelMeeverhuizer,
  hoofdbewonerVanToepassing,
  type Beoordeling,
  type MeeverhuizerAntwoorden,
  type Relatie,
} from './verhuizing.rules.js';
export {
  MINIMUM_LEEFTIJD_AANGEVER,
  VERHUIZING_BIJLAGE_SOORTEN,
  createVerhuizingSchema,
  verhuizingMeldVenster,
  type CreateVerhuizingSchemaOptions,
  type VerhuizingEnvelope,
  type VerhuizingGegevens,
  type VerhuizingInput,
  type VerhuizingSchema,
} from './verhuizing.schema.js';
export {
  resolveOverlijdenConfig,
  type OverlijdenConfig,
  type OverlijdenConfigInput,
} from './overlijden.config.js';
export {
  BURGERLIJKE_STATEN,
  BURGERLIJKE_STAAT_MET_PARTNER,
  LANDEN,
  LAND_KEUZES,
  STRAATSBURG_PARTIJEN,
  UITVAART_NABIJ_UREN,
  VERLOF_VOLSTAAT,
  aangifteWaarschuwingen,
  buitenlandRegeling,
  partnerGevraagd,
  uitvaartBeoordeling,
  urenEnMinuten,
  vereisteBijlagen,
  type AangifteWaarschuwing,
  type BijlageEis,
  type BuitenlandRegeling,
  type Land,
  type LandCode,
  type OverlijdenBijlageSoort,
  type UitvaartBeoordeling,
  type UitvaartStatus,
  type UitvaartVerschil,
} from './overlijden.rules.js';
export {
  MAX_UITTREKSELS,
  OVERLIJDEN_BIJLAGE_SOORTEN,
  createOverlijdenSchema,
  type CreateOverlijdenSchemaOptions,
  type OverlijdenEnvelope,
  type OverlijdenGegevens,
  type OverlijdenInput,
  type OverlijdenSchema,
} from './overlijden.schema.js';
