import { bundledCatalogue, type Tactic } from "../core/attack/catalogue";
import { filterChoices } from "../core/coverage/choices";
import { platformKey } from "../core/coverage/options";
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
  const model = buildCoverageModel(vault.index, bundledCatalogue(), optionsOf(args, vault));
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

/**
 * Filters as given, checked against what this vault and catalogue offer: a value that can
 * match nothing is a usage error, not an empty export.
 */
function optionsOf(args: ParsedArgs, vault: LoadedVault): Partial<CoverageOptions> {
  const choices = filterChoices(vault.index, bundledCatalogue());
  return {
    rollUp: args.flags.has("rollup"),
    platforms: checked(args, "platform", choices.platforms, platformKey),
    levels: checked(args, "level", choices.levels, lowerCase),
    statuses: checked(args, "status", choices.statuses, lowerCase),
    tactics: listFlag(args, "tactic").map((given) => tacticShortname(given, choices.tactics)),
    search: flagValue(args, "search") ?? "",
  };
}

function lowerCase(text: string): string {
  return text.trim().toLowerCase();
}

function checked(
  args: ParsedArgs,
  name: string,
  allowed: readonly string[],
  key: (text: string) => string,
): string[] {
  const keys = new Set(allowed.map(key));
  const given = listFlag(args, name);
  const unknown = given.find((value) => !keys.has(key(value)));
  if (unknown !== undefined) {
    throw new UsageError(`unknown ${name} "${unknown}"; use one of: ${allowed.join(", ")}`);
  }
  return given;
}

/** A tactic as `credential-access`, `Credential Access` or `credential_access`. */
function tacticShortname(given: string, tactics: readonly Tactic[]): string {
  const key = (text: string): string =>
    lowerCase(text)
      .replace(/[\s_-]+/g, "-")
      .replace(/^-/, "");
  const found = tactics.find((t) => key(t.shortname) === key(given) || key(t.name) === key(given));
  if (found) return found.shortname;
  const names = tactics.map((t) => t.shortname).join(", ");
  throw new UsageError(`unknown tactic "${given}"; use one of: ${names}`);
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
