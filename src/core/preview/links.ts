import { parseTechniqueId } from "../attack/ids";
import type { VaultIndex } from "../index/vault-index";

/**
 * Which technique a link or a piece of text names: attack.mitre.org technique pages,
 * wiki-links that resolve to a technique note, and bare identifiers such as `T1059.001`.
 */

/** A technique page, optionally under `/versions/vN/`, with or without a trailing slash. */
const TECHNIQUE_PAGE =
  /^(?:https?:\/\/)?(?:www\.)?attack\.mitre\.org\/(?:versions\/v\d+(?:\.\d+)?\/)?techniques\/T(\d{4})(?:[/.](\d{3}))?\/?(?:[?#].*)?$/i;

/** `T1059` or `T1059.001` in capitals, not followed by a word character or `.digit`. */
const BARE_ID = /T(\d{4})(?:\.(\d{3}))?(?!\w|\.\d)/g;

/** Characters that may not sit right before a bare identifier (`attack.T1059`, `xT1059`). */
const NOT_BEFORE_ID = /[\w./#-]/;

/** The technique an attack.mitre.org technique page URL points to; undefined for any other URL. */
export function techniqueIdFromWebUrl(href: string): string | undefined {
  const match = TECHNIQUE_PAGE.exec(href.trim());
  if (!match) return undefined;
  return match[2] === undefined ? `T${match[1]}` : `T${match[1]}.${match[2]}`;
}

/** A bare identifier found in text, with its offsets. */
export interface BareIdentifier {
  readonly from: number;
  readonly to: number;
  readonly id: string;
}

/** Every bare identifier in a run of text, in order. */
export function bareTechniqueIds(text: string): BareIdentifier[] {
  const found: BareIdentifier[] = [];
  for (const match of text.matchAll(BARE_ID)) {
    const from = match.index;
    if (from > 0 && NOT_BEFORE_ID.test(text.charAt(from - 1))) continue;
    const id = match[2] === undefined ? `T${match[1]}` : `T${match[1]}.${match[2]}`;
    found.push({ from, to: from + match[0].length, id });
  }
  return found;
}

/** The note path part of a wiki-link: no `|alias`, no `#heading` or `#^block`. */
export function linkpathOf(linktext: string): string {
  const withoutAlias = linktext.split("|")[0] ?? "";
  return (withoutAlias.split("#")[0] ?? "").trim();
}

/** How the host resolves a wiki-link to a vault path, as clicking the link would. */
export type LinkResolver = (linkpath: string, sourcePath: string) => string | undefined;

/** What a wiki-link points at, as far as previews care. */
export type WikiLinkTarget =
  | { readonly kind: "technique"; readonly id: string; readonly path?: string }
  | { readonly kind: "note"; readonly path: string }
  | { readonly kind: "none" };

/**
 * Where a wiki-link leads. The note the link resolves to decides: a technique note gives
 * its own identifier, any other note (such as a test note with the same file name as a
 * technique note) is just a note. Only a link that resolves to no note is read for an
 * identifier in its text (`[[T1059.001]]`).
 */
export function wikiLinkTarget(
  linktext: string,
  sourcePath: string,
  resolve: LinkResolver,
  index: Pick<VaultIndex, "getNote">,
): WikiLinkTarget {
  const linkpath = linkpathOf(linktext);
  if (linkpath === "") return { kind: "none" };
  const path = resolve(linkpath, sourcePath);
  if (path === undefined) return unresolvedTarget(linkpath);
  const note = index.getNote(path);
  if (note?.kind === "technique" && note.technique)
    return { kind: "technique", id: note.technique.id, path };
  return { kind: "note", path };
}

function unresolvedTarget(linkpath: string): WikiLinkTarget {
  const name = linkpath.slice(linkpath.lastIndexOf("/") + 1);
  const id = parseTechniqueId(name.split(/\s/)[0] ?? "");
  return id === undefined ? { kind: "none" } : { kind: "technique", id };
}

/** What a rendered anchor carries: its target and whether the app drew it as an internal link. */
export interface AnchorInfo {
  readonly href: string;
  readonly internal: boolean;
}

/** Where a rendered link leads: a technique page by URL, or a wiki-link as `wikiLinkTarget` reads it. */
export function anchorTarget(
  anchor: AnchorInfo,
  sourcePath: string,
  resolve: LinkResolver,
  index: Pick<VaultIndex, "getNote">,
): WikiLinkTarget {
  if (anchor.internal) return wikiLinkTarget(anchor.href, sourcePath, resolve, index);
  const id = techniqueIdFromWebUrl(anchor.href);
  return id === undefined ? { kind: "none" } : { kind: "technique", id };
}

/** A place in Markdown source that names a technique, found by `findTechniqueRefs`. */
export type TechniqueRef =
  | { readonly kind: "url"; readonly from: number; readonly to: number; readonly id: string }
  | { readonly kind: "bare"; readonly from: number; readonly to: number; readonly id: string }
  | {
      readonly kind: "wiki";
      readonly from: number;
      readonly to: number;
      readonly linktext: string;
    };

/** Markdown links, wiki-links, inline code and bare URLs, in the order they are tried. */
const SOURCE_TOKEN =
  /(`+)[^`]*?\1|!?\[\[([^\]\n]+)\]\]|!?\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"\n]*")?\s*\)|<?(https?:\/\/[^\s<>)\]]+)>?/g;

/**
 * Technique references in Markdown source (what Live Preview shows): links to
 * attack.mitre.org technique pages, wiki-links (resolved later, when hovered) and, when
 * `bareIdentifiers` is set, identifiers in plain text. Frontmatter, fenced code and inline
 * code are skipped. Offsets are into `text`.
 */
export function findTechniqueRefs(text: string, bareIdentifiers: boolean): TechniqueRef[] {
  const refs: TechniqueRef[] = [];
  for (const span of proseSpans(text)) {
    refs.push(...refsInProse(text.slice(span.from, span.to), span.from, bareIdentifiers));
  }
  return refs;
}

interface Span {
  readonly from: number;
  readonly to: number;
}

function refsInProse(prose: string, offset: number, bareIdentifiers: boolean): TechniqueRef[] {
  const refs: TechniqueRef[] = [];
  let plainFrom = 0;
  const addBare = (until: number): void => {
    if (!bareIdentifiers) return;
    for (const bare of bareTechniqueIds(prose.slice(plainFrom, until))) {
      refs.push({
        kind: "bare",
        from: offset + plainFrom + bare.from,
        to: offset + plainFrom + bare.to,
        id: bare.id,
      });
    }
  };
  for (const match of prose.matchAll(SOURCE_TOKEN)) {
    addBare(match.index);
    plainFrom = match.index + match[0].length;
    const ref = tokenRef(match, offset);
    if (ref) refs.push(ref);
  }
  addBare(prose.length);
  return refs;
}

function tokenRef(match: RegExpMatchArray, offset: number): TechniqueRef | undefined {
  const from = offset + (match.index ?? 0);
  const to = from + match[0].length;
  if (match[2] !== undefined) return { kind: "wiki", from, to, linktext: match[2] };
  const url = match[3] ?? trimUrlEnd(match[4] ?? "");
  const id = techniqueIdFromWebUrl(url);
  if (id === undefined) return undefined;
  if (match[3] !== undefined) return { kind: "url", from, to, id };
  const start = from + match[0].indexOf(url);
  return { kind: "url", from: start, to: start + url.length, id };
}

/** A bare URL at the end of a sentence does not own its full stop or comma. */
function trimUrlEnd(url: string): string {
  return url.replace(/[.,;:!?'"]+$/, "");
}

/** The parts of a note's source outside frontmatter and fenced code, line by line. */
function proseSpans(text: string): Span[] {
  const spans: Span[] = [];
  let fence: string | undefined;
  let offset = 0;
  const lines = text.split("\n");
  let inFrontmatter = lines[0]?.trimEnd() === "---";
  lines.forEach((line, number) => {
    const from = offset;
    offset += line.length + 1;
    if (inFrontmatter) {
      if (number > 0 && /^(---|\.\.\.)\s*$/.test(line)) inFrontmatter = false;
      return;
    }
    const marker = fenceMarker(line);
    if (fence !== undefined) {
      if (marker !== undefined && marker.startsWith(fence) && isClosingFence(line))
        fence = undefined;
      return;
    }
    if (marker !== undefined) fence = marker;
    else spans.push({ from, to: from + line.length });
  });
  return spans;
}

/** The fence run (```` ``` ```` or `~~~`) a line opens or closes with, inside quotes too. */
function fenceMarker(line: string): string | undefined {
  return /^(?:\s{0,3}>)*\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
}

function isClosingFence(line: string): boolean {
  return /^(?:\s{0,3}>)*\s{0,3}(`{3,}|~{3,})\s*$/.test(line);
}
