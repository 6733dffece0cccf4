import type { Evidence } from "./evidence";
import type { TagIssue, TechniqueRow } from "./rows";
import { countsFor } from "./summary";

/** What the vault lacks or gets wrong, as lists to work through. */
export interface CoverageGaps {
  /** Visible techniques with no detection rule, sorted by identifier. */
  readonly noRule: string[];
  readonly noTest: string[];
  /** Visible techniques with rules but no test. */
  readonly rulesNeverTested: string[];
  /** Counted rules with no technique tag, sorted by path. */
  readonly unmappedRules: string[];
  /** Identifiers that notes carry but the catalogue has revoked, deprecated or never had. */
  readonly revokedTags: TagIssue[];
  readonly deprecatedTags: TagIssue[];
  readonly unknownTags: TagIssue[];
}

/** Gap lists over the visible rows, under the roll-up choice. */
export function findGaps(
  rows: ReadonlyMap<string, TechniqueRow>,
  visible: readonly string[],
  rollUp: boolean,
  evidence: Evidence,
  issues: readonly TagIssue[],
): CoverageGaps {
  const counted = visible.flatMap((id) => {
    const row = rows.get(id);
    return row ? [{ id, counts: countsFor(row, rollUp) }] : [];
  });
  return {
    noRule: counted.filter((r) => r.counts.rules === 0).map((r) => r.id),
    noTest: counted.filter((r) => r.counts.testNotes === 0).map((r) => r.id),
    rulesNeverTested: counted
      .filter((r) => r.counts.rules > 0 && r.counts.testNotes === 0)
      .map((r) => r.id),
    unmappedRules: [...evidence.unmappedRules],
    revokedTags: issues.filter((i) => i.state === "revoked"),
    deprecatedTags: issues.filter((i) => i.state === "deprecated"),
    unknownTags: issues.filter((i) => i.state === "unknown"),
  };
}
