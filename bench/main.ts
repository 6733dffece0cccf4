/**
 * `npm run bench`: measures ATT&CK Lens on generated vaults of 1k, 10k and 100k notes and on
 * the real vault, each figure beside its baseline in this one process, then prints the
 * tables and writes docs/benchmarks.md and docs/benchmarks.svg.
 *   node --expose-gc bench/run.mjs bench/main.ts [--sizes 1000,10000] [--no-sample]
 */
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { DEFAULT_SEED, ensureVaultOnDisk, type MetadataNote } from "./generate";
import { evaluateGoals, type VaultFigures } from "./goals";
import { MISS_REASONS, METHOD_NOTES } from "./notes";
import { consoleTable, writeDocs } from "./report";
import { timed, type Row, type Table, type TimedRow, type ValueRow } from "./rows";
import { SAMPLE_VAULT } from "./measure-sample";
import { sampleMetadata } from "./sample-metadata";
import { buildIndex, heapPerNoteRow, indexBuildRows } from "./suites/index-build";
import { loadRows } from "./suites/load";
import { modelRows } from "./suites/models";
import { pluginRows } from "./suites/plugin";
import { agreement, queryRows, techniqueBlocks } from "./suites/query";
import { renderRows } from "./suites/render";
import { measureUpdates, type UpdateStats, type UpdateTarget } from "./suites/update";

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const QUERY_NOTES = 100;

/** Repeats per vault size: fewer for the big vaults so the run stays under ten minutes. */
function repeatsFor(size: number): { build: number; load: number } {
  if (size >= 100_000) return { build: 5, load: 3 };
  if (size >= 10_000) return { build: 7, load: 5 };
  return { build: 15, load: 7 };
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

interface VaultRun {
  readonly table: Table;
  readonly figures: VaultFigures;
  readonly target: UpdateTarget;
}

/**
 * Every per-vault figure. Updates are timed in rounds alternating with the smallest vault's
 * (when one is given), and those paired figures of the smallest vault are its baseline.
 */
function measureVault(
  label: string,
  root: string,
  notes: readonly MetadataNote[],
  smallest?: UpdateTarget,
): VaultRun {
  const repeats = repeatsFor(notes.length);
  progress(`${label}: index build`);
  const [build] = indexBuildRows(notes, repeats.build) as [TimedRow];
  progress(`${label}: headless load`);
  const [load] = loadRows(root, repeats.load) as [TimedRow];
  const index = buildIndex(notes);
  progress(`${label}: queries`);
  const blocks = techniqueBlocks(index, QUERY_NOTES, DEFAULT_SEED);
  const agree = agreement(index, blocks);
  if (agree < 1)
    progress(
      `${label}: WARNING indexed answers differ from the full scan for ${((1 - agree) * 100).toFixed(1)} % of blocks`,
    );
  const [query, results] = queryRows(index, blocks) as [TimedRow, TimedRow];
  progress(`${label}: incremental updates`);
  const target = { notes, index };
  const [updates, baseline] = measureUpdates(
    smallest ? [target, smallest] : [target],
    DEFAULT_SEED,
  ) as [UpdateStats, UpdateStats | undefined];
  const heap = heapPerNoteRow(notes) as ValueRow;
  progress(`${label}: coverage and graph models`);
  const models = modelRows(index, repeats.build);
  const rows: Row[] = [
    build,
    load,
    query,
    results,
    ...updateRows(updates, baseline),
    heap,
    ...models,
  ];
  const count = `${notes.length.toLocaleString("en")} notes`;
  const title = label.endsWith(count) ? label : `${label}, ${count}`;
  const figures = {
    label,
    build,
    load,
    query,
    updates,
    heapPerNote: heap.value,
    updatesAtSmallest: baseline,
    graph: models.find((row): row is TimedRow => row.name.startsWith("Graph of the busiest")),
  };
  return { table: { title, rows }, figures, target };
}

function updateRows(updates: UpdateStats, atSmallest?: UpdateStats): TimedRow[] {
  return (["change", "rename", "delete"] as const).map((op) =>
    atSmallest
      ? timed(
          `Incremental update: ${op}`,
          updates[op],
          "same at 1,000 notes, alternating",
          atSmallest[op],
        )
      : timed(`Incremental update: ${op}`, updates[op]),
  );
}

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

function runInfo(seconds: number) {
  const commit = (() => {
    try {
      return execSync("git rev-parse --short HEAD", { encoding: "utf8" }).trim();
    } catch {
      return "unknown";
    }
  })();
  const cpu = `${cpus()[0]?.model.trim() ?? "unknown CPU"} × ${cpus().length}`;
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(" / ");
  return {
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
    node: process.versions.node,
    cpu,
    commit,
    seconds,
    load,
  };
}

/** Entry point for `bench/run.mjs`. */
export async function main(args: readonly string[]): Promise<number> {
  const started = performance.now();
  const sizes = option(args, "--sizes")?.split(",").map(Number) ?? DEFAULT_SIZES;
  const runs: VaultRun[] = [];
  for (const size of sizes) {
    const root = join("bench", "vaults", String(size));
    progress(`${size} notes: generating (reused when unchanged)`);
    const { notes, written } = ensureVaultOnDisk(root, size);
    progress(`${size} notes: ${written ? "written to" : "reused"} ${root}`);
    runs.push(measureVault(`${size.toLocaleString("en")} notes`, root, notes, runs[0]?.target));
  }
  const tables = runs.map((r) => r.table);
  if (!args.includes("--no-sample") && existsSync(SAMPLE_VAULT)) {
    progress("real vault");
    tables.push(
      measureVault(
        "Real vault (vault-sample)",
        SAMPLE_VAULT,
        sampleMetadata(SAMPLE_VAULT),
        runs[0]?.target,
      ).table,
    );
  }
  progress("rendering");
  const largest = runs[runs.length - 1] as VaultRun;
  const plugin = await pluginRows();
  tables.push({
    title: "Independent of vault size",
    rows: [...renderRows(largest.target.index), ...plugin],
  });
  const goals = evaluateGoals(
    {
      largest: largest.figures,
      smallest: (runs[0] as VaultRun).figures,
      onload: (plugin[0] as TimedRow).ours!,
      mainJsBytes: (plugin[2] as ValueRow).value,
    },
    MISS_REASONS,
  );
  for (const table of tables) process.stdout.write(consoleTable(table) + "\n");
  process.stdout.write(
    "\nGoals:\n" +
      goals.map((g) => `  ${g.met ? "✅" : "❌"} ${g.name}: ${g.measured}`).join("\n") +
      "\n",
  );
  writeDocs(tables, goals, runInfo((performance.now() - started) / 1000), METHOD_NOTES);
  progress("wrote docs/benchmarks.md and docs/benchmarks.svg");
  return 0;
}
