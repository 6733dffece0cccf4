import type { LogLevel } from "./log";
import { DEFAULT_KIND_TAGS, type KindTags } from "./notes/kinds";

/** Columns the detection-rule table can show. */
export const RULE_COLUMNS = ["title", "level", "status", "logsource", "modified"] as const;
export type RuleColumn = (typeof RULE_COLUMNS)[number];

/** Columns the test table can show. */
export const TEST_COLUMNS = ["title", "platforms", "tests", "executors"] as const;
export type TestColumn = (typeof TEST_COLUMNS)[number];

export interface AttackLensSettings {
  readonly kindTags: KindTags;
  /** Folders whose notes are indexed; empty means the whole vault. */
  readonly includeFolders: readonly string[];
  /** Folders whose notes are never indexed. */
  readonly ignoreFolders: readonly string[];
  /** Whether coverage counts a sub-technique's rules and tests into its parent by default. */
  readonly rollUpSubtechniques: boolean;
  readonly ruleColumns: readonly RuleColumn[];
  readonly testColumns: readonly TestColumn[];
  /** Whether bare identifiers such as `T1059.001` in text get previews. */
  readonly previewBareIdentifiers: boolean;
  /** Whether clicking an attack.mitre.org technique link opens the local note. */
  readonly openLocalNoteForWebLinks: boolean;
  /** Whether the app's own result list stays visible under ours. */
  readonly showCoreResults: boolean;
  readonly logLevel: LogLevel;
  /** Technique graph: 1 shows direct neighbours, 2 their neighbours too. */
  readonly graphDepth: 1 | 2;
  /** Technique graph: whether identifiers written as plain text (`T1055`, `S0183`) count as links. */
  readonly graphBareIdentifiers: boolean;
}

export const DEFAULT_SETTINGS: AttackLensSettings = {
  kindTags: DEFAULT_KIND_TAGS,
  includeFolders: [],
  ignoreFolders: [],
  rollUpSubtechniques: false,
  ruleColumns: [...RULE_COLUMNS],
  testColumns: [...TEST_COLUMNS],
  previewBareIdentifiers: true,
  openLocalNoteForWebLinks: true,
  showCoreResults: false,
  logLevel: "warn",
  graphDepth: 1,
  graphBareIdentifiers: true,
};

const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

/**
 * Settings from whatever `data.json` held: every missing, mistyped or unknown value falls
 * back to its default, so a corrupt file never stops the plugin.
 */
export function sanitiseSettings(raw: unknown): AttackLensSettings {
  const data = isRecord(raw) ? raw : {};
  const kinds = isRecord(data.kindTags) ? data.kindTags : {};
  return {
    kindTags: {
      technique: text(kinds.technique, DEFAULT_KIND_TAGS.technique),
      rule: text(kinds.rule, DEFAULT_KIND_TAGS.rule),
      test: text(kinds.test, DEFAULT_KIND_TAGS.test),
    },
    includeFolders: folders(data.includeFolders),
    ignoreFolders: folders(data.ignoreFolders),
    rollUpSubtechniques: flag(data.rollUpSubtechniques, DEFAULT_SETTINGS.rollUpSubtechniques),
    ruleColumns: columns(data.ruleColumns, RULE_COLUMNS),
    testColumns: columns(data.testColumns, TEST_COLUMNS),
    previewBareIdentifiers: flag(
      data.previewBareIdentifiers,
      DEFAULT_SETTINGS.previewBareIdentifiers,
    ),
    openLocalNoteForWebLinks: flag(
      data.openLocalNoteForWebLinks,
      DEFAULT_SETTINGS.openLocalNoteForWebLinks,
    ),
    showCoreResults: flag(data.showCoreResults, DEFAULT_SETTINGS.showCoreResults),
    logLevel: LOG_LEVELS.includes(data.logLevel as LogLevel)
      ? (data.logLevel as LogLevel)
      : DEFAULT_SETTINGS.logLevel,
    graphDepth: data.graphDepth === 2 ? 2 : 1,
    graphBareIdentifiers: flag(data.graphBareIdentifiers, DEFAULT_SETTINGS.graphBareIdentifiers),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function text(value: unknown, fallback: string): string {
  return typeof value === "string" && value.trim() !== ""
    ? value.trim().replace(/^#/, "")
    : fallback;
}

function flag(value: unknown, fallback: boolean): boolean {
  return typeof value === "boolean" ? value : fallback;
}

/** Folder paths without leading or trailing slashes; anything that is not text is dropped. */
export function folders(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is string => typeof item === "string")
    .map((item) => item.trim().replace(/^\/+|\/+$/g, ""))
    .filter((item) => item !== "");
}

function columns<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(value)) return [...allowed];
  const kept = value.filter((item): item is T => allowed.includes(item as T));
  const unique = [...new Set(kept)];
  return unique.length > 0 ? unique : [...allowed];
}

/** Whether a vault path is inside the folders the settings index. */
export function isIndexedPath(path: string, settings: AttackLensSettings): boolean {
  const inside = (folder: string): boolean => path === folder || path.startsWith(folder + "/");
  if (settings.ignoreFolders.some(inside)) return false;
  return settings.includeFolders.length === 0 || settings.includeFolders.some(inside);
}
