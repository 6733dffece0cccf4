import type { VaultIndex } from "../index/vault-index";
import type { NoteRecord } from "../notes/note";
import { techniqueIdsInLinks, wikiKey } from "./mentions";

const EMPTY: readonly string[] = [];

/**
 * What the graph needs to know across the vault: technique notes by identifier and the
 * links between them both ways. Kept between redraws (see `linkMapFor`), so a redraw never
 * rescans every note; each note's links are read only once per record.
 */
export class LinkMap {
  private readonly notesById = new Map<string, string[]>();
  private readonly idByWikiKey = new Map<string, string>();
  private readonly outgoingById = new Map<string, Set<string>>();
  private readonly incomingById = new Map<string, Set<string>>();
  private readonly paths = new Set<string>();

  constructor(index: VaultIndex) {
    const notes = techniqueNotes(index);
    for (const note of notes) this.addNote(note);
    for (const paths of this.notesById.values()) paths.sort();
    for (const note of notes) this.addLinks(note);
  }

  /** Whether the map was built with a technique note at this path. */
  hasNote(path: string): boolean {
    return this.paths.has(path);
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
    const read = readLinks(note);
    const ids = new Set(read.urlIds);
    for (const key of read.wikiKeys) {
      const id = this.idByWikiKey.get(key);
      if (id !== undefined) ids.add(id);
    }
    const self = note.technique?.id;
    if (self !== undefined) ids.delete(self);
    return [...ids];
  }

  private addNote(note: NoteRecord & { technique: { id: string } }): void {
    const id = note.technique.id;
    this.paths.add(note.path);
    const paths = this.notesById.get(id);
    if (paths) paths.push(note.path);
    else this.notesById.set(id, [note.path]);
    // Test notes often share a technique note's file name; only technique notes are keys here.
    const { pathKey, nameKey } = readLinks(note);
    this.idByWikiKey.set(pathKey, id);
    if (!this.idByWikiKey.has(nameKey)) this.idByWikiKey.set(nameKey, id);
  }

  private addLinks(note: NoteRecord & { technique: { id: string } }): void {
    const source = note.technique.id;
    for (const target of this.linkedFrom(note)) {
      addTo(this.outgoingById, source, target);
      addTo(this.incomingById, target, source);
    }
  }
}

/** What a note's links and names reduce to, read once per note record (records never change). */
interface ReadLinks {
  readonly urlIds: readonly string[];
  readonly wikiKeys: readonly string[];
  readonly pathKey: string;
  readonly nameKey: string;
}

const readCache = new WeakMap<NoteRecord, ReadLinks>();

function readLinks(note: NoteRecord): ReadLinks {
  let read = readCache.get(note);
  if (!read) {
    const wikiKeys = note.links.filter((link) => !link.includes("://")).map(wikiKey);
    read = {
      urlIds: techniqueIdsInLinks(note.links),
      wikiKeys,
      pathKey: wikiKey(note.path),
      nameKey: wikiKey(note.basename),
    };
    readCache.set(note, read);
  }
  return read;
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

interface CacheEntry {
  map: LinkMap | undefined;
}

const cache = new WeakMap<VaultIndex, CacheEntry>();

/**
 * The link map of an index, built on first use and again only after a change touches a
 * technique note: rules and tests come and go far more often and change no link here.
 */
export function linkMapFor(index: VaultIndex): LinkMap {
  let entry = cache.get(index);
  if (!entry) {
    const created: CacheEntry = { map: undefined };
    index.onChange((paths) => {
      if (created.map && touchesTechniqueNotes(created.map, index, paths)) created.map = undefined;
    });
    cache.set(index, created);
    entry = created;
  }
  entry.map ??= new LinkMap(index);
  return entry.map;
}

function touchesTechniqueNotes(map: LinkMap, index: VaultIndex, paths: readonly string[]): boolean {
  return paths.some((path) => map.hasNote(path) || index.getNote(path)?.kind === "technique");
}
