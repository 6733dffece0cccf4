import { MarkdownView, TFolder, type App, type Plugin } from "obsidian";
import type { IndexService } from "./index-service";
import { followSettings } from "./settings-effects";
import type { SettingsService } from "./settings-service";
import { AttackLensSettingTab } from "./settings-tab";

/**
 * Adds the settings tab and makes changes apply live: new kind tags or folders rebuild the
 * index, new kind tags also render reading views again. Query blocks follow changes through
 * their own `onRedraw` subscription.
 */
export function registerSettings(
  plugin: Plugin,
  service: SettingsService,
  indexService: IndexService,
): void {
  const folderExists = (path: string): boolean =>
    plugin.app.vault.getAbstractFileByPath(path) instanceof TFolder;
  plugin.addSettingTab(new AttackLensSettingTab(plugin.app, plugin, service, folderExists));
  const stop = followSettings(service, {
    rebuildIndex: () => indexService.rebuild(),
    reclaimBlocks: () => rerenderReadingViews(plugin.app),
  });
  plugin.register(stop);
}

/** Renders every open reading view again, so its query blocks are claimed afresh. */
function rerenderReadingViews(app: App): void {
  for (const leaf of app.workspace.getLeavesOfType("markdown")) {
    if (leaf.view instanceof MarkdownView && leaf.view.getMode() === "preview") {
      leaf.view.previewMode.rerender(true);
    }
  }
}
