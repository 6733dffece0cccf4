// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import AttackLensPlugin from "../../src/main";
import { COVERAGE_REFRESH_MS, COVERAGE_VIEW_TYPE } from "../../src/plugin/coverage-view";
import { MarkdownView, type App } from "../stand-in/obsidian";
import { miniVault, settle, startPlugin } from "./harness";

let started: { app: App; plugin: AttackLensPlugin } | undefined;

afterEach(() => {
  started?.plugin.unload();
  started = undefined;
  document.body.querySelectorAll(".modal-container").forEach((m) => m.remove());
  vi.useRealTimers();
});

async function openCoverage(): Promise<HTMLElement> {
  started = await startPlugin(AttackLensPlugin, miniVault());
  expect(started.app.executeCommandById("attack-lens:show-coverage")).toBe(true);
  await settle();
  const leaf = started.app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)[0];
  if (!leaf) throw new Error("the coverage view did not open");
  return leaf.view.containerEl;
}

const cell = (root: HTMLElement, id: string) =>
  root.querySelector<HTMLElement>(`.attack-lens-coverage-cell[data-technique="${id}"]`);

function activeFile(app: App): string | undefined {
  const view = app.workspace.activeLeaf?.view;
  return view instanceof MarkdownView ? view.file?.path : undefined;
}

describe("coverage view in the app", () => {
  it("opens from the Show coverage command with the vault's counts", async () => {
    const root = await openCoverage();
    expect(cell(root, "T1003")).not.toBeNull();
    expect(root.querySelector(".attack-lens-coverage-rollup-state")?.textContent).toBe(
      "Exact technique only",
    );
    const again = started?.app.executeCommandById("attack-lens:show-coverage");
    await settle();
    expect(again).toBe(true);
    expect(started?.app.workspace.getLeavesOfType(COVERAGE_VIEW_TYPE)).toHaveLength(1);
  });

  it("opens the technique note when a cell is clicked", async () => {
    const root = await openCoverage();
    cell(root, "T1003")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await settle();
    expect(activeFile(started!.app)).toBe("Use Cases/T1003 - OS Credential Dumping.md");
  });

  it("offers to create a missing technique note and writes it only on request", async () => {
    const root = await openCoverage();
    const before = started!.app.vault.getMarkdownFiles().length;
    cell(root, "T1595")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    const modal = document.body.querySelector<HTMLElement>(".modal-container");
    expect(modal?.querySelector(".modal-title")?.textContent).toBe("Create a note for T1595?");
    expect(started!.app.vault.getMarkdownFiles()).toHaveLength(before);
    const input = modal?.querySelector<HTMLInputElement>("input");
    expect(input?.value).toBe("Use Cases/T1595 - Active Scanning.md");
    modal?.querySelector<HTMLElement>(".mod-cta")?.dispatchEvent(new MouseEvent("click"));
    await settle(20);
    const text = started!.app.vault.textOf("Use Cases/T1595 - Active Scanning.md");
    expect(text).toContain("tag: T1595");
    expect(activeFile(started!.app)).toBe("Use Cases/T1595 - Active Scanning.md");
  });

  it("never overwrites: an export to an existing path is refused in the modal", async () => {
    const root = await openCoverage();
    const exportTo = async (format: string, path: string): Promise<HTMLElement | null> => {
      root
        .querySelector<HTMLElement>(`[data-export="${format}"]`)
        ?.dispatchEvent(new MouseEvent("click"));
      const modal = document.body.querySelector<HTMLElement>(".modal-container");
      const input = modal?.querySelector<HTMLInputElement>("input");
      if (!input) throw new Error("no path box");
      input.value = path;
      modal?.querySelector<HTMLElement>(".mod-cta")?.dispatchEvent(new MouseEvent("click"));
      await settle(20);
      return modal;
    };
    const note = "Use Cases/T1003 - OS Credential Dumping.md";
    const original = started!.app.vault.textOf(note);
    const refused = await exportTo("markdown", note);
    expect(refused?.querySelector(".attack-lens-coverage-modal-error")?.textContent).toMatch(
      /already exists/,
    );
    expect(started!.app.vault.textOf(note)).toBe(original);
    refused?.remove();
    const saved = await exportTo("csv", "coverage");
    expect(saved?.isConnected).toBe(false);
    expect(started!.app.vault.textOf("coverage.csv")).toMatch(/^Technique,Name,/);
  });

  it("redraws from the live index after notes change", async () => {
    const root = await openCoverage();
    vi.useFakeTimers();
    await started!.app.vault.create(
      "Detection Rules/New.md",
      "---\ntitle: New\nlevel: high\ntags: [t1595, detection_rule]\n---\n",
    );
    await settle(20);
    const value = () =>
      cell(root, "T1595")?.querySelector(".attack-lens-coverage-value")?.textContent;
    expect(value()).toBe("0");
    vi.advanceTimersByTime(COVERAGE_REFRESH_MS);
    expect(value()).toBe("1");
  });
});
