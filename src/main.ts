import { editorInfoField, Plugin } from "obsidian";
import { getLogger, setLogLevel } from "./core/log";
import { sanitiseSettings, type AttackLensSettings } from "./core/settings";
import { blockViewContext, HOVER_SOURCE } from "./plugin/block-context";
import type { BlockDeps } from "./plugin/block-controller";
import { registerGraphView } from "./plugin/graph-view";
import { registerTechniquePreviews } from "./plugin/hover";
import { IndexService } from "./plugin/index-service";
import { livePreviewExtension } from "./plugin/live-preview";
import { queryBlockPostProcessor } from "./plugin/reading-view";
import { STRINGS } from "./ui/strings";

const log = getLogger("plugin");

/** ATT&CK Lens: wires the services together; the work happens in them. */
export default class AttackLensPlugin extends Plugin {
  settings: AttackLensSettings = sanitiseSettings({});
  indexService!: IndexService;

  override async onload(): Promise<void> {
    await this.loadSettings();
    this.indexService = this.addChild(new IndexService(this.app, () => this.settings));
    this.registerHoverLinkSource(HOVER_SOURCE, { display: STRINGS.pluginName, defaultMod: true });
    this.registerQueryBlocks();
    registerGraphView(this);
    registerTechniquePreviews(this);
  }

  /** Reading view and Live Preview both draw `query` blocks from the same live index. */
  private registerQueryBlocks(): void {
    const deps = this.blockDeps();
    this.registerMarkdownPostProcessor(queryBlockPostProcessor(deps, () => this.settings));
    this.registerEditorExtension(
      livePreviewExtension(deps, () => this.settings, (state) => state.field(editorInfoField, false)?.file?.path ?? ""),
    );
  }

  blockDeps(): BlockDeps {
    return {
      index: this.indexService.index,
      isIndexReady: () => this.indexService.isReady,
      viewContext: (sourcePath) => blockViewContext(this.app, this.settings, sourcePath),
    };
  }

  async loadSettings(): Promise<void> {
    let stored: unknown;
    try {
      stored = await this.loadData();
    } catch (error) {
      log.warn("settings could not be read; using the defaults", error);
    }
    this.settings = sanitiseSettings(stored);
    setLogLevel(this.settings.logLevel);
  }

  async saveSettings(next: AttackLensSettings): Promise<void> {
    this.settings = next;
    setLogLevel(next.logLevel);
    await this.saveData(next);
  }
}
