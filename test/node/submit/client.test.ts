// The retry policy and the result mapping, driven by a fake fetch and a sleep that only records delays.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  attemptTimeoutMs,
  parseHttpDate,
  parseRetryAfter,
  presentResult,
  sendSubmission,
  TimeoutError,
  utf8Length,
  type SendOptions,
  type SubmissionRequest,
  type SubmissionResult,
} from '../../../src/submit/client.js';

const KEY = '0b7c2a4e-6f1d-4c3b-9a8e-2d5f7e1c9b30';
const ENVELOPE = {
  formulier: 'verhuizing',
  versie: '1',
  gemeente: { code: '0344', naam: 'Utrecht' },
  taal: 'nl',
  ingediendOp: '2026-03-02T09:15:00.000Z',
  gegevens: { nieuwAdres: { postcode: '3511AB', huisnummer: 12 } },
  bijlagen: [],
};
const NOW = Date.parse('2026-03-02T10:00:00Z');

function request(overrides: Partial<SubmissionRequest> = {}): SubmissionRequest {
  return { endpoint: 'https://api.gemeente.example/verhuizing', body: ENVELOPE, idempotencyKey: KEY, credentials: 'same-origin', ...overrides };
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}
function problem(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } });
}
function text(status: number, body: string | null, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers });
}

type Step = Response | Error | ((init: RequestInit) => Promise<Response>);
interface Call {
  url: string;
  init: RequestInit;
  headers: Headers;
  body: unknown;
}

/** A fake fetch that answers from a script, and a sleep that only records the delays. */
function harness(script: Step[], extra: Partial<SendOptions> = {}) {
  const calls: Call[] = [];
  const delays: number[] = [];
  const events: string[] = [];
  const options: SendOptions = {
    fetch: async (url, init) => {
      calls.push({ url, init, headers: new Headers(init.headers), body: JSON.parse(String(init.body)) });
      const step = script.shift();
      if (step === undefined) throw new Error('the fake fetch was called more often than scripted');
      if (step instanceof Error) throw step;
      if (typeof step === 'function') return step(init);
      return step;
    },
    sleep: async (ms) => {
      delays.push(ms);
    },
    isOnline: () => true,
    waitForOnline: async () => assert.fail('not offline in this test'),
    onAttempt: (n) => events.push(`attempt ${n}`),
    onWaiting: (reason, ms) => events.push(ms === undefined ? reason : `${reason} ${ms}`),
    now: () => NOW,
    ...extra,
  };
  return { calls, delays, events, options };
}

/** A fetch that never answers, until its signal aborts (like a real fetch). */
function hang(init: RequestInit): Promise<Response> {
  return new Promise((_, reject) => {
    init.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true });
  });
}

describe('a successful submission', () => {
  test('posts the envelope as JSON with the contract headers and returns the kenmerk', async () => {
    const h = harness([json(201, { kenmerk: 'VH-2026-000123', ontvangen: true })]);
    const result = await sendSubmission(request({ credentials: 'include' }), h.options);
    assert.deepEqual(result, { kind: 'ok', kenmerk: 'VH-2026-000123', status: 201, response: { kenmerk: 'VH-2026-000123', ontvangen: true } });
    assert.equal(h.calls.length, 1);
    const [call] = h.calls;
    assert.equal(call!.url, 'https://api.gemeente.example/verhuizing');
    assert.equal(call!.init.method, 'POST');
    assert.equal(call!.init.credentials, 'include');
    assert.ok(call!.init.signal instanceof AbortSignal);
    assert.equal(call!.headers.get('content-type'), 'application/json');
    assert.equal(call!.headers.get('accept'), 'application/json, application/problem+json');
    assert.equal(call!.headers.get('idempotency-key'), KEY);
    assert.deepEqual(call!.body, ENVELOPE);
    assert.deepEqual(h.delays, []);
    assert.deepEqual(h.events, ['attempt 1']);
  });

  test("accepts ZGW's identificatie as the kenmerk", async () => {
    const h = harness([json(200, { identificatie: 'ZAAK-0344-42', url: 'https://zaken.example/1' })]);
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind, 'ok');
    assert.equal(result.kind === 'ok' && result.kenmerk, 'ZAAK-0344-42');
  });

  test('a numeric kenmerk becomes a string; a blank one does not count', async () => {
    const h = harness([json(202, { kenmerk: 42 }), json(200, { kenmerk: '  ', identificatie: 'ID-7' })]);
    const first = await sendSubmission(request(), h.options);
    const second = await sendSubmission(request(), h.options);
    assert.deepEqual(first, { kind: 'ok', kenmerk: '42', status: 202, response: { kenmerk: 42 } });
    assert.equal(second.kind === 'ok' && second.kenmerk, 'ID-7');
  });

  test('a 2xx without a reference is failed (no-kenmerk), never retried', async () => {
    for (const response of [json(200, { ok: true }), text(204, null), text(200, '<html>Bedankt</html>'), json(201, ['VH-1'])]) {
      const h = harness([response]);
      const result = await sendSubmission(request(), h.options);
      assert.deepEqual(result, { kind: 'failed', reason: 'no-kenmerk', status: response.status });
      assert.equal(h.calls.length, 1);
      assert.deepEqual(h.delays, []);
    }
  });
});

describe('answers that are final (no retry)', () => {
  test('400/422 problem+json gives the invalidParams for the fields', async () => {
    const params = [{ name: 'gegevens.nieuwAdres.postcode', code: 'fout.postcode.formaat', reason: 'Vul een geldige postcode in.' }];
    for (const status of [400, 422] as const) {
      const h = harness([problem(status, { title: 'Ongeldige invoer', status, invalidParams: params })]);
      const result = await sendSubmission(request(), h.options);
      assert.deepEqual(result, {
        kind: 'invalid',
        status,
        problem: { title: 'Ongeldige invoer', status, invalidParams: params },
        invalidParams: params,
      });
      assert.equal(h.calls.length, 1);
    }
  });

  test('a 400 without invalidParams is still invalid, with the title and detail for the summary', async () => {
    const h = harness([problem(400, { title: 'Verzoek onjuist', detail: 'Het formulier is van een oude versie.' })]);
    assert.deepEqual(await sendSubmission(request(), h.options), {
      kind: 'invalid',
      status: 400,
      problem: { title: 'Verzoek onjuist', detail: 'Het formulier is van een oude versie.', invalidParams: [] },
      invalidParams: [],
    });
  });

  test('a 400 with an HTML body is invalid with an empty problem', async () => {
    const h = harness([text(400, '<h1>Bad Request</h1>', { 'Content-Type': 'text/html' })]);
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'invalid', status: 400, problem: { invalidParams: [] }, invalidParams: [] });
  });

  test('401 and 403 mean the login session ended', async () => {
    for (const status of [401, 403] as const) {
      const h = harness([problem(status, { title: 'Niet ingelogd' })]);
      assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'unauthorized', status });
      assert.equal(h.calls.length, 1);
    }
  });

  test('413 is too-large', async () => {
    const h = harness([text(413, 'Payload Too Large')]);
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'too-large', status: 413 });
  });

  test('409 is a conflict (the key was used for another body)', async () => {
    const h = harness([problem(409, { title: 'Idempotency-Key al gebruikt' }), text(409, '')]);
    assert.deepEqual(await sendSubmission(request(), h.options), {
      kind: 'conflict',
      status: 409,
      problem: { title: 'Idempotency-Key al gebruikt', invalidParams: [] },
    });
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'conflict', status: 409 });
  });

  test('other 4xx are failed, with the problem when there is one', async () => {
    const h = harness([text(404, 'Not Found'), problem(405, { title: 'Method Not Allowed' }), text(410, '')]);
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'failed', reason: 'status', status: 404 });
    assert.deepEqual(await sendSubmission(request(), h.options), {
      kind: 'failed',
      reason: 'status',
      status: 405,
      problem: { title: 'Method Not Allowed', invalidParams: [] },
    });
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'failed', reason: 'status', status: 410 });
    assert.equal(h.calls.length, 3);
    assert.deepEqual(h.delays, []);
  });
});

describe('the retry policy', () => {
  test('five 503s: 4 attempts in all, backoff 1 s, 2 s, 4 s, the same key every time', async () => {
    const h = harness([text(503, ''), text(503, ''), text(503, ''), text(503, ''), text(503, '')]);
    const result = await sendSubmission(request(), h.options);
    assert.deepEqual(result, { kind: 'retry-exhausted', attempts: 4, cause: 'status', status: 503 });
    assert.equal(h.calls.length, 4);
    assert.deepEqual(h.delays, [1000, 2000, 4000]);
    assert.deepEqual(
      h.calls.map((c) => c.headers.get('idempotency-key')),
      [KEY, KEY, KEY, KEY],
    );
    // Byte-identical bodies: the receiver compares them to decide "same submission".
    assert.equal(new Set(h.calls.map((c) => c.init.body)).size, 1);
    assert.deepEqual(h.events, ['attempt 1', 'backoff 1000', 'attempt 2', 'backoff 2000', 'attempt 3', 'backoff 4000', 'attempt 4']);
  });

  test('408, 429, 500 are retried and a later success wins', async () => {
    const h = harness([text(408, ''), text(429, ''), text(500, 'oops'), json(201, { kenmerk: 'VH-9' })]);
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind, 'ok');
    assert.equal(h.calls.length, 4);
    assert.deepEqual(h.delays, [1000, 2000, 4000]);
  });

  test('every 5xx is retryable, a 4xx after a 5xx is final', async () => {
    const h = harness([text(502, ''), text(504, ''), problem(422, { invalidParams: [] })]);
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind, 'invalid');
    assert.deepEqual(h.delays, [1000, 2000]);
  });

  test('network failures are retried; after 4 the result says network and has no status', async () => {
    const h = harness(Array.from({ length: 4 }, () => new TypeError('fetch failed')));
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'retry-exhausted', attempts: 4, cause: 'network' });
    assert.deepEqual(h.delays, [1000, 2000, 4000]);
  });

  test('the last cause and status are the ones reported', async () => {
    const h = harness([text(503, ''), text(503, ''), text(503, ''), new TypeError('fetch failed')]);
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'retry-exhausted', attempts: 4, cause: 'network' });
    const h2 = harness([new TypeError('x'), new TypeError('x'), new TypeError('x'), text(502, '')]);
    assert.deepEqual(await sendSubmission(request(), h2.options), { kind: 'retry-exhausted', attempts: 4, cause: 'status', status: 502 });
  });

  test('maxAttempts and backoffMs are configurable; the last backoff entry repeats', async () => {
    const h = harness(Array.from({ length: 6 }, () => text(503, '')), { maxAttempts: 6, backoffMs: [10, 20] });
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind === 'retry-exhausted' && result.attempts, 6);
    assert.deepEqual(h.delays, [10, 20, 20, 20, 20]);
  });

  test('a timeout is retried, and reported as timeout', async () => {
    const reasons: unknown[] = [];
    const timingOut = (init: RequestInit) => {
      init.signal?.addEventListener('abort', () => reasons.push(init.signal?.reason));
      return hang(init);
    };
    const h = harness([timingOut, timingOut], { timeoutMs: 15, maxAttempts: 2 });
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'retry-exhausted', attempts: 2, cause: 'timeout' });
    assert.equal(reasons.length, 2);
    assert.ok(reasons.every((r) => r instanceof TimeoutError));
    assert.deepEqual(h.delays, [1000]);
  });

  test('a timeout then a success is ok', async () => {
    const h = harness([hang, json(201, { kenmerk: 'VH-3' })], { timeoutMs: 15 });
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind === 'ok' && result.kenmerk, 'VH-3');
  });
});

describe('Retry-After', () => {
  async function delaysFor(retryAfter: string, status = 503): Promise<number[]> {
    const h = harness([text(status, '', { 'Retry-After': retryAfter }), json(201, { kenmerk: 'VH-1' })]);
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind, 'ok');
    return h.delays;
  }

  test('delta-seconds replace the backoff', async () => {
    assert.deepEqual(await delaysFor('5'), [5000]);
    assert.deepEqual(await delaysFor('7', 429), [7000]);
    assert.deepEqual(await delaysFor('0'), [0]);
  });

  test('an HTTP-date is counted from the injected clock', async () => {
    assert.deepEqual(await delaysFor(new Date(NOW + 12_000).toUTCString()), [12_000]);
    assert.deepEqual(await delaysFor('Mon, 02 Mar 2026 10:00:20 GMT'), [20_000]);
  });

  test('a date in the past means now', async () => {
    assert.deepEqual(await delaysFor('Mon, 02 Mar 2026 09:00:00 GMT'), [0]);
  });

  test('more than 30 s is capped at 30 s, both forms', async () => {
    assert.deepEqual(await delaysFor('120'), [30_000]);
    assert.deepEqual(await delaysFor(new Date(NOW + 3_600_000).toUTCString()), [30_000]);
  });

  test('an unreadable value falls back to the backoff', async () => {
    assert.deepEqual(await delaysFor('soon'), [1000]);
    assert.deepEqual(await delaysFor('-5'), [1000]);
    assert.deepEqual(await delaysFor('1.5'), [1000]);
  });

  test('the obsolete HTTP-date forms are read too; impossible dates are not', () => {
    assert.equal(parseHttpDate('Sun, 06 Nov 1994 08:49:37 GMT'), Date.UTC(1994, 10, 6, 8, 49, 37));
    assert.equal(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT'), Date.UTC(1994, 10, 6, 8, 49, 37));
    assert.equal(parseHttpDate('Sun Nov  6 08:49:37 1994'), Date.UTC(1994, 10, 6, 8, 49, 37));
    assert.equal(parseHttpDate('Mon, 31 Feb 2026 10:00:00 GMT'), undefined);
    assert.equal(parseHttpDate('Mon, 02 Foo 2026 10:00:00 GMT'), undefined);
    assert.equal(parseHttpDate('2026-03-02T10:00:20Z'), undefined);
    assert.equal(parseHttpDate('-5'), undefined);
  });

  test('parseRetryAfter on its own', () => {
    assert.equal(parseRetryAfter(null, NOW, 30_000), undefined);
    assert.equal(parseRetryAfter('', NOW, 30_000), undefined);
    assert.equal(parseRetryAfter(' 3 ', NOW, 30_000), 3000);
    assert.equal(parseRetryAfter('31', NOW, 30_000), 30_000);
    assert.equal(parseRetryAfter('10', NOW, 5_000), 5_000);
  });
});

describe('headers', () => {
  test('extra headers are sent, but cannot override the three contract headers', async () => {
    const h = harness([json(201, { kenmerk: 'VH-1' })]);
    await sendSubmission(
      request({
        headers: {
          'X-CSRF-Token': 'abc123',
          'content-type': 'text/plain',
          ACCEPT: '*/*',
          'idempotency-key': 'someone-elses-key',
        },
      }),
      h.options,
    );
    const { headers } = h.calls[0]!;
    assert.equal(headers.get('x-csrf-token'), 'abc123');
    assert.equal(headers.get('content-type'), 'application/json');
    assert.equal(headers.get('accept'), 'application/json, application/problem+json');
    assert.equal(headers.get('idempotency-key'), KEY);
  });

  test('an invalid header value is failed (invalid-request) without sending', async () => {
    const h = harness([]);
    assert.deepEqual(await sendSubmission(request({ headers: { 'X-CSRF-Token': 'a\nb' } }), h.options), {
      kind: 'failed',
      reason: 'invalid-request',
    });
    assert.equal(h.calls.length, 0);
  });

  test('a body that cannot be serialised is failed (invalid-request) without sending', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    for (const body of [cyclic, { n: 10n }, undefined]) {
      const h = harness([]);
      assert.deepEqual(await sendSubmission(request({ body }), h.options), { kind: 'failed', reason: 'invalid-request' });
      assert.equal(h.calls.length, 0);
    }
  });
});

describe('offline', () => {
  test('waits for the connection before the first attempt', async () => {
    let online = false;
    let waits = 0;
    const h = harness([json(201, { kenmerk: 'VH-1' })], {
      isOnline: () => online,
      waitForOnline: async () => {
        waits += 1;
        online = true;
      },
    });
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind, 'ok');
    assert.equal(waits, 1);
    assert.deepEqual(h.events, ['offline', 'attempt 1']);
  });

  test('waiting offline does not use up attempts, and replaces the backoff', async () => {
    // Every attempt fails because the connection drops; the connection comes back each time.
    let online = true;
    let waits = 0;
    const drop = async () => {
      online = false;
      throw new TypeError('Failed to fetch');
    };
    const h = harness([drop, drop, drop, json(201, { kenmerk: 'VH-5' })], {
      isOnline: () => online,
      waitForOnline: async () => {
        waits += 1;
        online = true;
      },
    });
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind === 'ok' && result.kenmerk, 'VH-5');
    assert.equal(waits, 3);
    assert.deepEqual(h.delays, []);
    assert.deepEqual(h.events, ['attempt 1', 'offline', 'attempt 2', 'offline', 'attempt 3', 'offline', 'attempt 4']);
  });

  test('a long time offline before an attempt still leaves all 4 attempts', async () => {
    let online = false;
    let checks = 0;
    const h = harness([text(503, ''), text(503, ''), text(503, ''), text(503, '')], {
      // Offline for the first 5 checks, as if the 'online' event fired on a flaky connection.
      isOnline: () => (checks++ < 5 ? false : online),
      waitForOnline: async () => {
        online = true;
      },
    });
    const result = await sendSubmission(request(), h.options);
    assert.deepEqual(result, { kind: 'retry-exhausted', attempts: 4, cause: 'status', status: 503 });
    assert.equal(h.calls.length, 4);
  });

  test('a waiter that rejects without an abort does not spin: the attempt goes ahead', async () => {
    const h = harness([json(201, { kenmerk: 'VH-1' })], {
      isOnline: () => false,
      waitForOnline: async () => {
        throw new Error('no window');
      },
    });
    assert.equal((await sendSubmission(request(), h.options)).kind, 'ok');
  });
});

describe('aborting (the element was disconnected)', () => {
  test('an already aborted signal sends nothing', async () => {
    const h = harness([]);
    assert.deepEqual(await sendSubmission(request(), { ...h.options, signal: AbortSignal.abort() }), { kind: 'aborted' });
    assert.equal(h.calls.length, 0);
  });

  test('abort during a request', async () => {
    const controller = new AbortController();
    const h = harness(
      [
        (init) => {
          queueMicrotask(() => controller.abort());
          return hang(init);
        },
      ],
      { signal: controller.signal },
    );
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'aborted' });
  });

  test('abort during the last attempt is aborted, not retry-exhausted', async () => {
    const controller = new AbortController();
    const h = harness(
      [
        (init) => {
          queueMicrotask(() => controller.abort());
          return hang(init);
        },
      ],
      { signal: controller.signal, maxAttempts: 1 },
    );
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'aborted' });
  });

  test('abort during the backoff: no further attempt', async () => {
    const controller = new AbortController();
    const h = harness([text(503, ''), json(201, { kenmerk: 'VH-1' })], {
      signal: controller.signal,
      sleep: async (_ms, signal) => {
        assert.equal(signal, controller.signal);
        controller.abort();
        throw signal?.reason;
      },
    });
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'aborted' });
    assert.equal(h.calls.length, 1);
  });

  test('abort while waiting offline', async () => {
    const controller = new AbortController();
    const h = harness([], {
      signal: controller.signal,
      isOnline: () => false,
      waitForOnline: async () => {
        controller.abort();
      },
    });
    assert.deepEqual(await sendSubmission(request(), h.options), { kind: 'aborted' });
    assert.equal(h.calls.length, 0);
  });
});

describe('defaults', () => {
  test('the default sleep waits for real and stops early on abort', async () => {
    // Drives the built-in sleep through a Retry-After of 0 s (no real waiting) and a 1 ms backoff.
    const h = harness([text(503, '', { 'Retry-After': '0' }), text(503, ''), json(201, { kenmerk: 'VH-1' })], { backoffMs: [1] });
    delete h.options.sleep;
    const result = await sendSubmission(request(), h.options);
    assert.equal(result.kind, 'ok');

    const controller = new AbortController();
    const h2 = harness([text(503, '')], { signal: controller.signal, backoffMs: [60_000] });
    delete h2.options.sleep;
    const started = Date.now();
    setTimeout(() => controller.abort(), 5);
    assert.deepEqual(await sendSubmission(request(), h2.options), { kind: 'aborted' });
    assert.ok(Date.now() - started < 5000, 'the 60 s sleep was cut short');
  });

  test('the default isOnline/waitForOnline in Node (no navigator.onLine) just send', async () => {
    const h = harness([json(201, { kenmerk: 'VH-1' })]);
    delete h.options.isOnline;
    delete h.options.waitForOnline;
    assert.equal((await sendSubmission(request(), h.options)).kind, 'ok');
  });
});

describe('the attempt timeout', () => {
  test('is timeoutMs plus the upload time of the body at the minimum rate', () => {
    assert.equal(attemptTimeoutMs(15_000, 1_000, 125_000), 15_008);
    // 25 MB of attachments as base64 is about 33 MB: allowed about 4.5 minutes at 1 Mbit/s.
    assert.equal(attemptTimeoutMs(15_000, 33_000_000, 125_000), 15_000 + 264_000);
    assert.equal(attemptTimeoutMs(15_000, 33_000_000, Infinity), 15_000);
    assert.equal(attemptTimeoutMs(15_000, 33_000_000, 0), 15_000);
  });

  test('counts UTF-8 bytes as the server sees them', () => {
    for (const sample of ['', 'abc', 'Eén', "Oud-Beijerland 's-Hertogenbosch", '€', '😀', 'a\ud800b']) {
      assert.equal(utf8Length(sample), Buffer.byteLength(sample, 'utf8'), sample);
    }
  });
});

describe('presentResult', () => {
  const cases: Array<[SubmissionResult, string, boolean, boolean]> = [
    [{ kind: 'ok', kenmerk: 'x', status: 201, response: {} }, 'confirmation', false, false],
    [{ kind: 'invalid', status: 422, problem: { invalidParams: [] }, invalidParams: [] }, 'field-errors', false, false],
    [{ kind: 'unauthorized', status: 401 }, 'message', true, true],
    [{ kind: 'too-large', status: 413 }, 'message', false, false],
    [{ kind: 'conflict', status: 409 }, 'message', false, false],
    [{ kind: 'failed', reason: 'status', status: 404 }, 'message', false, false],
    [{ kind: 'failed', reason: 'no-kenmerk', status: 200 }, 'message', false, true],
    [{ kind: 'retry-exhausted', attempts: 4, cause: 'timeout' }, 'message', true, true],
    [{ kind: 'aborted' }, 'nothing', false, true],
  ];
  for (const [result, view, offerResend, keepKey] of cases) {
    test(`${result.kind}${result.kind === 'failed' ? ` (${result.reason})` : ''}`, () => {
      const presentation = presentResult(result);
      assert.equal(presentation.view, view);
      assert.equal(presentation.offerResend, offerResend);
      assert.equal(presentation.keepKey, keepKey);
    });
  }

  test('conflict and failed show the contact route', () => {
    assert.equal(presentResult({ kind: 'conflict', status: 409 }).showContactRoute, true);
    assert.equal(presentResult({ kind: 'failed', reason: 'status', status: 404 }).showContactRoute, true);
    assert.equal(presentResult({ kind: 'too-large', status: 413 }).messageKey, 'verzenden.teGroot');
  });
});
