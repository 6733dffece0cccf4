import { ItemView, type Plugin, type WorkspaceLeaf } from "obsidian";
import { bundledCatalogue } from "../core/attack/catalogue";
import { filterChoices } from "../core/coverage/choices";
import { coverageCsv } from "../core/coverage/export/csv";
import { coverageMarkdown } from "../core/coverage/export/markdown";
import { navigatorLayer } from "../core/coverage/export/navigator";
import type { Measure } from "../core/coverage/measure";
import { buildCoverageModel, type CoverageModel } from "../core/coverage/model";
import { suggestedNotePath, techniqueNoteText } from "../core/coverage/note-template";
import type { TechniqueRow } from "../core/coverage/rows";
import type { AttackLensSettings } from "../core/settings";
import { CoveragePanel } from "../ui/coverage/coverage-panel";
import type { CoverageHost, ExportFormat } from "../ui/coverage/host";
import { STRINGS } from "../ui/strings";
import { SaveFileModal } from "./coverage-modals";
import type { IndexService } from "./index-service";

/** The workspace view type of the coverage matrix. */
export const COVERAGE_VIEW_TYPE = "attack-lens-coverage";
/** How long the view waits after the last index change before redrawing. */
export const COVERAGE_REFRESH_MS = 500;

const S = STRINGS.coverage;

/** What the coverage view needs from the plugin. */
export type CoveragePlugin = Plugin & {
  readonly indexService: IndexService;
  readonly settings: AttackLensSettings;
};

/** The coverage matrix in a workspace leaf, redrawn (debounced) as the index changes. */
export class CoverageView extends ItemView {
  private panel: CoveragePanel | undefined;
  private timer: number | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly plugin: CoveragePlugin,
  ) {
    super(leaf);
  }

  override getViewType(): string {
    return COVERAGE_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return S.viewTitle;
  }

  override getIcon(): string {
    return "layout-grid";
  }

  override onOpen(): Promise<void> {
    const rollUp = this.plugin.settings.rollUpSubtechniques;
    this.panel = new CoveragePanel(this.contentEl, coverageHost(this.plugin), { rollUp });
    this.panel.render();
    this.register(this.plugin.indexService.index.onChange(() => this.scheduleRefresh()));
    return Promise.resolve();
  }

  override onClose(): Promise<void> {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.panel?.dispose();
    this.panel = undefined;
    return Promise.resolve();
  }

  private scheduleRefresh(): void {
    if (this.timer !== undefined) window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => {
      this.timer = undefined;
      this.panel?.refresh();
    }, COVERAGE_REFRESH_MS);
  }
}

/** The app-side half of the view: the live model, opening notes, and the two writes. */
export function coverageHost(plugin: CoveragePlugin): CoverageHost {
  const { app } = plugin;
  const index = plugin.indexService.index;
  const open = (path: string, newTab: boolean): void =>
    void app.workspace.openLinkText(path, "", newTab);
  return {
    isReady: () => plugin.indexService.isReady,
    buildModel: (options) => buildCoverageModel(index, bundledCatalogue(), options),
    filterChoices: () => filterChoices(index, bundledCatalogue()),
    openNote: open,
    openTechnique: (row, newTab) =>
      row.notePath ? open(row.notePath, newTab) : offerNote(plugin, row, open),
    exportAs: (format, model, measure) => offerExport(plugin, format, model, measure),
  };
}

function offerNote(
  plugin: CoveragePlugin,
  row: TechniqueRow,
  open: (p: string, t: boolean) => void,
): void {
  const text = techniqueNoteText(row, plugin.settings.kindTags, bundledCatalogue());
  new SaveFileModal(plugin.app, {
    title: S.createTitle(row.id),
    intro: S.createIntro,
    suggestedPath: suggestedNotePath(plugin.indexService.index, row),
    extension: ".md",
    text,
    saveLabel: S.createButton,
    preview: true,
    copy: false,
    onSaved: (path) => open(path, false),
  }).open();
}

const EXTENSIONS: Readonly<Record<ExportFormat, string>> = {
  navigator: ".json",
  csv: ".csv",
  markdown: ".md",
};

function exportText(format: ExportFormat, model: CoverageModel, measure: Measure): string {
  if (format === "csv") return coverageCsv(model);
  if (format === "markdown") return coverageMarkdown(model);
  return JSON.stringify(navigatorLayer(model, { name: S.viewTitle, measure }), null, 2) + "\n";
}

function offerExport(
  plugin: CoveragePlugin,
  format: ExportFormat,
  model: CoverageModel,
  measure: Measure,
): void {
  const name = format === "navigator" ? "ATT&CK coverage layer" : "ATT&CK coverage";
  new SaveFileModal(plugin.app, {
    title: S.exportTitle,
    suggestedPath: name + EXTENSIONS[format],
    extension: EXTENSIONS[format],
    text: exportText(format, model, measure),
    saveLabel: S.exportSave,
    preview: false,
    copy: true,
  }).open();
}

/** Registers the view and the "Show coverage" command. */
export function registerCoverage(plugin: CoveragePlugin): void {
  plugin.registerView(COVERAGE_VIEW_TYPE, (leaf) => new CoverageView(leaf, plugin));
  plugin.addCommand({
    id: "show-coverage",
    name: S.commandName,
    callback: () => void showCoverage(plugin),
  });
}

/** Reveals the coverage view, opening it in a new tab when none is open. */
export async function showCoverage(plugin: CoveragePlugin): Promise<void> {
  const { workspace } = plugin.app;
  const existing = workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0];
  const leaf = existing ?? workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: COVERAGE_VIEW_TYPE, active: true });
  await workspace.revealLeaf(leaf);
}
