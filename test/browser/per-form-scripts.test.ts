// The per-form classic scripts (dist/gemeente-verhuizing.js, dist/gemeente-overlijden.js) exactly as a
// webmaster uses them: plain pages, <script src>, nothing from src/ (issue 9). Each registers its own
// tag; both together, each twice, and next to the all-forms script give no error.
import { expect } from '@open-wc/testing';
import { choose, heading, press, root, tick, until } from './support/user.js';

const VERHUIZING = '/dist/gemeente-verhuizing.js';
const OVERLIJDEN = '/dist/gemeente-overlijden.js';
const ALL = '/dist/gemeente-formulieren.js';
const LIBRARY_GLOBALS = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions', '__zod_globalConfig'];

interface Page {
  frame: HTMLIFrameElement;
  doc: Document;
  win: Window & typeof globalThis;
  errors: unknown[];
}

/** A plain page in an iframe (its own window and registry) with these classic scripts, in order. */
async function plainPage(scripts: string[], body: string): Promise<Page> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  // The error listener is the first script, so it sees errors of every script after it.
  frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Gemeente Utrecht</title>
<script>window.pageErrors = []; addEventListener('error', (e) => pageErrors.push(String(e.error ?? e.message)));</script>
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
</head><body><main>${body}</main></body></html>`;
  const loaded = new Promise((r) => (frame.onload = r));
  document.body.appendChild(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  return { frame, doc: frame.contentDocument!, win, errors: (win as unknown as { pageErrors: unknown[] }).pageErrors };
}

const verhuizing = `<gemeente-verhuizing endpoint="/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="none"></gemeente-verhuizing>`;
const overlijden = `<gemeente-overlijden endpoint="/api/overlijden" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="none"></gemeente-overlijden>`;

async function rendered(doc: Document, tag: string): Promise<Element> {
  await until(() => !!doc.querySelector(tag)?.shadowRoot?.querySelector('h1, h2'));
  const el = doc.querySelector(tag)!;
  await tick(el);
  return el;
}

describe('the per-form scripts', () => {
  it('each registers only its own tag and adds no globals', async () => {
    for (const [src, own, other] of [[VERHUIZING, 'gemeente-verhuizing', 'gemeente-overlijden'], [OVERLIJDEN, 'gemeente-overlijden', 'gemeente-verhuizing']] as const) {
      const empty = await plainPage([], '');
      const before = new Set(Object.keys(empty.win));
      empty.frame.remove();
      const page = await plainPage([src], '');
      try {
        expect(page.errors).to.deep.equal([]);
        expect(page.win.customElements.get(own), own).to.be.a('function');
        expect(page.win.customElements.get(other), other).to.equal(undefined);
        // Our script exports nothing; what appears is the libraries' own bookkeeping (version lists
        // that let Lit and zod share a page with other copies of themselves), the same as the
        // all-forms script adds.
        expect(Object.keys(page.win).filter((k) => !before.has(k) && !LIBRARY_GLOBALS.includes(k))).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    }
  });

  beforeEach(() => sessionStorage.clear());

  it('both together, each twice, render both forms without an error', async () => {
    const page = await plainPage([VERHUIZING, OVERLIJDEN, VERHUIZING, OVERLIJDEN], verhuizing + overlijden);
    try {
      const v = await rendered(page.doc, 'gemeente-verhuizing');
      const o = await rendered(page.doc, 'gemeente-overlijden');
      expect(heading(v)).to.equal('Verhuizing doorgeven aan de gemeente Utrecht');
      expect(heading(o)).to.equal('Aangifte van overlijden bij de gemeente Utrecht');
      // The verhuizing works (a step further) with the overlijden's script on the same page.
      await choose(v, 'Waar verhuist u naar?', 'Naar een adres in Nederland');
      await choose(v, 'Verhuist u zelf mee?', 'Ja');
      await press(v, 'Volgende');
      await until(() => heading(v) === 'Uw nieuwe adres');
      expect(root(v).getElementById('f-nieuwAdres-postcode')).to.not.equal(null);
      expect(page.errors).to.deep.equal([]);
    } finally {
      page.frame.remove();
    }
  });

  it('next to the all-forms script (either order) there is no error, and the first registration stays', async () => {
    for (const scripts of [[ALL, VERHUIZING, OVERLIJDEN], [VERHUIZING, ALL, OVERLIJDEN]]) {
      const page = await plainPage(scripts, verhuizing + overlijden);
      try {
        const v = await rendered(page.doc, 'gemeente-verhuizing');
        const o = await rendered(page.doc, 'gemeente-overlijden');
        expect(heading(v)).to.equal('Verhuizing doorgeven aan de gemeente Utrecht');
        expect(heading(o)).to.equal('Aangifte van overlijden bij de gemeente Utrecht');
        expect(page.errors, scripts.join(' + ')).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    }
  });
});
