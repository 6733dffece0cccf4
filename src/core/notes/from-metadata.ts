import type { NoteSource } from "./build-note";
import { EMPTY_LIST } from "../memo";
import { readBody, type Heading } from "./markdown";

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
  const webLinks = body === undefined ? EMPTY_LIST : readBody(body).links;
  const source: NoteSource = {
    path,
    frontmatter: metadata?.frontmatter,
    inlineTags: metadata?.tags ? metadata.tags.map((t) => t.tag) : EMPTY_LIST,
    headings: headingsOf(metadata?.headings),
    links: linkTargets(metadata?.links, webLinks),
  };
  return body === undefined ? source : { ...source, body };
}

function headingsOf(headings: MetadataLike["headings"]): readonly Heading[] {
  return headings ? headings.map((h) => ({ level: h.level, text: h.heading })) : EMPTY_LIST;
}

/** Link targets from metadata, then web links, each once. */
function linkTargets(
  links: readonly { readonly link: string }[] | undefined,
  webLinks: readonly string[],
): readonly string[] {
  if (!links?.length && webLinks.length === 0) return EMPTY_LIST;
  return [...new Set([...(links ?? []).map((l) => l.link), ...webLinks])];
}

function bodyOf(text: string, metadata: MetadataLike | null | undefined): string {
  const end = metadata?.frontmatterPosition?.end.offset;
  return end === undefined ? text : text.slice(end).replace(/^\r?\n/, "");
}
