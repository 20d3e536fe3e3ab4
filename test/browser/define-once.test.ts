import { expect } from '@open-wc/testing';
import { defineOnce } from '../../src/internal/define-once.js';

describe('defineOnce', () => {
  it('registers a tag once and ignores a second registration', () => {
    class A extends HTMLElement {}
    class B extends HTMLElement {}
    defineOnce('x-define-once-test', A);
    expect(() => defineOnce('x-define-once-test', B)).not.to.throw();
    expect(customElements.get('x-define-once-test')).to.equal(A);
  });
});
