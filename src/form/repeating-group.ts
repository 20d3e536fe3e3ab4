// "Add another" group (GOV.UK add-another pattern): each item is a fieldset with its own legend
// ("Persoon 2"), a remove button naming the item, and one add button below. After adding, focus goes
// to the first input of the new item; after removing, to the add button, and a status message says
// what happened — otherwise a screen-reader user loses their place when the list changes.
import { html, nothing, type TemplateResult } from 'lit';
import type { StepContext } from './step-context.js';
import { fieldId } from './path.js';

export interface GroupOptions {
  /** i18n key of each item's legend; gets {{nummer}}. */
  itemLabel: string;
  addLabel: string;
  removeLabel: string;
  removedMessage: string;
  renderItem(itemPath: string, index: number): unknown;
  /** A new, empty item (e.g. `{}`). */
  empty(): Record<string, unknown>;
  /** At most this many items: the add button goes once the list is full (the schema's own bound). */
  max?: number;
}

export function repeatingGroup(ctx: StepContext<unknown>, path: string, o: GroupOptions): TemplateResult | typeof nothing {
  const items = (ctx.get(path) as unknown[] | undefined) ?? [];
  if (ctx.mode === 'summary') {
    items.forEach((_, index) => {
      ctx.beginSection(ctx.t(o.itemLabel, { nummer: index + 1 }));
      o.renderItem(`${path}.${index}`, index);
    });
    ctx.beginSection(undefined);
    return nothing;
  }
  const groupId = fieldId(path);
  const add = () => {
    ctx.set(path, [...items, o.empty()]);
    ctx.host.afterRender(() => {
      const item = ctx.host.renderRoot.querySelector(`#${groupId}-${items.length}`);
      (item?.querySelector('input, select, textarea') as HTMLElement | null)?.focus();
    });
  };
  const remove = (index: number) => {
    ctx.set(path, items.filter((_, i) => i !== index));
    ctx.host.itemRemoved(path, index);
    ctx.host.announce(ctx.t(o.removedMessage, { nummer: index + 1 }));
    ctx.host.afterRender(() => (ctx.host.renderRoot.querySelector(`#${groupId}-add`) as HTMLElement | null)?.focus());
  };
  const item = (index: number) => {
    // Fields register under the item's legend, so the error summary says whose field it is.
    ctx.beginSection(ctx.t(o.itemLabel, { nummer: index + 1 }));
    const body = o.renderItem(`${path}.${index}`, index);
    ctx.beginSection(undefined);
    return body;
  };
  return html`<div class="group">
    ${items.map(
      (_, index) => html`<fieldset class="fieldset group-item" id="${groupId}-${index}">
        <legend class="legend group-item__legend">${ctx.t(o.itemLabel, { nummer: index + 1 })}</legend>
        ${item(index)}
        <button type="button" class="button button--secondary" part="button" @click=${() => remove(index)}>
          ${ctx.t(o.removeLabel, { nummer: index + 1 })}
        </button>
      </fieldset>`,
    )}
    ${o.max !== undefined && items.length >= o.max
      ? nothing
      : html`<button type="button" class="button button--secondary" part="button" id="${groupId}-add" @click=${add}>
          ${ctx.t(o.addLabel)}
        </button>`}
  </div>`;
}
