import { parseTechniqueId } from "../attack/ids";

/**
 * What the coverage model counts and shows. An empty list means "no filter". Rule level
 * and status filters decide which rules count; the platform filter decides which
 * techniques show (by their catalogue platforms) and which tests count (by the platforms
 * their notes name; a test note that names none is kept, as nothing says it does not
 * apply). The tactic filter keeps only those columns; the search keeps techniques whose
 * identifier or name holds the text.
 */
export interface CoverageOptions {
  /** Whether a technique's counts include its sub-techniques' rules and tests. */
  readonly rollUp: boolean;
  readonly platforms: readonly string[];
  readonly levels: readonly string[];
  readonly statuses: readonly string[];
  /** Tactic shortnames (`defense-evasion`). */
  readonly tactics: readonly string[];
  readonly search: string;
}

export const DEFAULT_COVERAGE_OPTIONS: CoverageOptions = {
  rollUp: false,
  platforms: [],
  levels: [],
  statuses: [],
  tactics: [],
  search: "",
};

/** Options with every field given, from a partial set. */
export function coverageOptions(partial: Partial<CoverageOptions> = {}): CoverageOptions {
  return { ...DEFAULT_COVERAGE_OPTIONS, ...partial };
}

/** A case-insensitive membership test for a filter list; an empty list lets all through. */
export function listFilter(values: readonly string[]): (value: string) => boolean {
  if (values.length === 0) return () => true;
  const wanted = new Set(values.map((v) => v.toLowerCase()));
  return (value) => wanted.has(value.toLowerCase());
}

/**
 * Atomic Red Team's platform names that ATT&CK spells otherwise: `iaas:aws` is IaaS, and
 * Azure AD, Office 365 and Google Workspace became Identity Provider and Office Suite.
 */
const PLATFORM_ALIASES: Readonly<Record<string, string>> = {
  "azure-ad": "identity provider",
  "office-365": "office suite",
  "google-workspace": "office suite",
};

/** The key a platform name is compared by, whichever of the two spellings it uses. */
export function platformKey(platform: string): string {
  const text = platform.trim().toLowerCase();
  const base = text.startsWith("iaas:") ? "iaas" : text;
  return PLATFORM_ALIASES[base] ?? base;
}

/** Whether any platform in a list is selected; an empty filter or list lets it through. */
export function platformFilter(filter: readonly string[]): (have: readonly string[]) => boolean {
  if (filter.length === 0) return () => true;
  const selected = new Set(filter.map(platformKey));
  return (have) => have.length === 0 || have.some((p) => selected.has(platformKey(p)));
}

/** A predicate for the search box: identifier in any spelling, or words of the name. */
export function searchMatcher(search: string): (id: string, name: string) => boolean {
  const text = search.trim().toLowerCase();
  if (text === "") return () => true;
  const asId = parseTechniqueId(text);
  return (id, name) =>
    (asId !== undefined && id.startsWith(asId)) ||
    id.toLowerCase().includes(text) ||
    name.toLowerCase().includes(text);
}
