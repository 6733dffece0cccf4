/**
 * Seeded random event storms over a vault model: create, modify, rename (files and folders),
 * delete (files and folders) and metadata-only changes. The same sequence drives the core
 * index directly (test/core/index/storms.test.ts) and the plugin through the stand-in
 * (test/plugin/storms.test.ts); both compare the live index with a fresh rebuild.
 */
import { expect } from "vitest";
import type { VaultIndex } from "../../src/core/index/vault-index";

/** A small, fast, seedable generator (mulberry32), so a failing storm can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const STORM_TAGS = [
  "detection_rule",
  "atomic_test",
  "techniques",
  "T1003",
  "T1003_001",
  "t1003_001",
  "T1003_002",
  "T1003_001/extra",
  "T1059_001",
  "project/alpha/beta",
  "Project",
  "__proto__",
  "constructor",
  "تقنية",
];
/** Tags, their other spellings and their ancestors: every key worth looking up. */
export const STORM_QUERIES = [
  ...STORM_TAGS,
  "T1003.001",
  "t1003.002",
  "T1059.001",
  "T1059",
  "project",
  "PROJECT/ALPHA",
  "hasOwnProperty",
];
const FOLDERS = ["", "Use Cases/", "Detection Rules/", "Detection Rules/win/", "Tests/", "x y/"];
const NAMES = ["a", "b", "T1003.001 - LSASS", "c#1", "[d]", "é", "e e"];

/** One event; paths are whole vault paths, folders have no trailing slash. */
export type StormEvent =
  | { readonly type: "create" | "modify"; readonly path: string; readonly text: string }
  | { readonly type: "rename"; readonly from: string; readonly to: string }
  | { readonly type: "renameFolder"; readonly from: string; readonly to: string }
  | { readonly type: "delete"; readonly path: string }
  | { readonly type: "deleteFolder"; readonly path: string };

/** Note text with frontmatter tags, inline tags and, sometimes, broken YAML or a query block. */
export function noteText(random: () => number): string {
  const pick = (): string => STORM_TAGS[Math.floor(random() * STORM_TAGS.length)] ?? "x";
  const front = Array.from({ length: Math.floor(random() * 4) }, pick);
  const inline = Array.from({ length: Math.floor(random() * 3) }, () => `#${pick()}`);
  const broken = random() < 0.1 ? "oops: [unclosed\n" : "";
  const block = random() < 0.2 ? "```query\ntag: detection_rule\ntag: T1003\n```\n" : "";
  return `---\n${broken}tags: [${front.join(", ")}]\n---\n# Heading\n${inline.join(" ")}\n${block}`;
}

/** The next random event that makes sense for the current `paths`. */
export function nextEvent(random: () => number, paths: ReadonlySet<string>): StormEvent {
  const list = [...paths];
  const existing = (): string => list[Math.floor(random() * list.length)] ?? "a.md";
  const roll = random();
  if (list.length === 0 || roll < 0.25)
    return { type: "create", path: freshPath(random, paths), text: noteText(random) };
  if (roll < 0.55) return { type: "modify", path: existing(), text: noteText(random) };
  if (roll < 0.7) return { type: "rename", from: existing(), to: freshPath(random, paths) };
  if (roll < 0.8) return { type: "delete", path: existing() };
  const folder = folderOf(existing());
  if (folder === "" || roll < 0.9)
    return { type: "modify", path: existing(), text: noteText(random) };
  if (roll < 0.97) return { type: "renameFolder", from: folder, to: freshFolder(random, paths) };
  return { type: "deleteFolder", path: folder };
}

function freshPath(random: () => number, paths: ReadonlySet<string>): string {
  for (;;) {
    const folder = FOLDERS[Math.floor(random() * FOLDERS.length)] ?? "";
    const name = NAMES[Math.floor(random() * NAMES.length)] ?? "n";
    const path = `${folder}${name} ${Math.floor(random() * 1000)}.md`;
    if (!paths.has(path)) return path;
  }
}

function freshFolder(random: () => number, paths: ReadonlySet<string>): string {
  for (;;) {
    const folder = `moved ${Math.floor(random() * 100_000)}`;
    if (![...paths].some((path) => path.startsWith(folder + "/"))) return folder;
  }
}

/** The folder of a path, "" at the root. */
export function folderOf(path: string): string {
  return path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
}

/** Asserts that `live` answers every look-up exactly as `fresh` does. */
export function expectSameIndex(live: VaultIndex, fresh: VaultIndex, where: string): void {
  const paths = [...fresh.allPaths()].sort();
  expect([...live.allPaths()].sort(), where).toEqual(paths);
  for (const path of paths)
    expect(live.getNote(path), `${where}: ${path}`).toEqual(fresh.getNote(path));
  for (const tag of STORM_QUERIES) {
    expect([...live.pathsWithTag(tag)].sort(), `${where}: tag ${tag}`).toEqual(
      [...fresh.pathsWithTag(tag)].sort(),
    );
  }
  for (const kind of ["technique", "rule", "test", "other"] as const) {
    expect([...live.pathsOfKind(kind)].sort(), `${where}: kind ${kind}`).toEqual(
      [...fresh.pathsOfKind(kind)].sort(),
    );
  }
  for (const parent of ["T1003", "T1059"]) {
    expect(live.subtechniquesOf(parent), `${where}: ${parent}`).toEqual(
      fresh.subtechniquesOf(parent),
    );
  }
}
