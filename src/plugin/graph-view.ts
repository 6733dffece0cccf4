import {
  debounce,
  ItemView,
  Keymap,
  TFile,
  type HoverParent,
  type HoverPopover,
  type Plugin,
  type WorkspaceLeaf,
} from "obsidian";
import { bundledCatalogue } from "../core/attack/catalogue";
import { buildAndLayoutTechniqueGraph, type GraphNode } from "../core/graph";
import type { VaultIndex } from "../core/index/vault-index";
import { getLogger } from "../core/log";
import type { AttackLensSettings } from "../core/settings";
import { GraphPanel, type GraphPanelState } from "../ui/graph/graph-panel";
import { STRINGS } from "../ui/strings";
import { HOVER_SOURCE } from "./block-context";
import { graphRedraws, type SettingsSource } from "./settings-effects";

/** The view type of the technique graph side panel. */
export const GRAPH_VIEW_TYPE = "attack-lens-graph";
const ICON = "git-fork";
const FOLLOW_DELAY_MS = 150;
const REDRAW_DELAY_MS = 400;
const log = getLogger("graph-view");

/** What the graph view needs from the plugin. */
export interface GraphHost extends Plugin {
  readonly settings: AttackLensSettings;
  readonly indexService: { readonly index: VaultIndex; readonly isReady: boolean };
  readonly settingsService: SettingsSource;
}

/** Registers the graph view, its command and its ribbon icon. */
export function registerGraphView(plugin: GraphHost): void {
  plugin.registerView(GRAPH_VIEW_TYPE, (leaf) => new GraphView(leaf, plugin));
  const open = (): void => void openGraphView(plugin);
  plugin.addCommand({
    id: "open-technique-graph",
    name: STRINGS.graph.openCommand,
    callback: open,
  });
  plugin.addRibbonIcon(ICON, STRINGS.graph.openCommand, open);
}

/**
 * Reveals the graph panel in the right sidebar, opening it there if it is not open yet. An
 * open panel is only revealed, so it keeps its note, depth and zoom.
 */
async function openGraphView(plugin: GraphHost): Promise<void> {
  const { workspace } = plugin.app;
  const open = workspace.getLeavesOfType(GRAPH_VIEW_TYPE)[0];
  if (open) return workspace.revealLeaf(open);
  const leaf = workspace.getRightLeaf(false);
  if (!leaf) return;
  await leaf.setViewState({ type: GRAPH_VIEW_TYPE, active: true });
  await workspace.revealLeaf(leaf);
}

/** The side panel: follows the active note and redraws when the index changes. */
export class GraphView extends ItemView implements HoverParent {
  private panel: GraphPanel | undefined;
  private depth: 1 | 2;
  private path = "";
  /** Lets the app's page previews attach their popover to this view. */
  hoverPopover: HoverPopover | null = null;

  constructor(
    leaf: WorkspaceLeaf,
    private readonly host: GraphHost,
  ) {
    super(leaf);
    this.depth = host.settings.graphDepth;
  }

  override getViewType(): string {
    return GRAPH_VIEW_TYPE;
  }

  override getDisplayText(): string {
    return STRINGS.graph.viewTitle;
  }

  override getIcon(): string {
    return ICON;
  }

  override async onOpen(): Promise<void> {
    this.panel = new GraphPanel(this.contentEl, this.nodeHandlers(), this.depth);
    const { workspace } = this.app;
    const follow = debounce((path: string) => this.follow(path), FOLLOW_DELAY_MS, true);
    const redraw = debounce(() => void this.redraw(), REDRAW_DELAY_MS, true);
    // `file-open` also says when the last note closed (null); a leaf without a note, such as
    // this panel, leaves the graph on the last note.
    this.registerEvent(workspace.on("file-open", (file) => follow(file?.path ?? "")));
    this.registerEvent(
      workspace.on("active-leaf-change", () => {
        const file = workspace.getActiveFile();
        if (file) follow(file.path);
      }),
    );
    this.register(this.host.indexService.index.onChange(() => redraw()));
    this.register(graphRedraws(this.host.settingsService)((s) => this.applySettings(s)));
    this.register(() => {
      follow.cancel();
      redraw.cancel();
    });
    this.path = workspace.getActiveFile()?.path ?? "";
    await this.redraw();
  }

  override async onClose(): Promise<void> {
    this.contentEl.empty();
    this.panel = undefined;
    await Promise.resolve();
  }

  /** The note whose graph is shown. */
  get notePath(): string {
    return this.path;
  }

  /** A new default depth replaces the one the toolbar shows. */
  private applySettings(settings: AttackLensSettings): void {
    this.depth = settings.graphDepth;
    this.panel?.setDepth(settings.graphDepth);
    void this.redraw();
  }

  private follow(path: string): void {
    if (path === this.path) return;
    this.path = path;
    void this.redraw();
  }

  private async redraw(): Promise<void> {
    if (!this.panel) return;
    if (!this.host.indexService.isReady) return this.panel.show({ kind: "loading" });
    try {
      this.panel.show(this.stateFor(this.path, await this.noteText(this.path)));
    } catch (error) {
      log.error(`the graph of ${this.path} could not be drawn`, error);
      this.panel.show({ kind: "empty", reason: "no-technique" });
    }
  }

  private stateFor(path: string, text: string | undefined): GraphPanelState {
    const catalogue = bundledCatalogue();
    const options = {
      depth: this.depth,
      ...(text === undefined ? {} : { text, bareIdentifiers: true }),
    };
    const result = buildAndLayoutTechniqueGraph(
      this.host.indexService.index,
      catalogue,
      path,
      options,
    );
    if (!result.ok) return { kind: "empty", reason: result.reason };
    return {
      kind: "graph",
      graph: result.graph,
      layout: result.layout,
      attackVersion: catalogue.attackVersion,
    };
  }

  /** The note's text when bare identifiers should count, which only the text holds. */
  private async noteText(path: string): Promise<string | undefined> {
    if (!this.bareIdentifiers()) return undefined;
    const file = this.app.vault.getAbstractFileByPath(path);
    return file instanceof TFile ? this.app.vault.cachedRead(file) : undefined;
  }

  private bareIdentifiers(): boolean {
    return this.host.settings.graphBareIdentifiers;
  }

  private nodeHandlers(): ConstructorParameters<typeof GraphPanel>[1] {
    return {
      open: (node, event) => this.openNode(node, event),
      hover: (node, event, target) => this.hoverNode(node, event, target),
      setDepth: (depth) => {
        this.depth = depth;
        void this.redraw();
      },
    };
  }

  private openNode(node: GraphNode, event: MouseEvent | KeyboardEvent): void {
    if (node.path === undefined) return;
    void this.app.workspace.openLinkText(node.path, this.path, Keymap.isModEvent(event));
  }

  private hoverNode(node: GraphNode, event: MouseEvent, target: SVGElement): void {
    this.app.workspace.trigger("hover-link", {
      event,
      source: HOVER_SOURCE,
      hoverParent: this,
      targetEl: target,
      linktext: node.path,
      sourcePath: this.path,
    });
  }
}
