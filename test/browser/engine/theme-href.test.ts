// issue 8 hole 6: `theme-href="data:text/css,*{display:none}"` hid the form without a configuration
// message. theme-href follows the endpoint policy; anything else is a visible configuration error.
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { heading, root, tick, until } from '../support/user.js';
import { createVerhuizing } from '../verhuizing/driver.js';
import { createOverlijden } from '../overlijden/driver.js';

const HIDE_ALL = 'data:text/css,*{display:none}';

describe('theme-href', () => {
  afterEach(() => sinon.restore());

  for (const [tag, create, endpoint] of [
    ['gemeente-verhuizing', createVerhuizing, '/api/verhuizing'],
    ['gemeente-overlijden', createOverlijden, '/api/overlijden'],
  ] as const) {
    it(`<${tag}>: a data: theme-href shows the configuration message (nl and en), loads nothing and names the attribute in the console`, async () => {
      const spy = sinon.stub(console, 'error');
      const el = await create({ endpoint, attrs: { 'theme-href': HIDE_ALL } });
      const box = root(el).querySelector('.config-error')!;
      expect(box, 'configuration message').to.exist;
      expect(box.getAttribute('role')).to.equal('alert');
      expect(box.textContent).to.contain('Dit formulier is niet goed ingesteld');
      expect(box.textContent).to.contain('Het attribuut theme-href moet een https-adres zijn');
      expect(getComputedStyle(box).display).not.to.equal('none');
      expect(root(el).querySelector('link')).to.equal(null);
      expect(root(el).querySelector('form')).to.equal(null);
      expect(spy.getCalls().some((c) => String(c.args[0]).includes('"theme-href"') && String(c.args[0]).includes(tag))).to.equal(true);
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'en');
      await tick(el);
      expect(root(el).querySelector('.config-error')!.textContent).to.contain('The theme-href attribute must be an https address');
      await expect(el).to.be.accessible();
    });
  }

  it('blob: and javascript: are refused too; fixing the attribute shows the form with the stylesheet', async () => {
    sinon.stub(console, 'error');
    const el = await createVerhuizing({ endpoint: '/api/verhuizing', attrs: { 'theme-href': 'javascript:alert(1)' } });
    expect(root(el).querySelector('.config-error')!.textContent).to.contain('theme-href');
    el.setAttribute('theme-href', URL.createObjectURL(new Blob(['*{display:none}'], { type: 'text/css' })));
    await tick(el);
    expect(root(el).querySelector('.config-error')!.textContent).to.contain('theme-href');
    expect(root(el).querySelector('link')).to.equal(null);

    // A same-origin token stylesheet (an NL Design System theme) is loaded into the element.
    el.setAttribute('theme-href', '/node_modules/@utrecht/design-tokens/dist/theme.css');
    await tick(el);
    expect(root(el).querySelector('.config-error')).to.equal(null);
    const link = root(el).querySelector('link')!;
    expect(link.href).to.equal(new URL('/node_modules/@utrecht/design-tokens/dist/theme.css', location.href).href);
    await until(() => !!link.sheet);
    expect(heading(el)).to.equal('Verhuizing doorgeven aan de gemeente Utrecht');
  });
});
