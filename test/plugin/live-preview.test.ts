// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import AttackLensPlugin from "../../src/main";
import { MarkdownView } from "../stand-in/obsidian";
import { lensBlocks, miniVault, startPlugin, tableTitles, type Started } from "./harness";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";

let started: Started<AttackLensPlugin> | undefined;
afterEach(() => {
  started?.plugin.unload();
  started?.app.containerEl.remove();
  started = undefined;
});

describe("Live Preview", () => {
  it("draws the same tables as reading view, in place of the app's widget", async () => {
    started = await startPlugin(AttackLensPlugin, miniVault());
    const leaf = await started.app.openNote(LSASS, "source");
    const blocks = lensBlocks(leaf.containerEl);
    expect(blocks.map((b) => b.classList.contains("attack-lens-live-preview"))).toEqual([
      true,
      true,
    ]);
    expect(tableTitles(blocks[0]!)).toEqual([
      ["LSASS dump with comsvcs", "LSASS access from an unusual process"],
    ]);
    expect(leaf.containerEl.querySelectorAll(".internal-query")).toHaveLength(0);
  });

  it("shows the query source again when the cursor enters the block", async () => {
    started = await startPlugin(AttackLensPlugin, miniVault());
    const leaf = await started.app.openNote(LSASS, "source");
    const view = (leaf.view as MarkdownView).editor!.view;
    const at = view.state.doc.toString().indexOf("tag: detection_rule");
    view.dispatch({ selection: { anchor: at } });
    await vi.waitFor(() => expect(lensBlocks(leaf.containerEl)).toHaveLength(1));
    expect(leaf.containerEl.textContent).toContain("tag: T1003_001");
  });
});
