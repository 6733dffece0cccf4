/**
 * The app adds helpers to every element (`createEl`, `createDiv`, `createSpan`, `empty`,
 * `setText`, `addClass`, `removeClass`, `toggleClass`) and global `createEl`/`createDiv`/
 * `createSpan`/`createFragment`. Plugin code may use them, so the stand-in installs them on
 * the window it runs in. Text always goes in as text.
 */

export interface DomElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  placeholder?: string;
  href?: string;
}

function applyInfo(el: HTMLElement, info: DomElementInfo | string | undefined): void {
  const options = typeof info === "string" ? { cls: info } : (info ?? {});
  const classes = typeof options.cls === "string" ? options.cls.split(" ") : (options.cls ?? []);
  for (const cls of classes) if (cls !== "") el.classList.add(cls);
  if (typeof options.text === "string") el.textContent = options.text;
  else if (options.text) el.appendChild(options.text);
  for (const [name, value] of Object.entries(options.attr ?? {})) {
    if (value !== null && value !== false) el.setAttribute(name, String(value));
  }
  for (const name of ["title", "value", "type", "placeholder", "href"] as const) {
    const value = options[name];
    if (value !== undefined) el.setAttribute(name, value);
  }
  if (options.value !== undefined && "value" in el) (el as HTMLInputElement).value = options.value;
  options.parent?.appendChild(el);
}

function makeEl(
  doc: Document,
  tag: string,
  info?: DomElementInfo | string,
  callback?: (el: HTMLElement) => void,
): HTMLElement {
  const el = doc.createElement(tag);
  applyInfo(el, info);
  callback?.(el);
  return el;
}

/** Installs the helpers once on `win` (a browser window or happy-dom's). */
export function installDomHelpers(win: Window & typeof globalThis): void {
  const proto = win.Node.prototype as unknown as Record<string, unknown>;
  if (typeof proto.createEl === "function") return;
  const doc = win.document;
  Object.assign(proto, {
    createEl(
      this: Node,
      tag: string,
      info?: DomElementInfo | string,
      cb?: (el: HTMLElement) => void,
    ) {
      const el = makeEl(this.ownerDocument ?? doc, tag, info, cb);
      this.appendChild(el);
      return el;
    },
    createDiv(this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
      return (
        this as unknown as { createEl: (t: string, i?: unknown, c?: unknown) => HTMLElement }
      ).createEl("div", info, cb);
    },
    createSpan(this: Node, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) {
      return (
        this as unknown as { createEl: (t: string, i?: unknown, c?: unknown) => HTMLElement }
      ).createEl("span", info, cb);
    },
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    setText(this: Node, text: string) {
      this.textContent = text;
    },
  });
  Object.assign(win.Element.prototype as unknown as Record<string, unknown>, {
    addClass(this: Element, ...classes: string[]) {
      this.classList.add(...classes);
    },
    removeClass(this: Element, ...classes: string[]) {
      this.classList.remove(...classes);
    },
    toggleClass(this: Element, classes: string | string[], on: boolean) {
      for (const cls of typeof classes === "string" ? [classes] : classes)
        this.classList.toggle(cls, on);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: string | number | boolean | null) {
      if (value === null || value === false) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
  });
  Object.assign(win as unknown as Record<string, unknown>, {
    createEl: (tag: string, info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
      makeEl(doc, tag, info, cb),
    createDiv: (info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
      makeEl(doc, "div", info, cb),
    createSpan: (info?: DomElementInfo | string, cb?: (el: HTMLElement) => void) =>
      makeEl(doc, "span", info, cb),
    createFragment: (cb?: (fragment: DocumentFragment) => void) => {
      const fragment = doc.createDocumentFragment();
      cb?.(fragment);
      return fragment;
    },
  });
}
