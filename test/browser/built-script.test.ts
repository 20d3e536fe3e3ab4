// The one-file script exactly as a webmaster uses it: a classic <script src>, nothing from src/.
// (Built by `npm test` before the browser tests; served by the test server from /dist.)
// This file must not import src/define.js, or the elements would come from the sources instead.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { ReceiverUrls } from '../commands/index.mjs';
import { check, choose, heading, press, root, tick, until } from './support/user.js';
import { untilStep, walkToCheck } from './shared/flow.js';
import type { FormElement } from './shared/form-driver.js';
import { NOW, TODAY, shortSteps } from './verhuizing/driver.js';

const SCRIPT = '/dist/gemeente-formulieren.js';

function loadScript(doc: Document = document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = SCRIPT;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${SCRIPT}`));
    doc.head.appendChild(script);
  });
}

describe('the built one-file script', () => {
  let receiver: ReceiverUrls;

  beforeEach(async () => {
    sessionStorage.clear();
    receiver = await executeServerCommand<ReceiverUrls, unknown>('receiver-start', { today: TODAY, now: NOW });
  });
  afterEach(async () => {
    await executeServerCommand('receiver-stop');
  });

  it('loads twice without an error, and two instances with different ids share neither drafts nor ids', async () => {
    const pageErrors: unknown[] = [];
    const onError = (e: ErrorEvent) => pageErrors.push(e.error ?? e.message);
    window.addEventListener('error', onError);
    try {
      const globalsBefore = new Set(Object.keys(window));
      await loadScript();
      await loadScript();
      expect(pageErrors).to.deep.equal([]);
      expect(customElements.get('gemeente-verhuizing')).to.be.a('function');
      expect(customElements.get('gemeente-overlijden')).to.be.a('function');
      // A CMS page is a shared namespace: the classic script adds no globals.
      expect(Object.keys(window).filter((k) => !globalsBefore.has(k))).to.deep.equal([]);

      const container = document.createElement('div');
      container.innerHTML = ['a', 'b']
        .map((id) => `<gemeente-verhuizing id="${id}" endpoint="${receiver.url}/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off"></gemeente-verhuizing>`)
        .join('');
      document.body.appendChild(container);
      const [a, b] = [...container.querySelectorAll('gemeente-verhuizing')] as unknown as FormElement[];
      await tick(a!);
      await tick(b!);
      await choose(a!, 'Waar verhuist u naar?', 'Naar een adres in Nederland');
      await tick(a!);
      await choose(a!, 'Verhuist u zelf mee?', 'Ja');
      await press(a!, 'Volgende');
      await untilStep(a!, 'Uw nieuwe adres');
      expect(heading(b!)).to.equal('Verhuizing doorgeven aan de gemeente Utrecht');
      expect(root(b!).querySelectorAll('input:checked')).to.have.length(0);

      // Each keeps its own draft under its own key.
      container.innerHTML = '';
      container.innerHTML = ['b', 'a']
        .map((id) => `<gemeente-verhuizing id="${id}" endpoint="${receiver.url}/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off"></gemeente-verhuizing>`)
        .join('');
      const again = (id: string) => container.querySelector(`#${id}`) as unknown as FormElement;
      await tick(again('a'));
      await tick(again('b'));
      expect(heading(again('a'))).to.equal('Uw nieuwe adres');
      expect(heading(again('b'))).to.equal('Verhuizing doorgeven aan de gemeente Utrecht');
      // Ids live in each shadow root; the page gets none of them.
      expect(root(again('b')).getElementById('f-routering')).to.not.equal(null);
      expect(root(again('a')).getElementById('f-nieuwAdres-postcode')).to.not.equal(null);
      expect(document.getElementById('f-routering')).to.equal(null);
      container.remove();
      expect(pageErrors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('works on a plain webmaster page (classic script tag, one element) and submits to the receiver', async function () {
    this.timeout(30000);
    const frame = document.createElement('iframe');
    frame.style.width = '800px';
    frame.style.height = '600px';
    frame.srcdoc = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Verhuizing doorgeven | Gemeente Utrecht</title>
<script src="${SCRIPT}" defer></script></head>
<body><main><h1>Verhuizing doorgeven</h1>
<gemeente-verhuizing id="verhuizing" endpoint="${receiver.url}/api/verhuizing"
  gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="${receiver.lookupUrl}"></gemeente-verhuizing>
</main></body></html>`;
    const loaded = new Promise((r) => (frame.onload = r));
    document.body.appendChild(frame);
    try {
      await loaded;
      const doc = frame.contentDocument!;
      await until(() => !!doc.querySelector('gemeente-verhuizing')?.shadowRoot);
      const el = doc.querySelector('gemeente-verhuizing') as unknown as FormElement;
      el.clock = () => new Date(NOW);
      el.requestUpdate();
      await tick(el);
      // The element is the built one, not a source module of this test page.
      expect(el.constructor).to.equal(frame.contentWindow!.customElements.get('gemeente-verhuizing'));

      await walkToCheck(el, shortSteps);
      await check(el, 'Ik heb alles naar waarheid ingevuld');
      await press(el, 'Versturen');
      await until(() => heading(el) === 'Uw gegevens zijn verstuurd', 10000);
      const rows = await executeServerCommand<{ kenmerk: string; envelope: { gegevens: { aangever: { burgerservicenummer: string } } } }[], unknown>('receiver-submissions');
      expect(rows).to.have.length(1);
      expect(rows[0]!.kenmerk).to.equal(root(el).querySelector('.confirmation__kenmerk')!.textContent!.trim());
      expect(rows[0]!.envelope.gegevens.aangever.burgerservicenummer).to.equal('999993847');
    } finally {
      frame.remove();
    }
  });
});
