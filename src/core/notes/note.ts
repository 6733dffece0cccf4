/**
 * The note model: what ATT&CK Lens knows about one note, whichever way it was read
 * (the app's metadata cache or a file on disk).
 */

/** What a note is for, decided by its tags (see `KindTags`). */
export type NoteKind = "technique" | "rule" | "test" | "other";

/** A frontmatter value reduced to what tables and queries need: text, or a list of text. */
export type PropertyValue = string | readonly string[];

/** Fields a detection-rule table shows, read from the rule note's frontmatter. */
export interface RuleFields {
  readonly level: string;
  readonly status: string;
  readonly product: string;
  readonly service: string;
  readonly created: string;
  readonly modified: string;
}

/** Fields a test table shows, read from an Atomic Red Team note's headings and body. */
export interface TestFields {
  /** Number of `## Atomic Test #N` sections. */
  readonly testCount: number;
  /** Platforms named on `**Supported Platforms:**` lines, in first-seen order. */
  readonly platforms: readonly string[];
  /** Executors named on "Run with `x`" lines of the attack commands, in first-seen order. */
  readonly executors: readonly string[];
}

/** Fields of a technique note. */
export interface TechniqueFields {
  /** Canonical identifier, `T1059.001`. */
  readonly id: string;
  readonly name: string;
  /** Tactic names as the note writes them ("Defense Evasion"). */
  readonly tactics: readonly string[];
  readonly platforms: readonly string[];
}

export interface NoteRecord {
  /** Vault-relative POSIX path, with extension. */
  readonly path: string;
  /** File name without folder and `.md`. */
  readonly basename: string;
  /** Frontmatter `title` when it is text, else the file name. */
  readonly title: string;
  readonly kind: NoteKind;
  /** Tags without `#`, duplicates (case-insensitive) removed, first spelling kept. */
  readonly tags: readonly string[];
  /** Canonical technique identifiers the note's tags carry, sorted. */
  readonly techniques: readonly string[];
  /** Sanitised frontmatter: own keys only, lower-cased names, null prototype. */
  readonly properties: Readonly<Record<string, PropertyValue>>;
  /** Outgoing link targets: web URLs and wiki-link paths, as written. */
  readonly links: readonly string[];
  /** Source text of each `query` block in the note, in order; absent when the body was not read. */
  readonly queryBlocks?: readonly string[];
  readonly rule?: RuleFields;
  readonly test?: TestFields;
  readonly technique?: TechniqueFields;
}
