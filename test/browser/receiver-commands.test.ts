// The receiver commands from a real browser: the test page (http://localhost:<wtr port>) posts to the
// receiver on another port, so Chromium makes a real CORS preflight, as on a gemeente's website.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../commands/index.mjs';
import * as fixtures from '../fixtures/verhuizing.js';

function send(url: string, body: unknown, key: string = crypto.randomUUID()) {
  return fetch(`${url}/api/verhuizing`, {
    method: 'POST',
    // credentials: 'include' is the strictest case: it needs the exact origin and Allow-Credentials.
    credentials: 'include',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key, 'X-CSRF-Token': 'demo' },
    body: JSON.stringify(body),
  });
}

describe('receiver commands', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: fixtures.today });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('stores a valid submission posted cross-origin and reads it back', async () => {
    expect(new URL(receiver.url).origin).not.to.equal(location.origin);
    const response = await send(receiver.url, fixtures.geldig.alleen);
    expect(response.status, await response.clone().text()).to.equal(201);
    const { kenmerk } = await response.json();
    expect(kenmerk).to.match(/^VH-\d{4}-\d{6}$/);

    const rows = await executeServerCommand<Array<{ kenmerk: string; envelope: unknown }>, unknown>('receiver-submissions');
    expect(rows).to.have.length(1);
    expect(rows[0]!.kenmerk).to.equal(kenmerk);
    expect(rows[0]!.envelope).to.deep.equal(fixtures.geldigAlleenOutput);
  });

  it('lets the page read problem+json and Retry-After from a failing receiver', async () => {
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', {
      today: fixtures.today,
      failFirst: 1,
      retryAfter: 2,
    });
    const key = crypto.randomUUID();
    const failed = await send(receiver.url, fixtures.geldig.alleen, key);
    expect(failed.status).to.equal(503);
    expect(failed.headers.get('Retry-After')).to.equal('2');
    expect((await failed.json()).status).to.equal(503);

    const invalid = await send(receiver.url, fixtures.ongeldig['bsnElfproef']!.input);
    expect(invalid.status).to.equal(422);
    const problem = await invalid.json();
    expect(problem.invalidParams[0].name).to.equal('gegevens.aangever.burgerservicenummer');

    const retried = await send(receiver.url, fixtures.geldig.alleen, key);
    expect(retried.status).to.equal(201);
  });

  it('keeps the submission and its Idempotency-Key across a restart', async () => {
    const key = crypto.randomUUID();
    const { kenmerk } = await (await send(receiver.url, fixtures.geldig.alleen, key)).json();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-restart', { today: fixtures.today });
    const again = await send(receiver.url, fixtures.geldig.alleen, key);
    expect(again.status).to.equal(200);
    expect((await again.json()).kenmerk).to.equal(kenmerk);
    expect(await executeServerCommand<unknown[], unknown>('receiver-submissions')).to.have.length(1);
  });

  it('lets the page read a 413 for a body over 40 MB', async () => {
    const huge = { ...fixtures.geldig.alleen, opvulling: 'x'.repeat(40 * 1024 * 1024) };
    const response = await send(receiver.url, huge);
    expect(response.status).to.equal(413);
    expect((await response.json()).status).to.equal(413);
  });

  it('serves the PDOK-shaped lookup to the page', async () => {
    const params = new URLSearchParams([
      ['fq', 'postcode:3512ZZ'],
      ['fq', 'huisnummer:12'],
      ['fq', 'type:adres'],
      ['rows', '20'],
      ['fl', 'weergavenaam,huisletter,huisnummertoevoeging'],
    ]);
    const response = await fetch(`${receiver.lookupUrl}?${params}`);
    const { response: result } = await response.json();
    expect(result.numFound).to.equal(6);
  });
});
