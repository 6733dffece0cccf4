/**
 * Answering the real vault's query blocks (`tag: detection_rule` + `tag: T1590`, and the
 * same with `tag: atomic_test`) through the index, against a full scan of every note's tags.
 */
import { parseTechniqueId } from "../../src/core/attack/ids";
import { blockResults } from "../../src/core/blocks/block-results";
import type { VaultIndex } from "../../src/core/index/vault-index";
import type { NoteRecord } from "../../src/core/notes/note";
import { evaluateQuery } from "../../src/core/query/evaluate";
import { parseQuery } from "../../src/core/query/parser";
import type { QueryNode } from "../../src/core/query/ast";
import { sink, timeEachPair, type Stats } from "../measure";
import { Random } from "../random";
import { timed, type Row } from "../rows";

/** One block of a technique note: its text and the two tags it asks for. */
interface Block {
  readonly text: string;
  readonly kindTag: string;
  readonly techniqueTag: string;
}

/** The two blocks of up to `count` technique notes, chosen by the seed. */
export function techniqueBlocks(index: VaultIndex, count: number, seed: number): Block[] {
  const random = new Random(seed);
  const notes = [...index.pathsOfKind("technique")]
    .sort()
    .map((p) => index.getNote(p) as NoteRecord);
  const chosen = Array.from({ length: Math.min(count, notes.length) }, () => random.pick(notes));
  return chosen.flatMap((note) => {
    const techniqueTag = note.tags.find((t) => parseTechniqueId(t) !== undefined) ?? "";
    return ["detection_rule", "atomic_test"].map((kindTag) => ({
      text: `tag: ${kindTag}\ntag: ${techniqueTag}`,
      kindTag,
      techniqueTag,
    }));
  });
}

/**
 * A search without an index: every note's tags tested against the block's tags (case
 * folded, nested tags included, both spellings of a sub-technique accepted).
 */
export function fullScan(notes: readonly NoteRecord[], block: Block): string[] {
  const kind = [block.kindTag.toLowerCase()];
  const technique = [
    block.techniqueTag.toLowerCase(),
    block.techniqueTag.toLowerCase().replace("_", "."),
  ];
  return notes.filter((n) => hasAnyTag(n, kind) && hasAnyTag(n, technique)).map((n) => n.path);
}

function hasAnyTag(note: NoteRecord, wanted: readonly string[]): boolean {
  for (const tag of note.tags) {
    const key = tag.toLowerCase();
    for (const w of wanted) if (key === w || key.startsWith(w + "/")) return true;
  }
  return false;
}

function parsed(text: string): QueryNode {
  const result = parseQuery(text);
  if (!result.ok) throw new Error(`benchmark query does not parse: ${text}`);
  return result.query;
}

/** The indexed answers against the full scan, per query. */
export function queryRows(index: VaultIndex, blocks: readonly Block[]): Row[] {
  const notes = [...index.allNotes()];
  const scan = (block: Block) => (sink.value += fullScan(notes, block).length);
  const [evaluate, scan1] = timeEachPair(
    blocks,
    (b) => (sink.value += evaluateQuery(parsed(b.text), index).size),
    scan,
  );
  const [results, scan2] = timeEachPair(
    blocks,
    (b) => (sink.value += blockResults(parsed(b.text), index).matches.length),
    scan,
  );
  return [
    timed(
      "Query answer via the index (parse + evaluate)",
      evaluate,
      "full scan of every note's tags",
      scan1,
    ),
    timed(
      "Block results with sub-technique groups",
      results,
      "full scan of every note's tags",
      scan2,
    ),
  ];
}

/** Share of blocks whose indexed answer equals the full scan's: a check that both agree. */
export function agreement(index: VaultIndex, blocks: readonly Block[]): number {
  const notes = [...index.allNotes()];
  const same = blocks.filter((block) => {
    const indexed = [...evaluateQuery(parsed(block.text), index)].sort();
    return JSON.stringify(indexed) === JSON.stringify(fullScan(notes, block).sort());
  });
  return same.length / Math.max(1, blocks.length);
}

export type { Stats };
