/** A plain-text table with a header row, columns padded to their widest cell. */
export function formatTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => clean(row[column]).length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => clean(cell).padEnd(widths[i] ?? 0))
      .join("  ")
      .trimEnd() + "\n";
  const rule = widths.map((width) => "-".repeat(width));
  return [header, rule, ...rows].map(line).join("");
}

/** Cells are one line each: control characters would break the layout. */
function clean(cell: string | undefined): string {
  return Array.from(cell ?? "", (char) => (isControl(char) ? " " : char)).join("");
}

function isControl(char: string): boolean {
  const code = char.charCodeAt(0);
  return code < 0x20 || code === 0x7f;
}
