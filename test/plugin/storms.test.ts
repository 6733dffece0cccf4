// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import AttackLensPlugin from "../../src/main";
import { TFile, TFolder, type App } from "../stand-in/obsidian";
import { expectSameIndex, nextEvent, seededRandom, type StormEvent } from "../hostile/storm";
import { settle, startPlugin } from "./harness";

/**
 * Event storms through the app: seeded random creates, edits, renames and deletions of files
 * and folders, made with the stand-in vault's own calls so the plugin hears them as app
 * events. Every few events the plugin's live index must equal the index a freshly started
 * plugin builds from the vault as it now is.
 */

const STORMS = 20;
const EVENTS = 2_000;
const CHECK_EVERY = 100;

async function apply(event: StormEvent, app: App): Promise<void> {
  const vault = app.vault;
  switch (event.type) {
    case "create":
      await ensureFolder(app, event.path);
      await vault.create(event.path, event.text);
      return;
    case "modify":
      await vault.modify(file(app, event.path), event.text);
      return;
    case "rename":
      await ensureFolder(app, event.to);
      await vault.rename(file(app, event.from), event.to);
      return;
    case "delete":
      await vault.delete(file(app, event.path));
      return;
    case "renameFolder":
      await vault.rename(folder(app, event.from), event.to);
      return;
    case "deleteFolder":
      await vault.delete(folder(app, event.path));
  }
}

async function ensureFolder(app: App, path: string): Promise<void> {
  const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  if (parent !== "" && !app.vault.getFolderByPath(parent)) await app.vault.createFolder(parent);
}

function file(app: App, path: string): TFile {
  const found = app.vault.getAbstractFileByPath(path);
  if (!(found instanceof TFile)) throw new Error(`storm model out of step: no file ${path}`);
  return found;
}

function folder(app: App, path: string): TFolder {
  const found = app.vault.getAbstractFileByPath(path);
  if (!(found instanceof TFolder)) throw new Error(`storm model out of step: no folder ${path}`);
  return found;
}

function notePaths(app: App): Set<string> {
  return new Set(app.vault.getMarkdownFiles().map((f) => f.path));
}

async function expectEqualToRebuild(
  app: App,
  live: AttackLensPlugin,
  where: string,
): Promise<void> {
  const files = Object.fromEntries([...notePaths(app)].map((p) => [p, app.vault.textOf(p) ?? ""]));
  const fresh = await startPlugin(AttackLensPlugin, files);
  await settle(10);
  expectSameIndex(live.indexService.index, fresh.plugin.indexService.index, where);
  const problems = (plugin: AttackLensPlugin): string[] =>
    plugin.indexService.problems
      .all()
      .map((p) => `${p.path}: ${p.kind}: ${p.detail}`)
      .sort();
  expect(problems(live), `${where}: problems`).toEqual(problems(fresh.plugin));
  fresh.plugin.unload();
  fresh.app.containerEl.remove();
}

describe(`${STORMS} event storms of ${EVENTS} app events through the plugin`, () => {
  const totals = { events: 0, checks: 0 };

  for (let seed = 101; seed < 101 + STORMS; seed++) {
    it(`storm ${seed} leaves the plugin's index equal to a fresh start`, async () => {
      const random = seededRandom(seed);
      const { app, plugin } = await startPlugin(AttackLensPlugin, {});
      for (let step = 1; step <= EVENTS; step++) {
        await apply(nextEvent(random, notePaths(app)), app);
        await settle(3);
        if (step % CHECK_EVERY === 0) {
          await expectEqualToRebuild(app, plugin, `seed ${seed}, step ${step}`);
          totals.checks++;
        }
      }
      totals.events += EVENTS;
      plugin.unload();
      app.containerEl.remove();
    });
  }

  it("ran every storm to the end", () => {
    expect(totals).toEqual({ events: STORMS * EVENTS, checks: (STORMS * EVENTS) / CHECK_EVERY });
  });
});
