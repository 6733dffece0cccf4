import { VaultIndex } from "../../../src/core/index/vault-index";
import { buildNote } from "../../../src/core/notes/build-note";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import type { Heading } from "../../../src/core/notes/markdown";
import type { NoteRecord } from "../../../src/core/notes/note";

/** Builders for the small invented vault the preview tests run on. */

export function techniqueNote(path: string, tag: string, tactics = "Execution"): NoteRecord {
  return note(path, { tactics, platforms: "Windows", tags: [tag, "techniques"] });
}

export function ruleNote(path: string, title: string, level: string, tags: string[]): NoteRecord {
  return note(path, { title, level, tags: [...tags, "detection_rule"] });
}

export function testNote(path: string, tags: string[], atomicTests: number): NoteRecord {
  const headings: Heading[] = [];
  for (let n = 1; n <= atomicTests; n++)
    headings.push({ level: 2, text: `Atomic Test #${n} - test ${n}` });
  return note(path, { tags: [...tags, "atomic_test"] }, headings);
}

function note(
  path: string,
  frontmatter: Record<string, unknown>,
  headings: Heading[] = [],
): NoteRecord {
  const source = { path, frontmatter, inlineTags: [], headings, links: [] };
  return buildNote(source, DEFAULT_KIND_TAGS).note;
}

/**
 * T1059.001 has a technique note, six rules (one hostile title, one without a level) and
 * two test notes; a test note shares the technique note's file name. T1059 (the parent)
 * has a note and one rule of its own; T1003 has nothing.
 */
export function fixtureIndex(): VaultIndex {
  const index = new VaultIndex();
  index.upsertAll([
    techniqueNote("Use Cases/T1059.001 - PowerShell.md", "T1059_001"),
    techniqueNote("Use Cases/T1059 - Command and Scripting Interpreter.md", "T1059"),
    ruleNote("Detection Rules/a.md", "Zeta encoded command", "high", ["t1059_001", "execution"]),
    ruleNote("Detection Rules/b.md", "Alpha download cradle", "high", ["t1059_001"]),
    ruleNote("Detection Rules/c.md", "Suspicious profile", "critical", ["t1059_001"]),
    ruleNote("Detection Rules/d.md", "<img src=x onerror=alert(1)>", "medium", ["t1059_001"]),
    ruleNote("Detection Rules/e.md", "Chatty script", "informational", ["t1059_001"]),
    ruleNote("Detection Rules/f.md", "Unlevelled", "", ["t1059_001"]),
    ruleNote("Detection Rules/g.md", "Parent only", "low", ["t1059"]),
    testNote("Testing Runbooks/T1059.001 - PowerShell.md", ["T1059_001"], 3),
    testNote("Testing Runbooks/Extra PowerShell tests.md", ["T1059_001"], 2),
    note("Notes/Unrelated.md", { tags: ["misc"] }),
  ]);
  return index;
}
