/**
 * Node side of the fixture-vault loader: reads a folder into the path → text map the
 * stand-in's `App` takes. The browser host page gets the same map as JSON.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Files the app would show: everything but dot-folders (`.obsidian`, `.trash`, …). */
function listFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith(".")) return [];
    const full = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, full) : [full];
  });
}

/** Every Markdown note under `root`, keyed by vault path; bad UTF-8 becomes U+FFFD as in the app. */
export function readVaultFolder(
  root: string,
  keep: (path: string) => boolean = () => true,
): Record<string, string> {
  const files: Record<string, string> = {};
  for (const full of listFiles(root)) {
    const path = relative(root, full).split(sep).join("/");
    if (path.endsWith(".md") && keep(path)) files[path] = readFileSync(full).toString("utf8");
  }
  return files;
}
