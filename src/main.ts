import { editorInfoField, Plugin } from "obsidian";
import { DEFAULT_SETTINGS, type AttackLensSettings } from "./core/settings";
import type { SettingsPatch } from "./core/settings-edit";
import { blockViewContext, HOVER_SOURCE } from "./plugin/block-context";
import type { BlockDeps } from "./plugin/block-controller";
import { registerCoverage } from "./plugin/coverage-view";
import { registerGraphView } from "./plugin/graph-view";
import { registerTechniquePreviews } from "./plugin/hover";
import { registerIndexCommands } from "./plugin/index-commands";
import { IndexService } from "./plugin/index-service";
import { livePreviewExtension } from "./plugin/live-preview";
import { notifyError } from "./plugin/notify";
import { queryBlockPostProcessor } from "./plugin/reading-view";
import { blockRedraws } from "./plugin/settings-effects";
import { SettingsService } from "./plugin/settings-service";
import { registerSettings } from "./plugin/settings-setup";
import { STRINGS } from "./ui/strings";

/** ATT&CK Lens: wires the services together; the work happens in them. */
export default class AttackLensPlugin extends Plugin {
  settingsService!: SettingsService;
  indexService!: IndexService;

  /** The settings in force; change them only through `updateSettings`. */
  get settings(): AttackLensSettings {
    return (this.settingsService as SettingsService | undefined)?.current ?? DEFAULT_SETTINGS;
  }

  override async onload(): Promise<void> {
    this.settingsService = await SettingsService.load({
      load: () => this.loadData(),
      save: (settings) => this.saveData(settings),
      onSaveError: (error) => notifyError(STRINGS.errors.settingsNotSaved, error),
    });
    this.indexService = this.addChild(new IndexService(this.app, () => this.settings));
    this.registerHoverLinkSource(HOVER_SOURCE, { display: STRINGS.pluginName, defaultMod: true });
    this.registerQueryBlocks();
    registerSettings(this, this.settingsService, this.indexService);
    registerIndexCommands(this, this.indexService);
    registerGraphView(this);
    registerTechniquePreviews(this);
    registerCoverage(this);
  }

  /** The one way settings change: applies at once, saves, and tells every part that cares. */
  updateSettings(patch: SettingsPatch): Promise<AttackLensSettings> {
    return this.settingsService.update(patch);
  }

  /** Replaces all settings at once; kept for callers that build a whole settings object. */
  async saveSettings(next: AttackLensSettings): Promise<void> {
    await this.updateSettings(next);
  }

  /** Reading view and Live Preview both draw `query` blocks from the same live index. */
  private registerQueryBlocks(): void {
    const deps = this.blockDeps();
    this.registerMarkdownPostProcessor(queryBlockPostProcessor(deps, () => this.settings, this));
    this.registerEditorExtension(
      livePreviewExtension(
        deps,
        () => this.settings,
        (state) => state.field(editorInfoField, false)?.file?.path ?? "",
      ),
    );
  }

  blockDeps(): BlockDeps {
    return {
      index: this.indexService.index,
      isIndexReady: () => this.indexService.isReady,
      viewContext: (sourcePath) => blockViewContext(this.app, this.settings, sourcePath),
      onRedraw: blockRedraws(this.settingsService),
    };
  }
}
