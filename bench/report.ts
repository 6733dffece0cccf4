/** Prints the tables and writes `docs/benchmarks.md` with its chart `docs/benchmarks.svg`. */
import { mkdirSync, writeFileSync } from "node:fs";
import { cells, HEADERS } from "./format";
import type { Goal } from "./goals";
import type { Table } from "./rows";
import { chartSvg } from "./chart";

/** One table as aligned plain text for the terminal. */
export function consoleTable(table: Table): string {
  const lines = [HEADERS, ...table.rows.map(cells)];
  const widths = HEADERS.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? "").length)));
  const text = lines.map((line) =>
    line
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd(),
  );
  return [
    `\n${table.title}`,
    ...text.slice(0, 1),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...text.slice(1),
  ].join("\n");
}

function markdownTable(table: Table): string {
  const escape = (cell: string): string => cell.replace(/\|/g, "\\|");
  const rows = table.rows.map((row) => `| ${cells(row).map(escape).join(" | ")} |`);
  return [
    `### ${table.title}`,
    "",
    `| ${HEADERS.join(" | ")} |`,
    `|${HEADERS.map(() => "---").join("|")}|`,
    ...rows,
  ].join("\n");
}

function goalLines(goals: readonly Goal[]): string[] {
  const lines = ["| Goal | Measured | Met |", "|---|---|---|"];
  for (const goal of goals)
    lines.push(`| ${goal.name} | ${goal.measured} | ${goal.met ? "✅" : "❌"} |`);
  const misses = goals.filter((g) => !g.met);
  if (misses.length > 0) lines.push("", "Misses, why, and the next step:", "");
  for (const goal of misses)
    lines.push(`- **${goal.name}**: ${goal.whyMissed} Next: ${goal.nextStep}`);
  return lines;
}

/** What the document says about the machine and the run. */
export interface RunInfo {
  readonly date: string;
  readonly node: string;
  readonly cpu: string;
  readonly commit: string;
  readonly seconds: number;
  /** Load average (1, 5, 15 minutes) at the end of the run. */
  readonly load: string;
}

/** Writes the document and its chart. */
export function writeDocs(
  tables: readonly Table[],
  goals: readonly Goal[],
  info: RunInfo,
  notes: string[],
): void {
  mkdirSync("docs", { recursive: true });
  writeFileSync("docs/benchmarks.svg", chartSvg(tables));
  const text = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (not part of `npm test`); every figure below comes from one run",
    "of that command, ours and its baseline measured side by side in the same process.",
    "",
    `Run: ${info.date} · Node ${info.node} · ${info.cpu} · commit ${info.commit} · ${info.seconds.toFixed(0)} s in all · load average ${info.load}.`,
    "",
    "## Goals",
    "",
    ...goalLines(goals),
    "",
    "## Chart",
    "",
    "Median times, ours beside the baseline, on a log scale.",
    "",
    "![Benchmark chart](benchmarks.svg)",
    "",
    "## Tables",
    "",
    ...tables.flatMap((table) => [markdownTable(table), ""]),
    "## How it is measured",
    "",
    ...notes,
    "",
  ].join("\n");
  writeFileSync("docs/benchmarks.md", text);
}
