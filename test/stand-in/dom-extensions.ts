/**
 * The DOM helpers the app adds to every element and window (`createEl`, `createDiv`,
 * `empty`, `setText`, `addClass`, `doc.win`, …), as its `obsidian.d.ts` declares them.
 * Installed once per DOM (happy-dom in unit tests, Chromium in the browser host) so that
 * the plugin's DOM code runs unchanged outside the app. Only what the d.ts promises is
 * here; behaviour follows the declarations: `cls` may be a string or a list, `text` is
 * set as text, `attr` values of null are skipped, `parent`/`prepend` place the element.
 */

interface ElementInfo {
  cls?: string | string[];
  text?: string | DocumentFragment;
  attr?: Record<string, string | number | boolean | null>;
  title?: string;
  parent?: Node;
  value?: string;
  type?: string;
  prepend?: boolean;
  placeholder?: string;
  href?: string;
}

type Info = ElementInfo | string | undefined;

function applyInfo(element: Element, info: Info): void {
  const o: ElementInfo = typeof info === "string" ? { cls: info } : (info ?? {});
  const classes = Array.isArray(o.cls) ? o.cls : (o.cls ?? "").split(" ");
  for (const cls of classes) if (cls) element.classList.add(cls);
  if (typeof o.text === "string") element.textContent = o.text;
  else if (o.text) element.appendChild(o.text);
  for (const [name, value] of Object.entries(o.attr ?? {})) {
    if (value !== null) element.setAttribute(name, String(value));
  }
  for (const name of ["title", "value", "type", "placeholder", "href"] as const) {
    if (o[name] !== undefined) element.setAttribute(name, o[name]);
  }
  if (o.parent) place(o.parent, element, o.prepend === true);
}

function place(parent: Node, child: Node, prepend: boolean): void {
  if (prepend) parent.insertBefore(child, parent.firstChild);
  else parent.appendChild(child);
}

function documentOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

function makeEl(
  doc: Document,
  tag: string,
  info: Info,
  callback?: (el: Element) => void,
): HTMLElement {
  const element = doc.createElement(tag);
  applyInfo(element, info);
  callback?.(element);
  return element;
}

function makeSvg(
  doc: Document,
  tag: string,
  info: Info,
  callback?: (el: Element) => void,
): SVGElement {
  const element = doc.createElementNS("http://www.w3.org/2000/svg", tag);
  applyInfo(element, info);
  callback?.(element);
  return element;
}

function defineAll(target: object, methods: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(methods)) {
    Object.defineProperty(target, name, { value, configurable: true, writable: true });
  }
}

function nodeMethods(): Record<string, unknown> {
  return {
    createEl(this: Node, tag: string, info?: Info, callback?: (el: Element) => void) {
      const element = makeEl(documentOf(this), tag, info, callback);
      if (!(typeof info === "object" && info.parent))
        place(this, element, typeof info === "object" && info.prepend === true);
      return element;
    },
    createDiv(
      this: Node & { createEl: (t: string, i?: Info, c?: unknown) => HTMLElement },
      info?: Info,
      cb?: unknown,
    ) {
      return this.createEl("div", info, cb);
    },
    createSpan(
      this: Node & { createEl: (t: string, i?: Info, c?: unknown) => HTMLElement },
      info?: Info,
      cb?: unknown,
    ) {
      return this.createEl("span", info, cb);
    },
    createSvg(this: Node, tag: string, info?: Info, callback?: (el: Element) => void) {
      const element = makeSvg(documentOf(this), tag, info, callback);
      if (!(typeof info === "object" && info.parent))
        place(this, element, typeof info === "object" && info.prepend === true);
      return element;
    },
    empty(this: Node) {
      while (this.firstChild) this.removeChild(this.firstChild);
    },
    detach(this: Node) {
      this.parentNode?.removeChild(this);
    },
    appendText(this: Node, text: string) {
      this.appendChild(documentOf(this).createTextNode(text));
    },
    setText(this: Node, text: string) {
      this.textContent = text;
    },
    getText(this: Node) {
      return this.textContent ?? "";
    },
  };
}

function elementMethods(): Record<string, unknown> {
  return {
    addClass(this: Element, ...classes: string[]) {
      this.classList.add(...classes.filter(Boolean));
    },
    removeClass(this: Element, ...classes: string[]) {
      this.classList.remove(...classes.filter(Boolean));
    },
    toggleClass(this: Element, classes: string | string[], value: boolean) {
      for (const cls of Array.isArray(classes) ? classes : [classes])
        this.classList.toggle(cls, value);
    },
    hasClass(this: Element, cls: string) {
      return this.classList.contains(cls);
    },
    setAttr(this: Element, name: string, value: string | number | boolean | null) {
      if (value === null) this.removeAttribute(name);
      else this.setAttribute(name, String(value));
    },
    setAttrs(this: Element, attrs: Record<string, string | number | boolean | null>) {
      for (const [name, value] of Object.entries(attrs)) {
        if (value === null) this.removeAttribute(name);
        else this.setAttribute(name, String(value));
      }
    },
    find(this: Element, selector: string) {
      return this.querySelector(selector);
    },
    findAll(this: Element, selector: string) {
      return [...this.querySelectorAll(selector)];
    },
  };
}

function htmlElementMethods(): Record<string, unknown> {
  return {
    show(this: HTMLElement) {
      this.classList.remove("attack-lens-stand-in-hidden");
      this.style.removeProperty("display");
    },
    hide(this: HTMLElement) {
      this.style.setProperty("display", "none");
    },
    isShown(this: HTMLElement) {
      return this.style.getPropertyValue("display") !== "none";
    },
    setCssStyles(this: HTMLElement, styles: Record<string, string>) {
      Object.assign(this.style, styles);
    },
    setCssProps(this: HTMLElement, props: Record<string, string>) {
      for (const [name, value] of Object.entries(props)) this.style.setProperty(name, value);
    },
  };
}

/** Installs the helpers into a window (idempotent). */
export function installDomExtensions(win: Window & typeof globalThis): void {
  const scope = win as unknown as Record<string, unknown>;
  if (scope.__attackLensDomExtensions) return;
  scope.__attackLensDomExtensions = true;
  defineAll(win.Node.prototype, nodeMethods());
  defineAll(win.Element.prototype, elementMethods());
  defineAll(win.HTMLElement.prototype, htmlElementMethods());
  Object.defineProperty(win.Document.prototype, "win", { get: () => win, configurable: true });
  defineAll(win, {
    createEl: (tag: string, info?: Info, cb?: (el: Element) => void) =>
      makeEl(win.document, tag, info, cb),
    createDiv: (info?: Info, cb?: (el: Element) => void) => makeEl(win.document, "div", info, cb),
    createSpan: (info?: Info, cb?: (el: Element) => void) => makeEl(win.document, "span", info, cb),
    createSvg: (tag: string, info?: Info, cb?: (el: Element) => void) =>
      makeSvg(win.document, tag, info, cb),
    createFragment: (cb?: (f: DocumentFragment) => void) => {
      const fragment = win.document.createDocumentFragment();
      cb?.(fragment);
      return fragment;
    },
    activeDocument: win.document,
    activeWindow: win,
  });
}

if (typeof window !== "undefined" && typeof window.Node === "function") {
  installDomExtensions(window);
}
