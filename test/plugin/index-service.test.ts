// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import AttackLensPlugin from "../../src/main";
import { App, type Plugin } from "../stand-in/obsidian";
import { miniVault, settle } from "./harness";

describe("index service", () => {
  it("builds the index only once the layout is ready, not from start-up create events", async () => {
    const app = new App(miniVault());
    const plugin = new AttackLensPlugin(app as never, { id: "attack-lens" } as never);
    await app.enablePlugin(plugin as unknown as Plugin);
    app.vault.announceAll();
    await settle();
    expect([plugin.indexService.isReady, [...plugin.indexService.index.allPaths()].length]).toEqual(
      [false, 0],
    );
    app.workspace.markLayoutReady();
    await settle();
    expect(plugin.indexService.isReady).toBe(true);
    expect([...plugin.indexService.index.allPaths()]).toHaveLength(Object.keys(miniVault()).length);
    plugin.unload();
  });

  it("reads the broken `tags: [, detection_rule]` as a rule", async () => {
    const app = new App(miniVault());
    const plugin = new AttackLensPlugin(app as never, { id: "attack-lens" } as never);
    await app.start([plugin as unknown as Plugin]);
    expect(plugin.indexService.index.getNote("Detection Rules/Broken tag list.md")?.kind).toBe(
      "rule",
    );
    plugin.unload();
  });
});
