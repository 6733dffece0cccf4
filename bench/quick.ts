/**
 * One suite at one vault size, for quick iterations while optimising (the full run takes
 * minutes). Prints ours, the floor and their ratio; add `--cpu-prof` to node to profile.
 *   node --expose-gc bench/run.mjs bench/quick.ts build 10000 [repeats]
 *   suites: build, load, heap, update, models
 */
import { join } from "node:path";
import { duration } from "./format";
import { ensureVaultOnDisk } from "./generate";
import { statsOf, type Stats } from "./measure";
import { buildIndex, heapPerNoteRow, indexBuildRows } from "./suites/index-build";
import { loadRows } from "./suites/load";
import { modelRows } from "./suites/models";
import { measureUpdates } from "./suites/update";
import type { Row } from "./rows";

function print(rows: readonly Row[]): void {
  for (const row of rows) {
    if (row.kind === "value") process.stdout.write(`${row.name}: ${row.value} ${row.unit}\n`);
    else {
      const ours = row.ours?.median ?? NaN;
      const floor = row.baseline?.median ?? NaN;
      const ratio = row.baseline
        ? ` · floor ${duration(floor)} · ${(ours / floor).toFixed(2)}×`
        : "";
      process.stdout.write(`${row.name}: ${duration(ours)}${ratio}\n`);
    }
  }
}

function printUpdates(label: string, stats: Record<string, Stats>): void {
  for (const [op, s] of Object.entries(stats))
    process.stdout.write(`${label} ${op}: ${duration(s.median)}\n`);
}

/** Entry point for `bench/run.mjs`. */
export async function main(args: readonly string[]): Promise<number> {
  const [suite = "build", sizeText = "10000", repeatText = "5"] = args;
  const size = Number(sizeText);
  const repeats = Number(repeatText);
  const root = join("bench", "vaults", String(size));
  const { notes } = ensureVaultOnDisk(root, size);
  if (suite === "build") print(indexBuildRows(notes, repeats));
  else if (suite === "load") print(loadRows(root, repeats));
  else if (suite === "heap") print([heapPerNoteRow(notes)]);
  else if (suite === "models") print(modelRows(buildIndex(notes), repeats));
  else if (suite === "update") {
    const small = ensureVaultOnDisk(join("bench", "vaults", "1000"), 1000).notes;
    const targets = [notes, small].map((n) => ({ notes: n, index: buildIndex(n) }));
    const [big, baseline] = measureUpdates(targets, 20_240_601);
    if (big && baseline) {
      printUpdates(`${size}`, big as unknown as Record<string, Stats>);
      printUpdates("1000", baseline as unknown as Record<string, Stats>);
    }
  } else throw new Error(`unknown suite ${suite}`);
  void statsOf;
  return 0;
}
