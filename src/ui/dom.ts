/**
 * A small element builder on plain DOM calls. Text always goes in as text: nothing the
 * vault holds is ever parsed as HTML.
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
  const doc = parent?.ownerDocument ?? document;
  const element = doc.createElement(tag);
  applyOptions(element, options);
  parent?.appendChild(element);
  return element;
}

function applyOptions(element: HTMLElement, options: ElementOptions): void {
  const classes = typeof options.cls === "string" ? [options.cls] : (options.cls ?? []);
  for (const cls of classes) if (cls !== "") element.classList.add(cls);
  if (options.text !== undefined) element.textContent = options.text;
  if (options.title !== undefined) element.setAttribute("title", options.title);
  for (const [name, value] of Object.entries(options.attrs ?? {}))
    element.setAttribute(name, value);
}

/** Removes every child of an element. */
export function clear(element: HTMLElement): void {
  while (element.firstChild) element.removeChild(element.firstChild);
}
