/** Whole-vault models: coverage, and the technique graph of one note and of every one. */
import { bundledCatalogue, type Catalogue } from "../../src/core/attack/catalogue";
import { buildCoverage } from "../../src/core/coverage/model";
import { buildAndLayoutTechniqueGraph } from "../../src/core/graph/index";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { sink, timePair } from "../measure";
import { timed, type Row } from "../rows";

/** The least a coverage count costs: one pass adding every note's techniques to a map. */
export function countTechniques(index: VaultIndex): number {
  const counts = new Map<string, number>();
  for (const note of index.allNotes()) {
    for (const id of note.techniques) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts.size;
}

/** Technique notes with their identifier, the busiest (most notes tagged with it) first. */
export function techniqueNotes(index: VaultIndex): { path: string; id: string; count: number }[] {
  const found: { path: string; id: string; count: number }[] = [];
  for (const path of index.pathsOfKind("technique")) {
    const id = index.getNote(path)?.technique?.id;
    if (id !== undefined) found.push({ path, id, count: index.pathsWithTag(id).size });
  }
  return found.sort((a, b) => b.count - a.count || (a.path < b.path ? -1 : 1));
}

/** The graph's floor: look up the notes tagged with the technique and visit each once. */
function lookUpTagSet(index: VaultIndex, id: string): number {
  let total = 0;
  for (const path of index.pathsWithTag(id)) total += path.length;
  return total;
}

function graphOf(index: VaultIndex, catalogue: Catalogue, path: string): number {
  const result = buildAndLayoutTechniqueGraph(index, catalogue, path);
  return result.ok ? result.graph.nodes.length : 0;
}

/** Both graph rows: the busiest technique's graph, and every technique note's in turn. */
function graphRows(index: VaultIndex, catalogue: Catalogue, repeats: number): Row[] {
  const notes = techniqueNotes(index);
  const busiest = notes[0];
  if (busiest === undefined) return [];
  const [one, oneFloor] = timePair(
    Math.max(20, repeats * 3),
    () => (sink.value += graphOf(index, catalogue, busiest.path)),
    () => (sink.value += lookUpTagSet(index, busiest.id)),
  );
  const [every, everyFloor] = timePair(
    Math.max(3, Math.ceil(repeats / 2)),
    () => notes.forEach((n) => (sink.value += graphOf(index, catalogue, n.path))),
    () => notes.forEach((n) => (sink.value += lookUpTagSet(index, n.id))),
  );
  return [
    timed(
      `Graph of the busiest technique (${busiest.id}, ${busiest.count.toLocaleString("en")} notes)`,
      one,
      "look up its tag set",
      oneFloor,
    ),
    timed(
      `Graph of every technique note (${notes.length.toLocaleString("en")}), one after another`,
      every,
      "look up each one's tag set",
      everyFloor,
    ),
  ];
}

/** The coverage model and the graph rows, each against its floor. */
export function modelRows(index: VaultIndex, repeats: number): Row[] {
  const catalogue = bundledCatalogue();
  const [coverage, floor] = timePair(
    repeats,
    () => (sink.value += buildCoverage(index, catalogue).rows.size),
    () => (sink.value += countTechniques(index)),
  );
  return [
    timed(
      "Coverage model for the whole vault",
      coverage,
      "count every note's techniques once",
      floor,
    ),
    ...graphRows(index, catalogue, repeats),
  ];
}
