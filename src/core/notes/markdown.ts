/**
 * Reads what the app's metadata cache would give for a note body, for notes read from
 * disk: inline tags, headings and links. Code, comments and math hold no tags.
 */

export interface Heading {
  readonly level: number;
  readonly text: string;
}

export interface BodyFacts {
  readonly inlineTags: string[];
  readonly headings: Heading[];
  readonly links: string[];
}

const FENCE_OPEN = /^(?:>\s?)*\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^(#{1,6})\s+(.*)$/;
/**
 * A `#` at the start of a line or after a space, then every character up to a space or
 * ASCII punctuation other than `_`, `-` and `/` (and the general punctuation blocks).
 * That is what the app's metadata cache returns: symbols such as `£` and `™` stay in a tag,
 * `$`, `*` and `;` end it. The space before `#` is matched, not looked behind (old iOS).
 */
const INLINE_TAG = /(?:^|\s)#([^\s!"#$%&'()*+,.:;<=>?@[\]\\^`{|}~\u2000-\u206f\u2e00-\u2e7f]+)/gu;
/*
 * Every scan below stops at the next bracket or closer, and unclosed comments and math run
 * to the end of the text (as the app shows them), so hostile text such as a million `[[`,
 * `](` or `<!--` costs linear time, not quadratic.
 */
const MARKDOWN_LINK = /\]\(\s*<?([^)\s>\]]+)>?(?:\s+"[^"]*")?\s*\)/g;
const WIKI_LINK = /!?\[\[([^[\]|#^\n]+)(?:[#^][^[\]|\n]*)?(?:\|[^[\]\n]*)?\]\]/g;
/** A web address, bare or `<autolinked>`, that does not continue a word or open a `(...)`. */
const BARE_URL = /(?:^|[^(\w])(https?:\/\/[^\s)>\]|]+)/g;
const INLINE_CODE = /`+[^`\n]*`+/g;
/** Comments and math blocks; an unclosed one runs to the end of the text. */
const BLOCK_COMMENTS = /%%[\s\S]*?(?:%%|$)|<!--[\s\S]*?(?:-->|$)|\$\$[\s\S]*?(?:\$\$|$)/g;
/**
 * Spans that hold no tags: inline code, %% comments %%, HTML comments and tags (a colour in
 * a `style` attribute is no tag), math, wiki links, link targets and web addresses.
 */
const NO_TAG_SPANS =
  /`+[^`]*`+|%%[\s\S]*?(?:%%|$)|<!--[\s\S]*?(?:-->|$)|<\/?[a-z][^<>]*>|\$\$[\s\S]*?\$\$|\$[^$\n]+\$|\[\[[^[\]]*\]\]|\]\([^)\]]*\)|https?:\/\/\S+/gi;

/** Splits a body into the lines outside fenced code, keeping their numbers. */
export function linesOutsideCode(body: string): string[] {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of body.split(/\r?\n/)) {
    const marker = mayOpenFence(line) ? FENCE_OPEN.exec(line)?.[1] : undefined;
    if (fence === undefined && marker !== undefined) fence = marker;
    else if (fence !== undefined && marker !== undefined && closesFence(marker, fence)) {
      fence = undefined;
    } else if (fence === undefined) kept.push(line);
  }
  return kept;
}

/** Cheap test before the fence regex: a fence needs three backticks or tildes in a row. */
function mayOpenFence(line: string): boolean {
  return line.includes("```") || line.includes("~~~");
}

function closesFence(marker: string, fence: string): boolean {
  return marker[0] === fence[0] && marker.length >= fence.length;
}

/** Inline tags, headings and links of a note body (frontmatter already removed). */
export function readBody(body: string): BodyFacts {
  const prose = stripBlockComments(linesOutsideCode(body).join("\n"));
  const facts: BodyFacts = { inlineTags: [], headings: [], links: links(prose) };
  for (const line of prose.split("\n")) readLine(line, facts);
  return facts;
}

/** Inline tags and the heading of one line; a line without `#` holds neither. */
function readLine(line: string, facts: BodyFacts): void {
  if (!line.includes("#")) return;
  const heading = HEADING.exec(line);
  if (heading) {
    const text = headingText(heading[2] ?? "");
    facts.headings.push({ level: (heading[1] ?? "").length, text });
    if (!/^#[^#\s]/.test(line)) collectTags(line.replace(/^#+/, ""), facts.inlineTags);
    else collectTags(line, facts.inlineTags);
  } else collectTags(line, facts.inlineTags);
}

function stripBlockComments(text: string): string {
  return text.replace(BLOCK_COMMENTS, " ");
}

function collectTags(line: string, into: string[]): void {
  const text = line.replace(NO_TAG_SPANS, " ");
  for (const match of text.matchAll(INLINE_TAG)) {
    const tag = match[1] ?? "";
    if (/[^\d/]/.test(tag)) into.push(tag);
  }
}

/** Heading text without a closing run of `#`; a loop, as a regex would be quadratic on `###…x`. */
function headingText(raw: string): string {
  const text = raw.trim();
  let end = text.length;
  while (end > 0 && text.charAt(end - 1) === "#") end--;
  return end === 0 || /\s/.test(text.charAt(end - 1)) ? text.slice(0, end).trimEnd() : text;
}

function links(prose: string): string[] {
  const text = prose.replace(INLINE_CODE, " ");
  const found: string[] = [];
  for (const match of text.matchAll(MARKDOWN_LINK)) found.push(match[1] ?? "");
  for (const match of text.matchAll(WIKI_LINK)) found.push((match[1] ?? "").trim());
  for (const match of text.matchAll(BARE_URL)) found.push(match[1] ?? "");
  return [...new Set(found.filter((link) => link !== ""))];
}
