/**
 * Splits Markdown into the blocks the reading view renders one section each: headings,
 * fenced code, block quotes and callouts, lists, tables, rules and paragraphs. Only as much
 * Markdown as notes of an ATT&CK vault use; HTML is never interpreted (it stays text).
 */

export interface Callout {
  readonly type: string;
  readonly title: string;
  /** "-" when folded by default, "+" when foldable and open, "" otherwise. */
  readonly fold: string;
}

interface Span {
  /** First and last line of the block, 0-based, in the lines that were split. */
  readonly start: number;
  readonly end: number;
}

export type Block = Span &
  (
    | { readonly type: "heading"; readonly level: number; readonly text: string }
    | { readonly type: "code"; readonly lang: string; readonly text: string }
    | { readonly type: "quote"; readonly lines: string[]; readonly callout?: Callout }
    | { readonly type: "list"; readonly ordered: boolean; readonly items: string[] }
    | { readonly type: "table"; readonly rows: string[][] }
    | { readonly type: "hr" }
    | { readonly type: "paragraph"; readonly text: string }
  );

const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const QUOTE = /^\s{0,3}>/;
const LIST_ITEM = /^\s*([-*+]|\d+[.)])\s+/;
const RULE = /^\s{0,3}([-*_])(\s*\1){2,}\s*$/;
const CALLOUT = /^\[!([^\]]+)\]([-+]?)\s*(.*)$/;

/** The blocks of `lines[from..]`. */
export function splitBlocks(lines: readonly string[], from = 0): Block[] {
  const blocks: Block[] = [];
  let i = from;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    if (line.trim() === "") {
      i++;
      continue;
    }
    const block = readBlock(lines, i);
    blocks.push(block);
    i = block.end + 1;
  }
  return blocks;
}

function readBlock(lines: readonly string[], i: number): Block {
  const line = lines[i] ?? "";
  const fence = FENCE.exec(line);
  if (fence) return readCode(lines, i, fence[1] ?? "```", fence[2] ?? "");
  const heading = HEADING.exec(line);
  if (heading)
    return {
      type: "heading",
      level: (heading[1] ?? "#").length,
      text: heading[2] ?? "",
      start: i,
      end: i,
    };
  if (RULE.test(line)) return { type: "hr", start: i, end: i };
  if (QUOTE.test(line)) return readQuote(lines, i);
  if (LIST_ITEM.test(line)) return readList(lines, i);
  if (line.trim().startsWith("|")) return readTable(lines, i);
  return readParagraph(lines, i);
}

function readCode(lines: readonly string[], i: number, marker: string, lang: string): Block {
  let end = i + 1;
  while (end < lines.length && !closesFence(lines[end] ?? "", marker)) end++;
  const last = Math.min(end, lines.length - 1);
  return { type: "code", lang, text: lines.slice(i + 1, end).join("\n"), start: i, end: last };
}

/** Whether a line closes a fence opened with `marker` (same character, at least as long). */
export function closesFence(line: string, marker: string): boolean {
  const text = line.trim();
  if (text.length < marker.length || text[0] !== marker[0]) return false;
  for (const c of text) if (c !== marker[0]) return false;
  return true;
}

function readQuote(lines: readonly string[], i: number): Block {
  let end = i;
  while (end + 1 < lines.length && QUOTE.test(lines[end + 1] ?? "")) end++;
  const inner = lines.slice(i, end + 1).map(stripQuote);
  const callout = CALLOUT.exec(inner[0] ?? "");
  if (!callout) return { type: "quote", lines: inner, start: i, end };
  const [, type = "note", fold = "", title = ""] = callout;
  return {
    type: "quote",
    lines: inner.slice(1),
    callout: { type: type.toLowerCase(), title, fold },
    start: i,
    end,
  };
}

function stripQuote(line: string): string {
  return line.replace(/^\s{0,3}>\s?/, "");
}

function readList(lines: readonly string[], i: number): Block {
  const ordered = /^\s*\d/.test(lines[i] ?? "");
  const items: string[] = [];
  let end = i;
  for (let n = i; n < lines.length && (lines[n] ?? "").trim() !== ""; n++) {
    const line = lines[n] ?? "";
    if (LIST_ITEM.test(line)) items.push(line.replace(LIST_ITEM, ""));
    else if (items.length > 0 && /^\s/.test(line)) items[items.length - 1] += " " + line.trim();
    else break;
    end = n;
  }
  return { type: "list", ordered, items, start: i, end };
}

function readTable(lines: readonly string[], i: number): Block {
  let end = i;
  while (end + 1 < lines.length && (lines[end + 1] ?? "").trim().startsWith("|")) end++;
  const rows = lines
    .slice(i, end + 1)
    .filter((line) => !/^\s*\|?[\s:|-]+\|?\s*$/.test(line))
    .map((line) =>
      line
        .trim()
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((cell) => cell.trim()),
    );
  return { type: "table", rows, start: i, end };
}

function readParagraph(lines: readonly string[], i: number): Block {
  let end = i;
  while (end + 1 < lines.length && continuesParagraph(lines[end + 1] ?? "")) end++;
  return { type: "paragraph", text: lines.slice(i, end + 1).join("\n"), start: i, end };
}

function continuesParagraph(line: string): boolean {
  if (line.trim() === "") return false;
  return ![FENCE, HEADING, QUOTE, LIST_ITEM, RULE].some((pattern) => pattern.test(line));
}

/** Where the frontmatter ends: the 0-based line of its closing `---`, or -1 when there is none. */
export function frontmatterEnd(lines: readonly string[]): number {
  if ((lines[0] ?? "").trimEnd() !== "---") return -1;
  for (let i = 1; i < lines.length; i++) if (/^(---|\.\.\.)\s*$/.test(lines[i] ?? "")) return i;
  return -1;
}
