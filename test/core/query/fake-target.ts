/**
 * An in-memory `QueryTarget` for tests. Tag folding rule (a simplified stand-in for the
 * real index): tags are compared lower-cased, and a note tagged `a/b/c` is found by `a`,
 * `a/b` and `a/b/c`. Technique-identifier spellings (`T1003_001`) are not folded here.
 */
import type { NoteKind, NoteRecord, PropertyValue } from "../../../src/core/notes/note";
import type { QueryTarget } from "../../../src/core/query/target";

/** What a test says about a note; everything else gets a neutral default. */
export interface NoteSpec {
  readonly path: string;
  readonly title?: string;
  readonly tags?: readonly string[];
  readonly properties?: Readonly<Record<string, PropertyValue>>;
  readonly kind?: NoteKind;
}

/** Folds a tag as the fake index does: lower-case, no leading `#`. */
export function foldTag(tag: string): string {
  return tag.replace(/^#+/, "").toLowerCase();
}

/** Builds a full note record from a spec, with a null-prototype property map. */
export function makeNote(spec: NoteSpec): NoteRecord {
  const file = spec.path.slice(spec.path.lastIndexOf("/") + 1);
  const basename = file.endsWith(".md") ? file.slice(0, -3) : file;
  const properties: Record<string, PropertyValue> = Object.create(null);
  for (const [name, value] of Object.entries(spec.properties ?? {})) {
    properties[name.toLowerCase()] = value;
  }
  return {
    path: spec.path,
    basename,
    title: spec.title ?? basename,
    kind: spec.kind ?? "other",
    tags: spec.tags ?? [],
    techniques: [],
    properties,
    links: [],
  };
}

/** A target over fixed notes; counts calls so tests can check the evaluator's access. */
export class FakeTarget implements QueryTarget {
  readonly calls = { pathsWithTag: 0, allPaths: 0, getNote: 0 };
  private readonly notes = new Map<string, NoteRecord>();
  private readonly byTag = new Map<string, Set<string>>();

  constructor(specs: readonly NoteSpec[]) {
    for (const spec of specs) this.add(makeNote(spec));
  }

  pathsWithTag(tag: string): ReadonlySet<string> {
    this.calls.pathsWithTag++;
    return this.byTag.get(foldTag(tag)) ?? new Set();
  }

  allPaths(): ReadonlySet<string> {
    this.calls.allPaths++;
    return new Set(this.notes.keys());
  }

  getNote(path: string): NoteRecord | undefined {
    this.calls.getNote++;
    return this.notes.get(path);
  }

  /** Every note, for reference evaluators that scan naively. */
  allNotes(): NoteRecord[] {
    return [...this.notes.values()];
  }

  private add(note: NoteRecord): void {
    this.notes.set(note.path, note);
    for (const tag of note.tags) {
      for (const prefix of tagPrefixes(foldTag(tag))) this.index(prefix, note.path);
    }
  }

  private index(tag: string, path: string): void {
    const paths = this.byTag.get(tag) ?? new Set<string>();
    paths.add(path);
    this.byTag.set(tag, paths);
  }
}

/** `a/b/c` → `a`, `a/b`, `a/b/c`. */
function tagPrefixes(tag: string): string[] {
  const parts = tag.split("/");
  return parts.map((_, i) => parts.slice(0, i + 1).join("/"));
}
