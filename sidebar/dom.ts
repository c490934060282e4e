/**
 * Building the sidebar's DOM from code. Text goes in only through `textContent`: sheet
 * names, headers and touchpoint names are user data, and user data is never HTML
 * (DESIGN §6). There is deliberately no helper that takes markup.
 */
export interface ElementProps {
  readonly className?: string;
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
}

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: ElementProps = {}, ...children: (Node | null | undefined | false)[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.text !== undefined) element.textContent = props.text;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const child of children) if (child) element.appendChild(child);
  return element;
}

export function option(value: string, text: string, selected = false): HTMLOptionElement {
  const o = el('option', { text, attrs: { value } });
  o.selected = selected;
  return o;
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`sidebar: #${id} is missing from index.html`);
  return element as T;
}

/** Replaces an element's children. */
export function fill(parent: HTMLElement, ...children: (Node | null | undefined | false)[]): void {
  parent.replaceChildren(...children.filter((c): c is Node => !!c));
}
