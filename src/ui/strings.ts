/**
 * Every text the plugin shows, in one place, in sentence case. Functions build the texts
 * that carry numbers or names.
 */

const plural = (count: number, one: string, many: string): string =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** The technique graph side panel. */
const GRAPH_STRINGS = {
  viewTitle: "Technique graph",
  openCommand: "Open technique graph",
  emptyTitle: "No technique in this note",
  emptyHint: "Open a technique, rule or test note to see how its techniques connect.",
  noNoteHint: "Open a technique, rule or test note to see its graph here.",
  unknown: (id: string, version: string) =>
    `${id} is not in ATT&CK v${version}. Check the identifier in the note's name and tags.`,
  deprecated: (id: string, version: string) => `${id} is deprecated in ATT&CK v${version}.`,
  revoked: (id: string, version: string, successor: string | undefined) =>
    `${id} is revoked in ATT&CK v${version}` +
    (successor ? `; its successor is ${successor}.` : " and has no successor."),
  truncated: (shown: number) =>
    `Showing the first ${plural(shown, "node", "nodes")}. Switch to depth 1 for a clearer view.`,
  zoomIn: "Zoom in",
  zoomOut: "Zoom out",
  fit: "Fit to view",
  depth: (depth: number) => `Depth ${depth}`,
  depthHint: "Show the neighbours of neighbours too, or only direct neighbours",
  graphLabel: (centres: string) => `Technique graph of ${centres}`,
  coverage: (rules: number, tests: number) =>
    `${plural(rules, "detection rule", "detection rules")}, ${plural(tests, "test", "tests")}`,
  ruleGroup: (count: number) => plural(count, "detection rule", "detection rules"),
  testGroup: (count: number) => plural(count, "test note", "test notes"),
  more: (count: number) => `${count.toLocaleString("en-US")} more`,
  moreLabel: (count: number) => `+${count.toLocaleString("en-US")}`,
  current: "this note",
  noLocalNote: "no note in this vault",
  kind: {
    technique: "Technique",
    tactic: "Tactic",
    rule: "Detection rule",
    test: "Test",
    "rule-group": "Detection rules",
    "test-group": "Tests",
    more: "More techniques",
    software: "Software",
    group: "Group",
  },
  edge: {
    tactic: "tactic",
    parent: "sub-technique of",
    subtechnique: "has sub-technique",
    "links-to": "links to",
    "linked-from": "linked from",
    "detected-by": "detected by",
    "tested-by": "tested by",
    mentions: "mentions",
  },
} as const;

export const STRINGS = {
  pluginName: "ATT&CK Lens",
  graph: GRAPH_STRINGS,
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
  preview: {
    label: (id: string) => `Technique ${id}`,
    tactics: "Tactics",
    platforms: "Platforms",
    none: "None",
    rules: (count: number) => plural(count, "detection rule", "detection rules"),
    tests: (notes: number, atomicTests: number) =>
      `${plural(notes, "test note", "test notes")} (${plural(atomicTests, "atomic test", "atomic tests")})`,
    levelBadge: (level: string, count: number) => `${level === "" ? "no level" : level} ${count}`,
    levelBadgeTitle: (level: string, count: number) =>
      `${plural(count, "rule", "rules")} of level ${level === "" ? "none" : level}`,
    more: (count: number) => `and ${count.toLocaleString("en-US")} more`,
    atomicTests: (count: number) => plural(count, "atomic test", "atomic tests"),
    fromSubtechniques: (subtechniques: number, rules: number, tests: number) =>
      `Sub-techniques (${subtechniques}) add ${plural(rules, "rule", "rules")} and ` +
      `${plural(tests, "test note", "test notes")}, not counted above.`,
    openNote: "Open technique note",
    noNote: "No local note",
    webPage: "View on attack.mitre.org",
    revoked: (id: string) => `${id} was revoked in ATT&CK.`,
    revokedWithSuccessor: (id: string, successor: string, name: string) =>
      `${id} was revoked in ATT&CK; use ${successor} ${name} instead.`,
    deprecated: (id: string) => `${id} is deprecated in ATT&CK.`,
    unknown: (id: string, version: string) => `${id} is not a technique in ATT&CK v${version}.`,
  },
} as const;
