/**
 * Every text the plugin shows, in one place, in sentence case. Functions build the texts
 * that carry numbers or names.
 */

const plural = (count: number, one: string, many: string): string =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

export const STRINGS = {
  pluginName: "ATT&CK Lens",
  rulesHeading: "Detection rules",
  testsHeading: "Tests",
  othersHeading: "Other notes",
  fromSubtechniquesHeading: "From sub-techniques",
  fromSubtechniquesHint:
    "Not matched by this block: these notes carry a sub-technique's tag, not this technique's.",
  emptyBlock: "No notes match this query yet.",
  emptyBlockHint: "Tag a detection rule or test with this technique to see it here.",
  brokenQuery: "This query cannot be read",
  editQuery: "Edit query",
  indexLoading: "Indexing the vault…",
  showMore: (count: number) => `Show ${plural(count, "more row", "more rows")}`,
  column: {
    title: "Title",
    level: "Level",
    status: "Status",
    logsource: "Log source",
    modified: "Modified",
    platforms: "Platforms",
    tests: "Tests",
    executors: "Executors",
  },
  blockSummary: (rules: number, tests: number, atomicTests: number) =>
    `${plural(rules, "detection rule", "detection rules")} · ${plural(tests, "test note", "test notes")}` +
    (tests > 0 ? ` (${plural(atomicTests, "atomic test", "atomic tests")})` : ""),
  otherSummary: (count: number) => plural(count, "other note", "other notes"),
  subtechniqueSummary: (id: string, name: string | undefined, count: number) =>
    `${id}${name ? ` ${name}` : ""}: ${plural(count, "note", "notes")}`,
  queryErrorAt: (start: number, end: number) => `Position ${start + 1}–${Math.max(end, start + 1)}`,
} as const;
