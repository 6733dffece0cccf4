import { describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import {
  buildAndLayoutTechniqueGraph,
  layoutGraph,
  type GraphLayout,
  type TechniqueGraph,
} from "../../../src/core/graph";
import type { NoteRecord } from "../../../src/core/notes/note";
import { indexOf, ruleNote, rulesFor, techniqueNote, testNote } from "./fixtures";

const catalogue = bundledCatalogue();
const CENTRE = techniqueNote("T1003.001", "LSASS Memory", {
  links: ["https://attack.mitre.org/techniques/T1550", "https://attack.mitre.org/techniques/T1055"],
});
const NOTES: NoteRecord[] = [
  CENTRE,
  techniqueNote("T1003", "OS Credential Dumping"),
  techniqueNote("T1021", "Remote Services", {
    links: ["https://attack.mitre.org/techniques/T1003/001"],
  }),
  testNote("T1003.001", "LSASS Memory"),
  ...rulesFor("T1003.001", 20, ["high", "low"]),
];

function layoutFor(notes: readonly NoteRecord[], depth: 1 | 2 = 2): GraphLayout {
  const result = buildAndLayoutTechniqueGraph(indexOf(notes), catalogue, CENTRE.path, { depth });
  if (!result.ok) throw new Error(result.reason);
  return result.layout;
}

const positions = (layout: GraphLayout): string[] =>
  layout.nodes.map((p) => `${p.node.id}@${p.x},${p.y}`).sort();

describe("layoutGraph", () => {
  it("draws the same picture for the same note, whatever order the index was filled in", () => {
    const first = layoutFor(NOTES);
    expect(positions(layoutFor(NOTES))).toEqual(positions(first));
    expect(positions(layoutFor([...NOTES].reverse()))).toEqual(positions(first));
  });

  it("puts a single centre in the middle and the rings around it", () => {
    const layout = layoutFor(NOTES);
    const centre = layout.nodes.find((p) => p.node.depth === 0);
    expect(centre).toMatchObject({ x: 0, y: 0 });
    const [inner = 0, outer = 0] = layout.rings;
    for (const placed of layout.nodes) {
      const distance = Math.hypot(placed.x, placed.y);
      const ring = placed.node.depth === 0 ? 0 : placed.node.depth === 1 ? inner : outer;
      expect(distance).toBeCloseTo(ring, 0);
    }
    expect(outer).toBeGreaterThan(inner);
  });

  it("never stacks two nodes on one spot and keeps them all inside the bounds", () => {
    const layout = layoutFor(NOTES);
    const spots = new Set(layout.nodes.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(spots.size).toBe(layout.nodes.length);
    const { x, y, width, height } = layout.bounds;
    for (const p of layout.nodes) {
      expect(p.x - p.radius).toBeGreaterThanOrEqual(x);
      expect(p.y + p.radius).toBeLessThanOrEqual(y + height);
      expect(p.x + p.radius).toBeLessThanOrEqual(x + width);
    }
  });

  it("groups the inner ring into sectors by relation, in a fixed order", () => {
    const layout = layoutFor(NOTES, 1);
    const angle = (id: string): number => {
      const p = layout.nodes.find((n) => n.node.id === id);
      const a = Math.atan2(p?.y ?? 0, p?.x ?? 0) + Math.PI / 2;
      return (a + 2 * Math.PI) % (2 * Math.PI);
    };
    const order = [
      "tactic:TA0006",
      "technique:T1003",
      "technique:T1055",
      "technique:T1550",
      "technique:T1021",
      "rules:T1003.001",
    ];
    const angles = order.map(angle);
    expect([...angles].sort((a, b) => a - b)).toEqual(angles);
  });

  it("grows the inner ring so that 200 neighbours keep their spacing", () => {
    const many = Array.from({ length: 200 }, (_, i) => ruleNote(`R${i}`, ["T1003.001"]));
    const graph = buildAndLayoutTechniqueGraph(indexOf([CENTRE, ...many]), catalogue, CENTRE.path, {
      groupThreshold: 1000,
    });
    if (!graph.ok) throw new Error(graph.reason);
    const inner = graph.layout.nodes.filter((p) => p.node.depth === 1);
    expect(inner.length).toBeGreaterThan(200);
    const gaps = inner.map((p, i) => {
      const next = inner[(i + 1) % inner.length] ?? p;
      return Math.hypot(next.x - p.x, next.y - p.y);
    });
    expect(Math.min(...gaps)).toBeGreaterThan(40);
  });

  it("spreads several centres around the middle", () => {
    const graph: TechniqueGraph = {
      centres: ["technique:T1", "technique:T2"],
      nodes: [
        { id: "technique:T1", kind: "technique", label: "T1", depth: 0 },
        { id: "technique:T2", kind: "technique", label: "T2", depth: 0 },
      ],
      edges: [],
      notices: [],
      depth: 1,
    };
    const [a, b] = layoutGraph(graph).nodes;
    expect(Math.hypot((a?.x ?? 0) - (b?.x ?? 0), (a?.y ?? 0) - (b?.y ?? 0))).toBeGreaterThan(60);
  });
});
