import { describe, expect, it } from "vitest";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { listMarkdownFiles, loadVault } from "../../src/headless/load-vault";
import { FIXTURE_VAULT } from "./fixture-vault";

const sorted = (paths: ReadonlySet<string>): string[] => [...paths].sort();

describe("loadVault", () => {
  const vault = loadVault(FIXTURE_VAULT, DEFAULT_KIND_TAGS);

  it("lists Markdown files only, skipping hidden folders", () => {
    const files = listMarkdownFiles(FIXTURE_VAULT);
    expect(files).toContain("Use Cases/T9001 - Example Parent.md");
    expect(files).toContain("odd/Mis\u00c3\u00a9decoded name.md");
    expect(files.some((f) => f.startsWith(".") || f.endsWith(".txt"))).toBe(false);
    expect(files).toEqual([...files].sort());
    expect(vault.index.size).toBe(files.length);
  });

  it("reports what it recovered, one line per problem, and skips nothing", () => {
    expect(vault.reports.map((r) => [r.path, r.outcome])).toEqual([
      ["odd/broken-yaml.md", "recovered"],
      ["odd/js-frontmatter.md", "recovered"],
      ["odd/latin1.md", "recovered"],
      ["odd/list-frontmatter.md", "recovered"],
      ["odd/unterminated.md", "recovered"],
    ]);
    for (const report of vault.reports) expect(report.message).not.toContain("\n");
  });

  it("indexes a file that is not valid UTF-8 with its tags", () => {
    const note = vault.index.getNote("odd/latin1.md");
    expect(note?.kind).toBe("technique");
    expect(note?.tags).toEqual(["T9001", "techniques", "latin_tag"]);
  });

  it("indexes a note and a test note that share a file name separately", () => {
    const technique = vault.index.getNote("Use Cases/T9001.001 - Example Child.md");
    const test = vault.index.getNote("Testing Runbooks/T9001.001 - Example Child.md");
    expect(technique?.kind).toBe("technique");
    expect(test?.kind).toBe("test");
    expect(test?.test).toEqual({
      testCount: 2,
      platforms: ["Linux", "macOS"],
      executors: ["bash", "sh"],
    });
    expect(sorted(vault.index.pathsWithTag("T9001.001"))).toEqual([
      "Detection Rules/rule_child.md",
      "Detection Rules/rule_crlf.md",
      "Testing Runbooks/T9001.001 - Example Child.md",
      "Use Cases/T9001.001 - Example Child.md",
    ]);
  });

  it("finds the rule with `tags: [, detection_rule]`, and the BOM and CRLF rules", () => {
    expect(sorted(vault.index.pathsOfKind("rule"))).toEqual([
      "Detection Rules/rule_bom.md",
      "Detection Rules/rule_child.md",
      "Detection Rules/rule_crlf.md",
      "Detection Rules/rule_no_technique.md",
      "Detection Rules/rule_parent.md",
    ]);
  });

  it("refuses a folder that does not exist with a clear message", () => {
    expect(() => loadVault(`${FIXTURE_VAULT}/missing`, DEFAULT_KIND_TAGS)).toThrow(
      /is not a folder; give the path of a vault folder$/,
    );
  });
});
