/**
 * One incremental update (a rule changed, renamed, deleted) as the plugin does it: the note
 * rebuilt from its new metadata and swapped in the index. The cost must not grow with the
 * vault, so vaults of different sizes are measured in alternating rounds, side by side.
 */
import { performance } from "node:perf_hooks";
import type { VaultIndex } from "../../src/core/index/vault-index";
import { buildNote } from "../../src/core/notes/build-note";
import { sourceFromMetadata, type MetadataLike } from "../../src/core/notes/from-metadata";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import type { NoteRecord } from "../../src/core/notes/note";
import type { MetadataNote } from "../generate";
import { statsOf, type Stats } from "../measure";
import { Random } from "../random";

/** Per-operation timings, in milliseconds. */
export interface UpdateStats {
  readonly change: Stats;
  readonly rename: Stats;
  readonly delete: Stats;
}

/** A vault to update: its notes' metadata and the index built from them. */
export interface UpdateTarget {
  readonly notes: readonly MetadataNote[];
  readonly index: VaultIndex;
}

type Operation = keyof UpdateStats;
const OPERATIONS: readonly Operation[] = ["change", "rename", "delete"];
const PICKS = 200;
const ROUNDS = 16;

function noteFrom(path: string, metadata: MetadataLike): NoteRecord {
  return buildNote(sourceFromMetadata(path, metadata), DEFAULT_KIND_TAGS).note;
}

/** Metadata with one more tag, as after a user adds a tag to the rule. */
function withExtraTag(metadata: MetadataLike): MetadataLike {
  const frontmatter = (metadata.frontmatter ?? {}) as Record<string, unknown>;
  const tags = Array.isArray(frontmatter.tags) ? frontmatter.tags : [];
  return { ...metadata, frontmatter: { ...frontmatter, tags: [...tags, "reviewed"] } };
}

/**
 * One round of each operation on one vault, each over the same rule notes: a change is
 * undone by the next round, a rename by the rename back, a delete by re-adding the note
 * untimed. Each returns milliseconds per operation.
 */
function roundsFor(
  target: UpdateTarget,
  seed: number,
): Record<Operation, (round: number) => number> {
  const rules = target.notes.filter((n) => n.kind === "rule");
  const picks = distinctPicks(rules, Math.min(PICKS, rules.length), new Random(seed));
  const changed = picks.map((n) => withExtraTag(n.metadata));
  const { index } = target;
  const perOperation = (work: () => void): number => {
    const start = performance.now();
    work();
    return (performance.now() - start) / picks.length;
  };
  return {
    change: (round) =>
      perOperation(() => {
        picks.forEach((n, i) =>
          index.upsert(noteFrom(n.path, round % 2 ? n.metadata : (changed[i] as MetadataLike))),
        );
      }),
    rename: () =>
      perOperation(() => {
        for (const n of picks) {
          const moved = n.path.replace(/\.md$/, " (moved).md");
          index.rename(n.path, noteFrom(moved, n.metadata));
          index.rename(moved, noteFrom(n.path, n.metadata));
        }
      }) / 2,
    delete: () => {
      const records = picks.map((n) => index.getNote(n.path)).filter((n) => n !== undefined);
      const time = perOperation(() => records.forEach((note) => index.remove(note.path)));
      index.upsertAll(records);
      return time;
    },
  };
}

/** Times change, rename and delete on each vault, in alternating rounds (an even number). */
export function measureUpdates(targets: readonly UpdateTarget[], seed: number): UpdateStats[] {
  const rounds = targets.map((t) => roundsFor(t, seed));
  const samples = targets.map(() => ({
    change: [] as number[],
    rename: [] as number[],
    delete: [] as number[],
  }));
  for (let round = -2; round < ROUNDS; round++) {
    for (const op of OPERATIONS) {
      rounds.forEach((r, t) => {
        const time = r[op](round + 2);
        if (round >= 0) samples[t]?.[op].push(time);
      });
    }
  }
  return samples.map((s) => ({
    change: statsOf(s.change),
    rename: statsOf(s.rename),
    delete: statsOf(s.delete),
  }));
}

function distinctPicks<T>(items: readonly T[], count: number, random: Random): T[] {
  const chosen = new Set<T>();
  while (chosen.size < count) chosen.add(random.pick(items));
  return [...chosen];
}
