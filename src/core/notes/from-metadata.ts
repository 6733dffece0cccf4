import type { NoteSource } from "./build-note";
import { readBody } from "./markdown";

/**
 * The parts of the app's per-file metadata (`CachedMetadata`) that notes are built from,
 * written structurally so that the core never imports the app's module.
 */
export interface MetadataLike {
  readonly frontmatter?: unknown;
  readonly frontmatterPosition?: { readonly end: { readonly offset: number } };
  readonly tags?: readonly { readonly tag: string }[];
  readonly headings?: readonly { readonly heading: string; readonly level: number }[];
  readonly links?: readonly { readonly link: string }[];
}

/**
 * A note source from metadata, plus the note text when it was read. The body adds what
 * metadata lacks: web links, query blocks and the lines of test notes.
 */
export function sourceFromMetadata(
  path: string,
  metadata: MetadataLike | null | undefined,
  text?: string,
): NoteSource {
  const body = text === undefined ? undefined : bodyOf(text, metadata);
  const webLinks = body === undefined ? [] : readBody(body).links;
  return {
    path,
    frontmatter: metadata?.frontmatter,
    inlineTags: (metadata?.tags ?? []).map((t) => t.tag),
    headings: (metadata?.headings ?? []).map((h) => ({ level: h.level, text: h.heading })),
    links: [...new Set([...(metadata?.links ?? []).map((l) => l.link), ...webLinks])],
    ...(body === undefined ? {} : { body }),
  };
}

function bodyOf(text: string, metadata: MetadataLike | null | undefined): string {
  const end = metadata?.frontmatterPosition?.end.offset;
  return end === undefined ? text : text.slice(end).replace(/^\r?\n/, "");
}
