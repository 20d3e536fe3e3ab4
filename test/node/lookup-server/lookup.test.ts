// The PDOK Locatieserver v3.1-shaped `free` endpoint over the sample addresses.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadSampleAddresses, startLookupServer } from '../../../demo/lookup/lookup.js';
import type { StartedServer } from '../../../demo/receiver/http.js';

const FL =
  'straatnaam,huisnummer,huisletter,huisnummertoevoeging,postcode,woonplaatsnaam,gemeentenaam,gemeentecode,' +
  'nummeraanduiding_id,adresseerbaarobject_id,weergavenaam,type';

describe('lookup: PDOK-shaped free endpoint', () => {
  let server: StartedServer;
  before(async () => {
    server = await startLookupServer({ host: '127.0.0.1', port: 0 });
  });
  after(() => server.close());

  async function free(query: string) {
    const res = await fetch(`${server.url}/bzk/locatieserver/search/v3_1/free?${query}`);
    return { status: res.status, headers: res.headers, json: (await res.json()) as any };
  }

  it('finds an address by postcode and huisnummer, the way the element asks', async () => {
    const res = await free(`fq=postcode:3521AZ&fq=huisnummer:1&fq=type:adres&rows=20&fl=${FL}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.json.response.numFound, 1);
    assert.equal(res.json.response.start, 0);
    assert.equal(typeof res.json.response.maxScore, 'number');
    assert.deepEqual(res.json.response.docs, [
      {
        straatnaam: 'Stadsplateau',
        huisnummer: 1,
        postcode: '3521AZ',
        woonplaatsnaam: 'Utrecht',
        gemeentenaam: 'Utrecht',
        gemeentecode: '0344',
        nummeraanduiding_id: '0344200000000001',
        adresseerbaarobject_id: '0344010000000001',
        weergavenaam: 'Stadsplateau 1, 3521AZ Utrecht',
        type: 'adres',
      },
    ]);
  });

  it('returns every huisletter and toevoeging at one postcode and huisnummer', async () => {
    const res = await free(`fq=postcode:3512ZZ&fq=huisnummer:12&fq=type:adres&rows=20&fl=${FL}`);
    assert.equal(res.json.response.numFound, 6);
    assert.deepEqual(
      res.json.response.docs.map((d: any) => d.weergavenaam),
      [
        'Voorbeeldhof 12, 3512ZZ Utrecht',
        'Voorbeeldhof 12A, 3512ZZ Utrecht',
        'Voorbeeldhof 12B, 3512ZZ Utrecht',
        'Voorbeeldhof 12-1, 3512ZZ Utrecht',
        'Voorbeeldhof 12-2, 3512ZZ Utrecht',
        'Voorbeeldhof 12B-bis, 3512ZZ Utrecht',
      ],
    );
    const withLetterAndSuffix = res.json.response.docs.at(-1);
    assert.equal(withLetterAndSuffix.huisletter, 'B');
    assert.equal(withLetterAndSuffix.huisnummertoevoeging, 'bis');
    assert.ok(!('huisletter' in res.json.response.docs[0]), 'absent fields are left out, as in Solr');
  });

  it('narrows by huisletter and honours rows and start', async () => {
    const byLetter = await free('fq=postcode:3512ZZ&fq=huisnummer:12&fq=huisletter:B&fl=weergavenaam');
    assert.equal(byLetter.json.response.numFound, 2);
    const page = await free('fq=postcode:3512ZZ&fq=huisnummer:12&rows=2&start=2&fl=weergavenaam');
    assert.equal(page.json.response.numFound, 6);
    assert.equal(page.json.response.start, 2);
    assert.deepEqual(
      page.json.response.docs.map((d: any) => d.weergavenaam),
      ['Voorbeeldhof 12B, 3512ZZ Utrecht', 'Voorbeeldhof 12-1, 3512ZZ Utrecht'],
    );
  });

  it('returns only the fields listed in fl, and PDOK’s default fields without fl', async () => {
    const listed = await free('fq=postcode:1011PN&fq=huisnummer:1&fl=gemeentecode weergavenaam');
    assert.deepEqual(listed.json.response.docs, [{ gemeentecode: '0363', weergavenaam: 'Amstel 1, 1011PN Amsterdam' }]);
    const defaults = await free('fq=postcode:1011PN&fq=huisnummer:1');
    assert.deepEqual(Object.keys(defaults.json.response.docs[0]).sort(), ['id', 'score', 'type', 'weergavenaam']);
  });

  it('finds nothing for an unknown address (the element then offers manual entry)', async () => {
    const res = await free(`fq=postcode:1234AB&fq=huisnummer:5&fq=type:adres&rows=20&fl=${FL}`);
    assert.equal(res.status, 200);
    assert.equal(res.json.response.numFound, 0);
    assert.deepEqual(res.json.response.docs, []);
  });

  it('matches postcodes case-insensitively and accepts quoted and OR-ed values', async () => {
    assert.equal((await free('fq=postcode:3521az&fq=huisnummer:1')).json.response.numFound, 1);
    assert.equal((await free('fq=postcode:"3011AD"')).json.response.numFound, 1);
    assert.equal((await free('fq=type:(gemeente OR adres)&fq=gemeentecode:(0363 OR 0599)')).json.response.numFound, 2);
  });

  it('supports a free-text q', async () => {
    const res = await free('q=coolsingel rotterdam&fl=weergavenaam');
    assert.deepEqual(res.json.response.docs, [{ weergavenaam: 'Coolsingel 40, 3011AD Rotterdam' }]);
  });

  it('rejects parameters the v3.1 spec does not list with 400, like PDOK', async () => {
    const res = await free('fq=postcode:3521AZ&postcode=3521AZ');
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.match(res.json.detail, /postcode/);
  });

  it('rejects an unknown filter field, a bad rows value and rows above 100', async () => {
    assert.equal((await free('fq=straat:Amstel')).status, 400);
    assert.equal((await free('rows=abc')).status, 400);
    assert.equal((await free('rows=101')).status, 400);
  });

  it('answers 404 outside the free endpoint', async () => {
    assert.equal((await fetch(`${server.url}/bzk/locatieserver/search/v3_1/suggest?q=x`)).status, 404);
    assert.equal((await fetch(`${server.url}/`)).status, 404);
  });
});

describe('lookup: sample data', () => {
  it('has a note, 4-digit gemeentecodes and 16-digit BAG ids', async () => {
    const { readFileSync } = await import('node:fs');
    const file = JSON.parse(readFileSync(new URL('../../../demo/lookup/adressen.json', import.meta.url), 'utf8'));
    assert.match(file._toelichting.join(' '), /illustratief/);
    const adressen = loadSampleAddresses();
    assert.ok(adressen.length >= 12);
    for (const a of adressen) {
      assert.match(a.gemeentecode, /^\d{4}$/);
      assert.match(a.nummeraanduiding_id, /^\d{16}$/);
      assert.match(a.adresseerbaarobject_id, /^\d{16}$/);
      assert.match(a.postcode, /^[1-9]\d{3}[A-Z]{2}$/);
      assert.ok(a.nummeraanduiding_id.startsWith(a.gemeentecode));
    }
    assert.equal(new Set(adressen.map((a) => a.nummeraanduiding_id)).size, adressen.length);
  });
});
