import { getLogLevel, setLogLevel, setLogSink, type LogLevel, type LogSink } from "../core/log";
import { DEFAULT_KIND_TAGS, type KindTags } from "../core/notes/kinds";
import type { QueryError } from "../core/query/ast";
import { evaluateQuery } from "../core/query/evaluate";
import { parseQuery } from "../core/query/parser";
import manifest from "../../manifest.json";
import { flagValue, parseArgs, refuseFlags, UsageError, type ParsedArgs } from "./args";
import { coverageCommand } from "./coverage-command";
import { loadVault, type LoadedVault } from "./load-vault";
import { formatTable } from "./table";

/**
 * The command line: the same core as the plugin, reading a vault folder from disk.
 * Exit codes: 0 success, 1 failure while running, 2 bad usage or a broken query.
 */

export const USAGE = `Usage:
  attack-lens query <vault> "<query>" [--json]
  attack-lens coverage <vault> [--format navigator|csv|markdown|json] [--out FILE] [--rollup]

Options:
  --json                 print JSON instead of a table (for coverage: --format json)
  --format FORMAT        coverage matrix as an ATT&CK Navigator layer, CSV, Markdown or JSON;
                         JSON holds the technique notes' own rows under "techniques" and
                         the matrix under "coverage"
  --out FILE             write the output to FILE instead of printing it; the folder must
                         exist and be outside the vault; an existing file is kept
  --force                with --out: replace an existing file
  --rollup               count sub-techniques' rules and tests into their parent
  --measure M            layer score: rules, weightedRules (informational 1 to critical 5),
                         tests or state (default: rules)
  --name TEXT            the Navigator layer's name
  --platform, --level, --status, --tactic LIST
                         comma-separated filters; --search TEXT keeps matching techniques
  --quiet                do not list files that were skipped or recovered
  --log-level LEVEL      debug, info, warn (default), error or silent; log lines go to
                         standard error
  --kind-technique TAG   tag that marks technique notes (default: techniques)
  --kind-rule TAG        tag that marks detection rules (default: detection_rule)
  --kind-test TAG        tag that marks tests (default: atomic_test)
  --version              print the version
  --help                 print this help`;

/** What running a command produced; `main` writes it out. */
export interface CliOutput {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Writes log text somewhere as it happens (the entry point passes standard error). */
export type LogWriter = (text: string) => void;

const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

/**
 * Runs one command line; never throws. Log lines go to `writeLog` as they happen, or,
 * without one, before the command's own standard error text.
 */
export function runCli(argv: readonly string[], writeLog?: LogWriter): CliOutput {
  const logged: string[] = [];
  const previousLevel = getLogLevel();
  const restoreSink = setLogSink(logSink(writeLog ?? ((text) => logged.push(text))));
  try {
    return withLog(logged, runParsed(argv));
  } finally {
    restoreSink();
    setLogLevel(previousLevel);
  }
}

function runParsed(argv: readonly string[]): CliOutput {
  setLogLevel("silent");
  try {
    const args = parseArgs(argv);
    setLogLevel(logLevelFrom(args));
    return dispatch(args);
  } catch (error) {
    if (error instanceof UsageError) return fail(2, error.message);
    return fail(1, error instanceof Error ? error.message : String(error));
  }
}

function logLevelFrom(args: ParsedArgs): LogLevel {
  const value = flagValue(args, "log-level") ?? "warn";
  const level = LOG_LEVELS.find((known) => known === value.toLowerCase());
  if (!level) throw new UsageError(`--log-level must be one of ${LOG_LEVELS.join(", ")}`);
  return level;
}

/** One line per log call; extra values (errors mostly) follow on the same line. */
function logSink(write: LogWriter): LogSink {
  return (level, line, extra) => {
    const details = extra.map((value) => (value instanceof Error ? value.message : String(value)));
    write(`${[`${line}`, ...details].join(" ")}\n`);
  };
}

function withLog(logged: string[], output: CliOutput): CliOutput {
  if (logged.length === 0) return output;
  return { ...output, stderr: logged.join("") + output.stderr };
}

function dispatch(args: ParsedArgs): CliOutput {
  const [command, ...rest] = args.positional;
  if (args.flags.has("help") || command === "help")
    return { code: 0, stdout: USAGE + "\n", stderr: "" };
  if (args.flags.has("version"))
    return { code: 0, stdout: `attack-lens ${manifest.version}\n`, stderr: "" };
  if (command === "query") return queryCommand(rest, args);
  if (command === "coverage") return coverageCommandOn(rest, args);
  throw new UsageError(
    command ? `unknown command "${command}"; try --help` : "missing command; try --help",
  );
}

function fail(code: number, message: string): CliOutput {
  return { code, stdout: "", stderr: `attack-lens: ${message.split("\n")[0] ?? ""}\n` };
}

function kindTagsFrom(args: ParsedArgs): KindTags {
  return {
    technique: flagValue(args, "kind-technique") ?? DEFAULT_KIND_TAGS.technique,
    rule: flagValue(args, "kind-rule") ?? DEFAULT_KIND_TAGS.rule,
    test: flagValue(args, "kind-test") ?? DEFAULT_KIND_TAGS.test,
  };
}

function openVault(folder: string | undefined, args: ParsedArgs): LoadedVault {
  if (!folder) throw new UsageError("missing <vault> folder; try --help");
  return loadVault(folder, kindTagsFrom(args));
}

function reportsText(vault: LoadedVault, args: ParsedArgs): string {
  if (args.flags.has("quiet")) return "";
  return vault.reports.map((r) => `attack-lens: ${r.path}: ${r.outcome}: ${r.message}\n`).join("");
}

/** Options only `coverage` understands. */
const COVERAGE_ONLY = ["format", "out", "force", "rollup", "measure", "name"] as const;
const COVERAGE_FILTERS = ["platform", "level", "status", "tactic", "search"] as const;

function queryCommand(rest: string[], args: ParsedArgs): CliOutput {
  const [folder, text, ...extra] = rest;
  if (text === undefined) throw new UsageError('missing "<query>"; try --help');
  if (extra.length > 0) throw new UsageError("too many arguments; put the query in quotes");
  refuseFlags(args, [...COVERAGE_ONLY, ...COVERAGE_FILTERS], "query");
  const parsed = parseQuery(text);
  if (!parsed.ok) return fail(2, brokenQueryMessage(text, parsed.error));
  const vault = openVault(folder, args);
  const matches = [...evaluateQuery(parsed.query, vault.index)].map((path) =>
    matchRow(path, vault),
  );
  const stdout = args.flags.has("json")
    ? JSON.stringify({ query: text, matches }, null, 2) + "\n"
    : formatTable(
        ["Path", "Title", "Kind"],
        matches.map((m) => [m.path, m.title, m.kind]),
      ) + `${matches.length} matching note(s)\n`;
  return { code: 0, stdout, stderr: reportsText(vault, args) };
}

/** Where the query breaks, as line and column (1-based) for multi-line blocks. */
function brokenQueryMessage(text: string, error: QueryError): string {
  const before = text.slice(0, error.start).split("\n");
  const line = before.length;
  const column = (before[before.length - 1] ?? "").length + 1;
  return `broken query at line ${line}, column ${column}: ${error.message}`;
}

function matchRow(path: string, vault: LoadedVault): { path: string; title: string; kind: string } {
  const note = vault.index.getNote(path);
  return { path, title: note?.title ?? path, kind: note?.kind ?? "other" };
}

function coverageCommandOn(rest: string[], args: ParsedArgs): CliOutput {
  if (rest.length > 1) throw new UsageError("too many arguments; try --help");
  const vault = openVault(rest[0], args);
  const output = coverageCommand(rest[0] ?? "", vault, args);
  return { code: 0, stdout: output.stdout, stderr: reportsText(vault, args) };
}
