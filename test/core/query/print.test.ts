import { describe, expect, it } from "vitest";
import type { QueryNode } from "../../../src/core/query/ast";
import { parseQuery } from "../../../src/core/query/parser";
import { printQuery } from "../../../src/core/query/print";
import { withoutSpans } from "./helpers";

const at = { start: 0, end: 0 };

function reparse(text: string): QueryNode {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`${JSON.stringify(text)}: ${result.error.message}`);
  return result.query;
}

/** Printing the parse of `text` gives `canonical`, which parses back to the same tree. */
function expectCanonical(text: string, canonical: string): void {
  const tree = reparse(text);
  expect(printQuery(tree)).toBe(canonical);
  expect(withoutSpans(reparse(canonical))).toEqual(withoutSpans(tree));
}

describe("printQuery", () => {
  it("writes terms in canonical form", () => {
    expectCanonical("TAG: #T1590", "tag:T1590");
    expectCanonical("Path:rules  file: /x\\d/", "path:rules file:/x\\d/");
    expectCanonical("[ Status : stable ]", "[Status:stable]");
    expectCanonical("[status]\n-[level:/hi/]", "[status] -[level:/hi/]");
  });

  it("quotes values only when a bare value would read differently", () => {
    expectCanonical('"plain"', "plain");
    expectCanonical(
      '"two words" "OR" "-x" "/x" "a:b" "(p)"',
      '"two words" "OR" "-x" "/x" "a:b" "(p)"',
    );
    expectCanonical('path:"a b" file:"/x" tag:"q\\"t"', 'path:"a b" file:"/x" tag:"q\\"t"');
    expectCanonical('[a:" padded "] [b:"x]"] [c:"/re"]', '[a:" padded "] [b:"x]"] [c:"/re"]');
    expectCanonical('"back\\\\slash"', "back\\slash");
    expectCanonical('"a\\\\b c"', '"a\\\\b c"');
  });

  it("adds parentheses only where precedence needs them", () => {
    expectCanonical("a b OR c", "a b OR c");
    expectCanonical("a (b OR c)", "a (b OR c)");
    expectCanonical("(a b) c", "(a b) c");
    expectCanonical("(a OR b) OR c", "(a OR b) OR c");
    expectCanonical("-(a b) -(c OR d) --e", "-(a b) -(c OR d) --e");
  });

  it("prints hand-built trees whose values need escaping", () => {
    const tree: QueryNode = {
      kind: "or",
      span: at,
      children: [
        { kind: "text", match: { type: "text", value: 'he said "hi"\\' }, span: at },
        { kind: "tag", value: "a)b", span: at },
      ],
    };
    const text = printQuery(tree);
    expect(text).toBe('"he said \\"hi\\"\\\\" OR tag:"a)b"');
    expect(withoutSpans(reparse(text))).toEqual(withoutSpans(tree));
  });
});
