import { beforeAll, describe, expect, it } from "vitest";
import { findQueryBlocks } from "../../src/core/blocks/query-blocks";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { runQuery } from "../../src/core/query/run";
import { loadVault, type LoadedVault } from "../../src/headless/load-vault";
import {
  blockTags,
  notesWithAll,
  plainQueryBlocks,
  readReferenceVault,
  type ReferenceNote,
} from "./reference";
import { HAS_REAL_VAULT, REAL_VAULT, SKIP_NOTE } from "./vault-location";

describe.skipIf(!HAS_REAL_VAULT)(`every query block of the real vault${SKIP_NOTE}`, () => {
  let vault: LoadedVault;
  let reference: ReferenceNote[];

  beforeAll(() => {
    vault = loadVault(REAL_VAULT, DEFAULT_KIND_TAGS);
    reference = readReferenceVault(REAL_VAULT);
  });

  it("reads the same files as the reference", () => {
    expect([...vault.index.allPaths()].sort()).toEqual(reference.map((n) => n.path));
  });

  it("answers each technique note's blocks with exactly the notes carrying all their tags", () => {
    const techniqueNotes = reference.filter((n) => n.path.startsWith("Use Cases/"));
    expect(techniqueNotes).toHaveLength(625);
    let blocks = 0;
    let answered = 0;
    const mismatches: string[] = [];
    for (const note of techniqueNotes) {
      const texts = plainQueryBlocks(note.text);
      expect(texts, note.path).toHaveLength(2);
      expect(vault.index.getNote(note.path)?.queryBlocks?.map((t) => t.trim())).toEqual(
        texts.map((t) => t.trim()),
      );
      for (const text of texts) {
        blocks++;
        const result = runQuery(text, vault.index);
        const expected = notesWithAll(reference, blockTags(text));
        if (expected.length > 0) answered++;
        if (!result.ok) mismatches.push(`${note.path}: ${result.error.message}`);
        else if (result.paths.join("\n") !== expected.join("\n")) mismatches.push(note.path);
      }
    }
    expect(blocks).toBe(1250);
    // Over half the blocks find something (641 of 1250 when written), so the comparison
    // is not one of empty sets.
    expect(answered).toBeGreaterThan(625);
    expect(mismatches).toEqual([]);
  });

  it("finds the callout blocks of the `Detection Rules.md` index note and answers them", () => {
    const note = reference.find((n) => n.path === "Detection Rules.md");
    const blocks = findQueryBlocks(note?.text ?? "");
    expect(blocks).toHaveLength(14);
    expect(vault.index.getNote("Detection Rules.md")?.queryBlocks).toHaveLength(14);
    for (const block of blocks) {
      const result = runQuery(block.text, vault.index);
      expect(result.ok && result.paths).toEqual(notesWithAll(reference, blockTags(block.text)));
      expect(result.ok && result.paths.length).toBeGreaterThan(0);
    }
  });
});
