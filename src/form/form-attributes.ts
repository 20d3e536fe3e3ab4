// Attributes both forms have besides the shared ones: declared days off (for the legal deadlines)
// and the attachment limits. Parsed by the same one config schema.
import { isoDateListAttribute, positiveIntegerAttribute } from '../config/shared-config.js';

export const formPolicyAttributes = () => ({
  'extra-feestdagen': isoDateListAttribute(),
  'max-bestand-mb': positiveIntegerAttribute(10),
  'max-totaal-mb': positiveIntegerAttribute(25),
});

const MB = 1024 * 1024;

/** The parsed attributes as the schemas' config fields (bytes; MB means 1024² bytes, as the schemas do). */
export function formPolicy(parsed: Record<string, unknown>) {
  return {
    extraFeestdagen: parsed.extraFeestdagen as string[],
    maxBestandsgrootte: (parsed.maxBestandMb as number) * MB,
    maxTotaleGrootte: (parsed.maxTotaalMb as number) * MB,
  };
}
