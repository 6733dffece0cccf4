import { describe, expect, it } from "vitest";
import { evaluateQuery } from "../../../src/core/query/evaluate";
import { parseQuery } from "../../../src/core/query/parser";
import { MAX_REGEX_INPUT } from "../../../src/core/query/regex-safety";
import { runQuery } from "../../../src/core/query/run";
import { FakeTarget } from "./fake-target";

/**
 * Query blocks come from notes, and notes come from third parties: a regex in a query must
 * never freeze the app, whatever the vault holds. The parser tests cover nesting and syntax;
 * these cover the classic catastrophic patterns, polynomial ones, and giant queries, each run
 * against texts long enough that an unguarded engine would hang.
 */

const CATASTROPHIC = ["(a+)+$", "(a|aa)+", "(.*a){20}", "([a-z]+)*$", "(x+x+)+y"];
/** Not nested, but cubic or worse in the text's length. */
const POLYNOMIAL = [
  ".*.*x",
  "[a-z]+[a-z]+!",
  "a+b*!",
  ".*x.*y.*z!",
  "(?:a?){30}a{30}",
  "\\w+\\s*\\w+$",
];

const LONG = "a".repeat(5000);
const LONG_TEXTS = [
  { path: `${LONG}.md`, title: LONG, tags: ["x"] },
  {
    path: `notes/${"x".repeat(4000)}.md`,
    tags: ["x"],
    properties: { summary: "ab ".repeat(3000) },
  },
];

function refusal(query: string): string {
  const result = parseQuery(query);
  if (result.ok) throw new Error(`${query} was accepted`);
  expect(result.error.kind).toBe("regex");
  return result.error.message;
}

describe("regexes in queries cannot hang the app", () => {
  it("refuses the known catastrophic patterns with a message that says what to do", () => {
    for (const pattern of CATASTROPHIC) {
      for (const query of [
        `/${pattern}/`,
        `file:/${pattern}/`,
        `path:/${pattern}/`,
        `[title:/${pattern}/]`,
      ]) {
        expect(refusal(query)).toMatch(/hang; rewrite the regular expression/);
      }
    }
  });

  it("refuses patterns whose work grows with a power of the text length", () => {
    for (const pattern of POLYNOMIAL) {
      expect(refusal(`file:/${pattern}/`), pattern).toMatch(/hang.*keep one|hang; rewrite/);
    }
  });

  it("still runs legitimate regexes, on long texts too", () => {
    const target = new FakeTarget([
      { path: "Use Cases/T1059.001 - PowerShell.md", tags: ["techniques"] },
      { path: "Detection Rules/Proc Creation Win Susp Powershell.md", tags: ["detection_rule"] },
      ...LONG_TEXTS,
    ]);
    const matches = (query: string): string[] => {
      const result = runQuery(query, target);
      if (!result.ok) throw new Error(result.error.message);
      return result.paths;
    };
    expect(matches("file:/^T1059\\.\\d{3}/")).toEqual(["Use Cases/T1059.001 - PowerShell.md"]);
    expect(matches("path:/rules\\/.*powershell/")).toEqual([
      "Detection Rules/Proc Creation Win Susp Powershell.md",
    ]);
    expect(matches("/^a+b$/")).toEqual([]);
    expect(matches("[summary:/(ab )+/]")).toEqual([LONG_TEXTS[1]?.path]);
  });

  it("tries regexes on the first characters of a text only", () => {
    const target = new FakeTarget([
      { path: "a.md", tags: [], properties: { note: "x".repeat(MAX_REGEX_INPUT - 1) + "END" } },
    ]);
    const found = (query: string): number => {
      const result = parseQuery(query);
      if (!result.ok) throw new Error(result.error.message);
      return evaluateQuery(result.query, target).size;
    };
    expect(found("[note:/xE/]")).toBe(1);
    expect(found("[note:/END/]")).toBe(0);
    expect(found("[note:END]")).toBe(1);
  });

  it("refuses a 1 MB query before reading it", () => {
    const huge = "tag:T1059 ".repeat(100_000);
    const started = performance.now();
    const result = runQuery(huge, new FakeTarget(LONG_TEXTS));
    expect(result).toMatchObject({ ok: false, error: { kind: "too-long" } });
    if (!result.ok) expect(result.error.message).toMatch(/over the limit.*shorten it/s);
    // Not a speed goal: a refusal that read the text would take far longer than this.
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("refuses a 1 MB regex and a 1 MB property name", () => {
    expect(parseQuery(`/${"a".repeat(1_000_000)}/`).ok).toBe(false);
    expect(parseQuery(`[${"n".repeat(1_000_000)}]`).ok).toBe(false);
  });
});
