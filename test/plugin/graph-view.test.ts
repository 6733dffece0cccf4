// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import AttackLensPlugin from "../../src/main";
import { GRAPH_VIEW_TYPE, GraphView } from "../../src/plugin/graph-view";
import type { App } from "../stand-in/obsidian";
import { miniVault, settle, startPlugin } from "./harness";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const POWERSHELL = "Use Cases/T1059.001 - PowerShell.md";
const PARENT = "Use Cases/T1003 - OS Credential Dumping.md";

/** Waits out the panel's debounce (follow 150 ms, redraw 400 ms). */
async function afterDebounce(ms = 500): Promise<void> {
  await new Promise((resolve) => window.setTimeout(resolve, ms));
  await settle();
}

let unload: (() => void) | undefined;
afterEach(() => unload?.());

async function openGraph(): Promise<{
  app: App;
  plugin: AttackLensPlugin;
  panel: () => HTMLElement;
}> {
  const { app, plugin } = await startPlugin(AttackLensPlugin, miniVault());
  unload = () => plugin.unload();
  await app.openNote(LSASS);
  await settle();
  expect(app.executeCommandById("attack-lens:open-technique-graph")).toBe(true);
  await settle();
  const leaf = app.workspace.getLeavesOfType(GRAPH_VIEW_TYPE)[0];
  if (!(leaf?.view instanceof GraphView)) throw new Error("the graph view did not open");
  const view = leaf.view;
  return { app, plugin, panel: () => view.contentEl };
}

const centreLabel = (root: HTMLElement): string | null | undefined =>
  root.querySelector("svg")?.getAttribute("aria-label");

describe("technique graph view", () => {
  it("opens in the right sidebar from the command and the ribbon icon, once", async () => {
    const { app, panel } = await openGraph();
    expect(centreLabel(panel())).toBe("Technique graph of T1003.001");
    const ribbon = app.containerEl.querySelector<HTMLElement>(
      '[aria-label="Open technique graph"]',
    );
    const view = app.workspace.getLeavesOfType(GRAPH_VIEW_TYPE)[0]?.view;
    ribbon?.click();
    await settle();
    expect(app.workspace.getLeavesOfType(GRAPH_VIEW_TYPE)).toHaveLength(1);
    expect(app.workspace.getLeavesOfType(GRAPH_VIEW_TYPE)[0]?.view).toBe(view);
    expect(centreLabel(panel())).toBe("Technique graph of T1003.001");
  });

  it("follows the active note, and says what to do for a note without a technique", async () => {
    const { app, panel } = await openGraph();
    await app.openNote(POWERSHELL);
    await afterDebounce(250);
    expect(centreLabel(panel())).toBe("Technique graph of T1059.001");
    await app.openNote("Notes/Reading list.md");
    await afterDebounce(250);
    expect(panel().querySelector("svg")).toBeNull();
    expect(panel().textContent).toContain("Open a technique, rule or test note");
  });

  it("centres a rule note on the techniques it carries", async () => {
    const { app, panel } = await openGraph();
    await app.openNote("Detection Rules/LSASS dump with comsvcs.md");
    await afterDebounce(250);
    expect(centreLabel(panel())).toBe("Technique graph of T1003.001");
    expect(
      panel().querySelector(".attack-lens-graph-node.is-current")?.getAttribute("aria-label"),
    ).toMatch(/^LSASS dump with comsvcs, Detection rule/);
  });

  it("opens a node's note on click and asks the app for a hover preview", async () => {
    const { app, panel } = await openGraph();
    const parent = panel().querySelector<SVGGElement>('[data-node="technique:T1003"]');
    parent?.dispatchEvent(new MouseEvent("mouseenter"));
    expect(app.hoverLinkEvents.at(-1)).toMatchObject({
      source: "attack-lens",
      linktext: PARENT,
      sourcePath: LSASS,
    });
    parent?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(app.workspace.getActiveFile()?.path).toBe(PARENT);
  });

  it("redraws when the index changes", async () => {
    const { app, panel } = await openGraph();
    const before = panel()
      .querySelector('[data-node="technique:T1003.001"]')
      ?.getAttribute("aria-label");
    await app.vault.create(
      "Detection Rules/New LSASS rule.md",
      "---\ntitle: New LSASS rule\nlevel: high\ntags: [t1003_001, detection_rule]\n---\n",
    );
    await afterDebounce();
    const after = panel()
      .querySelector('[data-node="technique:T1003.001"]')
      ?.getAttribute("aria-label");
    expect(before).not.toBe(after);
    expect(
      panel().querySelector('[data-node="note:Detection Rules/New LSASS rule.md"]'),
    ).not.toBeNull();
  });

  it("redraws an open panel when the default depth changes in settings", async () => {
    const { plugin, panel } = await openGraph();
    const nodes = (): number => panel().querySelectorAll(".attack-lens-graph-node").length;
    const depthButton = (): string | null | undefined =>
      panel().querySelector('[aria-label^="Show the neighbours of neighbours"]')?.textContent;
    const atDepth1 = nodes();
    expect(depthButton()).toBe("Depth 1");
    await plugin.updateSettings({ graphDepth: 2 });
    await settle();
    expect(nodes()).toBeGreaterThan(atDepth1);
    expect(depthButton()).toBe("Depth 2");
    await plugin.updateSettings({ graphDepth: 1 });
    await settle();
    expect(nodes()).toBe(atDepth1);
    expect(depthButton()).toBe("Depth 1");
  });

  it("stops listening when the plugin unloads", async () => {
    const { app, plugin } = await openGraph();
    const withPlugin = app.liveEventHandlers();
    plugin.unload();
    unload = undefined;
    expect(app.liveEventHandlers()).toBeLessThan(withPlugin);
    expect(app.commands.has("attack-lens:open-technique-graph")).toBe(false);
  });
});
