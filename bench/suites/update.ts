/**
 * One incremental update (a rule changed, renamed, deleted) as the plugin does it: the note
 * rebuilt from its new metadata and swapped in the index. The cost must not grow with the vault.
 */
import type { VaultIndex } from "../../src/core/index/vault-index";
import { buildNote } from "../../src/core/notes/build-note";
import { sourceFromMetadata, type MetadataLike } from "../../src/core/notes/from-metadata";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import type { MetadataNote } from "../generate";
import { statsOf, timeBatches, type Stats } from "../measure";
import { performance } from "node:perf_hooks";
import { Random } from "../random";

/** Medians per operation, in milliseconds. */
export interface UpdateStats {
  readonly change: Stats;
  readonly rename: Stats;
  readonly delete: Stats;
}

const PICKS = 200;
const REPEATS = 15;

function noteFrom(path: string, metadata: MetadataLike) {
  return buildNote(sourceFromMetadata(path, metadata), DEFAULT_KIND_TAGS).note;
}

/** Metadata with one more tag, as after a user adds a tag to the rule. */
function withExtraTag(metadata: MetadataLike): MetadataLike {
  const frontmatter = (metadata.frontmatter ?? {}) as Record<string, unknown>;
  const tags = Array.isArray(frontmatter.tags) ? frontmatter.tags : [];
  return { ...metadata, frontmatter: { ...frontmatter, tags: [...tags, "reviewed"] } };
}

/** Times change, rename and delete on rule notes of an index built from `notes`. */
export function measureUpdates(notes: readonly MetadataNote[], index: VaultIndex, seed: number): UpdateStats {
  const random = new Random(seed);
  const rules = notes.filter((n) => n.kind === "rule");
  const picks = distinctPicks(rules, Math.min(PICKS, rules.length), random);
  const changed = picks.map((n) => [n.metadata, withExtraTag(n.metadata)] as const);
  const n = picks.length;
  const change = timeBatches(REPEATS, n, (i) => {
    const pick = picks[i % n] as MetadataNote;
    const metadata = changed[i % n]?.[Math.floor(i / n) % 2] as MetadataLike;
    index.upsert(noteFrom(pick.path, metadata));
  });
  const rename = timeBatches(REPEATS, n, (i) => {
    const pick = picks[i % n] as MetadataNote;
    const moved = pick.path.replace(/\.md$/, " (moved).md");
    const [from, to] = Math.floor(i / n) % 2 === 0 ? [pick.path, moved] : [moved, pick.path];
    index.rename(from, noteFrom(to, pick.metadata));
  });
  return { change, rename, delete: timeDeletes(index, picks) };
}

function distinctPicks<T>(items: readonly T[], count: number, random: Random): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(random.pick(items));
  return [...chosen];
}

/** Deletes timed a batch at a time; the notes are put back between batches, untimed. */
function timeDeletes(index: VaultIndex, picks: readonly MetadataNote[]): Stats {
  const unique = [...new Map(picks.map((p) => [p.path, p])).values()];
  const records = unique.map((p) => index.getNote(p.path)).filter((n) => n !== undefined);
  const samples: number[] = [];
  for (let r = 0; r <= REPEATS; r++) {
    const start = performance.now();
    for (const note of records) index.remove(note.path);
    if (r > 0) samples.push((performance.now() - start) / records.length);
    index.upsertAll(records);
  }
  return statsOf(samples);
}
