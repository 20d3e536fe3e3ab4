// English on demand from the sources (the ES route, issue 9 item 3): the form imports its English
// module only when `lang` asks for it; Dutch, marked lang="nl", shows until it arrives; when it cannot
// arrive the element stays Dutch with a note in both languages. (The classic scripts' route — file,
// integrity, nonce, Trusted Types, CSP — is test/node/build/language-files.test.ts.)
// Own tags with a controllable `languages`, so the module state of this page decides nothing here.
import { expect, fixture, html } from '@open-wc/testing';
import { GemeenteVerhuizing } from '../../../src/elements/verhuizing/verhuizing.js';
import { verhuizingDefinition } from '../../../src/elements/verhuizing/definition.js';
import type { LanguagePack } from '../../../src/i18n/language-pack.js';
import { heading, root, tick, until } from '../support/user.js';

const DUTCH = 'Verhuizing doorgeven aan de gemeente Utrecht';
const ENGLISH = 'Report your move to the municipality of Utrecht';

let release: (() => void) | undefined;
let calls = 0;
const realEnglish = verhuizingDefinition.languages!.en!;

/** English held back until the test releases it. */
class HeldVerhuizing extends GemeenteVerhuizing {
  protected override readonly definition = {
    ...verhuizingDefinition,
    languages: {
      en: async (): Promise<{ default: LanguagePack }> => {
        calls++;
        await new Promise<void>((r) => (release = r));
        return realEnglish();
      },
    },
  };
}
/** English that cannot load (as a 404 or a CSP block would end). */
class OfflineVerhuizing extends GemeenteVerhuizing {
  protected override readonly definition = {
    ...verhuizingDefinition,
    formulier: 'overlijden' as const, // another registry key than the held one's (no English arrived for it)
    languages: { en: () => Promise.reject(new Error('offline')) },
  };
}
customElements.define('test-verhuizing-held', HeldVerhuizing);
customElements.define('test-verhuizing-offline', OfflineVerhuizing);

const rootLang = (el: Element) => root(el).querySelector('.root')!.getAttribute('lang');
const note = (el: Element) => root(el).querySelector('.language-note');

describe('English on demand (sources)', () => {
  beforeEach(() => sessionStorage.clear());

  it('a Dutch element imports no English; lang="en" shows Dutch marked lang="nl" until English arrives, then English', async () => {
    const el = await fixture<HeldVerhuizing>(
      html`<test-verhuizing-held endpoint="/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="none"></test-verhuizing-held>`,
    );
    expect(heading(el)).to.equal(DUTCH);
    expect(calls, 'no English asked for').to.equal(0);
    el.setAttribute('lang', 'en');
    await until(() => release !== undefined);
    await new Promise((r) => setTimeout(r, 50));
    expect(heading(el), 'while loading').to.equal(DUTCH);
    expect(rootLang(el)).to.equal('nl');
    expect(note(el)).to.equal(null);
    await expect(el).to.be.accessible();
    const done = el.updateComplete;
    release!();
    await done; // updateComplete waits for the language
    expect(heading(el)).to.equal(ENGLISH);
    expect(rootLang(el)).to.equal('en');
    expect(calls, 'imported once').to.equal(1);
    el.setAttribute('lang', 'nl');
    await tick(el);
    el.setAttribute('lang', 'en');
    await tick(el);
    expect(heading(el)).to.equal(ENGLISH);
    expect(calls, 'not imported again').to.equal(1);
  });

  it('when English cannot load: Dutch, lang="nl", and a note in both languages, each half marked; axe passes', async () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (m: string) => warnings.push(m);
    try {
      const el = await fixture<OfflineVerhuizing>(
        html`<test-verhuizing-offline lang="en" endpoint="/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="none"></test-verhuizing-offline>`,
      );
      await tick(el);
      expect(heading(el)).to.equal(DUTCH);
      expect(rootLang(el)).to.equal('nl');
      const parts = [...note(el)!.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent!.trim()]);
      expect(parts).to.deep.equal([
        ['en', 'The English version of this form could not be loaded, so it is shown in Dutch.'],
        ['nl', 'De Engelse versie van dit formulier kon niet worden geladen. Daarom staat het formulier hieronder in het Nederlands.'],
      ]);
      expect(warnings.some((w) => w.includes('offline'))).to.equal(true);
      await expect(el).to.be.accessible();
      // Back to Dutch: no note.
      el.setAttribute('lang', 'nl');
      await tick(el);
      expect(note(el)).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });
});
