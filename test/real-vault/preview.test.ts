import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../src/core/attack/catalogue";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { techniquePreview } from "../../src/core/preview/technique-preview";
import { loadVault } from "../../src/headless/load-vault";

const VAULT = join(__dirname, "../../../shared/vault-sample");
const present = existsSync(join(VAULT, "Use Cases"));
if (!present) console.info(`real-vault preview tests skipped: no vault at ${VAULT}`);

/** Frontmatter read with js-yaml straight from the file, not through the plugin's reader. */
function frontmatterOf(file: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, "utf8"));
  if (!match) return undefined;
  try {
    const data: unknown = yaml.safeLoad(match[1] ?? "");
    return data !== null && typeof data === "object"
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function tagsOf(frontmatter: Record<string, unknown> | undefined): string[] {
  const tags = frontmatter?.tags;
  return Array.isArray(tags) ? tags.map((tag) => String(tag).toLowerCase()) : [];
}

function filesIn(folder: string): string[] {
  return readdirSync(join(VAULT, folder))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(VAULT, folder, name));
}

/** Rule levels of every rule note whose own frontmatter tags T1003.001, counted from the files. */
function expectedLevels(): Map<string, number> {
  const levels = new Map<string, number>();
  for (const file of filesIn("Detection Rules")) {
    const frontmatter = frontmatterOf(file);
    const tags = tagsOf(frontmatter);
    if (!tags.includes("detection_rule") || !tags.includes("t1003_001")) continue;
    const level = String(frontmatter?.level ?? "").toLowerCase();
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  return levels;
}

describe.skipIf(!present)("technique preview on the real vault", () => {
  let index: VaultIndex;
  beforeAll(() => {
    index = loadVault(VAULT, DEFAULT_KIND_TAGS).index;
  });

  it("shows T1003.001 with 68 rules and the level breakdown the files hold", () => {
    const preview = techniquePreview("T1003.001", index, bundledCatalogue());
    const levels = expectedLevels();
    expect([...levels.values()].reduce((a, b) => a + b, 0)).toBe(68);
    expect(preview.rules.total).toBe(68);
    expect(new Map(preview.rules.byLevel.map((l) => [l.level, l.count]))).toEqual(levels);
    expect(preview.rules.first).toHaveLength(5);
    expect(preview.rules.first[0]?.level).toBe(preview.rules.byLevel[0]?.level);
  });

  it("shows T1003.001 with one test note holding 14 atomic tests", () => {
    const preview = techniquePreview("T1003.001", index, bundledCatalogue());
    const testFile = filesIn("Testing Runbooks").filter((file) =>
      tagsOf(frontmatterOf(file)).includes("t1003_001"),
    );
    const headings = readFileSync(testFile[0] ?? "", "utf8").match(/^## Atomic Test #\d+/gm) ?? [];
    expect(testFile).toHaveLength(1);
    expect(headings).toHaveLength(14);
    expect(preview.tests).toMatchObject({ notes: 1, atomicTests: 14 });
    expect(preview.tests.first[0]?.path).toBe(
      "Testing Runbooks/T1003.001 - OS Credential Dumping- LSASS Memory.md",
    );
  });

  it("links T1003.001 to its own technique note, not the test note of the same name", () => {
    const preview = techniquePreview("T1003.001", index, bundledCatalogue());
    expect(preview.localNote).toBe("Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md");
    expect(preview.name).toBe("LSASS Memory");
    expect(preview.tactics).toEqual(["Credential Access"]);
  });
});
