import { describe, expect, it } from "vitest";
import { buildNote } from "../../../src/core/notes/build-note";
import { sourceFromMetadata, type MetadataLike } from "../../../src/core/notes/from-metadata";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";

// Shaped like the app's CachedMetadata: inline tags keep their `#`, frontmatter tags do not
// appear in `tags`, headings carry `heading` and `level`, links are internal only.
const TEXT =
  "---\ntags: [T9001_002, techniques]\n---\n## Example\nSee https://attack.mitre.org/techniques/T9001 #extra\n\n```query\ntag: atomic_test\ntag: T9001_002\n```\n";
const METADATA: MetadataLike = {
  frontmatter: { tags: ["T9001_002", "techniques"] },
  frontmatterPosition: { end: { offset: TEXT.indexOf("\n## Example") } },
  tags: [{ tag: "#extra" }],
  headings: [{ heading: "Example", level: 2 }],
  links: [{ link: "Other note" }],
};

describe("sourceFromMetadata", () => {
  it("takes tags, headings and links from metadata and web links and blocks from the text", () => {
    const source = sourceFromMetadata("Use Cases/T9001.002 - Example.md", METADATA, TEXT);
    expect(source.inlineTags).toEqual(["#extra"]);
    expect(source.headings).toEqual([{ level: 2, text: "Example" }]);
    expect(source.links).toEqual(["Other note", "https://attack.mitre.org/techniques/T9001"]);
    expect(source.body?.startsWith("## Example")).toBe(true);
    const { note } = buildNote(source, DEFAULT_KIND_TAGS);
    expect(note.tags).toEqual(["T9001_002", "techniques", "extra"]);
    expect(note.queryBlocks).toEqual(["tag: atomic_test\ntag: T9001_002"]);
  });

  it("works without text and without metadata", () => {
    const noText = sourceFromMetadata("a.md", METADATA);
    expect(noText.body).toBeUndefined();
    expect(noText.links).toEqual(["Other note"]);
    const nothing = sourceFromMetadata("b.md", null, "plain #tagless");
    expect(nothing).toMatchObject({
      inlineTags: [],
      headings: [],
      links: [],
      body: "plain #tagless",
    });
  });

  it("cuts CRLF frontmatter at its end offset", () => {
    const text = "---\r\ntags: [a]\r\n---\r\nbody";
    const source = sourceFromMetadata(
      "c.md",
      { frontmatterPosition: { end: { offset: text.indexOf("\r\nbody") } } },
      text,
    );
    expect(source.body).toBe("body");
  });
});
