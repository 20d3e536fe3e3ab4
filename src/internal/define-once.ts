/**
 * Registers a custom element unless a same-named one exists already. A CMS page may include our
 * script twice (a theme and a plugin each adding it): `customElements.define` would throw on the
 * second call and break the rest of that script, so the second load is a no-op instead.
 */
export function defineOnce(tag: string, ctor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}
