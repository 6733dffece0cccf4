/**
 * The benchmark chart as SVG: per vault, each timed figure as two bars (ours, baseline) on a
 * shared log scale, so microseconds and seconds fit one picture.
 */
import { duration } from "./format";
import type { Table, TimedRow } from "./rows";

const WIDTH = 960;
const LABEL = 360;
const BAR = 9;
const ROW = 26;
const TITLE = 30;
const AXIS = 30;
const COLOURS = { ours: "#3b6fd4", baseline: "#b0b0b0" };

interface Scale {
  readonly low: number;
  readonly high: number;
  readonly x: (ms: number) => number;
}

function scaleFor(rows: readonly TimedRow[]): Scale {
  const values = rows
    .flatMap((r) => [r.ours?.median, r.baseline?.median])
    .filter((v): v is number => v !== undefined && v > 0);
  const low = Math.floor(Math.log10(Math.min(...values, 1)));
  const high = Math.ceil(Math.log10(Math.max(...values, 1)));
  const span = WIDTH - LABEL - 90;
  return {
    low,
    high,
    x: (ms) => LABEL + ((Math.log10(Math.max(ms, 10 ** low)) - low) / (high - low)) * span,
  };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function text(x: number, y: number, content: string, extra = ""): string {
  return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" ${extra}>${escapeXml(content)}</text>`;
}

function bar(scale: Scale, y: number, ms: number, colour: string): string {
  const x0 = scale.x(10 ** scale.low);
  const width = Math.max(1, scale.x(ms) - x0);
  return [
    `<rect x="${x0}" y="${y}" width="${width.toFixed(1)}" height="${BAR}" fill="${colour}"/>`,
    text(x0 + width + 4, y + BAR - 1, duration(ms), 'font-size="10"'),
  ].join("");
}

function rowSvg(scale: Scale, row: TimedRow, y: number): string {
  const parts = [text(LABEL - 8, y + BAR + 3, row.name, 'text-anchor="end" font-size="11"')];
  if (row.ours) parts.push(bar(scale, y, row.ours.median, COLOURS.ours));
  if (row.baseline) parts.push(bar(scale, y + BAR + 1, row.baseline.median, COLOURS.baseline));
  return parts.join("");
}

function axisSvg(scale: Scale, top: number, bottom: number): string {
  const parts: string[] = [];
  for (let power = scale.low; power <= scale.high; power++) {
    const x = scale.x(10 ** power);
    parts.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#e3e3e3"/>`);
    parts.push(
      text(
        x,
        bottom + 12,
        duration(10 ** power),
        'text-anchor="middle" font-size="10" fill="#666"',
      ),
    );
  }
  return parts.join("");
}

function timedRows(table: Table): TimedRow[] {
  return table.rows.filter((r): r is TimedRow => r.kind === "timed" && r.ours !== undefined);
}

/** The whole chart for the given tables. */
export function chartSvg(tables: readonly Table[]): string {
  const scale = scaleFor(tables.flatMap(timedRows));
  const parts: string[] = [];
  let y = 40;
  for (const table of tables) {
    const rows = timedRows(table);
    if (rows.length === 0) continue;
    parts.push(text(10, y + 14, table.title, 'font-size="13" font-weight="bold"'));
    const top = y + TITLE - 6;
    parts.push(axisSvg(scale, top, top + rows.length * ROW));
    rows.forEach((row, i) => parts.push(rowSvg(scale, row, top + i * ROW + 4)));
    y = top + rows.length * ROW + AXIS;
  }
  const legend = [
    `<rect x="${LABEL}" y="12" width="12" height="${BAR}" fill="${COLOURS.ours}"/>`,
    text(LABEL + 16, 20, "ours (median)", 'font-size="11"'),
    `<rect x="${LABEL + 120}" y="12" width="12" height="${BAR}" fill="${COLOURS.baseline}"/>`,
    text(LABEL + 136, 20, "baseline (median)", 'font-size="11"'),
  ].join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${y + 10}" font-family="sans-serif">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    legend,
    ...parts,
    "</svg>",
    "",
  ].join("\n");
}
