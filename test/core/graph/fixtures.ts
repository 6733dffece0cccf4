import { buildNote } from "../../../src/core/notes/build-note";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import type { NoteRecord } from "../../../src/core/notes/note";
import { VaultIndex } from "../../../src/core/index/vault-index";

/** Builders of small made-up notes for graph tests; tags follow the real vault's spelling. */

interface TechniqueOptions {
  readonly links?: readonly string[];
  readonly tactics?: string;
  readonly folder?: string;
}

const tagOf = (id: string): string => id.replace(".", "_");

/** A technique note `Use Cases/<id> - <name>.md`. */
export function techniqueNote(
  id: string,
  name: string,
  options: TechniqueOptions = {},
): NoteRecord {
  return buildNote(
    {
      path: `${options.folder ?? "Use Cases"}/${id} - ${name}.md`,
      frontmatter: {
        tags: [tagOf(id), "techniques"],
        ...(options.tactics ? { tactics: options.tactics } : {}),
      },
      inlineTags: [],
      headings: [{ level: 2, text: name }],
      links: [...(options.links ?? [])],
      body: "",
    },
    DEFAULT_KIND_TAGS,
  ).note;
}

/** A rule note tagging each technique in lower case, as the real rule notes do. */
export function ruleNote(name: string, techniques: readonly string[], level = "high"): NoteRecord {
  return buildNote(
    {
      path: `Detection Rules/${name}.md`,
      frontmatter: {
        title: name,
        level,
        tags: ["detection_rule", ...techniques.map((t) => tagOf(t).toLowerCase())],
      },
      inlineTags: [],
      headings: [],
      links: [],
    },
    DEFAULT_KIND_TAGS,
  ).note;
}

/** A test note named like its technique note, as in the real vault. */
export function testNote(
  id: string,
  name: string,
  platforms: readonly string[] = ["windows"],
): NoteRecord {
  const body = `## Atomic Test #1 - run it\n**Supported Platforms:** ${platforms.join(", ")}\n`;
  return buildNote(
    {
      path: `Testing Runbooks/${id} - ${name}.md`,
      frontmatter: { tags: [tagOf(id), "atomic_test"] },
      inlineTags: [],
      headings: [{ level: 2, text: "Atomic Test #1 - run it" }],
      links: [],
      body,
    },
    DEFAULT_KIND_TAGS,
  ).note;
}

/** An index holding the given notes. */
export function indexOf(notes: readonly NoteRecord[]): VaultIndex {
  const index = new VaultIndex();
  index.upsertAll(notes);
  return index;
}

/** `count` rules tagging `id`, with levels cycling through the given list. */
export function rulesFor(
  id: string,
  count: number,
  levels: readonly string[] = ["high"],
): NoteRecord[] {
  return Array.from({ length: count }, (_, i) =>
    ruleNote(`Rule ${id} ${String(i).padStart(3, "0")}`, [id], levels[i % levels.length]),
  );
}
