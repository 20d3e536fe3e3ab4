import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkEndpoint, isLoopback } from '../../../src/config/endpoint.js';

const page = 'https://www.gemeente.example/inwoners/verhuizen?x=1#top';

const reasonOf = (value: string | null, pageUrl = page) => {
  const r = checkEndpoint(value, pageUrl);
  return r.ok ? r.url.href : r.reason;
};

describe('checkEndpoint', () => {
  it('reports a missing endpoint for null, empty and blank values', () => {
    assert.equal(reasonOf(null), 'missing');
    assert.equal(reasonOf(''), 'missing');
    assert.equal(reasonOf('   '), 'missing');
  });

  it('accepts https: on any host', () => {
    assert.equal(reasonOf('https://api.gemeente.example/verhuizing'), 'https://api.gemeente.example/verhuizing');
    assert.equal(reasonOf('  https://other.example:8443/x?y=1  '), 'https://other.example:8443/x?y=1');
    assert.equal(reasonOf('HTTPS://API.GEMEENTE.EXAMPLE/v'), 'https://api.gemeente.example/v');
  });

  it('resolves relative URLs against the page and accepts them as same-origin', () => {
    assert.equal(reasonOf('/api/verhuizing'), 'https://www.gemeente.example/api/verhuizing');
    assert.equal(reasonOf('api'), 'https://www.gemeente.example/inwoners/api');
    assert.equal(reasonOf('../api'), 'https://www.gemeente.example/api');
    assert.equal(reasonOf('?formulier=1'), 'https://www.gemeente.example/inwoners/verhuizen?formulier=1');
  });

  it('accepts same-origin http: when the page itself is served over http:', () => {
    const intranet = 'http://intranet.gemeente.local/formulieren/';
    assert.equal(reasonOf('/api', intranet), 'http://intranet.gemeente.local/api');
    assert.equal(reasonOf('http://intranet.gemeente.local/api', intranet), 'http://intranet.gemeente.local/api');
    assert.equal(reasonOf('http://intranet.gemeente.local:8080/api', intranet), 'not-allowed');
    assert.equal(reasonOf('http://other.gemeente.local/api', intranet), 'not-allowed');
  });

  it('refuses http: to another host, and http: on an https: page even for the same host name', () => {
    assert.equal(reasonOf('http://api.gemeente.example/verhuizing'), 'not-allowed');
    assert.equal(reasonOf('http://www.gemeente.example/api'), 'not-allowed');
    assert.equal(reasonOf('http://10.0.0.1/api'), 'not-allowed');
    assert.equal(reasonOf('http://128.0.0.1/api'), 'not-allowed');
    assert.equal(reasonOf('http://localhost.evil.example/api'), 'not-allowed');
    assert.equal(reasonOf('http://127.0.0.1.nip.io/api'), 'not-allowed');
  });

  it('accepts http: on loopback: localhost, 127.0.0.0/8 and [::1]', () => {
    assert.equal(reasonOf('http://localhost:3000/api'), 'http://localhost:3000/api');
    assert.equal(reasonOf('http://LOCALHOST/api'), 'http://localhost/api');
    assert.equal(reasonOf('http://127.0.0.1:8080/api'), 'http://127.0.0.1:8080/api');
    assert.equal(reasonOf('http://127.255.10.3/api'), 'http://127.255.10.3/api');
    assert.equal(reasonOf('http://[::1]:8080/api'), 'http://[::1]:8080/api');
    // The URL parser normalises the shorthand IPv4 and IPv6 forms before we compare.
    assert.equal(reasonOf('http://127.1/api'), 'http://127.0.0.1/api');
    assert.equal(reasonOf('http://0x7f.0.0.1/api'), 'http://127.0.0.1/api');
    assert.equal(reasonOf('http://[0:0:0:0:0:0:0:1]/api'), 'http://[::1]/api');
  });

  it('refuses every other scheme', () => {
    for (const value of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'ftp://files.gemeente.example/upload',
      'file:///etc/passwd',
      'ws://localhost/socket',
      'wss://api.gemeente.example/socket',
      'mailto:burgerzaken@gemeente.example',
      'blob:https://www.gemeente.example/123',
    ]) {
      assert.equal(reasonOf(value), 'not-allowed', value);
    }
  });

  it('reports values that are not URLs as invalid', () => {
    assert.equal(reasonOf('https://'), 'invalid');
    assert.equal(reasonOf('http://[::1/api'), 'invalid');
    assert.equal(reasonOf('https://exa mple.com/'), 'invalid');
    assert.equal(reasonOf('/api', 'not a page url'), 'invalid');
  });

  it('reports URLs with user name or password as invalid (fetch refuses them; secrets do not belong in markup)', () => {
    assert.equal(reasonOf('https://user:secret@api.gemeente.example/x'), 'invalid');
    assert.equal(reasonOf('https://user@api.gemeente.example/x'), 'invalid');
  });

  it('does not treat opaque page origins (file:, data:) as same-origin', () => {
    assert.equal(reasonOf('file:///tmp/api', 'file:///tmp/page.html'), 'not-allowed');
    assert.equal(reasonOf('https://api.example/x', 'file:///tmp/page.html'), 'https://api.example/x');
  });
});

describe('isLoopback', () => {
  it('knows loopback host names after URL normalisation', () => {
    assert.equal(isLoopback('localhost'), true);
    assert.equal(isLoopback('127.0.0.1'), true);
    assert.equal(isLoopback('127.200.1.255'), true);
    assert.equal(isLoopback('[::1]'), true);
    assert.equal(isLoopback('127.0.0.256'), false);
    assert.equal(isLoopback('127.0.0'), false);
    assert.equal(isLoopback('126.0.0.1'), false);
    assert.equal(isLoopback('[::2]'), false);
    assert.equal(isLoopback('localhost.example'), false);
  });
});
