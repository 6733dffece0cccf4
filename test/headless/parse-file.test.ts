import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeText, parseNoteText } from "../../src/headless/parse-file";
import { FIXTURE_VAULT } from "./fixture-vault";

const MARKER_FILE = join(tmpdir(), "attack-lens-js-frontmatter-ran");
const globals = globalThis as Record<string, unknown>;

function fixture(path: string): string {
  return decodeText(readFileSync(join(FIXTURE_VAULT, path)), []);
}

describe("code frontmatter", () => {
  beforeAll(() => rmSync(MARKER_FILE, { force: true }));
  afterAll(() => rmSync(MARKER_FILE, { force: true }));

  it("is a real hazard: gray-matter's defaults run `---js` as code", () => {
    const probe = '---js\n{ title: (globalThis.attackLensProbe = "ran") }\n---\n';
    expect(matter(probe, { language: "js" }).data).toEqual({ title: "ran" });
    expect(globals["attackLensProbe"]).toBe("ran");
    delete globals["attackLensProbe"];
  });

  it("is never run, is reported, and the body is still read", () => {
    // The fixture's frontmatter would write MARKER_FILE and set a global if it ran.
    const parsed = parseNoteText("odd/js-frontmatter.md", fixture("odd/js-frontmatter.md"));
    expect(existsSync(MARKER_FILE)).toBe(false);
    expect(globals["attackLensJsFrontmatterRan"]).toBeUndefined();
    expect(parsed.source.frontmatter).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(/never run/);
    expect(parsed.source.inlineTags).toEqual(["js_body"]);
  });

  it("is refused under its long name too", () => {
    const text = '---javascript\n{ title: (globalThis.attackLensLong = "ran") }\n---\nbody';
    const parsed = parseNoteText("n.md", text);
    expect(globals["attackLensLong"]).toBeUndefined();
    expect(parsed.problems[0]).toMatch(/never run/);
  });
});

describe("decodeText", () => {
  it("reports invalid UTF-8 and replaces the bad bytes", () => {
    const problems: string[] = [];
    const text = decodeText(readFileSync(join(FIXTURE_VAULT, "odd/latin1.md")), problems);
    expect(problems).toEqual([
      "is not valid UTF-8; unreadable characters were replaced (save it as UTF-8 to keep them)",
    ]);
    expect(text).toContain("Caf\uFFFD latin-1");
  });

  it("drops a byte order mark", () => {
    const problems: string[] = [];
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]), problems)).toBe("a");
    expect(problems).toEqual([]);
  });
});

describe("parseNoteText", () => {
  it("reads frontmatter with the core schema: dates stay text", () => {
    const parsed = parseNoteText("n.md", "---\ncreated: 2020-02-11\nversion: 1.3\n---\nbody");
    expect(parsed.source.frontmatter).toEqual({ created: "2020-02-11", version: 1.3 });
    expect(parsed.source.body).toBe("body");
  });

  it("reads CRLF files", () => {
    const parsed = parseNoteText("crlf.md", fixture("Detection Rules/rule_crlf.md"));
    expect(parsed.problems).toEqual([]);
    expect(parsed.source.frontmatter).toEqual({
      title: "Windows line endings",
      tags: ["t9001_001", "detection_rule"],
    });
    expect(parsed.source.headings).toEqual([{ level: 2, text: "Heading" }]);
    expect(parsed.source.inlineTags).toEqual(["crlf_inline"]);
  });

  it("reads a file that starts with a byte order mark", () => {
    const parsed = parseNoteText("bom.md", fixture("Detection Rules/rule_bom.md"));
    expect(parsed.problems).toEqual([]);
    expect(parsed.source.frontmatter).toMatchObject({ tags: ["t9001", "detection_rule"] });
  });

  it("reports broken YAML and still reads the body", () => {
    const parsed = parseNoteText("b.md", fixture("odd/broken-yaml.md"));
    expect(parsed.source.frontmatter).toBeUndefined();
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatch(
      /^has frontmatter that could not be read \(.+\); it was ignored until the YAML is fixed$/,
    );
    expect(parsed.source.inlineTags).toEqual(["after_broken_yaml"]);
  });

  it("reads an unterminated frontmatter block as text and says so", () => {
    const parsed = parseNoteText("u.md", fixture("odd/unterminated.md"));
    expect(parsed.source.frontmatter).toBeUndefined();
    expect(parsed.problems).toEqual([
      "has a frontmatter block that is never closed; it was read as text (end it with a --- line)",
    ]);
    expect(parsed.source.body).toContain("never closed");
    expect(parsed.source.inlineTags).toEqual(["unterminated_body"]);
  });

  it("ignores frontmatter that is not a mapping, and accepts an empty block", () => {
    const list = parseNoteText("l.md", fixture("odd/list-frontmatter.md"));
    expect(list.source.frontmatter).toBeUndefined();
    expect(list.problems).toEqual([
      "has frontmatter that is not a set of properties; it was ignored (write name: value lines)",
    ]);
    const empty = parseNoteText("e.md", "---\n---\nbody #x");
    expect(empty.problems).toEqual([]);
    expect(empty.source.frontmatter).toEqual({});
    expect(empty.source.body).toBe("body #x");
  });

  it("reads a note without frontmatter, and a lone rule line is not frontmatter", () => {
    expect(parseNoteText("n.md", "# Title\ntext").source.body).toBe("# Title\ntext");
    expect(parseNoteText("n.md", "text\n---\nmore").problems).toEqual([]);
  });

  it("keeps prototype-polluting keys as data", () => {
    const parsed = parseNoteText("p.md", "---\n__proto__:\n  polluted: true\ntags: [x]\n---\n");
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(parsed.problems).toEqual([]);
  });
});
