import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  buildLookupUrl,
  lookupAddress,
  normalisePostcode,
  parseLookupResponse,
  type Adres,
} from '../../../src/lookup/pdok.js';

const PDOK = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';
const FL = 'straatnaam%20huisnummer%20huisletter%20huisnummertoevoeging%20postcode%20woonplaatsnaam%20gemeentenaam%20gemeentecode%20nummeraanduiding_id%20adresseerbaarobject_id%20weergavenaam';

/** A doc as PDOK v3.1 returns it with our `fl` (shape from the PDOK Locatieserver documentation). */
function doc(overrides: Record<string, unknown> = {}) {
  return {
    straatnaam: 'Stadsplateau',
    huisnummer: 1,
    postcode: '3521AZ',
    woonplaatsnaam: 'Utrecht',
    gemeentenaam: 'Utrecht',
    gemeentecode: '0344',
    nummeraanduiding_id: '0344200000166097',
    adresseerbaarobject_id: '0344010000131428',
    weergavenaam: 'Stadsplateau 1, 3521AZ Utrecht',
    ...overrides,
  };
}
const response = (docs: unknown[]) => ({ response: { numFound: docs.length, start: 0, maxScore: 1, numFoundExact: true, docs } });

describe('buildLookupUrl', () => {
  it('builds exactly the documented PDOK v3.1 query', () => {
    assert.equal(
      buildLookupUrl(PDOK, '3521AZ', 1),
      `${PDOK}?fq=postcode:3521AZ&fq=huisnummer:1&fq=type:adres&rows=20&fl=${FL}`,
    );
  });

  it('normalises the postcode and huisnummer first', () => {
    assert.equal(buildLookupUrl(PDOK, ' 3521 az ', ' 12 '), `${PDOK}?fq=postcode:3521AZ&fq=huisnummer:12&fq=type:adres&rows=20&fl=${FL}`);
  });

  it('keeps a query string that is already in the base (a proxy key), and drops a fragment', () => {
    assert.equal(buildLookupUrl('https://proxy.gemeente.nl/free?key=abc', '1234AB', 5).split('&fq=')[0], 'https://proxy.gemeente.nl/free?key=abc');
    assert.ok(buildLookupUrl('https://proxy.gemeente.nl/free?', '1234AB', 5).startsWith('https://proxy.gemeente.nl/free?fq=postcode:1234AB&'));
    assert.ok(buildLookupUrl('https://proxy.gemeente.nl/free?a=1&', '1234AB', 5).startsWith('https://proxy.gemeente.nl/free?a=1&fq=postcode:1234AB&'));
    assert.ok(buildLookupUrl(new URL('https://proxy.gemeente.nl/free#x'), '1234AB', 5).startsWith('https://proxy.gemeente.nl/free?fq='));
  });

  it('refuses input that is not a postcode and huisnummer', () => {
    assert.throws(() => buildLookupUrl(PDOK, '0123AB', 1), RangeError);
    assert.throws(() => buildLookupUrl(PDOK, '1234SS', 1), RangeError);
    assert.throws(() => buildLookupUrl(PDOK, '1234AB', 0), RangeError);
    assert.throws(() => buildLookupUrl(PDOK, '1234AB', '12a'), RangeError);
    assert.throws(() => buildLookupUrl(PDOK, '1234AB&fq=type:x', 1), RangeError);
  });

  it('normalises postcodes like the citizen types them', () => {
    assert.equal(normalisePostcode('1234 ab'), '1234AB');
    assert.equal(normalisePostcode('1234ab '), '1234AB');
    assert.equal(normalisePostcode('12345'), null);
    assert.equal(normalisePostcode('1234SD'), null);
  });
});

describe('parseLookupResponse', () => {
  it('maps a PDOK doc to the payload field names', () => {
    const expected: Adres = {
      straatnaam: 'Stadsplateau',
      huisnummer: 1,
      postcode: '3521AZ',
      woonplaats: 'Utrecht',
      gemeentenaam: 'Utrecht',
      gemeentecode: '0344',
      nummeraanduidingIdentificatie: '0344200000166097',
      adresseerbaarObjectIdentificatie: '0344010000131428',
      weergavenaam: 'Stadsplateau 1, 3521AZ Utrecht',
    };
    assert.deepEqual(parseLookupResponse(response([doc()])), [expected]);
  });

  it('lists every huisletter and toevoeging, sorted, each nummeraanduiding once', () => {
    const docs = [
      doc({ huisnummer: 10, huisnummertoevoeging: '10', nummeraanduiding_id: '0344200000000004', weergavenaam: 'x 10-10' }),
      doc({ huisnummer: 10, huisletter: 'B', nummeraanduiding_id: '0344200000000003', weergavenaam: 'x 10B' }),
      doc({ huisnummer: 10, huisnummertoevoeging: '2', nummeraanduiding_id: '0344200000000002', weergavenaam: 'x 10-2' }),
      doc({ huisnummer: 10, huisletter: 'A', nummeraanduiding_id: '0344200000000001', weergavenaam: 'x 10A' }),
      doc({ huisnummer: 10, huisletter: 'A', nummeraanduiding_id: '0344200000000001', weergavenaam: 'x 10A (duplicate)' }),
      doc({ huisnummer: 10, nummeraanduiding_id: '0344200000000000', weergavenaam: 'x 10' }),
    ];
    const adressen = parseLookupResponse(response(docs));
    assert.deepEqual(adressen.map((a) => a.weergavenaam), ['x 10', 'x 10-2', 'x 10-10', 'x 10A', 'x 10B']);
    assert.equal(adressen[3]!.huisletter, 'A');
    assert.equal('huisnummertoevoeging' in adressen[3]!, false, 'absent fields stay absent');
  });

  it('skips malformed docs and survives malformed responses', () => {
    const docs = [
      null,
      'Stadsplateau 1',
      doc({ straatnaam: '' }),
      doc({ huisnummer: 'een' }),
      doc({ huisnummer: 1.5 }),
      doc({ postcode: 'ABCD12' }),
      doc({ gemeentecode: '344' }),
      doc({ nummeraanduiding_id: '123' }),
      doc({ adresseerbaarobject_id: undefined }),
      doc({ woonplaatsnaam: null }),
      doc({ huisnummer: '7', nummeraanduiding_id: '0344200000000007', weergavenaam: undefined, huisletter: 'c', huisnummertoevoeging: 'bis' }),
    ];
    const adressen = parseLookupResponse(response(docs));
    assert.equal(adressen.length, 1);
    assert.equal(adressen[0]!.huisnummer, 7);
    assert.equal(adressen[0]!.weergavenaam, 'Stadsplateau 7c-bis, 3521AZ Utrecht');
    for (const bad of [null, undefined, 42, {}, { response: {} }, { response: { docs: 'x' } }]) {
      assert.deepEqual(parseLookupResponse(bad), []);
    }
  });
});

describe('lookupAddress against a local PDOK-shaped server', () => {
  let server: Server;
  let base: string;
  const requests: Array<{ url: string; cookie?: string; referer?: string }> = [];
  let handler: (req: IncomingMessage, res: ServerResponse) => void = () => {};

  before(async () => {
    server = createServer((req, res) => {
      requests.push({ url: req.url!, cookie: req.headers.cookie, referer: req.headers.referer });
      handler(req, res);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bzk/locatieserver/search/v3_1/free`;
  });

  after(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const json = (status: number, body: unknown) => (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

  it('finds the address and sends nothing but postcode and huisnummer', async () => {
    handler = json(200, response([doc()]));
    requests.length = 0;
    const result = await lookupAddress(base, '3521 az', '1');
    assert.equal(result.kind, 'found');
    assert.equal(result.kind === 'found' && result.adressen[0]!.straatnaam, 'Stadsplateau');
    assert.equal(requests.length, 1);
    assert.equal(requests[0]!.url, `/bzk/locatieserver/search/v3_1/free?fq=postcode:3521AZ&fq=huisnummer:1&fq=type:adres&rows=20&fl=${FL}`);
    assert.equal(requests[0]!.cookie, undefined);
    assert.equal(requests[0]!.referer, undefined);
  });

  it('lists several addresses so the citizen can pick one', async () => {
    handler = json(200, response([doc({ huisletter: 'B', nummeraanduiding_id: '0344200000000002' }), doc({ huisletter: 'A', nummeraanduiding_id: '0344200000000001' })]));
    const result = await lookupAddress(base, '3521AZ', 1);
    assert.equal(result.kind, 'found');
    assert.deepEqual(result.kind === 'found' && result.adressen.map((a) => a.huisletter), ['A', 'B']);
  });

  it('says none when PDOK has no such address', async () => {
    handler = json(200, response([]));
    assert.deepEqual(await lookupAddress(base, '9999ZZ', 1), { kind: 'none' });
  });

  it('ignores docs for another postcode or huisnummer than was asked', async () => {
    handler = json(200, response([doc({ huisnummer: 2 }), doc({ postcode: '3521AA' })]));
    assert.deepEqual(await lookupAddress(base, '3521AZ', 1), { kind: 'none' });
  });

  it('reports HTTP 500 as unreachable with the status', async () => {
    handler = json(500, { title: 'Internal Server Error' });
    assert.deepEqual(await lookupAddress(base, '3521AZ', 1), { kind: 'unreachable', reason: 'http', status: 500 });
  });

  it('reports a 200 that is not the Locatieserver shape as an invalid response', async () => {
    handler = (_req, res) => res.end('<html>proxy error</html>');
    assert.deepEqual(await lookupAddress(base, '3521AZ', 1), { kind: 'unreachable', reason: 'invalid-response', status: 200 });
    handler = json(200, { error: 'x' });
    assert.deepEqual(await lookupAddress(base, '3521AZ', 1), { kind: 'unreachable', reason: 'invalid-response', status: 200 });
  });

  it('gives up after the timeout when the server does not answer', async () => {
    handler = () => {}; // never answers; closeAllConnections in after() ends it
    const started = Date.now();
    assert.deepEqual(await lookupAddress(base, '3521AZ', 1, { timeoutMs: 150 }), { kind: 'unreachable', reason: 'timeout' });
    assert.ok(Date.now() - started < 2000);
  });

  it('stops when the caller aborts, and says so', async () => {
    handler = () => {};
    const controller = new AbortController();
    const pending = lookupAddress(base, '3521AZ', 1, { signal: controller.signal, timeoutMs: 5000 });
    setTimeout(() => controller.abort(), 50);
    assert.deepEqual(await pending, { kind: 'unreachable', reason: 'aborted' });
    assert.deepEqual(await lookupAddress(base, '3521AZ', 1, { signal: AbortSignal.abort() }), { kind: 'unreachable', reason: 'aborted' });
  });

  it('does not send a request for input that cannot be an address', async () => {
    requests.length = 0;
    assert.deepEqual(await lookupAddress(base, '123', 1), { kind: 'none' });
    assert.deepEqual(await lookupAddress(base, '1234AB', ''), { kind: 'none' });
    assert.equal(requests.length, 0);
  });
});

describe('lookupAddress network failures', () => {
  it('reports a refused connection as unreachable, without throwing', async () => {
    // Bind and close a server to get a port on 127.0.0.1 that nobody listens on.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    assert.deepEqual(await lookupAddress(`http://127.0.0.1:${port}/free`, '3521AZ', 1), { kind: 'unreachable', reason: 'network' });
  });

  it('reports a fetch that throws as network, using the injected fetch', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    assert.deepEqual(await lookupAddress(PDOK, '3521AZ', 1, { fetch: failing }), { kind: 'unreachable', reason: 'network' });
  });
});
