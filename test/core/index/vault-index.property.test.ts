import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import type { NoteKind, NoteRecord } from "../../../src/core/notes/note";
import { makeNote } from "../../helpers/make-note";

const PATHS = ["a.md", "b.md", "dir/c.md", "dir/d.md", "e.md"];
const TAGS = [
  "detection_rule",
  "atomic_test",
  "techniques",
  "T1003",
  "T1003_001",
  "t1003_001",
  "T1003_002",
  "T1003_001/extra",
  "T1059_001",
  "project/alpha",
  "Project",
];
/** Every key worth asking for: each tag, its spellings and its ancestors. */
const QUERIES = [
  ...TAGS,
  "T1003.001",
  "t1003.002",
  "T1059.001",
  "T1059",
  "project",
  "PROJECT/ALPHA",
];
const KINDS: NoteKind[] = ["technique", "rule", "test", "other"];

type Op =
  | { kind: "upsert"; path: string; tags: string[] }
  | { kind: "remove"; path: string }
  | { kind: "rename"; from: string; to: string; tags: string[] };

const path = fc.constantFrom(...PATHS);
const tags = fc.subarray(TAGS);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("upsert" as const), path, tags }),
  fc.record({ kind: fc.constant("remove" as const), path }),
  fc.record({ kind: fc.constant("rename" as const), from: path, to: path, tags }),
);

/** Applies one change to the index and to the plain model of the final notes. */
function apply(index: VaultIndex, model: Map<string, NoteRecord>, change: Op): void {
  if (change.kind === "upsert") {
    const note = makeNote(change.path, change.tags);
    index.upsert(note);
    model.set(note.path, note);
  } else if (change.kind === "remove") {
    index.remove(change.path);
    model.delete(change.path);
  } else {
    const note = makeNote(change.to, change.tags);
    index.rename(change.from, note);
    model.delete(change.from);
    model.set(note.path, note);
  }
}

function snapshot(index: VaultIndex): unknown {
  const sorted = (set: ReadonlySet<string>): string[] => [...set].sort();
  return {
    paths: sorted(index.allPaths()),
    size: index.size,
    byTag: QUERIES.map((tag) => [tag, sorted(index.pathsWithTag(tag))]),
    byKind: KINDS.map((kind) => [kind, sorted(index.pathsOfKind(kind))]),
    subtechniques: ["T1003", "T1059"].map((parent) => [parent, index.subtechniquesOf(parent)]),
  };
}

describe("VaultIndex under random changes", () => {
  it("equals an index built fresh from the final notes", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (changes) => {
        const index = new VaultIndex();
        const model = new Map<string, NoteRecord>();
        for (const change of changes) apply(index, model, change);
        const fresh = new VaultIndex();
        fresh.upsertAll(model.values());
        expect(snapshot(index)).toEqual(snapshot(fresh));
      }),
      { numRuns: 300 },
    );
  });
});
