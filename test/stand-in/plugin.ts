import type { Extension } from "@codemirror/state";
import type { App, Command } from "./app";
import { Component } from "./component";
import type { CodeBlockHandler, PostProcessor } from "./reading-view";
import { div } from "./ui";
import type { View, WorkspaceLeaf } from "./workspace";

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion?: string;
  author?: string;
  description?: string;
  dir?: string;
}

/** The default manifest, so tests need not write one. */
export const TEST_MANIFEST: PluginManifest = {
  id: "attack-lens",
  name: "ATT&CK Lens",
  version: "0.0.0-test",
};

/**
 * A plugin. Everything it registers is removed when it unloads: commands, ribbon icons,
 * settings tabs, views, post-processors, code-block processors, editor extensions (open
 * editors are reconfigured) and hover-link sources. Data is kept in memory per plugin id.
 */
export abstract class Plugin extends Component {
  constructor(
    public app: App,
    public manifest: PluginManifest = TEST_MANIFEST,
  ) {
    super();
  }

  /** Stand-in: loads and waits for an async `onload`. */
  async loadAndWait(): Promise<void> {
    this.load();
    await this.onloadResult;
  }

  async loadData(): Promise<unknown> {
    const data = this.app.pluginData.get(this.manifest.id);
    return data === undefined ? null : structuredClone(data);
  }

  async saveData(data: unknown): Promise<void> {
    this.app.pluginData.set(this.manifest.id, structuredClone(data));
  }

  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.app.commands.set(full.id, full);
    this.register(() => this.app.commands.delete(full.id));
    return full;
  }

  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const ribbon =
      this.app.containerEl.querySelector<HTMLElement>(".side-dock-ribbon") ??
      div(["side-dock-ribbon"], this.app.containerEl);
    const button = div(["side-dock-ribbon-action", "clickable-icon"], ribbon);
    button.setAttribute("aria-label", title);
    button.setAttribute("data-icon", icon);
    button.addEventListener("click", callback);
    this.register(() => button.remove());
    return button;
  }

  addStatusBarItem(): HTMLElement {
    const bar =
      this.app.containerEl.querySelector<HTMLElement>(".status-bar") ??
      div(["status-bar"], this.app.containerEl);
    const item = div(["status-bar-item"], bar);
    this.register(() => item.remove());
    return item;
  }

  addSettingTab(tab: { containerEl: HTMLElement; display(): void; hide(): void }): void {
    this.app.settingTabs.push(tab);
    this.register(() => this.app.settingTabs.splice(this.app.settingTabs.indexOf(tab), 1));
  }

  registerView(type: string, creator: (leaf: WorkspaceLeaf) => View): void {
    this.app.viewRegistry.set(type, creator);
    this.register(() => this.app.viewRegistry.delete(type));
  }

  registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
    this.app.hoverLinkSources.set(id, info);
    this.register(() => this.app.hoverLinkSources.delete(id));
  }

  registerMarkdownPostProcessor(postProcessor: PostProcessor, sortOrder?: number): PostProcessor {
    if (sortOrder !== undefined) postProcessor.sortOrder = sortOrder;
    const list = this.app.markdownRegistry.postProcessors;
    list.push(postProcessor);
    this.register(() => list.splice(list.indexOf(postProcessor), 1));
    return postProcessor;
  }

  /** Throws when the language already has a processor, as the app does. */
  registerMarkdownCodeBlockProcessor(language: string, handler: CodeBlockHandler): PostProcessor {
    const processors = this.app.markdownRegistry.codeBlockProcessors;
    if (processors.has(language))
      throw new Error(`Code block processor for "${language}" already registered`);
    processors.set(language, handler);
    this.register(() => processors.delete(language));
    return () => undefined;
  }

  registerEditorExtension(extension: Extension): void {
    const list = this.app.markdownRegistry.editorExtensions;
    list.push(extension);
    this.app.workspace.updateOptions();
    this.register(() => {
      list.splice(list.indexOf(extension), 1);
      this.app.workspace.updateOptions();
    });
  }

  registerObsidianProtocolHandler(
    _action: string,
    _handler: (params: Record<string, string>) => unknown,
  ): void {}
}
