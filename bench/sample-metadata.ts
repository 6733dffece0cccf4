/**
 * The real vault as the plugin would see it: each file's metadata as the app's cache holds
 * it, derived here with the headless parser (the app's own cache is not available in Node).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildNote } from "../src/core/notes/build-note";
import type { MetadataLike } from "../src/core/notes/from-metadata";
import { DEFAULT_KIND_TAGS } from "../src/core/notes/kinds";
import { listMarkdownFiles } from "../src/headless/load-vault";
import { decodeText, parseNoteText } from "../src/headless/parse-file";
import type { MetadataNote } from "./generate";

/** Metadata of every note of the vault folder at `root`. */
export function sampleMetadata(root: string): MetadataNote[] {
  return listMarkdownFiles(root).map((path) => {
    const text = decodeText(readFileSync(join(root, path)), []);
    const source = parseNoteText(path, text).source;
    const body = source.body ?? text;
    const metadata: MetadataLike = {
      frontmatter: source.frontmatter,
      ...(body.length < text.length
        ? { frontmatterPosition: { end: { offset: frontmatterEnd(text, body) } } }
        : {}),
      tags: source.inlineTags.map((tag) => ({ tag: `#${tag}` })),
      headings: source.headings.map((h) => ({ heading: h.text, level: h.level })),
      // The app lists internal links only; web addresses are read from the text later.
      links: source.links.filter((link) => !link.includes("://")).map((link) => ({ link })),
    };
    return { path, kind: buildNote(source, DEFAULT_KIND_TAGS).note.kind, metadata };
  });
}

/** Offset just after the closing `---`, before its line break, as the app reports it. */
function frontmatterEnd(text: string, body: string): number {
  const start = text.length - body.length;
  if (text.slice(0, start).endsWith("\r\n")) return start - 2;
  return text.slice(0, start).endsWith("\n") ? start - 1 : start;
}
