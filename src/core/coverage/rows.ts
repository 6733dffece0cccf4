import type { Catalogue, CatalogueTechnique } from "../attack/catalogue";
import { parentTechniqueId } from "../attack/ids";
import type { VaultIndex } from "../index/vault-index";
import type { TechniqueFields } from "../notes/note";
import type { Evidence } from "./evidence";
import { countsOf } from "./counts";
import type { CoverageCounts } from "./measure";

/** How the catalogue knows a row's identifier. Revoked rows are those with no successor. */
export type CatalogueState = "active" | "revoked" | "deprecated" | "unknown";

/** One technique or sub-technique of the matrix, with the rules and tests it carries. */
export interface TechniqueRow extends CatalogueTechnique {
  /** Rows that are sub-techniques of this one, sorted (the catalogue's, plus any the vault adds). */
  readonly subtechniques: readonly string[];
  readonly state: CatalogueState;
  /** Revoked identifiers whose rules and tests were counted here instead. */
  readonly aliases: readonly string[];
  /** The vault's note for this technique (or, failing that, for one of its aliases). */
  readonly notePath?: string;
  /** Rule and test paths carried by this identifier or its aliases, sorted. */
  readonly rules: readonly string[];
  readonly tests: readonly string[];
  /** The same with the sub-techniques' added, each note once. */
  readonly rolledRules: readonly string[];
  readonly rolledTests: readonly string[];
  readonly exact: CoverageCounts;
  readonly rolled: CoverageCounts;
}

/** A tag (or technique note) naming an identifier that is not an active technique. */
export interface TagIssue {
  readonly id: string;
  readonly state: "revoked" | "deprecated" | "unknown";
  /** The active technique a revoked identifier was replaced by. */
  readonly successor?: string;
  /** Rules, tests and technique notes that carry it, sorted. */
  readonly paths: readonly string[];
}

interface RowDraft {
  id: string;
  name: string;
  tactics: string[];
  platforms: string[];
  parent?: string;
  subtechniques: string[];
  state: CatalogueState;
  aliases: string[];
  notePath?: string;
  rules: Set<string>;
  tests: Set<string>;
}

interface TechniqueNote {
  readonly path: string;
  readonly fields: TechniqueFields;
}

/** Every row: the catalogue's techniques plus identifiers the vault uses that it lacks. */
export function buildRows(
  index: VaultIndex,
  catalogue: Catalogue,
  evidence: Evidence,
): { rows: Map<string, TechniqueRow>; issues: TagIssue[] } {
  const notes = techniqueNotes(index);
  const drafts = new Map<string, RowDraft>();
  for (const t of catalogue.all()) {
    const fields = { name: t.name, tactics: [...t.tactics], platforms: [...t.platforms] };
    drafts.set(t.id, { ...fields, ...draftBase(t.id, "active") });
  }
  const issues = new Map<string, TagIssue & { paths: string[] }>();
  const ids = new Set([...evidence.byIdentifier.keys(), ...notes.keys()]);
  for (const id of [...ids].sort()) placeIdentifier(id, catalogue, drafts, notes, issues);
  for (const [id, carried] of evidence.byIdentifier) {
    const target = drafts.get(resolveTarget(id, catalogue));
    for (const path of carried.rules) target?.rules.add(path);
    for (const path of carried.tests) target?.tests.add(path);
  }
  attachNotes(drafts, notes, catalogue);
  linkSubtechniques(drafts);
  for (const issue of issues.values()) addIssuePaths(issue, evidence, notes);
  return { rows: finishRows(drafts, evidence), issues: sortedIssues(issues) };
}

function draftBase(id: string, state: CatalogueState) {
  return {
    id,
    subtechniques: [] as string[],
    state,
    aliases: [] as string[],
    rules: new Set<string>(),
    tests: new Set<string>(),
  };
}

function techniqueNotes(index: VaultIndex): Map<string, TechniqueNote> {
  const found = new Map<string, TechniqueNote>();
  const paths = [...index.pathsOfKind("technique")].sort();
  for (const path of paths) {
    const fields = index.getNote(path)?.technique;
    if (fields && !found.has(fields.id)) found.set(fields.id, { path, fields });
  }
  return found;
}

/** The row an identifier's rules and tests count under: itself, or a revoked one's successor. */
export function resolveTarget(id: string, catalogue: Catalogue): string {
  if (catalogue.get(id)) return id;
  const status = catalogue.status(id);
  return status.state === "revoked" && status.successor ? status.successor.id : id;
}

function placeIdentifier(
  id: string,
  catalogue: Catalogue,
  drafts: Map<string, RowDraft>,
  notes: Map<string, TechniqueNote>,
  issues: Map<string, TagIssue & { paths: string[] }>,
): void {
  const status = catalogue.status(id);
  if (status.state === "active") return;
  const successor = status.state === "revoked" ? status.successor?.id : undefined;
  issues.set(id, { id, state: status.state, ...(successor ? { successor } : {}), paths: [] });
  if (successor) {
    drafts.get(successor)?.aliases.push(id);
    return;
  }
  const note = notes.get(id)?.fields;
  drafts.set(id, {
    ...draftBase(id, status.state),
    name: note?.name ?? id,
    tactics: [],
    platforms: [...(note?.platforms ?? [])],
  });
}

/** Gives each row its note, and rows the catalogue does not know their note's tactics. */
function attachNotes(
  drafts: Map<string, RowDraft>,
  notes: Map<string, TechniqueNote>,
  catalogue: Catalogue,
): void {
  for (const draft of drafts.values()) {
    const own = notes.get(draft.id);
    const viaAlias = draft.aliases.map((alias) => notes.get(alias)).find((n) => n);
    const note = own ?? viaAlias;
    if (note) draft.notePath = note.path;
    if (draft.state !== "active") draft.tactics = tacticsFromNames(own?.fields.tactics, catalogue);
  }
  for (const draft of drafts.values()) {
    const parent = drafts.get(parentTechniqueId(draft.id) ?? "");
    if (draft.state !== "active" && draft.tactics.length === 0 && parent) {
      draft.tactics = [...parent.tactics];
    }
  }
}

/** Tactic shortnames from names as notes write them ("Defense Evasion", "defense_evasion"). */
export function tacticsFromNames(
  names: readonly string[] | undefined,
  catalogue: Catalogue,
): string[] {
  const key = (text: string): string => text.toLowerCase().replace(/[\s_-]+/g, "");
  const wanted = new Set((names ?? []).flatMap((n) => n.split(",")).map(key));
  return catalogue.tactics
    .filter((t) => wanted.has(key(t.name)) || wanted.has(key(t.shortname)))
    .map((t) => t.shortname);
}

function linkSubtechniques(drafts: Map<string, RowDraft>): void {
  for (const draft of [...drafts.values()].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const parentId = parentTechniqueId(draft.id);
    const parent = parentId === undefined ? undefined : drafts.get(parentId);
    if (!parent || parentId === undefined) continue;
    draft.parent = parentId;
    parent.subtechniques.push(draft.id);
  }
}

function addIssuePaths(
  issue: TagIssue & { paths: string[] },
  evidence: Evidence,
  notes: Map<string, TechniqueNote>,
): void {
  const carried = evidence.byIdentifier.get(issue.id);
  const note = notes.get(issue.id)?.path;
  const paths = [...(carried?.rules ?? []), ...(carried?.tests ?? []), ...(note ? [note] : [])];
  issue.paths.push(...paths.sort());
}

function sortedIssues(issues: Map<string, TagIssue>): TagIssue[] {
  return [...issues.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}

function finishRows(drafts: Map<string, RowDraft>, evidence: Evidence): Map<string, TechniqueRow> {
  const rows = new Map<string, TechniqueRow>();
  const sorted = [...drafts.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const draft of sorted) rows.set(draft.id, finishRow(draft, drafts, evidence));
  return rows;
}

function finishRow(
  draft: RowDraft,
  drafts: Map<string, RowDraft>,
  evidence: Evidence,
): TechniqueRow {
  const { rules, tests, ...rest } = draft;
  const exact = { rules: [...rules].sort(), tests: [...tests].sort() };
  const exactCounts = countsOf(exact.rules, exact.tests, evidence);
  if (draft.subtechniques.length === 0) {
    const same = { rolledRules: exact.rules, rolledTests: exact.tests, rolled: exactCounts };
    return { ...rest, ...exact, exact: exactCounts, ...same };
  }
  const rolledRules = new Set(rules);
  const rolledTests = new Set(tests);
  for (const sub of draft.subtechniques) {
    for (const path of drafts.get(sub)?.rules ?? []) rolledRules.add(path);
    for (const path of drafts.get(sub)?.tests ?? []) rolledTests.add(path);
  }
  const rolled = { rules: [...rolledRules].sort(), tests: [...rolledTests].sort() };
  return {
    ...rest,
    ...exact,
    rolledRules: rolled.rules,
    rolledTests: rolled.tests,
    exact: exactCounts,
    rolled: countsOf(rolled.rules, rolled.tests, evidence),
  };
}
