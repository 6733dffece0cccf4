// @vitest-environment happy-dom
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import AttackLensPlugin from "../../src/main";
import type { App } from "../stand-in/obsidian";
import { miniVault, settle, startPlugin } from "./harness";

/**
 * Nothing the user wrote is changed unless they ask through an explicit command. Two guards:
 * every call in src/ that can write a note or a file is listed here (a new one fails this
 * test until it is reviewed and added), and a whole session in the stand-in makes no write.
 */

/** Calls that write to the vault, the app's file system adapter or the disk. */
const WRITE_CALL =
  /\b(?:vault|adapter|fileManager|fs)\s*\.\s*(?:modify|modifyBinary|process|append|create|createBinary|createFolder|write|writeBinary|rename|delete|trash|copy|remove|rmdir|mkdir|processFrontMatter|renameFile)\s*\(|\b(?:writeFileSync|writeFile|appendFileSync|appendFile|mkdirSync|renameSync|unlinkSync|rmSync|rmdirSync|copyFileSync|cpSync)\b/g;

/** Reviewed write sites: file → what it writes and why that is allowed. */
const ALLOWED: Record<string, string> = {
  "src/headless/write-out.ts":
    "the command line's --out file only (never inside the vault, never overwritten)",
  "src/plugin/coverage-modals.ts":
    "vault.create after the user presses save in an export or new-note dialog; the path is " +
    "checked by vaultFilePath (no .., no dot folder) and an existing file is refused",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|mts|js)$/.test(entry.name) ? [full] : [];
  });
}

function writeSites(): Map<string, string[]> {
  const root = resolve(".");
  const sites = new Map<string, string[]>();
  for (const file of sourceFiles(resolve("src"))) {
    const calls = [...readFileSync(file, "utf8").matchAll(WRITE_CALL)].map((m) => m[0]);
    if (calls.length > 0) sites.set(relative(root, file).split("\\").join("/"), calls);
  }
  return sites;
}

const WRITE_METHODS = [
  "create",
  "createBinary",
  "createFolder",
  "modify",
  "modifyBinary",
  "process",
  "append",
  "rename",
  "delete",
  "trash",
  "copy",
] as const;

/** Records every write the plugin asks of the vault while `during` runs. */
async function vaultWrites(app: App, during: () => Promise<void>): Promise<string[]> {
  const writes: string[] = [];
  const vault = app.vault as unknown as Record<string, unknown>;
  const originals = new Map<string, unknown>();
  for (const name of WRITE_METHODS) {
    const original = vault[name];
    if (typeof original !== "function") continue;
    originals.set(name, original);
    vault[name] = (...args: unknown[]): unknown => {
      writes.push(name);
      return (original as (...a: unknown[]) => unknown).apply(app.vault, args);
    };
  }
  try {
    await during();
  } finally {
    for (const [name, original] of originals) vault[name] = original;
  }
  return writes;
}

describe("writes", () => {
  it("happen only at the reviewed call sites in src/", () => {
    const sites = writeSites();
    expect([...sites.keys()].sort()).toEqual(Object.keys(ALLOWED).sort());
    expect(sites.get("src/headless/write-out.ts")).toEqual(["writeFileSync", "writeFileSync"]);
    expect(sites.get("src/plugin/coverage-modals.ts")).toEqual(["vault.create("]);
  });

  it("catch the calls they are meant to catch", () => {
    const sample =
      "await this.app.vault.modify(file, text); app.vault.process(f, fn); adapter.write(p, t); fs.writeFileSync(p)";
    expect([...sample.matchAll(WRITE_CALL)]).toHaveLength(4);
  });

  it("never happen in a session of reading, previews, views and settings", async () => {
    const { app, plugin } = await startPlugin(AttackLensPlugin, miniVault());
    const writes = await vaultWrites(app, async () => {
      for (const path of Object.keys(miniVault())) {
        await app.openNote(path, "preview");
        await app.openNote(path, "source");
      }
      for (const [id, command] of app.commands) {
        if (!/create|export|new/i.test(id)) app.executeCommandById(id);
        expect(command).toBeDefined();
      }
      if (app.settingTabs.length > 0) app.openSettingTab();
      await settle(10);
    });
    expect(writes).toEqual([]);
    plugin.unload();
    app.containerEl.remove();
  });
});
