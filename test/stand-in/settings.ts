import type { App } from "./app";
import type { Plugin } from "./plugin";
import { div } from "./ui";

/** A control with an `onChange` callback, as the app's value components have. */
abstract class ValueComponent<T> {
  protected changed: ((value: T) => unknown) | undefined;
  disabled = false;

  abstract getValue(): T;
  abstract setValue(value: T): this;

  onChange(callback: (value: T) => unknown): this {
    this.changed = callback;
    return this;
  }

  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }

  /** Stand-in: sets the value as the user would, firing `onChange`. */
  simulate(value: T): void {
    this.setValue(value);
    void this.changed?.(value);
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  readonly toggleEl: HTMLInputElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = input(containerEl, "checkbox");
    this.toggleEl.addEventListener("change", () => void this.changed?.(this.toggleEl.checked));
  }
  getValue(): boolean {
    return this.toggleEl.checked;
  }
  setValue(on: boolean): this {
    this.toggleEl.checked = on;
    return this;
  }
  setTooltip(_tooltip: string): this {
    return this;
  }
}

/** What a text field and a text area share: a typed value, a placeholder, `input` events. */
abstract class TextEntryComponent<
  E extends HTMLInputElement | HTMLTextAreaElement,
> extends ValueComponent<string> {
  constructor(readonly inputEl: E) {
    super();
    inputEl.addEventListener("input", () => void this.changed?.(inputEl.value));
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setValue(value: string): this {
    this.inputEl.value = value;
    return this;
  }
  setPlaceholder(text: string): this {
    this.inputEl.placeholder = text;
    return this;
  }
}

export class TextComponent extends TextEntryComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(input(containerEl, "text"));
  }
}

export class TextAreaComponent extends TextEntryComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.appendChild(containerEl.ownerDocument.createElement("textarea")));
  }
}

export class DropdownComponent extends ValueComponent<string> {
  readonly selectEl: HTMLSelectElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.ownerDocument.createElement("select");
    this.selectEl.classList.add("dropdown");
    containerEl.appendChild(this.selectEl);
    this.selectEl.addEventListener("change", () => void this.changed?.(this.selectEl.value));
  }
  addOption(value: string, display: string): this {
    const option = this.selectEl.ownerDocument.createElement("option");
    option.value = value;
    option.textContent = display;
    this.selectEl.appendChild(option);
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [value, display] of Object.entries(options)) this.addOption(value, display);
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
  setValue(value: string): this {
    this.selectEl.value = value;
    return this;
  }
}

export class ButtonComponent {
  readonly buttonEl: HTMLButtonElement;
  private clicked: ((evt: MouseEvent) => unknown) | undefined;
  constructor(containerEl: HTMLElement) {
    this.buttonEl = containerEl.ownerDocument.createElement("button");
    containerEl.appendChild(this.buttonEl);
    this.buttonEl.addEventListener("click", (evt) => void this.clicked?.(evt));
  }
  setButtonText(text: string): this {
    this.buttonEl.textContent = text;
    return this;
  }
  setCta(): this {
    this.buttonEl.classList.add("mod-cta");
    return this;
  }
  setWarning(): this {
    this.buttonEl.classList.add("mod-warning");
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.buttonEl.disabled = disabled;
    return this;
  }
  setTooltip(tooltip: string): this {
    this.buttonEl.setAttribute("aria-label", tooltip);
    return this;
  }
  setIcon(icon: string): this {
    this.buttonEl.setAttribute("data-icon", icon);
    return this;
  }
  setClass(cls: string): this {
    this.buttonEl.classList.add(cls);
    return this;
  }
  onClick(callback: (evt: MouseEvent) => unknown): this {
    this.clicked = callback;
    return this;
  }
}

/** One row of a settings tab: name, description and controls (`.setting-item`). */
export class Setting {
  readonly settingEl: HTMLElement;
  readonly infoEl: HTMLElement;
  readonly nameEl: HTMLElement;
  readonly descEl: HTMLElement;
  readonly controlEl: HTMLElement;
  readonly components: unknown[] = [];

  constructor(containerEl: HTMLElement) {
    this.settingEl = div(["setting-item"], containerEl);
    this.infoEl = div(["setting-item-info"], this.settingEl);
    this.nameEl = div(["setting-item-name"], this.infoEl);
    this.descEl = div(["setting-item-description"], this.infoEl);
    this.controlEl = div(["setting-item-control"], this.settingEl);
  }

  setName(name: string | DocumentFragment): this {
    return this.fill(this.nameEl, name);
  }
  setDesc(desc: string | DocumentFragment): this {
    return this.fill(this.descEl, desc);
  }
  setHeading(): this {
    this.settingEl.classList.add("setting-item-heading");
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.classList.add(cls);
    return this;
  }
  setDisabled(disabled: boolean): this {
    this.settingEl.classList.toggle("is-disabled", disabled);
    return this;
  }
  addToggle(cb: (c: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addText(cb: (c: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addTextArea(cb: (c: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addDropdown(cb: (c: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
  addExtraButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }

  private add<C>(component: C, cb: (c: C) => unknown): this {
    this.components.push(component);
    cb(component);
    return this;
  }

  private fill(el: HTMLElement, content: string | DocumentFragment): this {
    el.textContent = "";
    if (typeof content === "string") el.textContent = content;
    else el.appendChild(content);
    return this;
  }
}

/** A plugin's page in the settings window; `display` fills `containerEl`. */
export abstract class PluginSettingTab {
  readonly containerEl: HTMLElement;
  id = "";
  name = "";

  constructor(
    public app: App,
    public plugin: Plugin,
  ) {
    this.containerEl = div(["vertical-tab-content"]);
  }

  abstract display(): void;
  hide(): void {
    this.containerEl.textContent = "";
  }
}

function input(parent: HTMLElement, type: string): HTMLInputElement {
  const el = parent.ownerDocument.createElement("input");
  el.type = type;
  parent.appendChild(el);
  return el;
}
