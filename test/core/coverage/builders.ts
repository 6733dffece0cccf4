/** Builders for small coverage fixtures: notes made the way the loader makes them. */
import { bundledCatalogue } from "../../../src/core/attack/catalogue";
import { buildCoverageModel } from "../../../src/core/coverage/model";
import type { CoverageOptions } from "../../../src/core/coverage/options";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { buildNote } from "../../../src/core/notes/build-note";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import type { NoteRecord } from "../../../src/core/notes/note";

interface RuleSpec {
  readonly tags?: readonly string[];
  readonly level?: string;
  readonly status?: string;
  readonly title?: string;
}

/** A detection rule note tagged with `tags` (technique tags as rule notes spell them). */
export function rule(path: string, spec: RuleSpec = {}): NoteRecord {
  const frontmatter = {
    title: spec.title ?? path.replace(/\.md$/, ""),
    level: spec.level ?? "medium",
    status: spec.status ?? "test",
    tags: [...(spec.tags ?? []), "detection_rule"],
  };
  return make(path, frontmatter);
}

/** An Atomic Red Team test note with `count` tests on `platforms`. */
export function test(
  path: string,
  tags: readonly string[],
  platforms: readonly string[] = ["windows"],
  count = 1,
): NoteRecord {
  const sections = Array.from(
    { length: count },
    (_, i) => `## Atomic Test #${i + 1} - test ${i + 1}`,
  );
  const body = sections
    .map((h) => `${h}\n\n**Supported Platforms:** ${platforms.join(", ")}\n`)
    .join("\n");
  const headings = sections.map((h) => ({ level: 2, text: h.slice(3) }));
  return make(path, { tags: [...tags, "atomic_test"] }, body, headings);
}

/** A technique note for `id` with the real vault's file naming and blocks. */
export function techniqueNote(id: string, name: string, tactics = ""): NoteRecord {
  const tag = id.replace(".", "_");
  const body = ["rule", "test"]
    .map(
      (kind) =>
        `\`\`\`query\ntag: ${kind === "rule" ? "detection_rule" : "atomic_test"}\ntag: ${tag}\n\`\`\``,
    )
    .join("\n\n");
  return make(`Use Cases/${id} - ${name}.md`, { tactics, tags: [tag, "techniques"] }, body);
}

function make(
  path: string,
  frontmatter: Record<string, unknown>,
  body?: string,
  headings: { level: number; text: string }[] = [],
): NoteRecord {
  const source = {
    path,
    frontmatter,
    inlineTags: [],
    headings,
    links: [],
    ...(body === undefined ? {} : { body }),
  };
  return buildNote(source, DEFAULT_KIND_TAGS).note;
}

/** An index holding `notes`. */
export function indexOf(notes: readonly NoteRecord[]): VaultIndex {
  const index = new VaultIndex();
  index.upsertAll(notes);
  return index;
}

/** The coverage model of `notes` against the bundled catalogue. */
export function modelOf(notes: readonly NoteRecord[], options: Partial<CoverageOptions> = {}) {
  return buildCoverageModel(indexOf(notes), bundledCatalogue(), options);
}
