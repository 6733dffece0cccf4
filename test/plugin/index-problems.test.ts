// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import AttackLensPlugin from "../../src/main";
import { miniVault, settle, startPlugin, type Started } from "./harness";

const BAD = "Detection Rules/Bad tags.md";
const BAD_TEXT = '---\ntags: [detection_rule, 7, "1984"]\n---\n';

let started: Started<AttackLensPlugin> | undefined;
afterEach(() => {
  started?.plugin.unload();
  started = undefined;
});

async function start(): Promise<Started<AttackLensPlugin>> {
  started = await startPlugin(AttackLensPlugin, { ...miniVault(), [BAD]: BAD_TEXT });
  return started;
}

describe("problems the index meets", () => {
  it("are collected per note, naming what was wrong", async () => {
    const { plugin } = await start();
    expect(plugin.indexService.problems.all()).toEqual([
      { path: BAD, kind: "tag-not-text", detail: "7" },
      { path: BAD, kind: "invalid-tag", detail: "1984" },
    ]);
  });

  it("clear when the note is fixed", async () => {
    const { app, plugin } = await start();
    await app.vault.modify(app.vault.getFileByPath(BAD)!, "---\ntags: [detection_rule]\n---\n");
    await settle();
    expect(plugin.indexService.problems.all()).toEqual([]);
  });

  it("follow a rename and go with a deletion", async () => {
    const { app, plugin } = await start();
    await app.vault.rename(app.vault.getFileByPath(BAD)!, "Detection Rules/Renamed.md");
    await settle();
    expect(plugin.indexService.problems.all().map((p) => p.path)).toEqual([
      "Detection Rules/Renamed.md",
      "Detection Rules/Renamed.md",
    ]);
    await app.vault.delete(app.vault.getFileByPath("Detection Rules/Renamed.md")!);
    await settle();
    expect(plugin.indexService.problems.noteCount).toBe(0);
  });

  it("are gathered afresh on rebuild, leaving out ignored folders", async () => {
    const { plugin } = await start();
    await plugin.updateSettings({ ignoreFolders: ["Detection Rules"] });
    expect(plugin.indexService.problems.all()).toEqual([]);
    await plugin.updateSettings({ ignoreFolders: [] });
    expect(plugin.indexService.problems.noteCount).toBe(1);
  });
});
