// The policy for every URL an attribute gives the element: where it sends data (`endpoint`), asks
// for addresses (`address-lookup`), loads a stylesheet from (`theme-href`) or sends the citizen for
// help (`contact-url`). One policy, one home. Framework-free so it can be unit-tested in Node.
//
// Why this policy: the endpoint receives BSNs and other personal data, so it must be encrypted in
// transit (https:), or stay on the page's own origin (the host already chose how that page is served),
// or be a developer's own machine (http: on loopback never leaves the computer). Schemes such as
// javascript:, data:, blob: or ftp: are never a place to POST personal data to.
// For `theme-href` (issue 8 hole 6): a stylesheet decides what the citizen sees, so it must come from
// a server (token CDNs on any https origin are normal), never from the attribute itself: a
// `data:text/css,*{display:none}` hid the whole form without any configuration message.

export type EndpointCheck =
  | { ok: true; url: URL }
  | { ok: false; reason: 'missing' | 'invalid' | 'not-allowed' };

export function checkEndpoint(value: string | null | undefined, pageUrl: string): EndpointCheck {
  const text = value?.trim() ?? '';
  if (text === '') return { ok: false, reason: 'missing' };

  let url: URL;
  try {
    // Relative values ("/api/verhuizing", "//host/x") resolve against the page, as fetch() would.
    url = new URL(text, pageUrl);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  // fetch() refuses URLs with credentials in them, and a password in page markup is a leak anyway.
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'invalid' };

  if (url.protocol === 'https:') return { ok: true, url };
  if (url.protocol !== 'http:') return { ok: false, reason: 'not-allowed' };
  if (isLoopback(url.hostname) || isSameHttpOrigin(url, pageUrl)) return { ok: true, url };
  return { ok: false, reason: 'not-allowed' };
}

/**
 * `localhost`, 127.0.0.0/8 and `[::1]`. The WHATWG URL parser has already normalised the host
 * (lower case, `127.1` / `0x7f.0.0.1` → `127.0.0.1`, `[0:0::1]` → `[::1]`), so plain comparisons suffice.
 */
export function isLoopback(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  const octets = /^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(hostname);
  return octets !== null && octets.slice(1).every((o) => Number(o) <= 255);
}

function isSameHttpOrigin(url: URL, pageUrl: string): boolean {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return false;
  }
  // Only http(s) pages: opaque origins (file:, data:, sandboxed) all serialise as "null" and
  // would otherwise compare equal to each other.
  return (page.protocol === 'http:' || page.protocol === 'https:') && page.origin === url.origin;
}
