import type { Heading } from "./markdown";
import type { TestFields } from "./note";

/**
 * Reads an Atomic Red Team test note: one `## Atomic Test #N - name` section per test,
 * a `**Supported Platforms:**` line in each, and "Run with `executor`" on the line that
 * opens its attack commands (dependency lines name executors too; those are skipped).
 */

const TEST_HEADING = /^Atomic Test #\d+/i;
const PLATFORMS_LINE = /\*\*Supported Platforms:\*\*\s*(.+)$/gim;
const ATTACK_EXECUTOR = /Attack Commands:\s*Run with\s+`([^`]+)`/gi;

/** Test count from headings alone, for when the body has not been read. */
export function countAtomicTests(headings: readonly Heading[]): number {
  return headings.filter((h) => TEST_HEADING.test(h.text)).length;
}

/** Test fields from headings and, when known, the body. */
export function readTestFields(headings: readonly Heading[], body?: string): TestFields {
  return {
    testCount: countAtomicTests(headings),
    platforms: body === undefined ? [] : platformsOf(body),
    executors: body === undefined ? [] : executorsOf(body),
  };
}

function platformsOf(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(PLATFORMS_LINE)) {
    for (const name of (match[1] ?? "").split(",")) {
      const platform = name.replace(/\*+/g, "").trim();
      if (platform !== "") found.add(platform);
    }
  }
  return [...found];
}

function executorsOf(body: string): string[] {
  const found = new Set<string>();
  for (const match of body.matchAll(ATTACK_EXECUTOR)) found.add((match[1] ?? "").trim());
  return [...found];
}
