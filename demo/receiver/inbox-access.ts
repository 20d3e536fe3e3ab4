// Who may read the inbox, and which page (issue 8, holes 3 and 10). The inbox lists personal data
// (BSNs, addresses, causes of a death): the demo may show it without a login to the machine it runs
// on, a copied receiver on a network must not show it to anyone who finds the URL.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Headers, Problem } from './http.js';
import { PAGE_SIZE } from './store.js';

/**
 * Whether the peer of this socket is on this machine. By the socket's address — never the Host
 * header, which the client writes itself (`Host: localhost` from anywhere).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

function sameToken(given: string, expected: string): boolean {
  // Equal-length digests, so the comparison takes the same time however much of the token matches.
  const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/**
 * null when the request may read the inbox; otherwise the problem to answer. With a token (option or
 * INBOX_TOKEN) every request must carry `Authorization: Bearer <token>` (RFC 6750), also on loopback;
 * without one only loopback clients are served.
 */
export function inboxAccess(req: IncomingMessage, token: string | undefined): { problem: Problem; headers: Headers } | null {
  if (token) {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (match && sameToken(match[1]!, token)) return null;
    return {
      problem: { code: 'inbox-login', status: 401, title: 'Inloggen nodig', detail: 'Stuur Authorization: Bearer met het INBOX_TOKEN.' },
      headers: { 'WWW-Authenticate': 'Bearer realm="inbox"' },
    };
  }
  if (isLoopbackAddress(req.socket?.remoteAddress)) return null;
  return {
    problem: {
      code: 'inbox-alleen-lokaal',
      status: 403,
      title: 'De inbox is alleen op deze computer te zien',
      detail: 'Zet INBOX_TOKEN om de inbox met een token over het netwerk te openen.',
    },
    headers: {},
  };
}

export interface InboxPage {
  /** 1-based, clamped to the pages that exist. */
  page: number;
  pages: number;
  total: number;
  pageSize: number;
  /** RFC 8288 links to the neighbouring pages, for /inbox.json. */
  linkHeader: string | undefined;
}

/** The page asked for by `?pagina=N` (default 1). */
export function inboxPage(req: IncomingMessage, total: number, pageSize = PAGE_SIZE): InboxPage {
  const url = new URL(req.url ?? '/', 'http://receiver');
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const asked = Number(url.searchParams.get('pagina') ?? 1);
  const page = Number.isInteger(asked) ? Math.min(Math.max(asked, 1), pages) : 1;
  const link = (n: number, rel: string) => `<${url.pathname}?pagina=${n}>; rel="${rel}"`;
  const links = [page > 1 ? link(page - 1, 'prev') : '', page < pages ? link(page + 1, 'next') : ''].filter(Boolean);
  return { page, pages, total, pageSize, linkHeader: links.length ? links.join(', ') : undefined };
}
