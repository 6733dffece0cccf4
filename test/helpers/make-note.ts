import { buildNote } from "../../src/core/notes/build-note";
import { DEFAULT_KIND_TAGS } from "../../src/core/notes/kinds";
import { readBody } from "../../src/core/notes/markdown";
import type { NoteRecord } from "../../src/core/notes/note";

/** A note record built the way the loader builds one, from frontmatter tags and a body. */
export function makeNote(
  path: string,
  tags: readonly string[],
  body = "",
  extra: Record<string, unknown> = {},
): NoteRecord {
  const facts = readBody(body);
  const frontmatter = { ...extra, tags: [...tags] };
  return buildNote({ path, frontmatter, ...facts, body }, DEFAULT_KIND_TAGS).note;
}
