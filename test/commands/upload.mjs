// web-test-runner command that chooses files on a file input the way a user's file picker does:
// through the browser driver (puppeteer's ElementHandle.uploadFile), so the element receives real
// File objects and real `input`/`change` events — not a DataTransfer built by the test itself.
//
//   upload-files { selector, host?, files: [{ name, kind, size? }] } → [{ name, size, mimeType, base64 }]
//
// `selector` is looked up inside the shadow root of `host` (a CSS selector of the custom element,
// e.g. 'gemeente-verhuizing#a'), or, without `host`, with puppeteer's shadow-piercing `pierce/`.
// Kinds: `pdf` (a small, real one-page PDF), `png` (a real 1×1 PNG), `pdf-html` (a PDF header followed by HTML), `fake-pdf` (plain text named
// .pdf: the element must refuse it by content), `big-pdf` (a PDF header and %%EOF padded to `size` bytes).
// Each file is written to a temp folder that is removed when the run ends; the command returns what
// it wrote, so a test can compare the stored submission with the bytes that were really chosen.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PDF = `%PDF-1.4
1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj
2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj
3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources <</Font <</F1 5 0 R>>>>>> endobj
4 0 obj <</Length 44>> stream
BT /F1 18 Tf 72 760 Td (Huurcontract) Tj ET
endstream endobj
5 0 obj <</Type /Font /Subtype /Type1 /BaseFont /Helvetica>> endobj
trailer <</Root 1 0 R>>
%%EOF
`;

const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function contents(file) {
  switch (file.kind) {
    case 'pdf':
      return { bytes: Buffer.from(PDF, 'latin1'), mimeType: 'application/pdf' };
    case 'png':
      return { bytes: Buffer.from(PNG_BASE64, 'base64'), mimeType: 'image/png' };
    case 'pdf-html':
      // A PDF header in front of a web page: the header alone proves nothing (issue 8, hole 7).
      return { bytes: Buffer.from('%PDF-1.4\n<!doctype html><html><body><script>alert(1)</script></body></html>\n', 'latin1'), mimeType: 'application/pdf' };
    case 'fake-pdf':
      return { bytes: Buffer.from('Dit is geen PDF, maar platte tekst.\n', 'utf8'), mimeType: 'text/plain' };
    case 'big-pdf': {
      const bytes = Buffer.alloc(file.size ?? 11 * 1024 * 1024, 0x20);
      bytes.write('%PDF-1.4\n', 0, 'latin1');
      // A PDF ends with %%EOF (ISO 32000-2 §7.5.5); the receiver checks it.
      bytes.write('%%EOF\n', bytes.length - 6, 'latin1');
      return { bytes, mimeType: 'application/pdf' };
    }
    default:
      throw new Error(`upload-files: unknown kind "${file.kind}"`);
  }
}

export function uploadCommands() {
  const tempDirs = new Set();

  return {
    name: 'upload-commands',

    async executeCommand({ command, payload, session }) {
      if (command !== 'upload-files') return undefined;
      const { selector, host, files = [] } = payload ?? {};
      if (!selector) throw new Error('upload-files: payload.selector is required');
      const launcher = session.browser;
      if (typeof launcher.getPage !== 'function') throw new Error('upload-files needs a puppeteer-based launcher (chromeLauncher)');
      const page = launcher.getPage(session.id);

      const dir = mkdtempSync(join(tmpdir(), 'gf-wtr-upload-'));
      tempDirs.add(dir);
      const written = files.map((file, index) => {
        const { bytes, mimeType } = contents(file);
        // One subfolder per file, so two files may share a name (as on a real disk, in two folders).
        const folder = join(dir, String(index));
        mkdirSync(folder);
        const path = join(folder, file.name);
        return { path, bytes, mimeType, name: file.name };
      });
      for (const w of written) writeFileSync(w.path, w.bytes);

      const handle = host
        ? (await page.evaluateHandle(
            (h, s) => document.querySelector(h)?.shadowRoot?.querySelector(s) ?? null,
            host,
            selector,
          )).asElement()
        : await page.$(`pierce/${selector}`);
      if (!handle) throw new Error(`upload-files: no element ${host ? `${host} >>> ` : ''}${selector}`);
      await handle.uploadFile(...written.map((w) => w.path));
      await handle.dispose();
      return written.map((w) => ({ name: w.name, size: w.bytes.length, mimeType: w.mimeType, base64: w.bytes.toString('base64') }));
    },

    async serverStop() {
      for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
      tempDirs.clear();
    },
  };
}
