/** Building the index from the app's metadata, against the floor of reading that metadata. */
import { VaultIndex } from "../../src/core/index/vault-index";
import { buildNote } from "../../src/core/notes/build-note";
import { sourceFromMetadata, type MetadataLike } from "../../src/core/notes/from-metadata";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import type { MetadataNote } from "../generate";
import { collectGarbage, sink, timePair } from "../measure";
import { timed, type Row } from "../rows";

/** What the plugin does on layout-ready: every note built from metadata, then indexed. */
export function buildIndex(notes: readonly MetadataNote[]): VaultIndex {
  const index = new VaultIndex();
  index.upsertAll(
    notes.map((n) => buildNote(sourceFromMetadata(n.path, n.metadata), DEFAULT_KIND_TAGS).note),
  );
  return index;
}

/** The least any index must do: look at every field of every file's metadata once. */
export function touchMetadata(notes: readonly MetadataNote[]): number {
  let total = 0;
  for (const note of notes) total += note.path.length + touchOne(note.metadata);
  return total;
}

function touchOne(metadata: MetadataLike): number {
  let total = 0;
  const frontmatter = metadata.frontmatter as Record<string, unknown> | undefined;
  for (const key in frontmatter) {
    const value = frontmatter[key];
    total += key.length + (Array.isArray(value) ? value.length : String(value).length);
  }
  for (const tag of metadata.tags ?? []) total += tag.tag.length;
  for (const heading of metadata.headings ?? []) total += heading.heading.length + heading.level;
  for (const link of metadata.links ?? []) total += link.link.length;
  return total;
}

/** Index build against its floor. */
export function indexBuildRows(notes: readonly MetadataNote[], repeats: number): Row[] {
  const [ours, floor] = timePair(
    repeats,
    () => buildIndex(notes).size,
    () => (sink.value += touchMetadata(notes)),
    notes.length < 50_000,
  );
  return [timed("Index build from metadata", ours, "touch every metadata field once", floor)];
}

/** Heap the index holds per note: heap after building minus before, over the note count. */
export function heapPerNoteRow(notes: readonly MetadataNote[]): Row {
  if (!collectGarbage()) {
    return {
      kind: "value",
      name: "Index heap per note",
      value: NaN,
      unit: "B",
      detail: "needs --expose-gc",
    };
  }
  const before = process.memoryUsage().heapUsed;
  const index = buildIndex(notes);
  collectGarbage();
  const after = process.memoryUsage().heapUsed;
  const perNote = (after - before) / notes.length;
  sink.value += index.size;
  return { kind: "value", name: "Index heap per note", value: Math.round(perNote), unit: "B" };
}
