/**
 * A small element builder on the app's DOM helpers (`createEl`), which also work in pop-out
 * windows. Text always goes in as text: nothing the vault holds is ever parsed as HTML.
 */

export interface ElementOptions {
  readonly cls?: string | readonly string[];
  readonly text?: string;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly title?: string;
}

/** Creates an element and appends it to `parent` when one is given. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  parent?: HTMLElement,
): HTMLElementTagNameMap[K] {
  const element = parent ? parent.createEl(tag) : createEl(tag);
  applyOptions(element, options);
  return element;
}

function applyOptions(element: HTMLElement, options: ElementOptions): void {
  const classes = typeof options.cls === "string" ? [options.cls] : (options.cls ?? []);
  for (const cls of classes) if (cls !== "") element.addClass(cls);
  if (options.text !== undefined) element.setText(options.text);
  if (options.title !== undefined) element.setAttr("title", options.title);
  for (const [name, value] of Object.entries(options.attrs ?? {})) element.setAttr(name, value);
}

/** Removes every child of an element. */
export function clear(element: HTMLElement): void {
  element.empty();
}
