import { describe, expect, it } from "vitest";
import { buildNote } from "../../../src/core/notes/build-note";
import { sourceFromMetadata } from "../../../src/core/notes/from-metadata";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import { readBody } from "../../../src/core/notes/markdown";

/**
 * Bodies built to make a backtracking scan quadratic. Each once froze the reader (a million
 * `[[` took minutes); now each is read in linear time, so the test's timeout is the guard.
 */
const BAIT: Record<string, string> = {
  "unclosed wiki links": "[[".repeat(500_000),
  "unclosed Markdown links": "](".repeat(200_000),
  "unclosed HTML comments": "<!--".repeat(200_000),
  "unclosed HTML tags": "<a".repeat(200_000),
  "unclosed percent comments": "%%x".repeat(200_001),
  "heading of spaces": "# " + " \t".repeat(500_000) + "x",
  "heading of hashes": "# a" + "#".repeat(500_000) + "x",
  "link titles": '](a "'.repeat(200_000),
};

describe("reading hostile bodies", () => {
  for (const [name, body] of Object.entries(BAIT)) {
    it(`reads ${name} in linear time and finds no tag`, () => {
      expect(readBody(body + "\n").inlineTags).toEqual([]);
    });
  }

  it("still finds what follows a closed comment, and nothing inside an unclosed one", () => {
    expect(readBody("%% #hidden %% #shown\n<!-- #gone").inlineTags).toEqual(["shown"]);
  });

  it("drops a closing run of # from a heading only after a space", () => {
    expect(readBody("## C# ##\n# Title #\n# C#").headings.map((h) => h.text)).toEqual([
      "C#",
      "Title",
      "C#",
    ]);
  });

  it("builds a technique note from metadata plus a hostile text without hanging", () => {
    const text = "# T1059\n```query\ntag: detection_rule\n```\n" + "[[".repeat(300_000);
    const source = sourceFromMetadata("T1059.md", { frontmatter: { tags: ["techniques"] } }, text);
    const { note } = buildNote(source, DEFAULT_KIND_TAGS);
    expect([note.kind, note.queryBlocks?.length, note.technique?.id]).toEqual([
      "technique",
      1,
      "T1059",
    ]);
  });
});
