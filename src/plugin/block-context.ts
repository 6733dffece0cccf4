import { Keymap, type App } from "obsidian";
import { bundledCatalogue } from "../core/attack/catalogue";
import type { AttackLensSettings } from "../core/settings";
import type { BlockViewContext } from "../ui/block-view";

/** The id under which ATT&CK Lens registers its previews with the app's page previews. */
export const HOVER_SOURCE = "attack-lens";

/** How drawn tables open and preview notes inside the app. */
export function blockViewContext(
  app: App,
  settings: AttackLensSettings,
  sourcePath: string,
): BlockViewContext {
  return {
    ruleColumns: settings.ruleColumns,
    testColumns: settings.testColumns,
    techniqueName: (id) => bundledCatalogue().get(id)?.name,
    openNote: (path, event) =>
      void app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(event)),
    hoverNote: (path, event, target) =>
      app.workspace.trigger("hover-link", {
        event,
        source: HOVER_SOURCE,
        hoverParent: target,
        targetEl: target,
        linktext: path,
        sourcePath,
      }),
  };
}
