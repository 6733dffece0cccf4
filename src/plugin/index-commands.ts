import { Notice, type Plugin } from "obsidian";
import { STRINGS } from "../ui/strings";
import type { IndexService } from "./index-service";
import { notifyError } from "./notify";
import { IndexProblemsModal } from "./problems-modal";

/** Adds "Rebuild the index" and "Show notes that could not be read". */
export function registerIndexCommands(plugin: Plugin, indexService: IndexService): void {
  plugin.addCommand({
    id: "rebuild-index",
    name: STRINGS.commands.rebuildIndex,
    callback: () => rebuildIndex(indexService),
  });
  plugin.addCommand({
    id: "show-index-problems",
    name: STRINGS.commands.showIndexProblems,
    callback: () => new IndexProblemsModal(plugin.app, indexService.problems).open(),
  });
}

/** Reads every note again and says how many notes the index now holds. */
export function rebuildIndex(indexService: IndexService): void {
  if (!indexService.isReady) {
    new Notice(STRINGS.notices.indexNotReady);
    return;
  }
  try {
    indexService.rebuild();
    new Notice(STRINGS.notices.indexRebuilt(indexService.index.allPaths().size));
  } catch (error) {
    notifyError(STRINGS.errors.rebuildFailed, error);
  }
}
