// @vitest-environment happy-dom
/**
 * The built main.js (what users install), evaluated as CommonJS with `obsidian` resolved to
 * the stand-in and `@codemirror/*` to the real packages, on a note of the real vault.
 */
import * as cmState from "@codemirror/state";
import * as cmView from "@codemirror/view";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as standIn from "../stand-in/obsidian";
import { readVaultFolder } from "../stand-in/node-vault";
import { lensBlocks, SAMPLE_VAULT, startPlugin, tableTitles, type Started } from "./harness";

const MAIN_JS = resolve("main.js");
const NOTE = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const hasSample = existsSync(SAMPLE_VAULT);

/** Loads main.js as the app does: a CommonJS module whose `require` the app provides. */
function loadBuiltPlugin(): new (app: never, manifest: never) => standIn.Plugin {
  const provided: Record<string, unknown> = {
    obsidian: standIn,
    "@codemirror/state": cmState,
    "@codemirror/view": cmView,
  };
  const shim = (name: string): unknown => {
    if (!(name in provided))
      throw new Error(`main.js asked for "${name}", which the app does not provide`);
    return provided[name];
  };
  const module = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", readFileSync(MAIN_JS, "utf8"))(
    module,
    module.exports,
    shim,
  );
  return (module.exports.default ?? module.exports) as new (
    app: never,
    manifest: never,
  ) => standIn.Plugin;
}

describe.skipIf(!hasSample)("the built main.js on the real vault", () => {
  let started: Started<standIn.Plugin>;
  let before: number;

  beforeAll(async () => {
    if (!existsSync(MAIN_JS))
      execFileSync("node", ["esbuild.config.mjs", "production"], { stdio: "inherit" });
    before = standIn.liveEventHandlerCount();
    started = await startPlugin(loadBuiltPlugin(), readVaultFolder(SAMPLE_VAULT));
  });
  afterAll(() => started?.app.containerEl.remove());

  it("draws 68 rules and 1 test note with 14 atomic tests for T1003.001", async () => {
    const leaf = await started.app.openNote(NOTE);
    const [rules, tests] = lensBlocks(leaf.containerEl);
    expect(tableTitles(rules!)[0]).toHaveLength(68);
    expect(tableTitles(tests!)).toEqual([["T1003.001 - OS Credential Dumping- LSASS Memory"]]);
    expect(tests!.querySelector(".attack-lens-block-summary")?.textContent).toContain(
      "14 atomic tests",
    );
  });

  it("updates after a rule's tags change", async () => {
    const leaf = await started.app.openNote(NOTE);
    const [rules] = lensBlocks(leaf.containerEl);
    const path = "Detection Rules/win_security_susp_lsass_dump_generic.md";
    const file = started.app.vault.getFileByPath(path)!;
    await started.app.vault.modify(
      file,
      started.app.vault.textOf(path)!.replace("t1003_001, ", ""),
    );
    await vi.waitFor(() => expect(tableTitles(rules!)[0]).toHaveLength(67));
  });

  it("unloads leaving no app event handlers of its own", () => {
    started.plugin.unload();
    started.app.workspace.iterateAllLeaves((leaf) => leaf.detach());
    // The one handler left is the app's own page-preview listener, added when the app was made.
    expect(standIn.liveEventHandlerCount()).toBe(before + 1);
    expect(started.app.markdownRegistry.postProcessors).toHaveLength(0);
  });
});
