/**
 * Plans a synthetic vault from a measured profile: how many notes of each kind, which
 * technique each note names and which tags it carries. Rendering text comes after
 * (`render.ts`); everything here is decided by the seed alone.
 */
import { bundledCatalogue } from "../src/core/attack/catalogue";
import { parentTechniqueId } from "../src/core/attack/ids";
import type { NoteKind } from "../src/core/notes/note";
import { quantileAt, type VaultProfile } from "./profile";
import { Random } from "./random";
import { title } from "./text";

/** One note to write: what crosses notes is decided here, the rest when it is rendered. */
export interface PlannedNote {
  readonly kind: NoteKind;
  /** Position among the notes of its kind; seeds the note's own text. */
  readonly index: number;
  readonly name: string;
  /** Own identifier of a technique or test note, dotted (`T1003.001`). */
  readonly techniqueId?: string;
  /** Frontmatter `tags` as written; null is an empty entry (`[, detection_rule]`). */
  readonly tags: readonly (string | null)[];
  /** Tactic names of a technique note. */
  readonly tactics: readonly string[];
}

const TACTIC_NAMES = bundledCatalogue().tactics.map((t) => t.name);

/** The notes of a vault of `size` notes following `profile`. */
export function planVault(profile: VaultProfile, size: number, seed: number): PlannedNote[] {
  const random = new Random(seed);
  const counts = kindCounts(profile, size);
  const techniques = planTechniques(profile, counts.technique, random);
  return [
    ...techniques,
    ...planRules(profile, counts.rule, techniques, random),
    ...planTests(counts.test, techniques, random),
    ...Array.from({ length: counts.other }, (_, index) => otherNote(index, random)),
  ];
}

/** Notes per kind; rules take what rounding leaves so the total is exact. */
export function kindCounts(profile: VaultProfile, size: number): Record<NoteKind, number> {
  const share = profile.kindShares;
  const technique = Math.round(size * share.technique);
  const test = Math.round(size * share.test);
  const other = Math.max(1, Math.round(size * share.other));
  return { technique, test, other, rule: size - technique - test - other };
}

function planTechniques(profile: VaultProfile, count: number, random: Random): PlannedNote[] {
  const subs = Math.round(count * profile.technique.subtechniqueShare);
  const ids = techniqueIds(count - subs, subs, random);
  return ids.map((id, index) => {
    const tactics = distinct(Number(random.fromHistogram(profile.technique.tacticsPerNote)), () =>
      random.pick(TACTIC_NAMES),
    );
    const tacticTags = tactics.map((t, i) => (i === 0 ? "" : "_") + t.replace(/ /g, "_"));
    const tags = [id.replace(".", "_"), "techniques", ...tacticTags];
    return { kind: "technique", index, name: title(random), techniqueId: id, tags, tactics };
  });
}

/** Parent identifiers from the catalogue first, then made-up ones; likewise sub-techniques. */
function techniqueIds(parents: number, subs: number, random: Random): string[] {
  const catalogue = bundledCatalogue();
  const known = new Set(catalogue.all().map((t) => t.id));
  const chosen = shuffle(
    catalogue.all().filter((t) => t.parent === undefined),
    random,
  )
    .map((t) => t.id)
    .slice(0, parents);
  for (let n = 1000; chosen.length < parents && n <= 9999; n++) {
    if (!known.has(`T${n}`)) chosen.push(`T${n}`);
  }
  const real = chosen.flatMap((id) => catalogue.get(id)?.subtechniques ?? []);
  const subIds = shuffle(real, random).slice(0, subs);
  const used = new Set([...chosen, ...subIds]);
  while (subIds.length < subs) {
    const id = newSubtechnique(random.pick(chosen), used);
    if (id !== undefined) subIds.push(id);
  }
  return shuffle([...chosen, ...subIds], random);
}

function newSubtechnique(parent: string, used: Set<string>): string | undefined {
  for (let n = 1; n <= 999; n++) {
    const id = `${parent}.${String(n).padStart(3, "0")}`;
    if (!used.has(id)) {
      used.add(id);
      return id;
    }
  }
  return undefined;
}

function planRules(
  profile: VaultProfile,
  count: number,
  techniques: readonly PlannedNote[],
  random: Random,
): PlannedNote[] {
  const { rulesPerParent, rulesPerSubtechnique } = profile.technique;
  const weightOf = (note: PlannedNote): readonly number[] =>
    isSub(note.techniqueId ?? "") ? rulesPerSubtechnique : rulesPerParent;
  const pickTechnique = weightedPicker(techniques, weightOf, random);
  const tactics = bundledCatalogue().tactics.map((t) => t.shortname.replace(/-/g, "_"));
  return Array.from({ length: count }, (_, index) => {
    const tacticCount = Number(random.fromHistogram(profile.rule.tacticTagsPerNote));
    const idCount = Number(random.fromHistogram(profile.rule.techniqueTagsPerNote));
    const ids = distinct(idCount, () => pickTechnique().techniqueId ?? "");
    const tags: (string | null)[] = [
      ...distinct(tacticCount, () => random.pick(tactics)),
      ...ids.map((id) => id.toLowerCase().replace(".", "_")),
      "detection_rule",
    ];
    if (random.next() < profile.rule.brokenTagsShare) tags.unshift(null);
    return { kind: "rule", index, name: title(random), tags, tactics: [] };
  });
}

/**
 * Draws technique notes by weight, the weights following how unevenly the sample's rules
 * spread over techniques (most have a few, some have a hundred or more).
 */
function weightedPicker(
  notes: readonly PlannedNote[],
  weightsOf: (note: PlannedNote) => readonly number[],
  random: Random,
): () => PlannedNote {
  const cumulative: number[] = [];
  let total = 0;
  for (const note of notes) {
    total += quantileAt([...weightsOf(note)], random.next()) + 0.01;
    cumulative.push(total);
  }
  return () => {
    const target = random.next() * total;
    let [low, high] = [0, cumulative.length - 1];
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((cumulative[mid] ?? 0) <= target) low = mid + 1;
      else high = mid;
    }
    return notes[low] as PlannedNote;
  };
}

/** Each test note covers a different technique, as in the sample (wrapping past the end). */
function planTests(
  count: number,
  techniques: readonly PlannedNote[],
  random: Random,
): PlannedNote[] {
  const order = shuffle(techniques, random);
  return Array.from({ length: count }, (_, index) => {
    const technique = order[index % order.length] as PlannedNote;
    const id = technique.techniqueId ?? "";
    const tags = [id.replace(".", "_"), "atomic_test"];
    return { kind: "test", index, name: technique.name, techniqueId: id, tags, tactics: [] };
  });
}

function otherNote(index: number, random: Random): PlannedNote {
  return { kind: "other", index, name: title(random), tags: [], tactics: [] };
}

/** Up to `count` distinct values from `draw` (fewer if it keeps repeating itself). */
function distinct<T>(count: number, draw: () => T): T[] {
  const found = new Set<T>();
  for (let tries = 0; found.size < count && tries < count * 10; tries++) found.add(draw());
  return [...found];
}

function shuffle<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** Whether an identifier is a sub-technique. */
export function isSub(id: string): boolean {
  return parentTechniqueId(id) !== undefined;
}
