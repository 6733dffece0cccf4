// @vitest-environment happy-dom
import { describe, expect, it, vi } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import {
  techniquePreview,
  type TechniquePreview,
} from "../../../src/core/preview/technique-preview";
import { renderTechniquePreview } from "../../../src/ui/preview/technique-preview-view";
import { fixtureIndex } from "../../core/preview/fixtures";

function draw(id: string) {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const openNote = vi.fn();
  const hoverNote = vi.fn();
  const preview = techniquePreview(id, fixtureIndex(), bundledCatalogue());
  renderTechniquePreview(container, preview, { openNote, hoverNote });
  return { container, openNote, hoverNote, preview };
}

const texts = (root: HTMLElement, selector: string) =>
  [...root.querySelectorAll(selector)].map((node) => node.textContent);

describe("renderTechniquePreview", () => {
  it("shows the dotted identifier and name, tactics and platforms", () => {
    const { container } = draw("T1059.001");
    expect(texts(container, ".attack-lens-preview-title span")).toEqual([
      "T1059.001",
      "PowerShell",
    ]);
    expect(texts(container, "dt")).toEqual(["Tactics", "Platforms"]);
    expect(texts(container, "dd")[0]).toBe("Execution");
    expect(container.querySelector(".attack-lens-preview-status")).toBeNull();
  });

  it("shows a level breakdown as badges and the counts of rules and tests", () => {
    const { container } = draw("T1059.001");
    expect(texts(container, ".attack-lens-preview-levels .attack-lens-level")).toEqual([
      "critical 1",
      "high 2",
      "medium 1",
      "informational 1",
      "no level 1",
    ]);
    expect(
      container.querySelector(".attack-lens-preview-levels .attack-lens-level-critical"),
    ).not.toBeNull();
    expect(
      container.querySelector(".attack-lens-preview-rules .attack-lens-preview-count span")
        ?.textContent,
    ).toBe("6 detection rules");
    expect(
      container.querySelector(".attack-lens-preview-tests .attack-lens-preview-count")?.textContent,
    ).toBe("2 test notes (5 atomic tests)");
  });

  it("lists the first rules and tests as internal links, with what is left", () => {
    const { container } = draw("T1059.001");
    const rules = [
      ...container.querySelectorAll<HTMLAnchorElement>(
        ".attack-lens-preview-rules a.internal-link",
      ),
    ];
    expect(rules.map((a) => a.getAttribute("data-href"))).toEqual([
      "Detection Rules/c.md",
      "Detection Rules/b.md",
      "Detection Rules/a.md",
      "Detection Rules/d.md",
      "Detection Rules/e.md",
    ]);
    expect(texts(container, ".attack-lens-preview-rules .attack-lens-hint")).toEqual([
      "and 1 more",
    ]);
    expect(texts(container, ".attack-lens-preview-tests a.internal-link")).toEqual([
      "Extra PowerShell tests",
      "T1059.001 - PowerShell",
    ]);
    expect(texts(container, ".attack-lens-preview-atomic")).toEqual([
      "2 atomic tests",
      "3 atomic tests",
    ]);
  });

  it("puts a hostile rule title in as text, never as markup", () => {
    const { container } = draw("T1059.001");
    expect(container.querySelector("img")).toBeNull();
    expect(texts(container, "a.internal-link")).toContain("<img src=x onerror=alert(1)>");
  });

  it("opens and previews listed notes through the host", () => {
    const { container, openNote, hoverNote } = draw("T1059.001");
    const link = container.querySelector<HTMLAnchorElement>(
      ".attack-lens-preview-tests a.internal-link",
    );
    link?.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    link?.dispatchEvent(click);
    expect(hoverNote).toHaveBeenCalledWith(
      "Testing Runbooks/Extra PowerShell tests.md",
      expect.anything(),
      link,
    );
    expect(openNote).toHaveBeenCalledWith("Testing Runbooks/Extra PowerShell tests.md", click);
    expect(click.defaultPrevented).toBe(true);
  });

  it("offers the local note and the attack.mitre.org page one click away", () => {
    const { container, openNote } = draw("T1059.001");
    const footer = container.querySelector(".attack-lens-preview-links");
    const local = footer?.querySelector<HTMLAnchorElement>("a.internal-link");
    expect(local?.textContent).toBe("Open technique note");
    local?.click();
    expect(openNote).toHaveBeenCalledWith("Use Cases/T1059.001 - PowerShell.md", expect.anything());
    const web = footer?.querySelector<HTMLAnchorElement>("a.external-link");
    expect(web?.getAttribute("href")).toBe("https://attack.mitre.org/techniques/T1059/001/");
    expect(web?.getAttribute("target")).toBe("_blank");
    expect(web?.getAttribute("rel")).toContain("noopener");
  });

  it("says when there is no local note, and what sub-techniques add", () => {
    const { container } = draw("T1003");
    expect(texts(container, ".attack-lens-preview-links .attack-lens-hint")).toEqual([
      "No local note",
    ]);
    expect(container.querySelectorAll(".attack-lens-preview-list")).toHaveLength(0);
    const parent = draw("T1059").container;
    expect(parent.textContent).toContain(
      "Sub-techniques (1) add 6 rules and 2 test notes, not counted above.",
    );
  });

  it("explains revoked identifiers with their successor, and unknown ones", () => {
    const revoked = draw("T1004").container;
    const successorName = bundledCatalogue().get("T1547.004")?.name ?? "";
    expect(revoked.querySelector(".attack-lens-preview-revoked")?.textContent).toBe(
      `T1004 was revoked in ATT&CK; use T1547.004 ${successorName} instead.`,
    );
    const unknown = draw("T9999").container;
    expect(unknown.querySelector(".attack-lens-preview-unknown")?.textContent).toBe(
      `T9999 is not a technique in ATT&CK v${bundledCatalogue().attackVersion}.`,
    );
    expect(unknown.querySelector(".attack-lens-preview-facts")).toBeNull();
  });

  it("replaces what the container held when drawn again", () => {
    const { container, preview } = draw("T1059.001");
    const other: TechniquePreview = { ...preview, id: "T1059.002", name: "AppleScript" };
    renderTechniquePreview(container, other, { openNote: vi.fn() });
    expect(container.querySelectorAll(".attack-lens-preview-title")).toHaveLength(1);
    expect(texts(container, ".attack-lens-preview-title span")).toEqual([
      "T1059.002",
      "AppleScript",
    ]);
  });
});
