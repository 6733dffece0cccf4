import { bundledCatalogue } from "../core/attack/catalogue";
import { coverageCsv } from "../core/coverage/export/csv";
import { coverageJson } from "../core/coverage/export/json";
import { coverageMarkdown } from "../core/coverage/export/markdown";
import { navigatorLayer } from "../core/coverage/export/navigator";
import { MEASURES, type Measure } from "../core/coverage/measure";
import { buildCoverageModel, type CoverageModel } from "../core/coverage/model";
import { coverageOfTechniqueNotes } from "../core/coverage/note-coverage";
import type { CoverageOptions } from "../core/coverage/options";
import { flagValue, UsageError, type ParsedArgs } from "./args";
import type { LoadedVault } from "./load-vault";
import { formatTable } from "./table";
import { writeOutFile } from "./write-out";

/** Output formats of `attack-lens coverage --format`. */
export const COVERAGE_FORMATS = ["navigator", "csv", "markdown", "json"] as const;
type Format = (typeof COVERAGE_FORMATS)[number];

/** What `coverage` printed, before the CLI adds the vault's file reports. */
export interface CoverageOutput {
  readonly stdout: string;
}

/**
 * `attack-lens coverage <vault>`: without a format, the table of technique notes and what
 * their own query blocks find; with `--format`, the coverage matrix in that format.
 * `--json` is `--format json`, whose output keeps the per-note rows under `techniques`
 * and adds the matrix model under `coverage`.
 */
export function coverageCommand(
  root: string,
  vault: LoadedVault,
  args: ParsedArgs,
): CoverageOutput {
  const format = formatOf(args);
  if (format === undefined) {
    if (args.flags.has("out")) throw new UsageError("--out needs --format; try --help");
    return { stdout: noteTable(vault) };
  }
  const model = buildCoverageModel(vault.index, bundledCatalogue(), optionsOf(args));
  const text = render(format, model, vault, args);
  const out = flagValue(args, "out");
  if (out === undefined) return { stdout: text };
  const written = writeOutFile(out, text, root, args.flags.has("force"));
  return { stdout: `wrote ${written}\n` };
}

function formatOf(args: ParsedArgs): Format | undefined {
  const given = flagValue(args, "format") ?? (args.flags.has("json") ? "json" : undefined);
  if (given === undefined) return undefined;
  if (!(COVERAGE_FORMATS as readonly string[]).includes(given)) {
    throw new UsageError(`unknown format "${given}"; use ${COVERAGE_FORMATS.join(", ")}`);
  }
  return given as Format;
}

function measureOf(args: ParsedArgs): Measure {
  const given = flagValue(args, "measure") ?? "rules";
  if (!(MEASURES as readonly string[]).includes(given)) {
    throw new UsageError(`unknown measure "${given}"; use ${MEASURES.join(", ")}`);
  }
  return given as Measure;
}

function listFlag(args: ParsedArgs, name: string): string[] {
  const text = flagValue(args, name) ?? "";
  return text
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

function optionsOf(args: ParsedArgs): Partial<CoverageOptions> {
  return {
    rollUp: args.flags.has("rollup"),
    platforms: listFlag(args, "platform"),
    levels: listFlag(args, "level"),
    statuses: listFlag(args, "status"),
    tactics: listFlag(args, "tactic"),
    search: flagValue(args, "search") ?? "",
  };
}

function render(
  format: Format,
  model: CoverageModel,
  vault: LoadedVault,
  args: ParsedArgs,
): string {
  if (format === "csv") return coverageCsv(model);
  if (format === "markdown") return coverageMarkdown(model);
  if (format === "navigator") {
    const layer = navigatorLayer(model, {
      name: flagValue(args, "name") ?? "",
      measure: measureOf(args),
    });
    return JSON.stringify(layer, null, 2) + "\n";
  }
  const techniques = coverageOfTechniqueNotes(vault.index);
  return JSON.stringify({ techniques, coverage: coverageJson(model) }, null, 2) + "\n";
}

function noteTable(vault: LoadedVault): string {
  const rows = coverageOfTechniqueNotes(vault.index);
  return formatTable(
    ["Technique", "Name", "Rules", "Tests", "Rules+subs", "Tests+subs"],
    rows.map((r) => [
      r.id,
      r.name,
      ...[r.rules, r.tests, r.rulesWithSubtechniques, r.testsWithSubtechniques].map(String),
    ]),
  );
}
