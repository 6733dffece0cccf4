// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import { filterChoices } from "../../../src/core/coverage/choices";
import { buildCoverageModel } from "../../../src/core/coverage/model";
import { CoveragePanel, SEARCH_DELAY_MS } from "../../../src/ui/coverage/coverage-panel";
import type { CoverageHost } from "../../../src/ui/coverage/host";
import { indexOf, rule, test } from "../../core/coverage/builders";

const notes = [
  rule("r/a.md", { tags: ["t1003_001"], level: "high" }),
  rule("r/b.md", { tags: ["t1003", "t1003_001"], level: "critical" }),
  rule("r/c.md", { tags: ["t1003"], level: "low" }),
  rule("r/lonely.md", { title: "Lonely rule" }),
  test("t/lsass.md", ["T1003_001"], ["windows"], 3),
  test("t/linux.md", ["T1003_008"], ["linux"]),
];

let root: HTMLElement;
let host: CoverageHost & {
  openTechnique: ReturnType<typeof vi.fn>;
  openNote: ReturnType<typeof vi.fn>;
};
let ready = true;

beforeEach(() => {
  ready = true;
  const index = indexOf(notes);
  root = document.body.createDiv();
  host = {
    isReady: () => ready,
    buildModel: (options) => buildCoverageModel(index, bundledCatalogue(), options),
    filterChoices: () => filterChoices(index, bundledCatalogue()),
    openTechnique: vi.fn<CoverageHost["openTechnique"]>(),
    openNote: vi.fn<CoverageHost["openNote"]>(),
    exportAs: vi.fn<CoverageHost["exportAs"]>(),
  };
});

afterEach(() => {
  root.remove();
  vi.useRealTimers();
});

function draw(initial = {}): CoveragePanel {
  const panel = new CoveragePanel(root, host, initial);
  panel.render();
  return panel;
}

const cell = (id: string) =>
  root.querySelector<HTMLElement>(`.attack-lens-coverage-cell[data-technique="${id}"]`);
const valueOf = (id: string) => cell(id)?.querySelector(".attack-lens-coverage-value")?.textContent;
const control = <T extends HTMLElement>(name: string) =>
  root.querySelector<T>(`[data-control="${name}"]`);

function choose(name: string, value: string): void {
  const select = control<HTMLSelectElement>(name);
  if (!select) throw new Error(`no ${name} control`);
  select.value = value;
  select.dispatchEvent(new Event("change"));
}

describe("coverage matrix", () => {
  it("draws one column per tactic in matrix order", () => {
    draw();
    const columns = [...root.querySelectorAll("[data-tactic]")].map((c) =>
      c.getAttribute("data-tactic"),
    );
    expect(columns).toEqual(bundledCatalogue().tactics.map((t) => t.shortname));
  });

  it("changes counts and says so when sub-techniques are rolled up", () => {
    draw();
    const label = () => root.querySelector(".attack-lens-coverage-rollup-state")?.textContent;
    expect(valueOf("T1003")).toBe("2");
    expect(label()).toBe("Exact technique only");
    const box = control<HTMLInputElement>("rollup");
    if (!box) throw new Error("no roll-up control");
    box.checked = true;
    box.dispatchEvent(new Event("change"));
    expect(valueOf("T1003")).toBe("3");
    expect(label()).toBe("Counts include sub-techniques");
  });

  it("narrows the cells with the tactic and platform filters", () => {
    draw();
    const before = root.querySelectorAll(".attack-lens-coverage-cell").length;
    choose("tactics", "credential-access");
    expect(root.querySelectorAll("[data-tactic]")).toHaveLength(1);
    const inTactic = root.querySelectorAll(".attack-lens-coverage-cell").length;
    expect(inTactic).toBeLessThan(before);
    choose("platforms", "Linux");
    expect(root.querySelectorAll(".attack-lens-coverage-cell").length).toBeLessThan(inTactic);
  });

  it("narrows the cells by the rule level filter", () => {
    draw();
    choose("levels", "critical");
    expect(valueOf("T1003")).toBe("1");
  });

  it("searches once typing pauses", () => {
    vi.useFakeTimers();
    draw();
    const search = control<HTMLInputElement>("search");
    if (!search) throw new Error("no search box");
    search.value = "credential dumping";
    search.dispatchEvent(new Event("input"));
    expect(cell("T1595")).not.toBeNull();
    vi.advanceTimersByTime(SEARCH_DELAY_MS);
    expect(cell("T1595")).toBeNull();
    expect(cell("T1003")).not.toBeNull();
  });

  it("opens a technique on click, in a new tab with Ctrl, and with Enter", () => {
    draw();
    cell("T1003")?.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    cell("T1003")?.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    cell("T1003")?.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    expect(host.openTechnique.mock.calls.map(([row, newTab]) => [row.id, newTab])).toEqual([
      ["T1003", false],
      ["T1003", true],
      ["T1003", false],
    ]);
    expect(cell("T1003")?.getAttribute("tabindex")).toBe("0");
  });

  it("draws sub-techniques only once their parent is expanded", () => {
    draw();
    expect(cell("T1003.001")).toBeNull();
    const toggle = root.querySelector<HTMLElement>('[data-toggle-key="credential-access/T1003"]');
    toggle?.dispatchEvent(new MouseEvent("click"));
    expect(cell("T1003.001")).not.toBeNull();
    expect(valueOf("T1003.001")).toBe("2");
  });

  it("colours cells by the chosen measure and shows its legend", () => {
    draw();
    expect(cell("T1003")?.className).toMatch(/attack-lens-coverage-heat-[1-5]/);
    choose("measure", "state");
    expect(cell("T1003")?.classList.contains("attack-lens-coverage-state-rules-only")).toBe(true);
    const legend = [...root.querySelectorAll(".attack-lens-coverage-legend-item")].map(
      (i) => i.textContent,
    );
    expect(legend).toEqual(["Nothing", "Tests only", "Rules only", "Rules and tests"]);
  });

  it("shows the summary figures", () => {
    draw({ tactics: ["credential-access"] });
    const figures = [...root.querySelectorAll(".attack-lens-coverage-figure")].map(
      (f) => f.textContent,
    );
    expect(figures[0]).toMatch(/^2 of \d+ with a rule$/);
  });

  it("lists gaps when opened and opens a listed rule", () => {
    draw();
    const unmapped = root.querySelector<HTMLDetailsElement>(
      '[data-gap="Rules with no technique tag"]',
    );
    expect(unmapped?.querySelectorAll("li")).toHaveLength(0);
    if (!unmapped) throw new Error("no gap list");
    unmapped.open = true;
    unmapped.dispatchEvent(new Event("toggle"));
    const link = unmapped.querySelector("a");
    expect(link?.textContent).toBe("Lonely rule");
    link?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(host.openNote).toHaveBeenCalledWith("r/lonely.md", false);
  });

  it("says it is indexing until the index is ready", () => {
    ready = false;
    const panel = draw();
    expect(root.querySelector(".attack-lens-loading")).not.toBeNull();
    ready = true;
    panel.refresh();
    expect(root.querySelector(".attack-lens-loading")).toBeNull();
    expect(cell("T1003")).not.toBeNull();
  });

  it("hands the current model and measure to an export button", () => {
    draw();
    root.querySelector<HTMLElement>('[data-export="csv"]')?.dispatchEvent(new MouseEvent("click"));
    expect(host.exportAs).toHaveBeenCalledWith(
      "csv",
      expect.objectContaining({ attackVersion: "18.1" }),
      "rules",
    );
  });
});
