import { describe, expect, it } from "vitest";
import { generateVault, SAMPLE_PROFILE, type GeneratedNote } from "../../bench/generate";
import { profileOf, sampleNote } from "../../bench/measure-sample";
import { medianOf as median } from "../../bench/profile";
import { buildNote } from "../../src/core/notes/build-note";
import { sourceFromMetadata } from "../../src/core/notes/from-metadata";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { parseNoteText } from "../../src/headless/parse-file";

const notes: GeneratedNote[] = [...generateVault(4000, 11)];
const generated = profileOf(
  "generated",
  notes.map((n) => sampleNote(n.path, n.text)),
);
const sample = SAMPLE_PROFILE;

function mean(histogram: Record<string, number>): number {
  return Object.entries(histogram).reduce((sum, [value, share]) => sum + Number(value) * share, 0);
}

describe("vault generator", () => {
  it("writes exactly the size asked for, with unique paths", () => {
    expect(notes).toHaveLength(4000);
    expect(new Set(notes.map((n) => n.path)).size).toBe(4000);
  });

  it("gives the same vault for the same seed and another for another seed", () => {
    const again = [...generateVault(300, 11)];
    const other = [...generateVault(300, 12)];
    expect(again.map((n) => n.text)).toEqual([...generateVault(300, 11)].map((n) => n.text));
    expect(other.map((n) => n.text)).not.toEqual(again.map((n) => n.text));
  });

  it("follows the sample's mix of kinds", () => {
    for (const kind of ["technique", "rule", "test"] as const) {
      expect(generated.kindShares[kind]).toBeCloseTo(sample.kindShares[kind], 2);
    }
  });

  it("follows the sample's sub-technique and missing-technique shares", () => {
    expect(generated.technique.subtechniqueShare).toBeCloseTo(
      sample.technique.subtechniqueShare,
      1,
    );
    expect(generated.rule.subtechniqueShare).toBeCloseTo(sample.rule.subtechniqueShare, 1);
    expect(generated.rule.subtechniqueWithoutParentShare).toBeCloseTo(
      sample.rule.subtechniqueWithoutParentShare,
      1,
    );
    expect(generated.rule.noTechniqueShare).toBeCloseTo(sample.rule.noTechniqueShare, 1);
  });

  it("follows the sample's tags per note", () => {
    for (const kind of ["technique", "rule", "test"] as const) {
      const [ours, theirs] = [mean(generated[kind].tagsPerNote), mean(sample[kind].tagsPerNote)];
      expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.1);
    }
  });

  it("follows the sample's frontmatter keys and body sizes", () => {
    for (const kind of ["technique", "rule", "test"] as const) {
      expect(generated[kind].frontmatterShapes[0]?.keys).toEqual(
        sample[kind].frontmatterShapes[0]?.keys,
      );
      const [ours, theirs] = [median(generated[kind].bodyBytes), median(sample[kind].bodyBytes)];
      expect(Math.abs(ours - theirs) / theirs).toBeLessThan(0.2);
    }
  });

  it("ends every technique note with the sample's two query blocks", () => {
    expect(generated.technique.queryBlocksPerNote).toEqual({ "2": 1 });
  });

  it("gives metadata that builds the same note as the file read from disk", () => {
    for (const note of notes.filter((_, i) => i % 7 === 0)) {
      const fromDisk = buildNote(parseNoteText(note.path, note.text).source, DEFAULT_KIND_TAGS);
      const fromCache = buildNote(
        sourceFromMetadata(note.path, note.metadata, note.text),
        DEFAULT_KIND_TAGS,
      );
      expect(fromCache.note).toEqual(fromDisk.note);
    }
  });
});
