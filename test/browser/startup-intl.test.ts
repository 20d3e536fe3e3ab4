// No startup work that waits (issue 9, item 1): up to the first render of the form, the built script
// constructs no Intl.Collator (the address list is sorted on first use; never with
// address-lookup="off") and no Intl.DateTimeFormat with a timeZone (today's date comes from the EU
// summer-time rule); after first paint, when idle, the rule is checked against Intl once.
import { expect } from '@open-wc/testing';
import { until } from './support/user.js';

describe('startup of the built script', () => {
  it('builds no Intl.Collator and no time-zone Intl.DateTimeFormat before the first field; checks Intl once when idle', async () => {
    const frame = document.createElement('iframe');
    // The inline script wraps the Intl constructors before the form's script runs, and notes for each
    // construction whether the first field was already there.
    frame.srcdoc = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title>
<script>
  window.intlLog = [];
  const field = () => !!document.querySelector('gemeente-verhuizing')?.shadowRoot?.querySelector('input');
  for (const name of ['Collator', 'DateTimeFormat']) {
    const Original = Intl[name];
    Intl[name] = function (locales, options) {
      intlLog.push({ name, timeZone: options?.timeZone, afterFirstField: field() });
      return new Original(locales, options);
    };
    Intl[name].prototype = Original.prototype;
    Intl[name].supportedLocalesOf = Original.supportedLocalesOf.bind(Original);
  }
</script>
<script src="/dist/gemeente-verhuizing.js"></script></head>
<body><gemeente-verhuizing endpoint="/api/verhuizing" gemeente-code="0344" gemeente-naam="Utrecht" address-lookup="off" persist="none"></gemeente-verhuizing></body></html>`;
    const loaded = new Promise((r) => (frame.onload = r));
    document.body.appendChild(frame);
    try {
      await loaded;
      const win = frame.contentWindow as Window & { intlLog: { name: string; timeZone?: string; afterFirstField: boolean }[] };
      const doc = frame.contentDocument!;
      await until(() => !!doc.querySelector('gemeente-verhuizing')?.shadowRoot?.querySelector('input'));
      // The idle check builds Intl's Amsterdam formatter once.
      await until(() => win.intlLog.some((e) => e.timeZone === 'Europe/Amsterdam'), 10000);
      await new Promise((r) => setTimeout(r, 300));
      expect(win.intlLog.filter((e) => e.name === 'Collator')).to.deep.equal([]);
      const zoned = win.intlLog.filter((e) => e.timeZone);
      expect(zoned).to.deep.equal([{ name: 'DateTimeFormat', timeZone: 'Europe/Amsterdam', afterFirstField: true }]);
    } finally {
      frame.remove();
    }
  });
});
