// The receiver wired to the real overlijden schema (demo/receiver/forms.ts) with its clock injected:
// the "not in the future" and "not in the past" rules compare with the receiver's `now`, not with
// the machine's clock, so they hold whatever day the tests run.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { defaultForms } from '../../../demo/receiver/forms.js';
import { startReceiver, type StartReceiverOptions } from '../../../demo/receiver/receiver.js';
import * as fixtures from '../../fixtures/overlijden.js';
import { post, tempDbPath } from './helpers.js';

async function withReceiver(clock: Pick<StartReceiverOptions, 'now' | 'today'>, run: (url: string) => Promise<void>): Promise<void> {
  const server = await startReceiver({ dbPath: tempDbPath(), allowedOrigins: [], ...defaultForms(), ...clock });
  try {
    await run(server.url);
  } finally {
    await server.close();
  }
}

const names = (res: { json: { invalidParams?: { name: string; code: string }[] } }) =>
  (res.json.invalidParams ?? []).map((p) => `${p.name} ${p.code}`);

describe('receiver: the overlijden rules use the injected clock', () => {
  it('accepts the bespoediging (Sunday 11:00) on the Saturday morning of the fixtures', async () => {
    await withReceiver({ now: () => new Date(fixtures.now) }, async (url) => {
      const res = await post(`${url}/api/overlijden`, fixtures.geldig.bespoediging);
      assert.equal(res.status, 201, res.text);
      assert.match(res.json.kenmerk, /^OV-2026-\d{6}$/);
    });
  });

  it('refuses the same funeral once the clock is past it', async () => {
    await withReceiver({ now: () => new Date('2026-11-29T10:30:00Z') }, async (url) => {
      const res = await post(`${url}/api/overlijden`, fixtures.geldig.bespoediging);
      assert.equal(res.status, 422, res.text);
      assert.deepEqual(names(res), ['gegevens.lijkbezorging.tijd fout.uitvaart.verleden']);
    });
  });

  it('refuses a death later than now on today’s date (today derived from now)', async () => {
    // Friday 27 November 21:00 in Amsterdam: the fixtures' death at 23:30 has not happened yet.
    await withReceiver({ now: () => new Date('2026-11-27T20:00:00Z') }, async (url) => {
      const res = await post(`${url}/api/overlijden`, fixtures.geldig.ondernemerCrematie);
      assert.equal(res.status, 422, res.text);
      assert.deepEqual(names(res), ['gegevens.overlijden.tijd fout.overlijden.tijd-toekomst']);
    });
  });

  it('keeps a pinned today for the date, with now for the time', async () => {
    await withReceiver({ today: () => fixtures.today, now: () => new Date(fixtures.now) }, async (url) => {
      assert.equal((await post(`${url}/api/overlijden`, fixtures.geldig.bespoediging)).status, 201);
      const later = await post(`${url}/api/overlijden`, fixtures.ongeldig['overlijdenstijdInDeToekomst']!.input);
      assert.deepEqual(names(later), ['gegevens.overlijden.tijd fout.overlijden.tijd-toekomst']);
    });
  });
});
