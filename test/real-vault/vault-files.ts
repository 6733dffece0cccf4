/**
 * Counts read straight from the real vault's files with js-yaml, not through the plugin's
 * reader, so tests can check the plugin's numbers against an independent count.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";

function frontmatterOf(file: string): Record<string, unknown> | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, "utf8"));
  if (!match) return undefined;
  try {
    const data: unknown = yaml.safeLoad(match[1] ?? "");
    return data !== null && typeof data === "object"
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function tagsOf(frontmatter: Record<string, unknown> | undefined): string[] {
  const tags = frontmatter?.tags;
  return Array.isArray(tags) ? tags.map((tag) => String(tag).toLowerCase()) : [];
}

function filesIn(vault: string, folder: string): string[] {
  return readdirSync(join(vault, folder))
    .filter((name) => name.endsWith(".md"))
    .map((name) => join(vault, folder, name));
}

/** Level → number of rule notes whose frontmatter carries `tag` (lower case, as rules write it). */
export function ruleLevelsFromFiles(vault: string, tag: string): Map<string, number> {
  const levels = new Map<string, number>();
  for (const file of filesIn(vault, "Detection Rules")) {
    const frontmatter = frontmatterOf(file);
    const tags = tagsOf(frontmatter);
    if (!tags.includes("detection_rule") || !tags.includes(tag)) continue;
    const level = String(frontmatter?.level ?? "").toLowerCase();
    levels.set(level, (levels.get(level) ?? 0) + 1);
  }
  return levels;
}

/** Test notes whose frontmatter carries `tag`, with their number of atomic test sections. */
export function testFilesTagged(
  vault: string,
  tag: string,
): { file: string; atomicTests: number }[] {
  return filesIn(vault, "Testing Runbooks")
    .filter((file) => tagsOf(frontmatterOf(file)).includes(tag))
    .map((file) => ({
      file,
      atomicTests: (readFileSync(file, "utf8").match(/^## Atomic Test #\d+/gm) ?? []).length,
    }));
}

/** The sum of a level breakdown. */
export function total(levels: ReadonlyMap<string, number>): number {
  return [...levels.values()].reduce((sum, count) => sum + count, 0);
}
