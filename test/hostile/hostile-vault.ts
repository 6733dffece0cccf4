/**
 * The hostile vault: the hand-written bad notes of `test/fixtures/bad-notes/` plus notes that
 * cannot live in git (10 MB, invalid UTF-8, CRLF, file names with every character Linux
 * allows), written to a temporary folder. Each note comes with what it must end up as.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

/** What a note must end up as; `problem` is a pattern its report must match (none: no report). */
export interface Expected {
  readonly kind: "technique" | "rule" | "test" | "other";
  readonly tags: readonly string[];
  readonly problem?: string;
  readonly queryBlocks?: number;
  /**
   * Where the plugin, which takes the app's metadata as given, ends up elsewhere than the
   * headless reader: the outcome through the stand-in's metadata cache.
   */
  readonly adapter?: { readonly kind: Expected["kind"]; readonly tags: readonly string[] };
}

/** Paths from the repository root, where vitest runs (happy-dom replaces `URL`). */
export const BAD_NOTES = resolve("test/fixtures/bad-notes");

const RULE = "---\ntags: [detection_rule]\n---\nA rule with an odd file name.\n";
const TEN_THOUSAND = Array.from({ length: 10_000 }, (_, i) => `tag${i}`);

/** File names with characters the app's links dislike but Linux allows, all readable notes. */
export const ODD_NAMES = [
  "with spaces.md",
  "hash#tag.md",
  "100%.md",
  "[brackets] and (parens).md",
  "pipe|name.md",
  "caret^block.md",
  `quotes 'single' "double".md`,
  "emoji 🛡️🔥.md",
  "RTL \u202egnp.exe.md",
  "עברית ملاحظة.md",
  "new\nline.md",
  "tab\tname.md",
  "back\\slash.md",
  "colon:star*what?<less>.md",
  "cafe\u0301.md",
  "caf\u00e9.md",
  "T1059.001.md",
  `${"long".repeat(62)}.md`,
  "zero\u200bwidth.md",
  "deep/er/folder/with.dot/inside.md",
];

/** Dot-named files and folders: the app shows none of them, so nothing is indexed. */
export const HIDDEN = [".dotfile.md", ".dotfolder/inside.md", "names/.hidden/x.md"];

function generated(): Record<string, { data: string | Buffer; expected: Expected }> {
  const hugeLine = "lorem ipsum dolor `code` [[link]] https://example.org/a ".repeat(180) + "\n";
  return {
    "generated/huge-10mb.md": {
      data: "---\ntags: [detection_rule]\n---\n#huge_tag\n" + hugeLine.repeat(1000),
      expected: { kind: "rule", tags: ["detection_rule", "huge_tag"] },
    },
    "generated/ten-thousand-tags.md": {
      data: `---\ntags: [${TEN_THOUSAND.join(", ")}, techniques]\n---\n# T1595 - Active Scanning\n`,
      expected: { kind: "technique", tags: [...TEN_THOUSAND, "techniques"] },
    },
    "generated/deep-yaml.md": {
      data:
        "---\ntags: [atomic_test]\nflow: " +
        "[".repeat(1000) +
        "]".repeat(1000) +
        "\nblock:\n" +
        Array.from({ length: 1000 }, (_, i) => `${" ".repeat(i + 1)}k${i}:`).join("\n") +
        " v\n---\n## Atomic Test #1 - deep\n",
      expected: { kind: "test", tags: ["atomic_test"] },
    },
    "generated/deep-quote.md": {
      data:
        "---\ntags: [techniques, T1590]\n---\n" +
        ["```query", "tag: detection_rule", "tag: T1590", "```", "#deep_tag"]
          .map((line) => `${"> ".repeat(1000)}${line}\n`)
          .join(""),
      expected: { kind: "technique", tags: ["techniques", "T1590", "deep_tag"], queryBlocks: 1 },
    },
    "generated/invalid-utf8.md": {
      data: Buffer.concat([
        Buffer.from("---\ntags: [detection_rule, "),
        Buffer.from([0xff, 0xfe, 0xc3]),
        Buffer.from("]\n---\n#after_bad_bytes\n"),
      ]),
      expected: {
        kind: "rule",
        tags: ["detection_rule", "after_bad_bytes"],
        problem: "not a valid tag",
      },
    },
    "generated/bom-crlf.md": {
      data: "\ufeff---\r\ntags: [atomic_test]\r\n---\r\n#crlf_tag\r\n## Atomic Test #1 - x\r\n",
      // The stand-in, like the app as far as we know, finds no frontmatter after a BOM.
      expected: {
        kind: "test",
        tags: ["atomic_test", "crlf_tag"],
        adapter: { kind: "other", tags: ["crlf_tag"] },
      },
    },
    "generated/quadratic-bait.md": {
      data: [
        "[[".repeat(300_000),
        "](".repeat(100_000),
        "<!--".repeat(100_000),
        "# " + " \t".repeat(300_000) + "x",
        "# a" + "#".repeat(300_000) + "x",
        "http://".repeat(50_000),
      ].join("\n"),
      expected: { kind: "other", tags: [] },
    },
    ...Object.fromEntries(
      ODD_NAMES.map((name) => [
        `names/${name}`,
        { data: RULE, expected: { kind: "rule", tags: ["detection_rule"] } as Expected },
      ]),
    ),
  };
}

/** Writes the hostile vault to a fresh temporary folder; returns it and every expectation. */
export function writeHostileVault(): { root: string; expected: Map<string, Expected> } {
  const root = mkdtempSync(join(tmpdir(), "attack-lens-hostile-"));
  cpSync(BAD_NOTES, root, { recursive: true, filter: (src) => !src.endsWith(".json") });
  const manifest = JSON.parse(readFileSync(join(BAD_NOTES, "EXPECTED.json"), "utf8")) as {
    notes: Record<string, Expected>;
  };
  const expected = new Map(Object.entries(manifest.notes));
  for (const [path, note] of Object.entries(generated())) {
    write(root, path, note.data);
    expected.set(path, note.expected);
  }
  for (const path of HIDDEN) write(root, path, RULE);
  return { root, expected };
}

function write(root: string, path: string, data: string | Buffer): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), data);
}

/** The notes `tag` must find: those whose expected tags hold it or a tag nested under it. */
export function expectedWithTag(expected: Map<string, Expected>, tag: string): string[] {
  const key = tag.toLowerCase();
  return [...expected]
    .filter(([, note]) =>
      note.tags.some((t) => t.toLowerCase() === key || t.toLowerCase().startsWith(key + "/")),
    )
    .map(([path]) => path)
    .sort();
}

/** Every own property name of the built-in prototypes a hostile key could reach. */
export function prototypeSnapshot(): string[] {
  return [Object.prototype, Array.prototype, Function.prototype].flatMap((proto) =>
    Reflect.ownKeys(proto).map(String),
  );
}
