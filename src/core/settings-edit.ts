/**
 * The pure side of editing settings: merging a change, deciding what it affects, and
 * checking what a person typed before anything is saved.
 */
import type { KindTags } from "./notes/kinds";
import { tagKey } from "./notes/tags";
import {
  folderPath,
  kindTag,
  MAX_FOLDERS,
  readSettings,
  type AttackLensSettings,
} from "./settings";

/** A change to some settings; nested `kindTags` may be given in part. */
export type SettingsPatch = Partial<Omit<AttackLensSettings, "kindTags">> & {
  readonly kindTags?: Partial<KindTags>;
};

/** What has to happen after settings changed. */
export interface SettingsEffects {
  /** Kind tags or folders changed: every note has to be read again. */
  readonly rebuildIndex: boolean;
  /** Something drawn in query blocks changed: open blocks have to be drawn again. */
  readonly redrawBlocks: boolean;
  /** Kind tags changed, and with them which `query` blocks are ours: views render again. */
  readonly reclaimBlocks: boolean;
  /** The graph's depth or its reading of bare identifiers changed: an open graph redraws. */
  readonly redrawGraph: boolean;
}

/** The settings after a change, made valid the same way stored data is. */
export function applyPatch(current: AttackLensSettings, patch: SettingsPatch): AttackLensSettings {
  const kindTags = { ...current.kindTags, ...patch.kindTags };
  return readSettings({ ...current, ...patch, kindTags }).settings;
}

/** Which effects a change from `before` to `after` has. */
export function settingsEffects(
  before: AttackLensSettings,
  after: AttackLensSettings,
): SettingsEffects {
  const kindsChanged = !sameJson(before.kindTags, after.kindTags);
  const foldersChanged =
    !sameJson(before.includeFolders, after.includeFolders) ||
    !sameJson(before.ignoreFolders, after.ignoreFolders);
  const drawnChanged =
    !sameJson(before.ruleColumns, after.ruleColumns) ||
    !sameJson(before.testColumns, after.testColumns) ||
    before.showCoreResults !== after.showCoreResults;
  return {
    rebuildIndex: kindsChanged || foldersChanged,
    // Kind tags also decide which blocks are ours, so blocks are redrawn then too.
    redrawBlocks: kindsChanged || drawnChanged,
    reclaimBlocks: kindsChanged,
    redrawGraph:
      before.graphDepth !== after.graphDepth ||
      before.graphBareIdentifiers !== after.graphBareIdentifiers,
  };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Why a typed value was refused. */
export type InputProblem =
  | { readonly kind: "empty" }
  | { readonly kind: "invalid-tag"; readonly value: string }
  | { readonly kind: "same-tag"; readonly value: string }
  | { readonly kind: "invalid-folder"; readonly value: string; readonly line: number }
  | { readonly kind: "too-many-folders"; readonly count: number };

/** A typed value, accepted and cleaned, or refused with the reason. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: InputProblem };

/** Checks a tag typed for one note kind; it must be a valid tag that no other kind uses. */
export function checkKindTag(
  typed: string,
  kind: keyof KindTags,
  current: KindTags,
): Checked<string> {
  if (typed.trim() === "") return { ok: false, problem: { kind: "empty" } };
  const tag = kindTag(typed);
  if (tag === undefined)
    return { ok: false, problem: { kind: "invalid-tag", value: typed.trim() } };
  const others = (Object.keys(current) as (keyof KindTags)[]).filter((k) => k !== kind);
  if (others.some((other) => tagKey(current[other]) === tagKey(tag))) {
    return { ok: false, problem: { kind: "same-tag", value: tag } };
  }
  return { ok: true, value: tag };
}

/** Folder paths typed one a line; blank lines are skipped, duplicates kept once. */
export function checkFolderLines(typed: string): Checked<string[]> {
  const lines = typed.split(/\r?\n/);
  const found: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") continue;
    const path = folderPath(line);
    if (path === undefined || !isFolderPath(path)) {
      return { ok: false, problem: { kind: "invalid-folder", value: line.trim(), line: i + 1 } };
    }
    found.push(path);
  }
  const unique = [...new Set(found)];
  if (unique.length > MAX_FOLDERS) {
    return { ok: false, problem: { kind: "too-many-folders", count: unique.length } };
  }
  return { ok: true, value: unique };
}

/** Characters the app refuses in file and folder names. */
const FORBIDDEN_IN_FOLDER = /[\\:*?"<>|]/;

function isFolderPath(path: string): boolean {
  if (FORBIDDEN_IN_FOLDER.test(path)) return false;
  return path.split("/").every((part) => part.trim() !== "" && part !== "." && part !== "..");
}

/** The folder lines shown for a list of folders. */
export function folderLines(list: readonly string[]): string {
  return list.join("\n");
}

/** One row of a column list: the column, whether it is shown, and its place among shown ones. */
export interface ColumnRow<T extends string> {
  readonly column: T;
  readonly shown: boolean;
}

/** All columns, the shown ones first in their order, then the hidden ones in default order. */
export function columnRows<T extends string>(
  shown: readonly T[],
  all: readonly T[],
): ColumnRow<T>[] {
  const hidden = all.filter((column) => !shown.includes(column));
  return [
    ...shown.map((column) => ({ column, shown: true })),
    ...hidden.map((column) => ({ column, shown: false })),
  ];
}

/** Shows or hides a column; a newly shown column goes last. The last shown column stays. */
export function toggleColumn<T extends string>(shown: readonly T[], column: T, on: boolean): T[] {
  if (on) return shown.includes(column) ? [...shown] : [...shown, column];
  const rest = shown.filter((c) => c !== column);
  return rest.length > 0 ? rest : [...shown];
}

/** Moves a shown column one place up (`-1`) or down (`1`); at an end nothing changes. */
export function moveColumn<T extends string>(shown: readonly T[], column: T, step: -1 | 1): T[] {
  const from = shown.indexOf(column);
  const to = from + step;
  if (from === -1 || to < 0 || to >= shown.length) return [...shown];
  const moved = [...shown];
  [moved[from], moved[to]] = [moved[to] as T, column];
  return moved;
}
