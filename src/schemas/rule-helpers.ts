// What the cross-field rules and the steps share with the schemas, without zod (issue 9): the
// first view of a classic script renders the steps and runs their rules before zod has loaded.
import type { foutenNl } from '../i18n/locales/fouten.nl.js';

type KeyPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : KeyPaths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key of the Dutch locale file: a typo in a schema fails the type check. */
export type FoutKey = KeyPaths<typeof foutenNl>;

export type IssueParams = Record<string, string | number>;

/** Empty after trimming, or absent: the citizen did not fill it in. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Reports a cross-field issue at a path from the envelope root, e.g. ['gegevens', 'verhuisdatum']. */
export type ReportFout = (path: (string | number)[], message: FoutKey, params?: IssueParams) => void;

/**
 * Reads a nested property of a value that may be only partly valid (or not an object at all), for
 * cross-field rules that must run while other parts of the envelope are still missing.
 */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}
