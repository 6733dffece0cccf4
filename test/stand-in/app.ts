import type { Extension } from "@codemirror/state";
import { installDomExtensions } from "./dom-extensions";
import type { LivePreviewEditor } from "./editor";
import { liveEventHandlerCount } from "./events";
import { TFile } from "./files";
import { MetadataCache } from "./metadata";
import type { Plugin } from "./plugin";
import { renderMarkdown, type CodeBlockHandler, type PostProcessor } from "./reading-view";
import { HoverPopover, Keymap } from "./ui";
import { Vault } from "./vault";
import { Component } from "./component";
import type { View, WorkspaceLeaf } from "./workspace";
import { Workspace } from "./workspace";

/** What plugins registered for rendering Markdown, in reading view and in the editor. */
export interface MarkdownRegistry {
  readonly postProcessors: PostProcessor[];
  readonly codeBlockProcessors: Map<string, CodeBlockHandler>;
  readonly editorExtensions: Extension[];
}

/** A `hover-link` event as the page-preview stand-in received it. */
export interface HoverLinkEvent {
  event: MouseEvent;
  source: string;
  hoverParent: { hoverPopover: HoverPopover | null };
  targetEl: HTMLElement | null;
  linktext: string;
  sourcePath?: string;
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (...args: unknown[]) => unknown;
}

export interface AppOptions {
  /** Whether the core search plugin (and so its `query` embed) is on; default true. */
  readonly coreSearch?: boolean;
  /** The element the workspace is built in; default a new element on the body. */
  readonly containerEl?: HTMLElement;
}

/**
 * The app: a vault over an in-memory map of notes, its metadata cache, a workspace, and the
 * registries plugins add to. See test/stand-in/README.md for what each part does.
 */
export class App {
  readonly vault: Vault;
  readonly metadataCache: MetadataCache;
  readonly workspace: Workspace;
  readonly containerEl: HTMLElement;
  readonly coreSearchEnabled: boolean;
  readonly markdownRegistry: MarkdownRegistry = {
    postProcessors: [],
    codeBlockProcessors: new Map(),
    editorExtensions: [],
  };
  readonly viewRegistry = new Map<string, (leaf: WorkspaceLeaf) => View>();
  readonly hoverLinkSources = new Map<string, { display: string; defaultMod: boolean }>();
  readonly hoverLinkEvents: HoverLinkEvent[] = [];
  readonly commands = new Map<string, Command>();
  readonly settingTabs: { containerEl: HTMLElement; display(): void; hide(): void }[] = [];
  readonly pluginData = new Map<string, unknown>();
  readonly openEditors = new Set<LivePreviewEditor>();
  readonly plugins: Plugin[] = [];

  constructor(files: Readonly<Record<string, string>> = {}, options: AppOptions = {}) {
    installDomExtensions(window);
    this.containerEl =
      options.containerEl ?? document.body.appendChild(document.createElement("div"));
    this.containerEl.classList.add("app-container");
    this.coreSearchEnabled = options.coreSearch ?? true;
    this.vault = new Vault(files);
    this.metadataCache = new MetadataCache(this.vault);
    this.vault.metadataCache = this.metadataCache;
    this.vault.indexAll();
    this.workspace = new Workspace(this);
    this.workspace.on("hover-link", (info: HoverLinkEvent) => this.pagePreview(info));
  }

  /** Loads a plugin as the app does on start-up or when it is enabled; waits for `onload`. */
  async enablePlugin(plugin: Plugin): Promise<void> {
    this.plugins.push(plugin);
    await plugin.loadAndWait();
  }

  disablePlugin(plugin: Plugin): void {
    plugin.unload();
    this.plugins.splice(this.plugins.indexOf(plugin), 1);
  }

  /**
   * Start-up as the app does it: plugins load, the vault announces every file with `create`,
   * then the layout becomes ready, then the metadata cache fires `resolved`.
   */
  async start(plugins: readonly Plugin[] = []): Promise<void> {
    for (const plugin of plugins) await this.enablePlugin(plugin);
    this.vault.announceAll();
    this.workspace.markLayoutReady();
    this.metadataCache.trigger("resolved");
  }

  /** Opens a note in the main area, in reading view unless `mode` says "source". */
  async openNote(path: string, mode: "preview" | "source" = "preview"): Promise<WorkspaceLeaf> {
    const file = this.vault.getFileByPath(path);
    if (!(file instanceof TFile)) throw new Error(`No note at ${path}`);
    const leaf = this.workspace.getLeaf();
    await leaf.openFile(file, { state: { mode } });
    return leaf;
  }

  executeCommandById(id: string): boolean {
    const command = this.commands.get(id);
    if (!command) return false;
    if (command.checkCallback) return command.checkCallback(false) !== false;
    void command.callback?.();
    return true;
  }

  /** Stand-in: shows a plugin's settings tab in a detached element and returns it. */
  openSettingTab(index = 0): HTMLElement {
    const tab = this.settingTabs[index];
    if (!tab) throw new Error("No settings tab registered");
    tab.display();
    return tab.containerEl;
  }

  /** How many app event handlers (vault, metadata cache, workspace, all apps) are attached. */
  liveEventHandlers(): number {
    return liveEventHandlerCount();
  }

  /** The page-preview core plugin: shows the linked note in a popover when the event asks for it. */
  private pagePreview(info: HoverLinkEvent): void {
    this.hoverLinkEvents.push(info);
    const known =
      this.hoverLinkSources.get(info.source) ??
      (info.source === "preview" ? { display: "", defaultMod: true } : undefined);
    if (!known || (known.defaultMod && !Keymap.isModEvent(info.event))) return;
    const file = this.metadataCache.getFirstLinkpathDest(info.linktext, info.sourcePath ?? "");
    if (!file) return;
    info.hoverParent.hoverPopover?.hide();
    const popover = new HoverPopover(info.hoverParent, info.targetEl);
    const owner = popover.addChild(new Component());
    renderMarkdown(this, this.vault.textOf(file.path) ?? "", popover.hoverEl, file.path, owner);
  }
}
