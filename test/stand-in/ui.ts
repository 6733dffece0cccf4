import { Component } from "./component";
import type { App } from "./app";

/** Every notice shown since the page (or test file) started, newest last. */
export const shownNotices: string[] = [];

/** A transient message in the app's notice area (`.notice-container` on the body). */
export class Notice {
  readonly noticeEl: HTMLElement;

  constructor(message: string | DocumentFragment, duration?: number) {
    const container = noticeContainer();
    this.noticeEl = container.ownerDocument.createElement("div");
    this.noticeEl.classList.add("notice");
    this.setMessage(message);
    container.appendChild(this.noticeEl);
    if (duration !== 0) window.setTimeout(() => this.hide(), duration ?? 5000);
  }

  setMessage(message: string | DocumentFragment): this {
    this.noticeEl.textContent = "";
    if (typeof message === "string") this.noticeEl.textContent = message;
    else this.noticeEl.appendChild(message);
    shownNotices.push(this.noticeEl.textContent ?? "");
    return this;
  }

  hide(): void {
    this.noticeEl.remove();
  }
}

function noticeContainer(): HTMLElement {
  const existing = document.body.querySelector<HTMLElement>(":scope > .notice-container");
  if (existing) return existing;
  const container = document.createElement("div");
  container.classList.add("notice-container");
  document.body.appendChild(container);
  return container;
}

/** A dialog: `open` adds it to the body and calls `onOpen`; `close` calls `onClose` and removes it. */
export class Modal {
  readonly containerEl: HTMLElement;
  readonly modalEl: HTMLElement;
  readonly titleEl: HTMLElement;
  readonly contentEl: HTMLElement;
  shouldRestoreSelection = false;

  constructor(public app: App) {
    this.containerEl = div(["modal-container"]);
    this.modalEl = div(["modal"], this.containerEl);
    this.modalEl.setAttribute("role", "dialog");
    this.titleEl = div(["modal-title"], this.modalEl);
    this.contentEl = div(["modal-content"], this.modalEl);
  }

  open(): void {
    document.body.appendChild(this.containerEl);
    this.onOpen();
  }

  close(): void {
    this.onClose();
    this.containerEl.remove();
  }

  setTitle(title: string): this {
    this.titleEl.textContent = title;
    return this;
  }

  setContent(content: string | DocumentFragment): this {
    this.contentEl.textContent = "";
    if (typeof content === "string") this.contentEl.textContent = content;
    else this.contentEl.appendChild(content);
    return this;
  }

  onOpen(): void {}
  onClose(): void {}
}

/** One entry of a `Menu`. */
export class MenuItem {
  title = "";
  icon = "";
  checked = false;
  disabled = false;
  section = "";
  callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | undefined;

  setTitle(title: string | DocumentFragment): this {
    this.title = typeof title === "string" ? title : (title.textContent ?? "");
    return this;
  }
  setIcon(icon: string | null): this {
    this.icon = icon ?? "";
    return this;
  }
  setChecked(checked: boolean | null): this {
    this.checked = checked === true;
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setSection(section: string): this {
    this.section = section;
    return this;
  }
  onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
    this.callback = callback;
    return this;
  }
}

/** A context menu: items are drawn as `.menu-item` elements when shown; a click runs and closes. */
export class Menu extends Component {
  readonly items: MenuItem[] = [];
  dom: HTMLElement | undefined;

  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }

  addSeparator(): this {
    return this;
  }

  showAtMouseEvent(evt: MouseEvent): this {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  }

  showAtPosition(_position: { x: number; y: number }): this {
    this.hide();
    this.dom = div(["menu"], document.body);
    for (const item of this.items) this.drawItem(item, this.dom);
    this.load();
    return this;
  }

  hide(): this {
    this.dom?.remove();
    this.dom = undefined;
    this.unload();
    return this;
  }

  private drawItem(item: MenuItem, dom: HTMLElement): void {
    const row = div(["menu-item"], dom);
    row.textContent = item.title;
    row.setAttribute("role", "menuitem");
    if (item.disabled) row.classList.add("is-disabled");
    row.addEventListener("click", (evt) => {
      if (item.disabled) return;
      item.callback?.(evt);
      this.hide();
    });
  }
}

/** Where page previews draw: `hoverEl` on the body; `hide` (or unload) removes it. */
export class HoverPopover extends Component {
  readonly hoverEl: HTMLElement;
  state = 0;

  constructor(
    private readonly parent: { hoverPopover: HoverPopover | null },
    public targetEl: HTMLElement | null,
    public waitTime?: number,
  ) {
    super();
    this.hoverEl = div(["popover", "hover-popover"], document.body);
    parent.hoverPopover = this;
    this.load();
  }

  hide(): void {
    this.unload();
  }

  override onunload(): void {
    this.hoverEl.remove();
    if (this.parent.hoverPopover === this) this.parent.hoverPopover = null;
  }
}

/** Which pane a click asks for: Mod-click a tab, Mod+Alt a split, Mod+Alt+Shift a window. */
export class Keymap {
  static isModEvent(evt?: MouseEvent | KeyboardEvent | null): false | "tab" | "split" | "window" {
    if (!evt) return false;
    const mod = evt.ctrlKey || evt.metaKey;
    const middle = "button" in evt && evt.type !== "keydown" && evt.button === 1;
    if (mod && evt.altKey && evt.shiftKey) return "window";
    if (mod && evt.altKey) return "split";
    return mod || middle ? "tab" : false;
  }

  static isModifier(evt: MouseEvent | KeyboardEvent, modifier: string): boolean {
    const flags: Record<string, boolean> = {
      Mod: evt.ctrlKey || evt.metaKey,
      Ctrl: evt.ctrlKey,
      Meta: evt.metaKey,
      Shift: evt.shiftKey,
      Alt: evt.altKey,
    };
    return flags[modifier] ?? false;
  }
}

/** Draws nothing: marks the element with the icon's id (`data-icon`) so tests can see it. */
export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.setAttribute("data-icon", iconId);
}

export function addIcon(_iconId: string, _svgContent: string): void {}

/** Calls `cb` once `timeout` ms after the last call (or after the first, unless `resetTimer`). */
export function debounce<T extends unknown[], V>(
  cb: (...args: T) => V,
  timeout = 0,
  resetTimer = false,
) {
  let timer: number | undefined;
  let pending: T | undefined;
  const fire = (): V | undefined => {
    timer = undefined;
    const args = pending;
    pending = undefined;
    return args ? cb(...args) : undefined;
  };
  const debounced = (...args: T) => {
    pending = args;
    if (timer !== undefined && resetTimer) window.clearTimeout(timer);
    if (timer === undefined || resetTimer) timer = window.setTimeout(fire, timeout);
    return debounced;
  };
  debounced.cancel = () => {
    if (timer !== undefined) window.clearTimeout(timer);
    timer = undefined;
    pending = undefined;
    return debounced;
  };
  debounced.run = () => {
    if (timer === undefined) return undefined;
    window.clearTimeout(timer);
    return fire();
  };
  return debounced;
}

/** A desktop app on Linux. */
export const Platform = {
  isDesktop: true,
  isMobile: false,
  isDesktopApp: true,
  isMobileApp: false,
  isIosApp: false,
  isAndroidApp: false,
  isPhone: false,
  isTablet: false,
  isMacOS: false,
  isWin: false,
  isLinux: true,
  isSafari: false,
  resourcePathPrefix: "app://local/",
};

export function div(classes: string[], parent?: HTMLElement): HTMLElement {
  const el = (parent?.ownerDocument ?? document).createElement("div");
  el.classList.add(...classes);
  parent?.appendChild(el);
  return el;
}
