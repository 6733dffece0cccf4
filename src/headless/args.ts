/** Command-line arguments: positional words and `--flag` / `--flag value` options. */
export interface ParsedArgs {
  readonly positional: string[];
  readonly flags: Map<string, string | true>;
}

/** Thrown for a command line that cannot be understood; the CLI exits with code 2. */
export class UsageError extends Error {}

/** Options that take a value. */
const VALUE_FLAGS = new Set([
  "format",
  "out",
  "log-level",
  "kind-technique",
  "kind-rule",
  "kind-test",
  "measure",
  "name",
  "platform",
  "level",
  "status",
  "tactic",
  "search",
]);
/** Options that are switches; any other `--x` is a mistake worth saying (`--jsno`). */
const SWITCHES = new Set(["json", "quiet", "help", "version", "rollup", "force"]);

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i] ?? "";
    if (word === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!word.startsWith("--") || word === "--") {
      positional.push(word);
      continue;
    }
    const [name = "", inline] = splitFlag(word.slice(2));
    if (SWITCHES.has(name) && inline === undefined) {
      flags.set(name, true);
      continue;
    }
    if (!VALUE_FLAGS.has(name)) throw new UsageError(`unknown option --${name}; try --help`);
    const value = inline ?? argv[++i];
    // `--out --force` would otherwise write a file named "--force".
    if (value === undefined || (inline === undefined && value.startsWith("--"))) {
      throw new UsageError(`--${name} needs a value`);
    }
    flags.set(name, value);
  }
  return { positional, flags };
}

function splitFlag(text: string): [string, string | undefined] {
  const eq = text.indexOf("=");
  return eq === -1 ? [text, undefined] : [text.slice(0, eq), text.slice(eq + 1)];
}

/** A flag's text value, or undefined when it was not given. */
export function flagValue(args: ParsedArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Refuses options that belong to another command, instead of ignoring them. */
export function refuseFlags(args: ParsedArgs, names: readonly string[], command: string): void {
  const given = names.find((name) => args.flags.has(name));
  if (given !== undefined)
    throw new UsageError(`--${given} does not apply to ${command}; try --help`);
}
