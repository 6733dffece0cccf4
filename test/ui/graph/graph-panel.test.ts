// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import { buildAndLayoutTechniqueGraph, type GraphNode } from "../../../src/core/graph";
import type { VaultIndex } from "../../../src/core/index/vault-index";
import {
  GraphPanel,
  type GraphPanelHandlers,
  type GraphPanelState,
} from "../../../src/ui/graph/graph-panel";
import { indexOf, rulesFor, techniqueNote, testNote } from "../../core/graph/fixtures";

const CENTRE = techniqueNote("T1003.001", "LSASS Memory", {
  links: ["https://attack.mitre.org/techniques/T1550"],
});
const PARENT = techniqueNote("T1003", "OS Credential Dumping");

function stateOf(index: VaultIndex, path: string): GraphPanelState {
  const catalogue = bundledCatalogue();
  const result = buildAndLayoutTechniqueGraph(index, catalogue, path);
  if (!result.ok) return { kind: "empty", reason: result.reason };
  return {
    kind: "graph",
    graph: result.graph,
    layout: result.layout,
    attackVersion: catalogue.attackVersion,
  };
}

function handlers(): GraphPanelHandlers & {
  opened: string[];
  hovered: string[];
  depths: number[];
} {
  const opened: string[] = [];
  const hovered: string[] = [];
  const depths: number[] = [];
  return {
    opened,
    hovered,
    depths,
    open: (node: GraphNode) => opened.push(node.path ?? ""),
    hover: (node: GraphNode) => hovered.push(node.path ?? ""),
    setDepth: (depth) => depths.push(depth),
  };
}

describe("GraphPanel", () => {
  let root: HTMLElement;
  let h: ReturnType<typeof handlers>;
  let panel: GraphPanel;

  beforeEach(() => {
    document.body.empty();
    root = document.body.createDiv();
    h = handlers();
    panel = new GraphPanel(root, h);
    panel.show(
      stateOf(
        indexOf([
          CENTRE,
          PARENT,
          testNote("T1003.001", "LSASS Memory"),
          ...rulesFor("T1003.001", 12),
        ]),
        CENTRE.path,
      ),
    );
  });

  const node = (label: string): SVGGElement => {
    const found = [...root.querySelectorAll<SVGGElement>(".attack-lens-graph-node")].find((n) =>
      (n.getAttribute("aria-label") ?? "").startsWith(label),
    );
    if (!found) throw new Error(`no node named ${label}`);
    return found;
  };

  it("draws SVG nodes with accessible names that carry coverage", () => {
    const svg = root.querySelector("svg");
    expect(svg?.namespaceURI).toBe("http://www.w3.org/2000/svg");
    expect(svg?.getAttribute("aria-label")).toBe("Technique graph of T1003.001");
    expect(node("T1003.001").getAttribute("aria-label")).toBe(
      "T1003.001 LSASS Memory, Technique, 12 detection rules, 1 test, this note",
    );
    expect(node("12 detection rules").getAttribute("aria-label")).toBe(
      "12 detection rules, Detection rules, high 12",
    );
    expect(node("T1550").getAttribute("aria-label")).toContain("no note in this vault");
    for (const each of root.querySelectorAll(".attack-lens-graph-node")) {
      expect(each.getAttribute("tabindex")).toBe("0");
    }
  });

  it("shows coverage at a glance with a badge and a ring class", () => {
    expect(node("T1003.001").querySelector(".attack-lens-graph-badge text")?.textContent).toBe(
      "12·1",
    );
    expect(node("T1003.001").classList.contains("is-covered")).toBe(true);
    expect(node("T1003 ").classList.contains("is-uncovered")).toBe(true);
  });

  it("opens a node's note with Enter and on click, but not for nodes without a note", () => {
    node("T1003 ").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
    node("T1550").dispatchEvent(new KeyboardEvent("keydown", { key: "Enter" }));
    node("T1550").dispatchEvent(new MouseEvent("click", { bubbles: true }));
    node("T1003.001 - LSASS Memory").dispatchEvent(new MouseEvent("click", { bubbles: true }));
    expect(h.opened).toEqual([PARENT.path, "Testing Runbooks/T1003.001 - LSASS Memory.md"]);
  });

  it("asks for a hover preview only for nodes with a note, and lights their edges", () => {
    node("T1003 ").dispatchEvent(new MouseEvent("mouseenter"));
    node("T1550").dispatchEvent(new MouseEvent("mouseenter"));
    expect(h.hovered).toEqual([PARENT.path]);
    const lit = root.querySelectorAll(".attack-lens-graph-edge.is-active");
    expect([...lit].map((e) => e.getAttribute("data-to"))).toEqual([
      "technique:T1003",
      "technique:T1550",
    ]);
  });

  it("labels edges for hovering", () => {
    const titles = [...root.querySelectorAll(".attack-lens-graph-edge title")].map(
      (t) => t.textContent,
    );
    expect(titles).toContain("T1003.001 LSASS Memory sub-technique of T1003 OS Credential Dumping");
    expect(titles).toContain("T1003.001 LSASS Memory detected by 12 detection rules");
    const edge = root.querySelector(".attack-lens-graph-edge");
    edge?.dispatchEvent(new MouseEvent("mouseenter"));
    expect(edge?.classList.contains("is-hovered")).toBe(true);
  });

  it("changes the viewBox on zoom and restores it on fit", () => {
    const svg = root.querySelector("svg");
    const fitted = svg?.getAttribute("viewBox");
    button("Zoom in").click();
    const zoomed = svg?.getAttribute("viewBox");
    expect(zoomed).not.toBe(fitted);
    expect(width(zoomed)).toBeLessThan(width(fitted));
    button("Zoom out").click();
    button("Zoom out").click();
    expect(width(svg?.getAttribute("viewBox"))).toBeGreaterThan(width(fitted));
    button("Fit to view").click();
    expect(svg?.getAttribute("viewBox")).toBe(fitted);
  });

  it("zooms with the wheel and pans by dragging the background", () => {
    const svg = root.querySelector("svg");
    const fitted = svg?.getAttribute("viewBox");
    svg?.dispatchEvent(new WheelEvent("wheel", { deltaY: -200, cancelable: true }));
    expect(width(svg?.getAttribute("viewBox"))).toBeLessThan(width(fitted));
    panel.fit();
    svg?.dispatchEvent(new PointerEvent("pointerdown", { button: 0, clientX: 10, clientY: 10 }));
    svg?.dispatchEvent(new PointerEvent("pointermove", { clientX: 30, clientY: 10 }));
    svg?.dispatchEvent(new PointerEvent("pointerup", {}));
    const [x] = (svg?.getAttribute("viewBox") ?? "").split(" ").map(Number);
    const [fittedX] = (fitted ?? "").split(" ").map(Number);
    expect(x).toBeLessThan(fittedX ?? 0);
  });

  it("moves focus between nodes with the arrow keys", () => {
    const first = root.querySelector<SVGGElement>(".attack-lens-graph-node");
    first?.focus();
    first?.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight" }));
    expect(document.activeElement).toBe(root.querySelectorAll(".attack-lens-graph-node")[1]);
  });

  it("toggles the depth and tells the host", () => {
    button("Show the neighbours").click();
    expect(h.depths).toEqual([2]);
    expect(button("Show the neighbours").textContent).toBe("Depth 2");
  });

  it("says what to do when the note has no technique", () => {
    panel.show({ kind: "empty", reason: "no-technique" });
    expect(root.querySelector("svg")).toBeNull();
    expect(root.textContent).toContain("Open a technique, rule or test note");
  });

  it("says when an identifier is not in the catalogue, or what replaced it", () => {
    const index = indexOf([
      techniqueNote("T1999", "Made up"),
      techniqueNote("T1004", "Winlogon Helper DLL"),
    ]);
    panel.show(stateOf(index, "Use Cases/T1999 - Made up.md"));
    expect(root.querySelector(".attack-lens-graph-notice")?.textContent).toBe(
      "T1999 is not in ATT&CK v18.1. Check the identifier in the note's name and tags.",
    );
    panel.show(stateOf(index, "Use Cases/T1004 - Winlogon Helper DLL.md"));
    expect(root.querySelector(".attack-lens-graph-notice")?.textContent).toBe(
      "T1004 is revoked in ATT&CK v18.1; its successor is T1547.004.",
    );
  });

  it("keeps a zoomed view when the same note is redrawn, and fits a new note", () => {
    const index = indexOf([CENTRE, PARENT]);
    button("Zoom in").click();
    panel.show(stateOf(index, CENTRE.path));
    const kept = width(root.querySelector("svg")?.getAttribute("viewBox"));
    panel.show(stateOf(index, PARENT.path));
    const fresh = width(root.querySelector("svg")?.getAttribute("viewBox"));
    expect(kept).toBeLessThan(fresh);
  });

  it("draws note titles as text, never as markup", () => {
    const hostile = { ...rulesFor("T1003.001", 1)[0]!, title: "<img src=x onerror=alert(1)>" };
    panel.show(stateOf(indexOf([CENTRE, hostile]), CENTRE.path));
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain("<img src=x");
  });

  function button(label: string): HTMLButtonElement {
    const found = [...root.querySelectorAll("button")].find((b) =>
      (b.getAttribute("aria-label") ?? "").startsWith(label),
    );
    if (!found) throw new Error(`no button ${label}`);
    return found;
  }
});

function width(viewBox: string | null | undefined): number {
  return Number((viewBox ?? "").split(" ")[2]);
}
