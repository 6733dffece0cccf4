// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { blockResults } from "../../src/core/blocks/block-results";
import { parseQuery } from "../../src/core/query/parser";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import {
  renderBlockResults,
  renderQueryError,
  type BlockViewContext,
} from "../../src/ui/block-view";
import { ROWS_PER_PAGE } from "../../src/ui/table";
import { fixtureIndex, ruleNote } from "../core/preview/fixtures";

function context(): BlockViewContext {
  return {
    ruleColumns: DEFAULT_SETTINGS.ruleColumns,
    testColumns: DEFAULT_SETTINGS.testColumns,
    techniqueName: () => undefined,
    openNote: vi.fn(),
    hoverNote: vi.fn(),
  };
}

function draw(query: string, index = fixtureIndex(), ctx = context()): HTMLElement {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const container = document.createElement("div");
  renderBlockResults(container, blockResults(parsed.query, index), ctx);
  return container;
}

const summaryOf = (container: HTMLElement) =>
  container.querySelector(".attack-lens-block-summary")?.textContent;
const titles = (container: HTMLElement) =>
  [...container.querySelectorAll("tbody .attack-lens-col-title a")].map((a) => a.textContent);

describe("renderBlockResults", () => {
  it("names only the kinds a rules block found", () => {
    const container = draw("tag: detection_rule\ntag: T1059_001");
    expect(summaryOf(container)).toBe("6 detection rules");
  });

  it("counts test notes with their atomic tests", () => {
    const container = draw("tag: atomic_test tag: T1059.001");
    expect(summaryOf(container)).toBe("2 test notes (5 atomic tests)");
  });

  it("lists rules most severe first, with the level as a badge", () => {
    const container = draw("tag: detection_rule tag: t1059_001");
    expect(titles(container)[0]).toBe("Suspicious profile");
    const badge = container.querySelector("tbody tr .attack-lens-level");
    expect(badge?.classList.contains("attack-lens-level-critical")).toBe(true);
  });

  it("writes hostile titles as text", () => {
    const container = draw("tag: detection_rule tag: T1059_001");
    expect(titles(container)).toContain("<img src=x onerror=alert(1)>");
    expect(container.querySelector("img")).toBeNull();
  });

  it("shows what sub-techniques add under a labelled section, not in the counts", () => {
    const container = draw("tag: detection_rule tag: T1059");
    expect(summaryOf(container)).toBe("1 detection rule");
    const section = container.querySelector(".attack-lens-subtechniques summary");
    expect(section?.textContent).toBe("From sub-techniques (6)");
  });

  it("shows a friendly empty state", () => {
    const container = draw("tag: detection_rule tag: T1003");
    expect(summaryOf(container)).toBe("No matching notes");
    expect(container.querySelector(".attack-lens-empty")).not.toBeNull();
  });

  it("opens a note when its link is clicked", () => {
    const ctx = context();
    const container = draw("tag: detection_rule tag: T1059", fixtureIndex(), ctx);
    container.querySelector<HTMLAnchorElement>("tbody a")?.click();
    expect(ctx.openNote).toHaveBeenCalledWith("Detection Rules/g.md", expect.anything());
  });

  it("draws large results a page at a time", () => {
    const index = fixtureIndex();
    const count = ROWS_PER_PAGE + 20;
    for (let i = 0; i < count; i++)
      index.upsert(ruleNote(`R/${i}.md`, `Rule ${i}`, "low", ["t1003"]));
    const container = draw("tag: detection_rule tag: T1003", index);
    expect(titles(container)).toHaveLength(ROWS_PER_PAGE);
    container.querySelector<HTMLButtonElement>(".attack-lens-show-more")?.click();
    expect(titles(container)).toHaveLength(count);
  });
});

describe("renderQueryError", () => {
  it("says what is wrong and marks where", () => {
    const source = "tag: detection_rule (tag: T1059";
    const parsed = parseQuery(source);
    if (parsed.ok) throw new Error("expected a broken query");
    const container = document.createElement("div");
    renderQueryError(container, source, parsed.error);
    expect(container.getAttribute("role")).toBe("alert");
    expect(container.querySelector("mark")?.textContent).toBe("(");
    expect(container.querySelector(".attack-lens-hint")?.textContent).toBe("Line 1, column 21");
    expect(container.querySelector(".attack-lens-error-message")?.textContent).toBe(
      parsed.error.message,
    );
  });
});
