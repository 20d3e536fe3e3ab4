// In-page helpers for the engine tests (test/node/engines/). Plain JavaScript served as a file on the
// test page: functions handed to page.evaluate from TypeScript go through tsx/esbuild, which adds
// `__name()` calls the page does not have. Nothing here moves focus or clicks: the tests only read.
(() => {
  const norm = (s) => (s ?? '').replace(/\s+/g, ' ').trim();
  const host = () => document.querySelector('gemeente-verhuizing, gemeente-overlijden');
  const root = () => host()?.shadowRoot;

  /** The element a keyboard user is on, through the shadow roots (document.activeElement is the host). */
  function active() {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }

  /** What a screen reader would name the focused control by: its label (or text), and its group's legend. */
  function describe(el) {
    if (!el) return { tag: 'none', type: '', label: '', legend: '', checked: false, value: '', inForm: false };
    const r = el.getRootNode();
    let label = '';
    if (el.id && r.querySelector) {
      const l = r.querySelector(`label[for="${CSS.escape(el.id)}"]`);
      if (l) label = norm(l.textContent);
    }
    if (!label && (el.localName === 'button' || el.localName === 'a')) label = norm(el.textContent);
    if (!label && el.getAttribute('aria-label')) label = norm(el.getAttribute('aria-label'));
    if (!label && el.classList.contains('error-summary')) label = 'error-summary';
    if (!label) label = norm(el.textContent).slice(0, 60);
    const set = el.closest('fieldset');
    const legend = set ? norm(set.querySelector('legend')?.textContent) : '';
    // A visible focus indicator (WCAG 2.4.7): an outline or a box-shadow ring on the focused control.
    const cs = getComputedStyle(el);
    const outline = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0 && !/rgba\(.*,\s*0\)|transparent/.test(cs.outlineColor);
    const ring = outline || (cs.boxShadow && cs.boxShadow !== 'none');
    return {
      tag: el.localName,
      isTitle: el.classList.contains('step-title'),
      ring: !!ring,
      focusVisible: el.matches(':focus-visible'),
      type: el.type || '',
      label,
      legend,
      checked: !!el.checked,
      value: typeof el.value === 'string' ? el.value : '',
      inForm: r === root(),
      inSummary: !!el.closest('.error-summary'),
    };
  }

  window.__engine = {
    ready: () => !!root() && !!root().querySelector('.step-title, .config-error'),
    active: () => describe(active()),
    heading: () => norm(root()?.querySelector('.step-title')?.textContent),
    summary: () => [...(root()?.querySelectorAll('.error-summary li') ?? [])].map((li) => norm(li.textContent)),
    kenmerk: () => norm(root()?.querySelector('.confirmation__kenmerk')?.textContent),
    /** axe-core on the element (its open shadow root included), WCAG 2.x A and AA rules only. */
    async axe(tags) {
      const result = await window.axe.run(host(), { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      const violations = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' > '), html: n.html.slice(0, 200), summary: n.failureSummary })),
      }));
      // The rules that ran and passed, and those axe could not decide (it says "needs review"): a sweep
      // that checks nothing would also find nothing.
      return { violations, passes: result.passes.map((r) => r.id), incomplete: result.incomplete.map((r) => r.id) };
    },
  };
})();
