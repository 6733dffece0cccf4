import type { LogLevel } from "./log";
import { DEFAULT_KIND_TAGS, type KindTags } from "./notes/kinds";
import { cleanTag } from "./notes/tags";

/** Columns the detection-rule table can show. */
export const RULE_COLUMNS = ["title", "level", "status", "logsource", "modified"] as const;
export type RuleColumn = (typeof RULE_COLUMNS)[number];

/** Columns the test table can show. */
export const TEST_COLUMNS = ["title", "platforms", "tests", "executors"] as const;
export type TestColumn = (typeof TEST_COLUMNS)[number];

/** Levels the logger knows, most talkative first. */
export const LOG_LEVELS: readonly LogLevel[] = ["debug", "info", "warn", "error", "silent"];

/** Longest tag accepted for a note kind; longer text is refused as corrupt. */
export const MAX_TAG_LENGTH = 200;
/** Longest folder path accepted. */
export const MAX_FOLDER_LENGTH = 1000;
/** Most folders kept per list. */
export const MAX_FOLDERS = 500;

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

/** Settings read from stored data, and each value that had to fall back to its default. */
export interface ReadSettings {
  readonly settings: AttackLensSettings;
  readonly problems: string[];
}

/**
 * Settings from whatever `data.json` held: every missing, mistyped or unknown value falls
 * back to its default, so a corrupt file never stops the plugin.
 */
export function sanitiseSettings(raw: unknown): AttackLensSettings {
  return readSettings(raw).settings;
}

/** Like `sanitiseSettings`, also saying which stored values were unusable. */
export function readSettings(raw: unknown): ReadSettings {
  const problems: string[] = [];
  if (raw !== undefined && raw !== null && !isRecord(raw)) {
    problems.push("the stored settings are not a set of values; all defaults are used");
  }
  const reader = new Reader(isRecord(raw) ? raw : {}, problems);
  return { settings: reader.read(), problems };
}

/** Reads one stored record, noting each present but unusable value. */
class Reader {
  constructor(
    private readonly data: Record<string, unknown>,
    private readonly problems: string[],
  ) {}

  read(): AttackLensSettings {
    const d = DEFAULT_SETTINGS;
    return {
      kindTags: this.kindTags(),
      includeFolders: this.value("includeFolders", d.includeFolders, folderList),
      ignoreFolders: this.value("ignoreFolders", d.ignoreFolders, folderList),
      rollUpSubtechniques: this.value("rollUpSubtechniques", d.rollUpSubtechniques, boolean),
      ruleColumns: this.value("ruleColumns", d.ruleColumns, columnList(RULE_COLUMNS)),
      testColumns: this.value("testColumns", d.testColumns, columnList(TEST_COLUMNS)),
      previewBareIdentifiers: this.value(
        "previewBareIdentifiers",
        d.previewBareIdentifiers,
        boolean,
      ),
      openLocalNoteForWebLinks: this.value(
        "openLocalNoteForWebLinks",
        d.openLocalNoteForWebLinks,
        boolean,
      ),
      showCoreResults: this.value("showCoreResults", d.showCoreResults, boolean),
      logLevel: this.value("logLevel", d.logLevel, logLevel),
      graphDepth: this.value("graphDepth", d.graphDepth, graphDepth),
      graphBareIdentifiers: this.value("graphBareIdentifiers", d.graphBareIdentifiers, boolean),
    };
  }

  private kindTags(): KindTags {
    const stored = ownValue(this.data, "kindTags");
    if (stored !== undefined && !isRecord(stored))
      this.problems.push("kindTags is not a set of tags");
    const nested = new Reader(isRecord(stored) ? stored : {}, this.problems);
    return {
      technique: nested.value("technique", DEFAULT_KIND_TAGS.technique, kindTag, "kindTags."),
      rule: nested.value("rule", DEFAULT_KIND_TAGS.rule, kindTag, "kindTags."),
      test: nested.value("test", DEFAULT_KIND_TAGS.test, kindTag, "kindTags."),
    };
  }

  /** The stored value converted by `convert`, or the default when absent or unusable. */
  value<T>(key: string, fallback: T, convert: (raw: unknown) => T | undefined, prefix = ""): T {
    const stored = ownValue(this.data, key);
    if (stored === undefined) return fallback;
    const converted = convert(stored);
    if (converted !== undefined) return converted;
    this.problems.push(`${prefix}${key} holds an unusable value; the default is used`);
    return fallback;
  }
}

/** Reads only the record's own keys, so `__proto__` and inherited values are never consulted. */
function ownValue(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function boolean(value: unknown): boolean | undefined {
  return typeof value === "boolean" ? value : undefined;
}

function graphDepth(value: unknown): 1 | 2 | undefined {
  return value === 1 || value === 2 ? value : undefined;
}

function logLevel(value: unknown): LogLevel | undefined {
  return LOG_LEVELS.find((level) => level === value);
}

/** A tag that marks a note kind, without `#`; undefined when it is not a usable tag. */
export function kindTag(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > MAX_TAG_LENGTH) return undefined;
  return cleanTag(value);
}

/** A folder path without leading or trailing slashes; undefined when it is not one. */
export function folderPath(value: unknown): string | undefined {
  if (typeof value !== "string" || value.length > MAX_FOLDER_LENGTH) return undefined;
  const path = value.trim().replace(/^\/+|\/+$/g, "");
  return path === "" ? undefined : path;
}

function folderList(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const paths = value.slice(0, MAX_FOLDERS).map(folderPath);
  return [...new Set(paths.filter((path): path is string => path !== undefined))];
}

/** Folder paths without leading or trailing slashes; anything that is not a path is dropped. */
export function folders(value: unknown): string[] {
  return folderList(value) ?? [];
}

function columnList<T extends string>(allowed: readonly T[]) {
  return (value: unknown): T[] | undefined => {
    if (!Array.isArray(value)) return undefined;
    const kept = value.filter((item): item is T => allowed.includes(item as T));
    const unique = [...new Set(kept)];
    return unique.length > 0 ? unique : undefined;
  };
}

/** Whether a vault path is inside the folders the settings index. */
export function isIndexedPath(path: string, settings: AttackLensSettings): boolean {
  const inside = (folder: string): boolean => path === folder || path.startsWith(folder + "/");
  if (settings.ignoreFolders.some(inside)) return false;
  return settings.includeFolders.length === 0 || settings.includeFolders.some(inside);
}
