// Form input/output the user does through the browser, shared by both form drivers: choosing files
// through the browser driver (test/commands/upload.mjs) and waiting for the address lookup.
import { executeServerCommand } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import type { CreateOptions, FormElement } from '../shared/form-driver.js';
import { root, tick, until } from './user.js';

/** Chooses files on an attachment input through the browser driver (test/commands/upload.mjs). */
export async function upload(
  el: FormElement,
  soort: string,
  files: { name: string; kind: 'pdf' | 'png' | 'fake-pdf' | 'pdf-html' | 'big-pdf'; size?: number }[],
): Promise<{ name: string; size: number; mimeType: string; base64: string }[]> {
  const written = await executeServerCommand<{ name: string; size: number; mimeType: string; base64: string }[], unknown>('upload-files', {
    host: `${el.localName}#${el.id}`,
    selector: `#f-bijlagen-${soort}`,
    files,
  });
  await until(() => root(el).querySelectorAll(`#f-bijlagen-${soort}`).length > 0);
  // Reading the files is asynchronous (FileReader/arrayBuffer): wait for the list or an error.
  await until(() => {
    const fieldEl = root(el).getElementById(`f-bijlagen-${soort}`)?.closest('.field');
    return !!fieldEl && (fieldEl.querySelectorAll('.file-list__item').length >= files.length || !!fieldEl.querySelector('.error-message'));
  });
  await tick(el);
  return written;
}

/** Waits until the address lookup has answered: one address found, a choice, or manual entry. */
export async function untilLookedUp(el: FormElement): Promise<void> {
  await until(() => {
    const r = root(el);
    if (r.querySelector('.address-status')?.textContent?.match(/gezocht|Looking up/)) return false;
    return (
      !!r.querySelector('.address-found') ||
      [...r.querySelectorAll('legend')].some((l) => /Kies het juiste adres|Choose the right address/.test(l.textContent ?? '')) ||
      [...r.querySelectorAll('label')].some((l) => /^\s*(Straat|Street)/.test(l.textContent ?? ''))
    );
  });
  await tick(el);
}


let counter = 0;

/**
 * Creates a form element for Utrecht (0344) the way a host page does — attributes and properties
 * set, then connected — with its clock pinned to `now`. Registration happens here, not at import:
 * the built-script test reuses the drivers' steps with the one-file script.
 */
export async function createForm(tag: string, now: string, options: CreateOptions = {}): Promise<FormElement> {
  await import('../../../src/define.js');
  const container = options.parent ?? (await fixture<HTMLDivElement>(html`<div></div>`));
  const el = document.createElement(tag) as unknown as FormElement;
  el.id = options.id ?? `${tag}-${++counter}`;
  el.clock = options.clock ?? (() => new Date(now));
  Object.assign(el, options.props ?? {});
  const attrs: Record<string, string> = {
    'gemeente-code': '0344',
    'gemeente-naam': 'Utrecht',
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    'address-lookup': options.lookupUrl ?? 'off',
    ...options.attrs,
  };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  container.appendChild(el);
  await tick(el);
  return el;
}
