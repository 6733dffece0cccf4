// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import AttackLensPlugin from "../../src/main";
import {
  App,
  liveDomListenerCount,
  liveEventHandlerCount,
  liveIntervalCount,
  type Plugin,
} from "../stand-in/obsidian";
import { lensBlocks, miniVault } from "./harness";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";

async function loadedWithNoteOpen(): Promise<{
  app: App;
  plugin: AttackLensPlugin;
  before: number[];
}> {
  const app = new App(miniVault());
  const before = [liveEventHandlerCount(), liveDomListenerCount(), liveIntervalCount()];
  const plugin = new AttackLensPlugin(app as never, { id: "attack-lens" } as never);
  await app.start([plugin as unknown as Plugin]);
  await app.openNote(LSASS);
  await app.openNote(LSASS, "source");
  return { app, plugin, before };
}

describe("unloading the plugin", () => {
  it("detaches every app event, DOM listener and interval it registered (views closed), and every registration", async () => {
    const { app, plugin, before } = await loadedWithNoteOpen();
    plugin.unload();
    app.workspace.iterateAllLeaves((leaf) => leaf.detach());
    expect([liveEventHandlerCount(), liveDomListenerCount(), liveIntervalCount()]).toEqual(before);
    expect(app.markdownRegistry.postProcessors).toHaveLength(0);
    expect(app.markdownRegistry.editorExtensions).toHaveLength(0);
    expect(app.hoverLinkSources.size).toBe(0);
    app.containerEl.remove();
  });

  it("removes what it drew from Live Preview", async () => {
    const { app, plugin } = await loadedWithNoteOpen();
    expect(lensBlocks(app.containerEl).length).toBeGreaterThan(0);
    plugin.unload();
    expect(app.containerEl.querySelectorAll(".attack-lens-live-preview")).toHaveLength(0);
    app.containerEl.remove();
  });

  it("removes what it drew from reading view and gives the app's own list back", async () => {
    const { app, plugin } = await loadedWithNoteOpen();
    await app.openNote(LSASS, "preview");
    expect(lensBlocks(app.containerEl)).toHaveLength(2);
    expect(app.containerEl.querySelectorAll(".attack-lens-core-hidden")).toHaveLength(2);
    plugin.unload();
    expect(
      app.containerEl.querySelectorAll(
        ".attack-lens-query, .attack-lens-core-hidden, [data-attack-lens]",
      ),
    ).toHaveLength(0);
    expect(app.containerEl.querySelectorAll(".internal-query")).toHaveLength(2);
    await app.openNote(LSASS, "preview");
    expect(lensBlocks(app.containerEl)).toHaveLength(0);
    app.containerEl.remove();
  });
});
