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
const OPEN_FENCE = /^\s{0,3}(`{3,}|~{3,})\s*query\s*$/i;

/** Every `query` block of a body, in order. */
export function findQueryBlocks(body: string): QueryBlockSource[] {
  const lines = body.split(/\r?\n/);
  const blocks: QueryBlockSource[] = [];
  for (let i = 0; i < lines.length; i++) {
    const opened = openingFence(lines[i] ?? "");
    if (!opened) continue;
    const end = closingLine(lines, i + 1, opened);
    blocks.push({ text: blockText(lines.slice(i + 1, end), opened.prefixLength), line: i });
    i = end;
  }
  return blocks;
}

interface OpenFence {
  readonly marker: string;
  readonly prefixLength: number;
}

function openingFence(line: string): OpenFence | undefined {
  const prefix = QUOTE_PREFIX.exec(line)?.[0] ?? "";
  const match = OPEN_FENCE.exec(line.slice(prefix.length));
  return match ? { marker: match[1] ?? "```", prefixLength: prefix.length } : undefined;
}

function closingLine(lines: string[], from: number, fence: OpenFence): number {
  for (let i = from; i < lines.length; i++) {
    const text = stripQuote(lines[i] ?? "").trim();
    if (text.startsWith(fence.marker) && /^(`+|~+)$/.test(text)) return i;
  }
  return lines.length;
}

function stripQuote(line: string): string {
  return line.slice((QUOTE_PREFIX.exec(line)?.[0] ?? "").length);
}

function blockText(lines: string[], prefixLength: number): string {
  const stripped = lines.map((line) => (prefixLength > 0 ? stripQuote(line) : line));
  return stripped.join("\n").trim();
}
