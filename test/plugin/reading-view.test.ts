// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import AttackLensPlugin from "../../src/main";
import { HIDDEN_CORE_CLASS } from "../../src/plugin/reading-view";
import { lensBlocks, miniVault, startPlugin, tableTitles, type Started } from "./harness";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const PARENT = "Use Cases/T1003 - OS Credential Dumping.md";
const POWERSHELL = "Use Cases/T1059.001 - PowerShell.md";
const COMSVCS_RULE = "Detection Rules/LSASS dump with comsvcs.md";

let started: Started<AttackLensPlugin> | undefined;
afterEach(() => {
  started?.plugin.unload();
  started?.app.containerEl.remove();
  started = undefined;
});

async function open(path: string, settings?: unknown): Promise<HTMLElement> {
  started = await startPlugin(
    AttackLensPlugin,
    miniVault(),
    settings === undefined ? {} : { settings },
  );
  return (await started.app.openNote(path)).containerEl;
}

describe("reading view of a technique note", () => {
  it("draws the rule table (most severe first) and the test table", async () => {
    const [rules, tests] = lensBlocks(await open(LSASS));
    expect(tableTitles(rules!)).toEqual([
      ["LSASS dump with comsvcs", "LSASS access from an unusual process"],
    ]);
    expect(rules!.querySelector(".attack-lens-level-critical")?.textContent).toBe("critical");
    expect(tableTitles(tests!)).toEqual([["T1003.001 - OS Credential Dumping- LSASS Memory"]]);
    expect(tests!.querySelector("td.attack-lens-col-tests")?.textContent).toBe("2");
  });

  it("shows a parent technique what its sub-techniques have, apart from its own matches", async () => {
    const [rules] = lensBlocks(await open(PARENT));
    expect(tableTitles(rules!)).toEqual([]);
    const section = rules!.querySelector(".attack-lens-subtechniques");
    expect(section?.querySelector("summary")?.textContent).toBe("From sub-techniques (2)");
    expect(
      [...section!.querySelectorAll("a.internal-link")].map((a) => a.textContent),
    ).toHaveLength(2);
  });

  it("hides the app's result list unless the settings keep it", async () => {
    const hidden = await open(LSASS);
    expect(hidden.querySelectorAll(`.internal-query.${HIDDEN_CORE_CLASS}`)).toHaveLength(2);
    started?.plugin.unload();
    const shown = await open(LSASS, { showCoreResults: true });
    expect(shown.querySelectorAll(".internal-query")).toHaveLength(2);
    expect(shown.querySelectorAll(`.${HIDDEN_CORE_CLASS}`)).toHaveLength(0);
    expect(lensBlocks(shown)).toHaveLength(2);
  });

  it("draws a block inside a callout, shows a broken query's error in place, leaves other blocks to the app", async () => {
    const view = await open(POWERSHELL);
    const [inCallout, broken, ...rest] = lensBlocks(view);
    expect(rest).toEqual([]);
    expect(inCallout!.closest(".callout-content")).not.toBeNull();
    expect(tableTitles(inCallout!)).toEqual([["Encoded PowerShell command"]]);
    expect(broken!.getAttribute("role")).toBe("alert");
    expect(broken!.querySelector(".attack-lens-error-source mark")?.textContent).not.toBe("");
    const notOurs = [...view.querySelectorAll(".internal-query")].find((q) =>
      q.textContent?.includes("tag: techniques"),
    );
    expect(notOurs?.classList.contains(HIDDEN_CORE_CLASS)).toBe(false);
    expect(notOurs?.nextElementSibling?.classList.contains("attack-lens-query") ?? false).toBe(
      false,
    );
  });
});

describe("live updates", () => {
  it("redraws after a rule's tags change, once the debounce has passed", async () => {
    const view = await open(LSASS);
    const app = started!.app;
    const rule = app.vault.getFileByPath(COMSVCS_RULE)!;
    await app.vault.modify(rule, app.vault.textOf(COMSVCS_RULE)!.replace("t1003_001, ", ""));
    expect(tableTitles(lensBlocks(view)[0]!)[0]).toHaveLength(2);
    await vi.waitFor(() =>
      expect(tableTitles(lensBlocks(view)[0]!)).toEqual([["LSASS access from an unusual process"]]),
    );
  });

  it("follows renames and deletions", async () => {
    const view = await open(LSASS);
    const app = started!.app;
    await app.vault.rename(app.vault.getFileByPath(COMSVCS_RULE)!, "Archive/Moved rule.md");
    await vi.waitFor(() =>
      expect(
        lensBlocks(view)[0]!.querySelector("a[data-href='Archive/Moved rule.md']"),
      ).not.toBeNull(),
    );
    await app.vault.delete(app.vault.getAbstractFileByPath("Archive")!);
    await vi.waitFor(() =>
      expect(tableTitles(lensBlocks(view)[0]!)).toEqual([["LSASS access from an unusual process"]]),
    );
  });

  it("opens the rule note when its link is clicked", async () => {
    const view = await open(LSASS);
    const link = lensBlocks(view)[0]!.querySelector<HTMLElement>("a.internal-link")!;
    link.click();
    await vi.waitFor(() => expect(started!.app.workspace.getActiveFile()?.path).toBe(COMSVCS_RULE));
  });
});
