import { existsSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../src/core/attack/catalogue";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { techniquePreview } from "../../src/core/preview/technique-preview";
import { loadVault } from "../../src/headless/load-vault";
import { ruleLevelsFromFiles, testFilesTagged, total } from "./vault-files";

const VAULT = join(__dirname, "../../../shared/vault-sample");
const present = existsSync(join(VAULT, "Use Cases"));
if (!present) console.info(`real-vault preview tests skipped: no vault at ${VAULT}`);

describe.skipIf(!present)("technique preview on the real vault", () => {
  let index: VaultIndex;
  beforeAll(() => {
    index = loadVault(VAULT, DEFAULT_KIND_TAGS).index;
  });

  it("shows T1003.001 with 68 rules and the level breakdown the files hold", () => {
    const preview = techniquePreview("T1003.001", index, bundledCatalogue());
    const levels = ruleLevelsFromFiles(VAULT, "t1003_001");
    expect(total(levels)).toBe(68);
    expect(preview.rules.total).toBe(68);
    expect(new Map(preview.rules.byLevel.map((l) => [l.level, l.count]))).toEqual(levels);
    expect(preview.rules.first).toHaveLength(5);
    expect(preview.rules.first[0]?.level).toBe(preview.rules.byLevel[0]?.level);
  });

  it("shows T1003.001 with one test note holding 14 atomic tests", () => {
    const preview = techniquePreview("T1003.001", index, bundledCatalogue());
    const files = testFilesTagged(VAULT, "t1003_001");
    expect(files.map((f) => f.atomicTests)).toEqual([14]);
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
