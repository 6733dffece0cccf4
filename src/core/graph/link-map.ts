import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";
import { techniqueIdsInLinks, wikiKey } from "./mentions";

const EMPTY: readonly string[] = [];

/**
 * What the graph needs to know across the vault: technique notes by identifier and the
 * links between them both ways. Built once per index version (see `linkMapFor`), so a
 * redraw never rescans every note.
 */
export class LinkMap {
  private readonly notesById = new Map<string, string[]>();
  private readonly idByWikiKey = new Map<string, string>();
  private readonly outgoingById = new Map<string, Set<string>>();
  private readonly incomingById = new Map<string, Set<string>>();

  constructor(index: VaultIndex) {
    const notes = techniqueNotes(index);
    for (const note of notes) this.addNote(note);
    for (const paths of this.notesById.values()) paths.sort();
    for (const note of notes) this.addLinks(note);
  }

  /** Paths of the technique notes for an identifier, sorted. */
  notesOf(id: string): readonly string[] {
    return this.notesById.get(id) ?? EMPTY;
  }

  /** Techniques that notes of `id` link to, sorted. */
  outgoing(id: string): readonly string[] {
    return sortedOf(this.outgoingById.get(id));
  }

  /** Techniques whose notes link to `id`, sorted. */
  incoming(id: string): readonly string[] {
    return sortedOf(this.incomingById.get(id));
  }

  /** Techniques one note links to, by attack.mitre.org URL or by wiki-link to a technique note. */
  linkedFrom(note: NoteRecord): string[] {
    const ids = new Set(techniqueIdsInLinks(note.links));
    for (const link of note.links) {
      const id = this.idByWikiKey.get(wikiKey(link));
      if (id !== undefined) ids.add(id);
    }
    const self = note.technique?.id;
    if (self !== undefined) ids.delete(self);
    return [...ids];
  }

  private addNote(note: NoteRecord & { technique: { id: string } }): void {
    const id = note.technique.id;
    const paths = this.notesById.get(id);
    if (paths) paths.push(note.path);
    else this.notesById.set(id, [note.path]);
    // Test notes often share a technique note's file name; only technique notes are keys here.
    this.idByWikiKey.set(wikiKey(note.path), id);
    if (!this.idByWikiKey.has(wikiKey(note.basename))) {
      this.idByWikiKey.set(wikiKey(note.basename), id);
    }
  }

  private addLinks(note: NoteRecord & { technique: { id: string } }): void {
    const source = note.technique.id;
    for (const target of this.linkedFrom(note)) {
      addTo(this.outgoingById, source, target);
      addTo(this.incomingById, target, source);
    }
  }
}

function techniqueNotes(index: VaultIndex): (NoteRecord & { technique: { id: string } })[] {
  const notes: (NoteRecord & { technique: { id: string } })[] = [];
  for (const path of [...index.pathsOfKind("technique")].sort()) {
    const note = index.getNote(path);
    if (note?.technique) notes.push(note as NoteRecord & { technique: { id: string } });
  }
  return notes;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function sortedOf(set: Set<string> | undefined): readonly string[] {
  return set ? [...set].sort() : EMPTY;
}

const cache = new WeakMap<VaultIndex, { version: number; map: LinkMap }>();

/** The link map of an index at its current version, built on first use after each change. */
export function linkMapFor(index: VaultIndex): LinkMap {
  const cached = cache.get(index);
  if (cached && cached.version === index.version) return cached.map;
  const map = new LinkMap(index);
  cache.set(index, { version: index.version, map });
  return map;
}
