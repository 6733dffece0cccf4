/** Whole-vault models: coverage (on main) and the technique graph (not merged yet). */
import { bundledCatalogue } from "../../src/core/attack/catalogue";
import { buildCoverage } from "../../src/core/coverage/model";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { sink, timePair } from "../measure";
import { missing, timed, type Row } from "../rows";

/** The least a coverage count costs: one pass adding every note's techniques to a map. */
export function countTechniques(index: VaultIndex): number {
  const counts = new Map<string, number>();
  for (const note of index.allNotes()) {
    for (const id of note.techniques) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts.size;
}

/** The coverage model against its floor; the graph row until its branch lands. */
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
    missing("Graph model for the whole vault", "not yet available (src/core/graph/ not on main)"),
  ];
}
