// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLogSink } from "../../src/core/log";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import AttackLensPlugin from "../../src/main";
import { HIDDEN_CORE_CLASS } from "../../src/plugin/reading-view";
import { STRINGS } from "../../src/ui/strings";
import { MarkdownView, shownNotices } from "../stand-in/obsidian";
import { lensBlocks, miniVault, settle, startPlugin, type Started } from "./harness";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const S = STRINGS.settings;

let started: Started<AttackLensPlugin> | undefined;
afterEach(() => {
  started?.plugin.unload();
  started?.app.containerEl.remove();
  started = undefined;
});

async function start(files = miniVault(), settings?: unknown): Promise<Started<AttackLensPlugin>> {
  started = await startPlugin(AttackLensPlugin, files, settings === undefined ? {} : { settings });
  return started;
}

/** The settings rows, by name, of the open tab. */
function rows(tab: HTMLElement): Map<string, HTMLElement> {
  const found = new Map<string, HTMLElement>();
  for (const row of tab.querySelectorAll<HTMLElement>(".setting-item")) {
    found.set(row.querySelector(".setting-item-name")?.textContent ?? "", row);
  }
  return found;
}

function row(tab: HTMLElement, name: string): HTMLElement {
  const found = rows(tab).get(name);
  if (!found) throw new Error(`No settings row named ${name}`);
  return found;
}

/** Types into a row's text input or text area as a person would, then closes the tab to flush. */
function type(tab: HTMLElement, name: string, text: string): HTMLElement {
  const target = row(tab, name);
  const input = target.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea")!;
  input.value = text;
  input.dispatchEvent(new Event("input"));
  started!.app.settingTabs[0]!.hide();
  return target;
}

function headerTexts(block: HTMLElement): string[] {
  const table = block.querySelector(".attack-lens-table");
  return [...(table?.querySelectorAll("th") ?? [])].map((th) => th.textContent ?? "");
}

describe("settings tab", () => {
  it("draws every section, each with its controls", async () => {
    const { app } = await start();
    const tab = app.openSettingTab();
    const headings = [...tab.querySelectorAll(".setting-item-heading .setting-item-name")];
    expect(headings.map((h) => h.textContent)).toEqual([
      S.kinds.heading,
      S.folders.heading,
      S.coverage.heading,
      S.tables.heading,
      S.links.heading,
      S.graph.heading,
      S.blocks.heading,
      S.advanced.heading,
    ]);
    expect(row(tab, S.kinds.rule).querySelector("input")?.value).toBe("detection_rule");
    expect(row(tab, S.folders.ignore).querySelector("textarea")).not.toBeNull();
    expect(row(tab, S.coverage.rollUp).querySelector("input[type=checkbox]")).not.toBeNull();
    expect(row(tab, S.tables.ruleColumns).querySelectorAll(".attack-lens-column-row")).toHaveLength(
      5,
    );
    expect(row(tab, S.tables.testColumns).querySelectorAll(".attack-lens-column-row")).toHaveLength(
      4,
    );
    expect(row(tab, S.links.openLocal).querySelector("input[type=checkbox]")).not.toBeNull();
    expect(row(tab, S.blocks.showCore).querySelector("input[type=checkbox]")).not.toBeNull();
    expect(row(tab, S.advanced.logLevel).querySelectorAll("option")).toHaveLength(5);
  });

  it("describes the same rows to app versions that draw settings themselves", async () => {
    const { app } = await start();
    const tab = app.settingTabs[0] as unknown as {
      getSettingDefinitions(): { heading: string; items: { name: string }[] }[];
    };
    const groups = tab.getSettingDefinitions();
    expect(groups).toHaveLength(8);
    const drawn = [...rows(app.openSettingTab()).keys()].filter(
      (name) => !groups.some((g) => g.heading === name),
    );
    expect(groups.flatMap((g) => g.items.map((i) => i.name))).toEqual(drawn);
  });

  it("rebuilds the index when the rule tag changes, and the notes change kind", async () => {
    const { app, plugin } = await start();
    const rebuild = vi.spyOn(plugin.indexService, "rebuild");
    expect(plugin.indexService.index.pathsOfKind("rule").size).toBeGreaterThan(0);
    type(app.openSettingTab(), S.kinds.rule, "#sigma_rule");
    expect(plugin.settings.kindTags.rule).toBe("sigma_rule");
    expect(rebuild).toHaveBeenCalledTimes(1);
    expect(plugin.indexService.index.pathsOfKind("rule").size).toBe(0);
    await settle();
    expect(app.pluginData.get("attack-lens")).toMatchObject({ kindTags: { rule: "sigma_rule" } });
  });

  it("shows why a typed tag is refused, and keeps the old one", async () => {
    const { app, plugin } = await start();
    const rebuild = vi.spyOn(plugin.indexService, "rebuild");
    const tab = app.openSettingTab();
    const target = row(tab, S.kinds.test);
    const input = target.querySelector("input")!;
    input.value = "detection_rule";
    input.dispatchEvent(new Event("input"));
    app.settingTabs[0]!.hide();
    expect(target.querySelector(".attack-lens-field-error")?.textContent).toBe(
      S.input.sameTag("detection_rule"),
    );
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(plugin.settings.kindTags.test).toBe("atomic_test");
    expect(rebuild).not.toHaveBeenCalled();
  });

  it("waits for typing to pause before saving", async () => {
    const { app, plugin } = await start();
    vi.useFakeTimers();
    try {
      const input = row(app.openSettingTab(), S.kinds.technique).querySelector("input")!;
      input.value = "tech";
      input.dispatchEvent(new Event("input"));
      input.value = "technique_note";
      input.dispatchEvent(new Event("input"));
      expect(plugin.settings.kindTags.technique).toBe("techniques");
      vi.advanceTimersByTime(1000);
      expect(plugin.settings.kindTags.technique).toBe("technique_note");
    } finally {
      vi.useRealTimers();
    }
  });

  it("rebuilds the index without ignored folders, and names folders that do not exist", async () => {
    const { app, plugin } = await start();
    const target = type(app.openSettingTab(), S.folders.ignore, "Detection Rules\nNo Such Folder");
    expect(plugin.settings.ignoreFolders).toEqual(["Detection Rules", "No Such Folder"]);
    expect(plugin.indexService.index.pathsOfKind("rule").size).toBe(0);
    expect(target.querySelector(".attack-lens-field-hint")?.textContent).toBe(
      S.folders.missing(["No Such Folder"]),
    );
  });

  it("refuses a folder line that is not a path, naming the line", async () => {
    const { app, plugin } = await start();
    const target = type(app.openSettingTab(), S.folders.include, "Use Cases\nbad:name");
    expect(target.querySelector(".attack-lens-field-error")?.textContent).toBe(
      S.input.invalidFolder(2, "bad:name"),
    );
    expect(plugin.settings.includeFolders).toEqual([]);
  });

  it("redraws open blocks, without a rebuild, when the rule columns change order", async () => {
    const { app, plugin } = await start();
    const leaf = await app.openNote(LSASS);
    const rebuild = vi.spyOn(plugin.indexService, "rebuild");
    const [rules] = lensBlocks(leaf.containerEl);
    expect(headerTexts(rules!)[0]).toBe("Title");
    const tab = app.openSettingTab();
    const levelLine = [
      ...row(tab, S.tables.ruleColumns).querySelectorAll(".attack-lens-column-row"),
    ][1]!;
    levelLine.querySelector<HTMLButtonElement>(`button[aria-label="${S.tables.moveUp}"]`)!.click();
    expect(plugin.settings.ruleColumns.slice(0, 2)).toEqual(["level", "title"]);
    expect(headerTexts(rules!).slice(0, 2)).toEqual(["Level", "Title"]);
    expect(rebuild).not.toHaveBeenCalled();
  });

  it("hides a column, but never the last one", async () => {
    const { app, plugin } = await start();
    const tab = app.openSettingTab();
    const list = row(tab, S.tables.testColumns);
    for (let i = 0; i < 4; i++) {
      const box = list.querySelector<HTMLInputElement>(".attack-lens-column-row input:checked")!;
      box.checked = false;
      box.dispatchEvent(new Event("change"));
    }
    expect(plugin.settings.testColumns).toHaveLength(1);
    expect(list.querySelector(".attack-lens-field-error")?.textContent).toBe(S.tables.lastColumn);
  });

  it("shows or hides the app's own results in open reading views at once", async () => {
    const { app } = await start();
    const leaf = await app.openNote(LSASS);
    expect(leaf.containerEl.querySelectorAll(`.${HIDDEN_CORE_CLASS}`)).toHaveLength(2);
    const toggle = row(app.openSettingTab(), S.blocks.showCore).querySelector<HTMLInputElement>(
      "input",
    )!;
    toggle.checked = true;
    toggle.dispatchEvent(new Event("change"));
    expect(leaf.containerEl.querySelectorAll(`.${HIDDEN_CORE_CLASS}`)).toHaveLength(0);
  });

  it("redraws Live Preview blocks when the app's own results are kept", async () => {
    const { app, plugin } = await start();
    const leaf = await app.openNote(LSASS, "source");
    expect(leaf.containerEl.querySelectorAll(".internal-query")).toHaveLength(0);
    await plugin.updateSettings({ showCoreResults: true });
    await vi.waitFor(() =>
      expect(leaf.containerEl.querySelectorAll(".internal-query")).toHaveLength(2),
    );
    expect(lensBlocks(leaf.containerEl)).toHaveLength(2);
    expect((leaf.view as MarkdownView).editor).toBeDefined();
  });

  it("sets the graph's default depth from the dropdown", async () => {
    const { app, plugin } = await start();
    const select = row(app.openSettingTab(), S.graph.depth).querySelector("select")!;
    expect(select.value).toBe("1");
    select.value = "2";
    select.dispatchEvent(new Event("change"));
    expect(plugin.settings.graphDepth).toBe(2);
  });

  it("sets the log level from the dropdown", async () => {
    const { app, plugin } = await start();
    const select = row(app.openSettingTab(), S.advanced.logLevel).querySelector("select")!;
    select.value = "error";
    select.dispatchEvent(new Event("change"));
    expect(plugin.settings.logLevel).toBe("error");
  });
});

describe("stored settings", () => {
  it("starts with defaults and a warning when data.json is corrupt", async () => {
    const warnings: string[] = [];
    const restore = setLogSink((level, line) => level === "warn" && warnings.push(line));
    try {
      const { plugin } = await start(miniVault(), ["not", "settings"]);
      expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
      expect(plugin.indexService.index.pathsOfKind("rule").size).toBeGreaterThan(0);
    } finally {
      restore();
    }
    expect(warnings.some((w) => w.includes("data.json"))).toBe(true);
  });

  it("keeps the usable parts of partly corrupt data", async () => {
    const restore = setLogSink(() => undefined);
    try {
      const { plugin } = await start(miniVault(), {
        showCoreResults: "yes",
        testColumns: ["tests", "title"],
        __proto__: null,
      });
      expect(plugin.settings.showCoreResults).toBe(false);
      expect(plugin.settings.testColumns).toEqual(["tests", "title"]);
    } finally {
      restore();
    }
  });
});

describe("index commands", () => {
  it("rebuilds the index on command and says how many notes it holds", async () => {
    const { app, plugin } = await start();
    const rebuild = vi.spyOn(plugin.indexService, "rebuild");
    expect(app.executeCommandById("attack-lens:rebuild-index")).toBe(true);
    expect(rebuild).toHaveBeenCalledTimes(1);
    const count = plugin.indexService.index.allPaths().size;
    expect(shownNotices.at(-1)).toBe(STRINGS.notices.indexRebuilt(count));
  });

  it("lists the notes that could not be read, with what to do", async () => {
    const files = {
      ...miniVault(),
      "Detection Rules/Bad tags.md": '---\ntags: [detection_rule, 7, "1984"]\n---\n',
    };
    const { app } = await start(files);
    expect(app.executeCommandById("attack-lens:show-index-problems")).toBe(true);
    const modal = document.body.querySelector(".modal")!;
    expect(modal.querySelector(".modal-title")?.textContent).toBe(STRINGS.problems.title);
    expect(modal.querySelector(".attack-lens-problem a")?.textContent).toBe(
      "Detection Rules/Bad tags.md",
    );
    const text = modal.textContent ?? "";
    expect(text).toContain(STRINGS.problems.what["tag-not-text"]("7"));
    expect(text).toContain(STRINGS.problems.what["invalid-tag"]("1984"));
    expect(text).toContain(STRINGS.problems.advice["invalid-tag"]);
    modal.closest(".modal-container")?.remove();
  });
});
