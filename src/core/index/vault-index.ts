import type { NoteKind, NoteRecord } from "../notes/note";
import { getLogger } from "../log";
import type { QueryTarget } from "../query/target";
import { KeysView } from "./keys-view";
import { parentOfSubtechniqueKey, tagIndexKeys, tagLookupKey } from "./tag-keys";

/** Called after each change with the paths it touched (old and new paths on rename). */
export type IndexListener = (changedPaths: readonly string[]) => void;

const EMPTY: ReadonlySet<string> = new Set();
const log = getLogger("index");

/**
 * The in-memory index of a vault: notes by path, an inverted tag index, notes by kind and
 * the sub-techniques present per parent. Every change costs in proportion to the notes
 * and tags it touches, never to the size of the vault.
 */
export class VaultIndex implements QueryTarget {
  private readonly notes = new Map<string, NoteRecord>();
  private readonly pathsByTag = new Map<string, Set<string>>();
  private readonly pathsByKind = new Map<NoteKind, Set<string>>();
  private readonly subtechniquesByParent = new Map<string, Set<string>>();
  private readonly listeners = new Set<IndexListener>();
  private readonly allPathsView: ReadonlySet<string> = new KeysView(this.notes);
  private changeCount = 0;

  /** Increases with every change; renderers compare it to skip needless work. */
  get version(): number {
    return this.changeCount;
  }

  get size(): number {
    return this.notes.size;
  }

  /** Adds a note, or replaces the note at the same path. */
  upsert(note: NoteRecord): void {
    this.detach(note.path);
    this.attach(note);
    this.changed([note.path]);
  }

  /** Adds many notes and tells listeners once. */
  upsertAll(notes: Iterable<NoteRecord>): void {
    const paths: string[] = [];
    for (const note of notes) {
      this.detach(note.path);
      this.attach(note);
      paths.push(note.path);
    }
    this.changed(paths);
  }

  remove(path: string): void {
    if (this.detach(path)) this.changed([path]);
  }

  /** Moves a note to a new path; `note` is the record rebuilt for the new path. */
  rename(oldPath: string, note: NoteRecord): void {
    this.detach(oldPath);
    this.detach(note.path);
    this.attach(note);
    this.changed([oldPath, note.path]);
  }

  clear(): void {
    const paths = [...this.notes.keys()];
    this.notes.clear();
    this.pathsByTag.clear();
    this.pathsByKind.clear();
    this.subtechniquesByParent.clear();
    this.changed(paths);
  }

  pathsWithTag(tag: string): ReadonlySet<string> {
    return this.pathsByTag.get(tagLookupKey(tag)) ?? EMPTY;
  }

  allPaths(): ReadonlySet<string> {
    return this.allPathsView;
  }

  getNote(path: string): NoteRecord | undefined {
    return this.notes.get(path);
  }

  /** Every note, in no particular order. */
  allNotes(): IterableIterator<NoteRecord> {
    return this.notes.values();
  }

  pathsOfKind(kind: NoteKind): ReadonlySet<string> {
    return this.pathsByKind.get(kind) ?? EMPTY;
  }

  /** Sub-technique identifiers of `parent` that some note's tags carry, sorted. */
  subtechniquesOf(parent: string): string[] {
    return [...(this.subtechniquesByParent.get(parent) ?? EMPTY)].sort();
  }

  /** Listens for changes; returns the function that stops listening. */
  onChange(listener: IndexListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private attach(note: NoteRecord): void {
    this.notes.set(note.path, note);
    addTo(this.pathsByKind, note.kind, note.path);
    for (const tag of note.tags) {
      for (const key of tagIndexKeys(tag)) {
        addTo(this.pathsByTag, key, note.path);
        this.addSubtechnique(key);
      }
    }
  }

  private detach(path: string): boolean {
    const note = this.notes.get(path);
    if (!note) return false;
    this.notes.delete(path);
    removeFrom(this.pathsByKind, note.kind, path);
    // A key shared by two of the note's tags is visited twice; both steps are idempotent.
    for (const tag of note.tags) {
      for (const key of tagIndexKeys(tag)) {
        removeFrom(this.pathsByTag, key, path);
        this.dropSubtechniqueIfUnused(key);
      }
    }
    return true;
  }

  /**
   * Sub-techniques are read from the index keys, not `note.techniques`, so that a nested tag
   * (`T1003_001/extra`, found by `tag:T1003_001`) counts as the search for it does.
   */
  private addSubtechnique(key: string): void {
    const parent = parentOfSubtechniqueKey(key);
    if (parent !== undefined) addTo(this.subtechniquesByParent, parent, key);
  }

  private dropSubtechniqueIfUnused(key: string): void {
    const parent = parentOfSubtechniqueKey(key);
    if (parent !== undefined && !this.pathsByTag.has(key)) {
      removeFrom(this.subtechniquesByParent, parent, key);
    }
  }

  private changed(paths: readonly string[]): void {
    this.changeCount++;
    for (const listener of [...this.listeners]) notify(listener, paths);
  }
}

/** A failing listener is logged and must not stop the others or the change itself. */
function notify(listener: IndexListener, paths: readonly string[]): void {
  try {
    listener(paths);
  } catch (error) {
    log.error("a change listener failed", error);
  }
}

function addTo<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set<string>().add(value));
}

function removeFrom<K>(map: Map<K, Set<string>>, key: K, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}
