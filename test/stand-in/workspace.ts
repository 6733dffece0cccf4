import type { App } from "./app";
import { Component } from "./component";
import { LivePreviewEditor } from "./editor";
import { Events } from "./events";
import { TFile } from "./files";
import { renderMarkdown } from "./reading-view";
import { div, type HoverPopover } from "./ui";

export interface ViewState {
  type: string;
  state?: Record<string, unknown>;
  active?: boolean;
}

/** A view inside a leaf: `containerEl` holds a header and `contentEl`-like content. */
export abstract class View extends Component {
  readonly containerEl: HTMLElement;
  navigation = false;
  icon = "";

  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.containerEl = div(["workspace-leaf-content"]);
  }

  get app(): App {
    return this.leaf.app;
  }

  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getIcon(): string {
    return this.icon;
  }
  getState(): Record<string, unknown> {
    return {};
  }
  async setState(_state: unknown, _result: unknown): Promise<void> {}
  async onOpen(): Promise<void> {}
  async onClose(): Promise<void> {}
}

/** A view with a header and a content area (`contentEl`), the base of custom views. */
export abstract class ItemView extends View {
  readonly contentEl: HTMLElement;
  private readonly actionsEl: HTMLElement;

  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    const header = div(["view-header"], this.containerEl);
    this.actionsEl = div(["view-actions"], header);
    this.contentEl = div(["view-content"], this.containerEl);
  }

  addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const button = document.createElement("button");
    button.classList.add("clickable-icon", "view-action");
    button.setAttribute("aria-label", title);
    button.setAttribute("data-icon", icon);
    button.addEventListener("click", callback);
    this.actionsEl.appendChild(button);
    return button;
  }
}

/** A leaf with nothing open. */
class EmptyView extends ItemView {
  getViewType(): string {
    return "empty";
  }
  getDisplayText(): string {
    return "New tab";
  }
}

/**
 * A note, in reading view ("preview", the stand-in's default) or Live Preview ("source").
 * Reading view re-renders when the note changes; both views unload what plugins added.
 */
export class MarkdownView extends ItemView {
  file: TFile | null = null;
  hoverPopover: HoverPopover | null = null;
  private mode: "preview" | "source" = "preview";
  private content: Component | undefined;

  getViewType(): string {
    return "markdown";
  }
  getDisplayText(): string {
    return this.file?.basename ?? "";
  }
  getMode(): "preview" | "source" {
    return this.mode;
  }

  override onload(): void {
    this.registerEvent(
      this.app.vault.on(
        "modify",
        (file) => file === this.file && this.mode === "preview" && this.show(),
      ),
    );
  }

  override onunload(): void {
    this.content?.unload();
  }

  /** Opens `file` in `mode`, replacing what was shown. */
  openNote(file: TFile, mode: "preview" | "source" = this.mode): void {
    this.file = file;
    this.mode = mode;
    this.show();
  }

  setMode(mode: "preview" | "source"): void {
    this.mode = mode;
    this.show();
  }

  /** The editor while in Live Preview. */
  get editor(): LivePreviewEditor | undefined {
    return this.content instanceof LivePreviewEditor ? this.content : undefined;
  }

  private show(): void {
    this.content?.unload();
    this.contentEl.textContent = "";
    if (!this.file) return;
    const text = this.app.vault.textOf(this.file.path) ?? "";
    if (this.mode === "source") this.showSource(this.file, text);
    else this.showPreview(this.file, text);
  }

  private showPreview(file: TFile, text: string): void {
    const reading = div(["markdown-reading-view"], this.contentEl);
    const preview = div(["markdown-preview-view", "markdown-rendered"], reading);
    const sizer = div(["markdown-preview-sizer", "markdown-preview-section"], preview);
    const pass = new Component();
    pass.load();
    this.content = pass;
    renderMarkdown(this.app, text, sizer, file.path, pass);
  }

  private showSource(file: TFile, text: string): void {
    const source = div(
      ["markdown-source-view", "cm-s-obsidian", "mod-cm6", "is-live-preview"],
      this.contentEl,
    );
    const editor = new LivePreviewEditor(this.app, file, source, text);
    editor.load();
    this.content = editor;
  }
}

/** A pane: the main area or a sidebar holds leaves; a leaf holds one view. */
export class WorkspaceLeaf extends Component {
  view: View;
  readonly containerEl: HTMLElement;

  constructor(
    readonly app: App,
    readonly side: "main" | "left" | "right",
  ) {
    super();
    this.containerEl = div(["workspace-leaf"]);
    this.view = new EmptyView(this);
    this.mount(this.view);
  }

  getViewState(): ViewState {
    return { type: this.view.getViewType(), state: this.view.getState() };
  }

  async setViewState(state: ViewState): Promise<void> {
    const creator =
      state.type === "markdown"
        ? (leaf: WorkspaceLeaf) => new MarkdownView(leaf)
        : this.app.viewRegistry.get(state.type);
    if (!creator) throw new Error(`No view registered for "${state.type}"`);
    await this.replaceView(creator(this));
    await this.view.setState(state.state ?? {}, {});
    if (state.active) this.app.workspace.setActiveLeaf(this);
  }

  async openFile(
    file: TFile,
    openState?: { state?: { mode?: "preview" | "source" }; active?: boolean },
  ): Promise<void> {
    if (!(this.view instanceof MarkdownView)) await this.replaceView(new MarkdownView(this));
    (this.view as MarkdownView).openNote(
      file,
      openState?.state?.mode ?? this.app.workspace.defaultMode,
    );
    this.app.workspace.setActiveLeaf(this);
    this.app.workspace.trigger("file-open", file);
  }

  getDisplayText(): string {
    return this.view.getDisplayText();
  }

  detach(): void {
    void this.view.onClose();
    this.view.unload();
    this.containerEl.remove();
    this.app.workspace.forget(this);
  }

  private async replaceView(view: View): Promise<void> {
    await this.view.onClose();
    this.view.unload();
    this.view.containerEl.remove();
    this.view = view;
    this.mount(view);
    await view.onOpen();
  }

  private mount(view: View): void {
    view.containerEl.setAttribute("data-type", view.getViewType());
    this.containerEl.appendChild(view.containerEl);
    view.load();
  }
}

/**
 * The workspace: a main area (one visible leaf at a time) and a right sidebar, built under
 * `app.containerEl`. Events: `file-open` (file), `active-leaf-change` (leaf),
 * `layout-change`, and `hover-link`, which the page-preview stand-in listens to.
 */
export class Workspace extends Events {
  layoutReady = false;
  activeLeaf: WorkspaceLeaf | null = null;
  /** The last active leaf that showed a note, for `getActiveFile` while a sidebar view is active. */
  private recentNoteLeaf: WorkspaceLeaf | null = null;
  /** Stand-in: the mode notes open in (the app's default is Live Preview; ours reading view). */
  defaultMode: "preview" | "source" = "preview";
  readonly containerEl: HTMLElement;
  readonly rootSplitEl: HTMLElement;
  readonly rightSplitEl: HTMLElement;
  private readonly leaves: WorkspaceLeaf[] = [];
  private readyQueue: (() => unknown)[] = [];

  constructor(private readonly app: App) {
    super();
    this.containerEl = div(["workspace"], app.containerEl);
    this.rootSplitEl = div(["workspace-split", "mod-vertical", "mod-root"], this.containerEl);
    this.rightSplitEl = div(
      ["workspace-split", "mod-horizontal", "mod-right-split", "mod-sidedock"],
      this.containerEl,
    );
  }

  /** Runs `callback` now when the layout is ready, or queues it until it is. */
  onLayoutReady(callback: () => unknown): void {
    if (this.layoutReady) callback();
    else this.readyQueue.push(callback);
  }

  /** Stand-in: the app finished restoring its layout. */
  markLayoutReady(): void {
    this.layoutReady = true;
    for (const callback of this.readyQueue.splice(0)) callback();
    this.trigger("layout-change");
  }

  getLeaf(newLeaf?: boolean | "tab" | "split" | "window"): WorkspaceLeaf {
    const current =
      this.activeLeaf?.side === "main"
        ? this.activeLeaf
        : this.leaves.find((l) => l.side === "main");
    if (!newLeaf && current) return current;
    return this.createLeaf("main");
  }

  getRightLeaf(_split: boolean): WorkspaceLeaf {
    return this.createLeaf("right");
  }

  getLeftLeaf(_split: boolean): WorkspaceLeaf {
    return this.createLeaf("left");
  }

  async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
    if (leaf.side === "main") this.setActiveLeaf(leaf);
    else this.rightSplitEl.classList.remove("is-collapsed");
  }

  setActiveLeaf(leaf: WorkspaceLeaf): void {
    if (leaf.side === "main")
      for (const l of this.leaves) if (l.side === "main") l.containerEl.hidden = l !== leaf;
    if (leaf.view instanceof MarkdownView) this.recentNoteLeaf = leaf;
    if (this.activeLeaf === leaf) return;
    this.activeLeaf = leaf;
    this.trigger("active-leaf-change", leaf);
  }

  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((leaf) => leaf.view.getViewType() === type);
  }

  detachLeavesOfType(type: string): void {
    for (const leaf of this.getLeavesOfType(type)) leaf.detach();
  }

  iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
    for (const leaf of [...this.leaves]) callback(leaf);
  }

  /** d.ts: the file of the active view, or the most recently active file otherwise. */
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    if (view instanceof MarkdownView) return view.file;
    const recent = this.recentNoteLeaf;
    return recent && this.leaves.includes(recent) && recent.view instanceof MarkdownView
      ? recent.view.file
      : null;
  }

  getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }

  /** Opens the note a link names (creating it when none exists, as the app does). */
  async openLinkText(
    linktext: string,
    sourcePath: string,
    newLeaf?: boolean | "tab" | "split" | "window",
  ): Promise<void> {
    const found = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath);
    const file =
      found ??
      (await this.app.vault.create(linktext.endsWith(".md") ? linktext : `${linktext}.md`, ""));
    await this.getLeaf(newLeaf).openFile(file);
  }

  /** Re-applies plugin editor extensions to every open editor. */
  updateOptions(): void {
    for (const editor of this.app.openEditors) editor.reconfigure();
  }

  /** Stand-in: drops a detached leaf. */
  forget(leaf: WorkspaceLeaf): void {
    const at = this.leaves.indexOf(leaf);
    if (at !== -1) this.leaves.splice(at, 1);
    if (this.activeLeaf === leaf) this.activeLeaf = null;
    this.trigger("layout-change");
  }

  private createLeaf(side: "main" | "left" | "right"): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, side);
    this.leaves.push(leaf);
    (side === "right" ? this.rightSplitEl : this.rootSplitEl).appendChild(leaf.containerEl);
    leaf.load();
    this.trigger("layout-change");
    return leaf;
  }
}
