import { describe, expect, it } from "vitest";
import { linesOutsideCode, readBody } from "../../../src/core/notes/markdown";

const tagsOf = (body: string): string[] => readBody(body).inlineTags;

describe("inline tags", () => {
  it("reads tags at line start and after spaces, nested and in any script", () => {
    expect(tagsOf("#alpha and #beta/gamma\n> quoted #δέλτα\n- item #検出")).toEqual([
      "alpha",
      "beta/gamma",
      "δέλτα",
      "検出",
    ]);
  });

  // Expected results follow what the app's metadata cache returned for a note of such cases,
  // captured by obsidian-tasks (tests/CacheHelpers.test.ts, from its "Testing Tag Recognition"
  // sample note): a tag must start a word, may not be digits only, ends at `;`, `*` or `$`,
  // keeps symbols such as `£` and `™` and a trailing `/`; a tag inside link text counts, one in
  // a link target, a URL or an HTML attribute does not.
  it("starts a tag only at a word start", () => {
    expect(tagsOf("mid#word dot.#after dash-#after #$dollar # spaced")).toEqual([]);
  });

  it("refuses digits only, accepts digits with a letter, `_` or `-`", () => {
    expect(tagsOf("#2024 #2024/10 #v2024 #3_4 #3-4")).toEqual(["v2024", "3_4", "3-4"]);
  });

  it("ends a tag at punctuation the app does not allow, keeps symbols it allows", () => {
    expect(tagsOf("#semi; #star* #cash$ #comma, #stop. #pound£ #mark™ #open/")).toEqual([
      "semi",
      "star",
      "cash",
      "comma",
      "stop",
      "pound£",
      "mark™",
      "open/",
    ]);
  });

  it("reads tags in link text but not in link targets, URLs or HTML attributes", () => {
    const body = [
      "[see #inside](https://example.org/page#anchor)",
      "bare https://example.org/#frag here",
      '<span style="color: #FFAA00;">coloured</span>',
      "[[Some note#Heading]] and [[Other|alias #x]]",
    ].join("\n");
    expect(tagsOf(body)).toEqual(["inside"]);
  });

  it("reads no tags in code, comments or math", () => {
    const body = [
      "`#inline` code",
      "```",
      "#fenced",
      "```",
      "~~~~yaml",
      "#tilde",
      "~~~~",
      "%% #comment %% visible #shown",
      "%%",
      "#multiline-comment",
      "%%",
      "<!-- #html -->",
      "$x #math$",
      "$$",
      "#display-math",
      "$$",
      "> ```",
      "> #quoted-code",
      "> ```",
    ].join("\n");
    expect(tagsOf(body)).toEqual(["shown"]);
  });

  it("reads tags in headings, but a `#word` line is a tag, not a heading", () => {
    expect(tagsOf("# Title #inhead\n#lonely\n### Sub ###")).toEqual(["inhead", "lonely"]);
    expect(readBody("#lonely").headings).toEqual([]);
  });

  it("keeps each occurrence; the note model removes duplicates", () => {
    expect(tagsOf("#a #a")).toEqual(["a", "a"]);
  });
});

describe("headings", () => {
  it("reads levels and text, drops closing hashes, skips code", () => {
    const body = "# One\n## Two ##\n```\n# not a heading\n```\n###### Six\n####### seven";
    expect(readBody(body).headings).toEqual([
      { level: 1, text: "One" },
      { level: 2, text: "Two" },
      { level: 6, text: "Six" },
    ]);
  });
});

describe("links", () => {
  it("reads Markdown links, wiki links, then bare and autolinked web addresses, once each, none in code", () => {
    const body = [
      "[Lateral Movement](https://attack.mitre.org/tactics/TA0008)",
      "[[T1003 - OS Credential Dumping|dumping]] and ![[diagram.png]] and [[Note#Part]]",
      "see https://attack.mitre.org/techniques/T1595 and <https://example.org/x>",
      "[again](https://attack.mitre.org/tactics/TA0008)",
      "`[[in code]]`",
    ].join("\n");
    expect(readBody(body).links).toEqual([
      "https://attack.mitre.org/tactics/TA0008",
      "T1003 - OS Credential Dumping",
      "diagram.png",
      "Note",
      "https://attack.mitre.org/techniques/T1595",
      "https://example.org/x",
    ]);
  });
});

describe("linesOutsideCode", () => {
  it("closes a fence only with the same character, at least as long", () => {
    const body = "a\n````\n```\nb\n~~~\n````\nc\r\nd";
    expect(linesOutsideCode(body)).toEqual(["a", "c", "d"]);
  });

  it("treats an unterminated fence as code to the end", () => {
    expect(linesOutsideCode("a\n```\n#x")).toEqual(["a"]);
  });
});
