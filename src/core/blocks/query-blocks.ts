/**
 * Finds `query` code blocks in a note body, including blocks inside callouts and
 * block quotes (`>`-prefixed lines) and fences with trailing spaces.
 */

export interface QueryBlockSource {
  /** The query text, one line per block line, quote prefixes removed. */
  readonly text: string;
  /** Zero-based line of the opening fence within the body. */
  readonly line: number;
}

const QUOTE_PREFIX = /^(\s{0,3}>\s?)*/;
const QUOTE_START = /^\s{0,3}>/;
/** Every opening fence names `query`; a body that never does has no block to find. */
const MENTIONS_QUERY = /query/i;
const OPEN_FENCE = /^\s{0,3}(`{3,}|~{3,})\s*query\s*$/i;

/** Every `query` block of a body, in order. */
export function findQueryBlocks(body: string): QueryBlockSource[] {
  if (!MENTIONS_QUERY.test(body)) return [];
  const lines = body.split(/\r?\n/);
  const blocks: QueryBlockSource[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opened = openingFence(lines[i] ?? "");
    if (!opened) continue;
    const end = blockEnd(lines, i + 1, opened);
    blocks.push({
      text: blockText(lines.slice(i + 1, end.contentEnd), opened.prefixLength),
      line: i,
    });
    i = end.next - 1;
  }
  return blocks;
}

interface OpenFence {
  readonly marker: string;
  readonly prefixLength: number;
}

function openingFence(line: string): OpenFence | undefined {
  if (!line.includes("```") && !line.includes("~~~")) return undefined;
  const prefix = QUOTE_PREFIX.exec(line)?.[0] ?? "";
  const match = OPEN_FENCE.exec(line.slice(prefix.length));
  return match ? { marker: match[1] ?? "```", prefixLength: prefix.length } : undefined;
}

interface BlockEnd {
  /** First line after the block's text. */
  readonly contentEnd: number;
  /** First line to look at for the next block. */
  readonly next: number;
}

/**
 * Where a block ends: at its closing fence, at the end of the callout or quote it opened in
 * (a fence cannot outlive its quote), or at the end of the body.
 */
function blockEnd(lines: string[], from: number, fence: OpenFence): BlockEnd {
  for (let i = from; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (fence.prefixLength > 0 && !QUOTE_START.test(line)) return { contentEnd: i, next: i };
    const text = stripQuote(line).trim();
    if (text.startsWith(fence.marker) && /^(`+|~+)$/.test(text))
      return { contentEnd: i, next: i + 1 };
  }
  return { contentEnd: lines.length, next: lines.length };
}

function stripQuote(line: string): string {
  return line.slice((QUOTE_PREFIX.exec(line)?.[0] ?? "").length);
}

function blockText(lines: string[], prefixLength: number): string {
  const stripped = lines.map((line) => (prefixLength > 0 ? stripQuote(line) : line));
  return stripped.join("\n").trim();
}
