import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QueryNode } from "../../../src/core/query/ast";
import { evaluateQuery } from "../../../src/core/query/evaluate";
import { parseQuery } from "../../../src/core/query/parser";
import { printQuery } from "../../../src/core/query/print";
import { runQuery } from "../../../src/core/query/run";
import { printableTree, hostileText, vault, vaultTree } from "./arbitraries";
import { FakeTarget } from "./fake-target";
import { withoutSpans } from "./helpers";
import { referenceEvaluate } from "./reference";

const KINDS = ["syntax", "unsupported", "regex", "too-long"];

function spansWithin(node: QueryNode, length: number): boolean {
  const { start, end } = node.span;
  if (!(start >= 0 && start <= end && end <= length)) return false;
  if (node.kind === "and" || node.kind === "or") {
    return node.children.every((child) => spansWithin(child, length));
  }
  return node.kind === "not" ? spansWithin(node.child, length) : true;
}

describe("query language properties", () => {
  it("parse(print(tree)) gives back the tree", () => {
    fc.assert(
      fc.property(printableTree, (tree) => {
        const text = printQuery(tree);
        const result = parseQuery(text);
        if (!result.ok) throw new Error(`${JSON.stringify(text)}: ${result.error.message}`);
        expect(withoutSpans(result.query)).toEqual(withoutSpans(tree));
        expect(spansWithin(result.query, text.length)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it("the evaluator agrees with a naive scan of every note", () => {
    fc.assert(
      fc.property(vault, vaultTree, (notes, tree) => {
        const target = new FakeTarget(notes);
        const expected = referenceEvaluate(tree, target.allNotes());
        expect([...evaluateQuery(tree, target)]).toEqual(expected);
        const run = runQuery(printQuery(tree), target);
        expect(run).toEqual({ ok: true, paths: expected });
      }),
      { numRuns: 600 },
    );
  });

  it("no text makes parseQuery throw; errors are typed and positioned", () => {
    const target = new FakeTarget([{ path: "a/b.md", tags: ["a"], properties: { a: "x" } }]);
    fc.assert(
      fc.property(hostileText, (text) => {
        const result = parseQuery(text);
        if (result.ok) {
          expect(spansWithin(result.query, text.length)).toBe(true);
          const again = parseQuery(printQuery(result.query));
          expect(again.ok && withoutSpans(again.query)).toEqual(withoutSpans(result.query));
          expect(evaluateQuery(result.query, target)).toBeInstanceOf(Set);
          return;
        }
        const { kind, message, start, end } = result.error;
        expect(KINDS).toContain(kind);
        expect(message.length).toBeGreaterThan(10);
        expect(0 <= start && start <= end && end <= text.length).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it("long and deeply nested text is refused or parsed, never thrown on", () => {
    fc.assert(
      fc.property(hostileText, fc.integer({ min: 1, max: 120 }), (unit, times) => {
        const text = unit.repeat(times);
        const result = parseQuery(text);
        const [start, end] = result.ok ? [0, 0] : [result.error.start, result.error.end];
        expect(0 <= start && start <= end && end <= text.length).toBe(true);
        if (text.length > 2000) expect(result.ok ? "ok" : result.error.kind).toBe("too-long");
      }),
      { numRuns: 300 },
    );
  });
});
