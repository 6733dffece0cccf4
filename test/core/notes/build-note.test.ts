import { describe, expect, it } from "vitest";
import { basenameOf, buildNote, type NoteSource } from "../../../src/core/notes/build-note";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import { readBody } from "../../../src/core/notes/markdown";

function source(path: string, frontmatter: unknown, body = ""): NoteSource {
  const facts = readBody(body);
  return { path, frontmatter, ...facts, body };
}

const build = (s: NoteSource) => buildNote(s, DEFAULT_KIND_TAGS);

describe("buildNote", () => {
  it("builds a technique note: identifier from the file name, tactics and platforms", () => {
    const body = "## Example\n\n```query\ntag: detection_rule\ntag: T9001_002\n```\n";
    const { note, problems } = build(
      source(
        "Use Cases/T9001.002 - Example- Sub Part.md",
        {
          tactics: "Defense Evasion, Persistence",
          platforms: "Windows, Linux",
          url: "https://attack.mitre.org/techniques/T9001/002",
          tags: ["T9001_002", "techniques", "Defense_Evasion,_Persistence"],
        },
        body,
      ),
    );
    expect(problems).toEqual([]);
    expect(note).toMatchObject({
      basename: "T9001.002 - Example- Sub Part",
      title: "T9001.002 - Example- Sub Part",
      kind: "technique",
      techniques: ["T9001.002"],
      queryBlocks: ["tag: detection_rule\ntag: T9001_002"],
      technique: {
        id: "T9001.002",
        name: "Example- Sub Part",
        tactics: ["Defense Evasion", "Persistence"],
        platforms: ["Windows", "Linux"],
      },
    });
  });

  it("reports the tactic tag with a comma as invalid rather than dropping it silently", () => {
    // `Defense_Evasion,_Persistence` holds a comma, which no tag may hold; the app's tag
    // pane shows no such tag either. The tactics stay readable through `tactics:`.
    const { note } = build(source("t.md", { tags: ["Defense_Evasion,_Persistence"] }));
    expect(note.tags).toEqual(["Defense_Evasion", "_Persistence"]);
  });

  it("falls back to the URL, then the first technique tag, for the identifier", () => {
    const byUrl = build(
      source("Use Cases/Renamed.md", {
        tags: ["techniques"],
        url: "https://attack.mitre.org/techniques/T9002",
      }),
    ).note;
    expect(byUrl.technique?.id).toBe("T9002");
    const byTag = build(source("Use Cases/Renamed.md", { tags: ["techniques", "t9003_004"] })).note;
    expect(byTag.technique?.id).toBe("T9003.004");
    const none = build(source("Use Cases/Renamed.md", { tags: ["techniques"] })).note;
    expect(none.technique).toBeUndefined();
  });

  it("names a technique from its first heading when the file name has no name part", () => {
    const { note } = build(source("T9004.md", { tags: ["techniques"] }, "## Heading name\n"));
    expect(note.technique?.name).toBe("Heading name");
  });

  it("builds a rule note: title, level and status lower-cased, log source, dates", () => {
    const { note } = build(
      source("Detection Rules/rule_one.md", {
        title: "  Rule One  ",
        status: "Experimental",
        level: "HIGH",
        logsrc_product: "windows",
        logsrc_service: "security",
        created: "2021-05-01",
        last_modified: "2022-01-02",
        tags: ["t9001_002", "detection_rule", "defense_evasion"],
      }),
    );
    expect(note.kind).toBe("rule");
    expect(note.title).toBe("Rule One");
    expect(note.techniques).toEqual(["T9001.002"]);
    expect(note.rule).toEqual({
      level: "high",
      status: "experimental",
      product: "windows",
      service: "security",
      created: "2021-05-01",
      modified: "2022-01-02",
    });
  });

  it("keeps the vault's broken `[, detection_rule]` rules as rules", () => {
    const { note, problems } = build(source("r.md", { tags: [null, "detection_rule"] }));
    expect(note.kind).toBe("rule");
    expect(note.techniques).toEqual([]);
    expect(problems).toEqual([]);
  });

  it("builds a test note from headings and body", () => {
    const body =
      "## Atomic Test #1 - one\n**Supported Platforms:** Linux\n#### Attack Commands: Run with `bash`!\n";
    const { note } = build(
      source(
        "Testing Runbooks/T9001.002 - Example.md",
        { tags: ["T9001_002", "atomic_test"] },
        body,
      ),
    );
    expect(note.kind).toBe("test");
    expect(note.test).toEqual({ testCount: 1, platforms: ["Linux"], executors: ["bash"] });
  });

  it("merges frontmatter and inline tags without case duplicates and reports bad tags", () => {
    const { note, problems } = build(
      source("n.md", { tags: ["Alpha", "2024", 7] }, "text #alpha #beta/gamma #T9001_002"),
    );
    expect(note.tags).toEqual(["Alpha", "beta/gamma", "T9001_002"]);
    expect(note.techniques).toEqual(["T9001.002"]);
    expect(problems).toEqual([
      expect.stringMatching(/^tag "2024" is not a valid tag; it was skipped \(a tag is one word/),
      expect.stringMatching(/^tag "7" is not text; it was skipped/),
    ]);
  });

  it("reads `tag:` when there is no `tags:`, and never an inherited key", () => {
    expect(build(source("n.md", { tag: "solo" })).note.tags).toEqual(["solo"]);
    const inherited = Object.create({ tags: ["ghost"] }) as object;
    expect(build(source("n.md", inherited)).note.tags).toEqual([]);
  });

  it("leaves query blocks absent when the body was not read", () => {
    const { note } = build({
      path: "n.md",
      frontmatter: undefined,
      inlineTags: [],
      headings: [],
      links: [],
    });
    expect(note.queryBlocks).toBeUndefined();
    expect(note.kind).toBe("other");
  });
});

describe("basenameOf", () => {
  it("drops folders and the extension", () => {
    expect(basenameOf("a/b/T1003 - X.md")).toBe("T1003 - X");
    expect(basenameOf("top.MD")).toBe("top");
  });
});
