// The inbox page: what arrived, newest first, 50 to a page. Every value came from a browser, so every
// value is HTML-escaped — a payload is data, never markup. It lists the attachments' names and sizes,
// never their contents (the store hands it envelopes without them).
import { formatBytes } from '../../src/i18n/format.js';
import type { InboxPage } from './inbox-access.js';
import type { StoredSubmission } from './store.js';

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface AttachmentSummary {
  soort: unknown;
  bestandsnaam: unknown;
  mimeType: unknown;
  bytes: number;
}

function attachments(envelope: unknown): AttachmentSummary[] {
  const bijlagen = (envelope as { bijlagen?: unknown })?.bijlagen;
  if (!Array.isArray(bijlagen)) return [];
  return bijlagen.map((b: Record<string, unknown>) => ({
    soort: b?.['soort'],
    bestandsnaam: b?.['bestandsnaam'],
    mimeType: b?.['mimeType'],
    // The schema checked that `grootte` is the decoded length of what arrived.
    bytes: Number(b?.['grootte'] ?? 0),
  }));
}

const TIME = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long', timeStyle: 'medium' });

function renderSubmission(s: StoredSubmission): string {
  const files = attachments(s.envelope);
  const gegevens = (s.envelope as { gegevens?: unknown })?.gegevens ?? null;
  const fileList = files.length
    ? `<ul>${files
        .map(
          (f) =>
            `<li>${escapeHtml(f.bestandsnaam)} <span class="meta">(${escapeHtml(f.soort)}, ${escapeHtml(
              f.mimeType,
            )}, ${escapeHtml(`${formatBytes(f.bytes, 'nl')}, ${f.bytes} bytes`)})</span></li>`,
        )
        .join('')}</ul>`
    : '<p class="meta">Geen bijlagen</p>';
  return `<article>
  <h2>${escapeHtml(s.kenmerk)}</h2>
  <dl>
    <dt>Formulier</dt><dd>${escapeHtml(s.formulier)}</dd>
    <dt>Gemeente</dt><dd>${escapeHtml(s.gemeenteNaam ?? '')} (${escapeHtml(s.gemeenteCode ?? '')})</dd>
    <dt>Ontvangen</dt><dd><time datetime="${escapeHtml(s.ontvangenOp)}">${escapeHtml(TIME.format(new Date(s.ontvangenOp)))}</time></dd>
  </dl>
  <h3>Bijlagen</h3>
  ${fileList}
  <h3>Gegevens</h3>
  <pre>${escapeHtml(JSON.stringify(gegevens, null, 2))}</pre>
</article>`;
}

function pageNav(p: InboxPage): string {
  if (p.pages <= 1) return '';
  const link = (n: number, text: string, rel: string) =>
    `<a href="${escapeHtml(`?pagina=${n}`)}" rel="${rel}">${escapeHtml(text)}</a>`;
  return `<nav aria-label="Pagina's"><p>
  ${p.page > 1 ? link(p.page - 1, 'Vorige pagina', 'prev') : ''}
  <span>Pagina ${escapeHtml(p.page)} van ${escapeHtml(p.pages)}</span>
  ${p.page < p.pages ? link(p.page + 1, 'Volgende pagina', 'next') : ''}
</p></nav>`;
}

export function renderInbox(
  submissions: readonly StoredSubmission[],
  page: InboxPage = { page: 1, pages: 1, total: submissions.length, pageSize: submissions.length, linkHeader: undefined },
): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Inbox — referentie-ontvanger</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 60rem; padding: 1rem; line-height: 1.5; }
  article { border: 1px solid #ccc; border-radius: 4px; padding: 0 1rem 1rem; margin-block: 1rem; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0 1rem; }
  dt { font-weight: 600; }
  dd { margin: 0; }
  pre { background: #f4f4f4; padding: 0.75rem; overflow-x: auto; }
  .meta { color: #555; }
</style>
</head>
<body>
<h1>Inbox</h1>
<p class="meta">Referentie-ontvanger: ${escapeHtml(page.total)} inzending(en), nieuwste eerst, ${escapeHtml(page.pageSize)} per pagina.</p>
${pageNav(page)}
${submissions.length ? submissions.map(renderSubmission).join('\n') : '<p>Nog niets ontvangen.</p>'}
${pageNav(page)}
</body>
</html>
`;
}
