/** fast-check generators for query trees, vaults and hostile query text. */
import fc from "fast-check";
import type { PropertyValue } from "../../../src/core/notes/note";
import type { Matcher, QueryNode, TermNode } from "../../../src/core/query/ast";
import { regexProblem } from "../../../src/core/query/regex-safety";
import type { NoteSpec } from "./fake-target";

const at = { start: 0, end: 0 };

/** Characters the lexer treats specially, plus unicode that must survive untouched. */
const AWKWARD = [" ", "\t", "\n", '"', "\\", "(", ")", "[", "]", ":", "-", "/", "#", "OR"];
const UNICODE = ["é", "🔥", "\u05e9", "\u202e", "\u0000", "\u00a0", "名"];

/** Non-empty text mixing plain letters with awkward characters. */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom("a", "b", "T1590", "_", "."),
    fc.constantFrom(...AWKWARD, ...UNICODE),
  ),
  minLength: 1,
  maxLength: 6,
});

/** Regex sources that are valid, safe and contain no unescaped `/` or line break. */
const safeRegex = fc
  .array(
    fc.constantFrom(
      "a",
      "\\d",
      "[/x]",
      "\\/",
      "^",
      "$",
      "x+",
      "(?:ab)*",
      "(a|b)",
      ".",
      "🔥",
      "\\.",
      "[a-z]",
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(""))
  .filter((source) => regexProblem(source) === undefined);

function matcher(text: fc.Arbitrary<string>, regex: fc.Arbitrary<string>): fc.Arbitrary<Matcher> {
  return fc.oneof(
    text.map((value): Matcher => ({ type: "text", value })),
    regex.map((source): Matcher => ({ type: "regex", source })),
  );
}

interface TermPools {
  readonly tag: fc.Arbitrary<string>;
  readonly text: fc.Arbitrary<string>;
  readonly regex: fc.Arbitrary<string>;
  readonly propertyName: fc.Arbitrary<string>;
}

function terms(pools: TermPools): fc.Arbitrary<TermNode> {
  const match = matcher(pools.text, pools.regex);
  return fc.oneof(
    pools.tag.map((value): TermNode => ({ kind: "tag", value, span: at })),
    match.map((m): TermNode => ({ kind: "path", match: m, span: at })),
    match.map((m): TermNode => ({ kind: "file", match: m, span: at })),
    match.map((m): TermNode => ({ kind: "text", match: m, span: at })),
    pools.propertyName.map((name): TermNode => ({ kind: "property", name, span: at })),
    fc
      .tuple(pools.propertyName, match)
      .map(([name, m]): TermNode => ({ kind: "property", name, match: m, span: at })),
  );
}

/** Trees shaped like the parser's output: and/or have two or more children. */
function trees(leaf: fc.Arbitrary<TermNode>): fc.Arbitrary<QueryNode> {
  const { node } = fc.letrec<{ node: QueryNode }>((tie) => ({
    node: fc.oneof(
      { maxDepth: 4, depthSize: "small" },
      leaf,
      fc
        .tuple(
          fc.constantFrom("and" as const, "or" as const),
          fc.array(tie("node"), { minLength: 2, maxLength: 3 }),
        )
        .map(([kind, children]): QueryNode => ({ kind, children, span: at })),
      tie("node").map((child): QueryNode => ({ kind: "not", child, span: at })),
    ),
  }));
  return node;
}

/** Any tree the parser could produce, with values full of characters that need quoting. */
export const printableTree = trees(
  terms({
    tag: anyText.filter((v) => !v.startsWith("#")),
    text: anyText,
    regex: safeRegex,
    propertyName: anyText
      .map((name) => name.trim())
      .filter((name) => name !== "" && !/[:\]\n\r]/.test(name)),
  }),
);

/** Trees over small value pools, so that random vaults actually match some terms. */
export const vaultTree = trees(
  terms({
    tag: fc.constantFrom(
      "a",
      "A",
      "a/b",
      "b",
      "t1590",
      "x",
      "detection_rule",
      "__proto__",
      "a/b/c/d",
    ),
    text: fc.constantFrom(
      "rules",
      "RULES/S",
      "/",
      ".md",
      "t1",
      "ü",
      "z",
      "recon",
      "a b",
      "🔥",
      "high",
    ),
    regex: fc.constantFrom("^rules", "\\d{4}", "sigma\\/", "🔥", "^t", "^h", "o$", "(?:ab)+"),
    propertyName: fc.constantFrom("level", "STATUS", "author", "__proto__", "constructor", "none"),
  }),
);

const propertyValue: fc.Arbitrary<PropertyValue> = fc.oneof(
  fc.constantFrom("high", "Low", "stable", "Florian Roth", ""),
  fc.array(fc.constantFrom("high", "ab", "Roth", "🔥"), { maxLength: 3 }),
);

const noteSpec: fc.Arbitrary<NoteSpec> = fc.record(
  {
    path: fc
      .tuple(
        fc.constantFrom("rules", "rules/sigma", "Techniques", "atomics", "notes/Ü", "t1590"),
        fc.constantFrom(
          "T1590",
          "t1059.001 PowerShell",
          "Recon",
          "recon 🔥",
          "__proto__",
          "a b",
          "ab",
        ),
      )
      .map(([folder, name]) => `${folder}/${name}.md`),
    title: fc.constantFrom("Recon via nslookup", "HIGH 🔥", "T1590 Gather", "other"),
    tags: fc.subarray(["a", "A/b", "a/b/c", "b", "T1590", "detection_rule", "__proto__", "x/y"]),
    properties: fc.dictionary(
      fc.constantFrom("level", "Status", "author", "__proto__", "constructor"),
      propertyValue,
      {
        maxKeys: 3,
      },
    ),
  },
  { requiredKeys: ["path"] },
);

/** Small vaults with distinct paths. */
export const vault = fc.uniqueArray(noteSpec, { selector: (note) => note.path, maxLength: 14 });

/** Query-like text: fragments of the syntax, broken and mixed with unicode. */
export const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(
      ...AWKWARD,
      ...UNICODE,
      "tag:",
      "path:",
      "file:",
      "content:",
      "TAG: ",
      "[a:",
      "\ud800",
    ),
    fc.constantFrom("a", "b", "+", "*", "|", "?", "{2}", "__proto__", " OR ", "x"),
    fc.string({ unit: "binary", maxLength: 1 }),
  ),
  maxLength: 40,
});
