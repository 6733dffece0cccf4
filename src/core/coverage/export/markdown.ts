import type { CoverageModel } from "../model";
import type { SummaryFigures } from "../summary";
import { countingLabel } from "./labels";
import { flatRows, type FlatRow } from "./table-rows";

/**
 * Characters Markdown or Obsidian give a meaning to (tables, emphasis, links, tags, code,
 * highlights, comments, maths, block ids, HTML): escaped so a cell shows what it holds.
 */
const SIGNIFICANT = /[\\`*_{}[\]()<>#+!|~=%$^&-]/g;

/** Cell text with Markdown-significant characters escaped and line breaks made spaces. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\r\n|\r|\n/g, " ").replace(SIGNIFICANT, (ch) => `\\${ch}`);
}

const HEADER = [
  "Technique",
  "Name",
  "Rules",
  "Weighted rules",
  "Test notes",
  "Atomic tests",
  "Coverage",
];

/** The visible matrix as Markdown: a summary, then a table per tactic. */
export function coverageMarkdown(model: CoverageModel): string {
  const byId = new Map(flatRows(model).map((row) => [row.id, row]));
  const parts = [
    "# ATT&CK coverage",
    "",
    `${countingLabel(model.options.rollUp)}. ATT&CK ${escapeMarkdownCell(model.attackVersion)}.`,
    "",
    figuresLine("All techniques", model.summary.overall),
  ];
  for (const column of model.columns) {
    const figures = model.summary.byTactic.get(column.tactic.shortname);
    const ids = column.entries.flatMap((e) => [...(e.matches ? [e.id] : []), ...e.subtechniques]);
    parts.push("", `## ${escapeMarkdownCell(column.tactic.name)}`, "");
    if (figures) parts.push(figuresLine("Techniques", figures), "");
    parts.push(...table(ids.flatMap((id) => byId.get(id) ?? [])));
  }
  return parts.join("\n") + "\n";
}

function figuresLine(label: string, f: SummaryFigures): string {
  return `${label}: ${f.techniques}; with a rule: ${f.withRule}; with a test: ${f.withTest}; with both: ${f.withBoth}.`;
}

function table(rows: readonly FlatRow[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(" | ")} |`;
  const body = rows.map((row) =>
    line([
      row.id,
      escapeMarkdownCell(row.name),
      ...[row.rules, row.weightedRules, row.testNotes, row.atomicTests].map(String),
      escapeMarkdownCell(row.coverage),
    ]),
  );
  return [line(HEADER), line(HEADER.map(() => "---")), ...body];
}
