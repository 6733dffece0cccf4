import { describe, expect, it } from "vitest";
import { findQueryBlocks } from "../../../src/core/blocks/query-blocks";

describe("findQueryBlocks", () => {
  it("finds plain blocks with their opening line", () => {
    const body =
      "intro\n```query\ntag: detection_rule\ntag: T9001\n```\ntext\n```query\ntag: atomic_test\n```";
    expect(findQueryBlocks(body)).toEqual([
      { text: "tag: detection_rule\ntag: T9001", line: 1 },
      { text: "tag: atomic_test", line: 6 },
    ]);
  });

  it("accepts trailing spaces, tildes, longer fences, indentation and CRLF", () => {
    const body = [
      "```query   ",
      "tag: a",
      "```  ",
      "~~~query",
      "tag: b",
      "~~~",
      "````query",
      "tag: c",
      "```",
      "````",
      "   ```QUERY",
      "tag: d",
      "   ```",
    ].join("\r\n");
    expect(findQueryBlocks(body).map((b) => b.text)).toEqual([
      "tag: a",
      "tag: b",
      "tag: c\n```",
      "tag: d",
    ]);
  });

  it("does not take other languages or a closing fence of the other character", () => {
    const body = "```queryx\ntag: no\n```\n```yml\nquery\n```\n~~~query\ntag: e\n```\nmore\n~~~";
    expect(findQueryBlocks(body).map((b) => b.text)).toEqual(["tag: e\n```\nmore"]);
  });

  it("finds blocks inside callouts, with or without a space after `>`", () => {
    const body = [
      ">[!info]- Execution",
      ">```query ",
      ">tag: Execution",
      ">tag: detection_rule",
      "> ```",
      "",
      "> [!note] Nested",
      "> > ```query",
      "> > tag: nested",
      "> > ```",
    ].join("\n");
    expect(findQueryBlocks(body)).toEqual([
      { text: "tag: Execution\ntag: detection_rule", line: 1 },
      { text: "tag: nested", line: 7 },
    ]);
  });

  it("ends a block at the end of its callout when the fence is never closed", () => {
    const body = ">```query\n>tag: cut\n\n```query\ntag: next\n```";
    expect(findQueryBlocks(body)).toEqual([
      { text: "tag: cut", line: 0 },
      { text: "tag: next", line: 3 },
    ]);
  });

  it("runs an unterminated block to the end of the body", () => {
    expect(findQueryBlocks("```query\ntag: open\n\n")).toEqual([{ text: "tag: open", line: 0 }]);
    expect(findQueryBlocks("```query")).toEqual([{ text: "", line: 0 }]);
  });

  it("finds nothing in a body without blocks", () => {
    expect(findQueryBlocks("")).toEqual([]);
    expect(findQueryBlocks("query\n`query`")).toEqual([]);
  });
});
