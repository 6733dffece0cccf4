import { describe, expect, it } from "vitest";
import {
  anchorTarget,
  bareTechniqueIds,
  findTechniqueRefs,
  linkpathOf,
  techniqueIdFromWebUrl,
  wikiLinkTarget,
  type LinkResolver,
} from "../../../src/core/preview/links";
import { fixtureIndex } from "./fixtures";

describe("techniqueIdFromWebUrl", () => {
  it.each([
    ["https://attack.mitre.org/techniques/T1595", "T1595"],
    ["https://attack.mitre.org/techniques/T1595/", "T1595"],
    ["https://attack.mitre.org/techniques/T1564/008", "T1564.008"],
    ["https://attack.mitre.org/techniques/T1564/008/", "T1564.008"],
    ["http://attack.mitre.org/techniques/t1059/001", "T1059.001"],
    ["https://www.attack.mitre.org/techniques/T1059/001/#detection", "T1059.001"],
    ["https://attack.mitre.org/techniques/T1059/001?x=1", "T1059.001"],
    ["attack.mitre.org/techniques/T1059.001", "T1059.001"],
    ["https://attack.mitre.org/versions/v14/techniques/T1003/001/", "T1003.001"],
    ["  https://attack.mitre.org/techniques/T1003  ", "T1003"],
  ])("reads %s", (url, id) => {
    expect(techniqueIdFromWebUrl(url)).toBe(id);
  });

  it.each([
    "https://attack.mitre.org/tactics/TA0008",
    "https://attack.mitre.org/software/S0183",
    "https://attack.mitre.org/techniques/",
    "https://attack.mitre.org/techniques/T10590",
    "https://attack.mitre.org/techniques/T1059/0011",
    "https://evil.example/?next=attack.mitre.org/techniques/T1059",
    "https://attack.mitre.org.evil.example/techniques/T1059",
    "T1059.001",
    "",
  ])("refuses %s", (url) => {
    expect(techniqueIdFromWebUrl(url)).toBeUndefined();
  });
});

describe("bareTechniqueIds", () => {
  it("finds techniques and sub-techniques with their offsets", () => {
    expect(bareTechniqueIds("See T1059.001 and T1003, then T1595.")).toEqual([
      { from: 4, to: 13, id: "T1059.001" },
      { from: 18, to: 23, id: "T1003" },
      { from: 30, to: 35, id: "T1595" },
    ]);
  });

  it.each([
    "attack.T1059.001",
    "xT1059",
    "T10590",
    "T1059.0012",
    "T1059_001",
    "t1059.001",
    "#T1059",
    "/techniques/T1059",
    "T1059a",
  ])("ignores %s", (text) => {
    expect(bareTechniqueIds(text)).toEqual([]);
  });

  it("keeps the parent when a dot ends the sentence", () => {
    expect(bareTechniqueIds("(T1059).").map((b) => b.id)).toEqual(["T1059"]);
  });
});

describe("linkpathOf", () => {
  it.each([
    ["Note", "Note"],
    ["Folder/Note|alias", "Folder/Note"],
    ["Note#Heading|alias", "Note"],
    ["Note#^block", "Note"],
    [" Note ", "Note"],
    ["#Heading", ""],
  ])("reads %s", (text, path) => {
    expect(linkpathOf(text)).toBe(path);
  });
});

describe("wikiLinkTarget", () => {
  const index = fixtureIndex();
  const TECHNIQUE = "Use Cases/T1059.001 - PowerShell.md";
  const TEST = "Testing Runbooks/T1059.001 - PowerShell.md";
  /** Resolves the way the app does for a link written in `sourcePath`: same folder first. */
  const resolve: LinkResolver = (linkpath, sourcePath) => {
    const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
    const candidates = [...index.allPaths()].filter(
      (p) => p === `${linkpath}.md` || p.endsWith(`/${linkpath}.md`),
    );
    return candidates.find((p) => p.startsWith(folder)) ?? candidates.sort()[0];
  };

  it("gives the technique note's identifier when the link resolves to it", () => {
    expect(wikiLinkTarget("T1059.001 - PowerShell", "Use Cases/Other.md", resolve, index)).toEqual({
      kind: "technique",
      id: "T1059.001",
      path: TECHNIQUE,
    });
  });

  it("treats the same file name resolved to a test note as a plain note", () => {
    expect(
      wikiLinkTarget("T1059.001 - PowerShell|PowerShell", "Testing Runbooks/x.md", resolve, index),
    ).toEqual({
      kind: "note",
      path: TEST,
    });
  });

  it("resolves by the note's identifier, not by the link text", () => {
    expect(
      wikiLinkTarget(
        "Use Cases/T1059 - Command and Scripting Interpreter#Detection",
        "a.md",
        resolve,
        index,
      ),
    ).toEqual({
      kind: "technique",
      id: "T1059",
      path: "Use Cases/T1059 - Command and Scripting Interpreter.md",
    });
  });

  it("reads an identifier from an unresolved link only", () => {
    expect(wikiLinkTarget("T1003.001", "a.md", resolve, index)).toEqual({
      kind: "technique",
      id: "T1003.001",
    });
    expect(wikiLinkTarget("Folder/T1003_001 - Dumping", "a.md", resolve, index)).toEqual({
      kind: "technique",
      id: "T1003.001",
    });
    expect(wikiLinkTarget("Unwritten note", "a.md", resolve, index)).toEqual({ kind: "none" });
    expect(wikiLinkTarget("Notes/Unrelated", "a.md", resolve, index)).toEqual({
      kind: "note",
      path: "Notes/Unrelated.md",
    });
    expect(wikiLinkTarget("#Heading", "a.md", resolve, index)).toEqual({ kind: "none" });
  });

  it("reads rendered anchors: web links by URL, internal links through the resolver", () => {
    const web = { href: "https://attack.mitre.org/techniques/T1564/008/", internal: false };
    expect(anchorTarget(web, "a.md", resolve, index)).toEqual({
      kind: "technique",
      id: "T1564.008",
    });
    const other = { href: "https://example.com/T1059", internal: false };
    expect(anchorTarget(other, "a.md", resolve, index)).toEqual({ kind: "none" });
    const internal = { href: "T1059.001 - PowerShell", internal: true };
    expect(anchorTarget(internal, "Use Cases/x.md", resolve, index)).toMatchObject({
      kind: "technique",
      id: "T1059.001",
    });
  });
});

describe("findTechniqueRefs", () => {
  const slice = (text: string, bare = true) =>
    findTechniqueRefs(text, bare).map((ref) => [
      ref.kind,
      text.slice(ref.from, ref.to),
      "id" in ref ? ref.id : ref.linktext,
    ]);

  it("finds Markdown links, bare URLs, wiki-links and bare identifiers", () => {
    const text = [
      "Uses [Alternate Material](https://attack.mitre.org/techniques/T1550) and",
      "https://attack.mitre.org/techniques/T1564/008/. Also [[T1059.001 - PowerShell|PS]] and T1003.001;",
      "<https://attack.mitre.org/techniques/T1595>",
    ].join("\n");
    expect(slice(text)).toEqual([
      ["url", "[Alternate Material](https://attack.mitre.org/techniques/T1550)", "T1550"],
      ["url", "https://attack.mitre.org/techniques/T1564/008/", "T1564.008"],
      ["wiki", "[[T1059.001 - PowerShell|PS]]", "T1059.001 - PowerShell|PS"],
      ["bare", "T1003.001", "T1003.001"],
      ["url", "https://attack.mitre.org/techniques/T1595", "T1595"],
    ]);
  });

  it("leaves other links alone and does not read identifiers inside them", () => {
    const text =
      "[TA0008](https://attack.mitre.org/tactics/TA0008) [T1059](https://example.com/T1059)";
    expect(slice(text)).toEqual([]);
  });

  it("skips frontmatter, fenced code (also in callouts) and inline code", () => {
    const text = [
      "---",
      "url: https://attack.mitre.org/techniques/T1003/001",
      "---",
      "`T1111` T1222",
      "```yaml",
      "tags: [attack.T1059.001, T1059]",
      "```",
      "> ```",
      "> T1333",
      "> ```",
      "~~~",
      "T1444",
      "~~~",
      "T1555",
    ].join("\n");
    expect(slice(text).map((ref) => ref[2])).toEqual(["T1222", "T1555"]);
  });

  it("leaves bare identifiers out when the setting is off", () => {
    expect(slice("T1059 [[Note]]", false)).toEqual([["wiki", "[[Note]]", "Note"]]);
  });

  it("gives offsets into the whole text", () => {
    const text = "line one\nsecond T1059 here";
    const [ref] = findTechniqueRefs(text, true);
    expect(ref && text.slice(ref.from, ref.to)).toBe("T1059");
  });
});
