// A PDOK Locatieserver v3.1-shaped `free` endpoint over the sample addresses in adressen.json, so the
// demo and the tests look addresses up without the network. It mirrors what the element relies on:
// Solr-style `response.docs`, `fq` filters, `rows`/`start`, `fl` field lists, the default fields,
// 400 on a parameter the v3.1 OpenAPI spec does not list, and `Access-Control-Allow-Origin: *`.
// Not mirrored: relevance scoring (every match scores 1), `sort`, `lat`/`lon` (accepted, ignored).
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listen, send, sendJson, type StartedServer } from '../receiver/http.js';
import type { Mount } from '../receiver/receiver.js';

export interface Adres {
  straatnaam: string;
  huisnummer: number;
  huisletter?: string;
  huisnummertoevoeging?: string;
  postcode: string;
  woonplaatsnaam: string;
  gemeentenaam: string;
  gemeentecode: string;
  provincienaam?: string;
  nummeraanduiding_id: string;
  adresseerbaarobject_id: string;
  weergavenaam: string;
}

type Doc = Record<string, string | number>;

export const LOOKUP_PREFIX = '/bzk/locatieserver/search/v3_1/';
const FREE_PATH = `${LOOKUP_PREFIX}free`;

// The query parameters of v3.1 `free` (api.pdok.nl/bzk/locatieserver/search/v3_1/ui/); anything else is a 400.
const KNOWN_PARAMS = new Set(['q', 'fq', 'fl', 'sort', 'df', 'rows', 'start', 'wt', 'indent', 'lat', 'lon', 'bq']);
const DEFAULT_FL = ['id', 'weergavenaam', 'type', 'score'];
const MAX_ROWS = 100;

export function loadSampleAddresses(): Adres[] {
  const file = new URL('./adressen.json', import.meta.url);
  return (JSON.parse(readFileSync(file, 'utf8')) as { adressen: Adres[] }).adressen;
}

class BadRequest extends Error {}

function toDocs(adressen: readonly Adres[]): Doc[] {
  return adressen.map((a) => ({ id: `adr-${a.nummeraanduiding_id}`, type: 'adres', ...a }));
}

/** `field:value`, `field:"value"`, `field:(a OR b)`, `field:*` — the forms the element and PDOK's own defaults use. */
function parseFilter(expression: string, fields: ReadonlySet<string>): (doc: Doc) => boolean {
  const match = /^\s*([a-z_]+)\s*:\s*(.+?)\s*$/i.exec(expression);
  if (!match) throw new BadRequest(`Cannot parse filter "${expression}"`);
  const [, field, rawValue] = match as unknown as [string, string, string];
  if (!fields.has(field)) throw new BadRequest(`undefined field ${field}`);
  if (rawValue === '*') return (doc) => doc[field] !== undefined;
  const group = /^\((.*)\)$/.exec(rawValue)?.[1];
  const values = (group === undefined ? [rawValue] : group.split(/\s+OR\s+/i)).map((v) =>
    v.trim().replace(/^"(.*)"$/, '$1').toLowerCase(),
  );
  return (doc) => doc[field] !== undefined && values.includes(String(doc[field]).toLowerCase());
}

function parseInteger(name: string, value: string | null, fallback: number, max: number): number {
  if (value === null) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) throw new BadRequest(`Invalid value for ${name}: ${value}`);
  return Number(value);
}

export function search(docs: readonly Doc[], params: URLSearchParams) {
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name)) throw new BadRequest(`Unknown query parameter: ${name}`);
  }
  if ((params.get('wt') ?? 'json') !== 'json') throw new BadRequest('Only wt=json is supported');
  const fields = new Set(docs.flatMap((d) => Object.keys(d)));
  const filters = params.getAll('fq').map((fq) => parseFilter(fq, fields));

  const q = (params.get('q') ?? '*:*').trim();
  if (q && q !== '*:*' && q !== '*') {
    if (/^[a-z_]+:/i.test(q)) filters.push(parseFilter(q, fields));
    else {
      const terms = q.toLowerCase().split(/[\s,]+/).filter(Boolean);
      filters.push((doc) => {
        const text = `${doc['weergavenaam'] ?? ''} ${doc['postcode'] ?? ''}`.toLowerCase();
        return terms.every((t) => text.includes(t));
      });
    }
  }

  const rows = parseInteger('rows', params.get('rows'), 10, MAX_ROWS);
  const start = parseInteger('start', params.get('start'), 0, Number.MAX_SAFE_INTEGER);
  const fl = params.get('fl')?.split(/[\s,]+/).filter(Boolean) ?? DEFAULT_FL;

  const matches = docs.filter((doc) => filters.every((f) => f(doc)));
  const page = matches.slice(start, start + rows).map((doc) => {
    const scored: Doc = { ...doc, score: 1 };
    if (fl.includes('*')) return fl.includes('score') ? scored : doc;
    return Object.fromEntries(fl.filter((f) => scored[f] !== undefined).map((f) => [f, scored[f]!]));
  });
  return {
    response: { numFound: matches.length, start, maxScore: matches.length ? 1 : 0, numFoundExact: true, docs: page },
  };
}

const CORS = { 'Access-Control-Allow-Origin': '*' };

/** The `free` endpoint as a mount for another node:http server (the receiver's, in the demo). */
export function createLookup(adressen: readonly Adres[] = loadSampleAddresses()): Mount {
  const docs = toDocs(adressen);
  return {
    prefix: LOOKUP_PREFIX,
    handle(req: IncomingMessage, res: ServerResponse) {
      const url = new URL(req.url ?? '/', 'http://lookup');
      if (req.method === 'OPTIONS') {
        send(res, 204, '', { ...CORS, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Allow-Headers': '*' });
        return;
      }
      if (url.pathname !== FREE_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
        sendJson(res, 404, { type: 'about:blank', title: 'Not Found', status: 404 }, CORS);
        return;
      }
      try {
        sendJson(res, 200, search(docs, url.searchParams), CORS);
      } catch (error) {
        if (!(error instanceof BadRequest)) throw error;
        send(
          res,
          400,
          JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: error.message }),
          { ...CORS, 'Content-Type': 'application/problem+json; charset=utf-8' },
        );
      }
    },
  };
}

export function startLookupServer(
  options: { host?: string; port?: number; adressen?: readonly Adres[] } = {},
): Promise<StartedServer> {
  const lookup = createLookup(options.adressen);
  return listen((req, res) => {
    const path = new URL(req.url ?? '/', 'http://lookup').pathname;
    if (path.startsWith(lookup.prefix)) void lookup.handle(req, res);
    else sendJson(res, 404, { type: 'about:blank', title: 'Not Found', status: 404 }, CORS);
  }, options);
}
