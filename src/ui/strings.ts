/**
 * Every text the plugin shows, in one place, in sentence case. Functions build the texts
 * that carry numbers or names.
 */

const plural = (count: number, one: string, many: string): string =>
  `${count.toLocaleString("en-US")} ${count === 1 ? one : many}`;

/** Texts of the settings tab, one group per section. */
const SETTINGS_STRINGS = {
  kinds: {
    heading: "Note kinds",
    technique: "Technique tag",
    techniqueDesc:
      "Notes with this tag are technique notes. Write a tag without #; nested tags like a/b work.",
    rule: "Detection rule tag",
    ruleDesc: "Notes with this tag are detection rules and fill the rule tables.",
    test: "Test tag",
    testDesc: "Notes with this tag are atomic tests and fill the test tables.",
  },
  folders: {
    heading: "Folders",
    include: "Folders to index",
    includeDesc:
      "One folder a line. Only notes inside these folders are read; leave empty to read the whole vault.",
    ignore: "Folders to ignore",
    ignoreDesc: "One folder a line. Notes inside these folders are never read.",
    placeholder: "Detection Rules\nTesting Runbooks",
    missing: (folders: readonly string[]) =>
      `Not in this vault yet: ${folders.join(", ")}. Kept, and used once it exists.`,
  },
  coverage: {
    heading: "Coverage",
    rollUp: "Count sub-techniques into their parent",
    rollUpDesc:
      "When on, a technique's coverage also counts the rules and tests of its sub-techniques. " +
      "When off, each technique counts only the notes tagged with its own identifier. " +
      "The coverage view can switch either way and always says which it shows.",
  },
  tables: {
    heading: "Tables",
    ruleColumns: "Detection rule columns",
    ruleColumnsDesc: "Which columns the rule tables show, and in which order.",
    testColumns: "Test columns",
    testColumnsDesc: "Which columns the test tables show, and in which order.",
    moveUp: "Move up",
    moveDown: "Move down",
    lastColumn: "At least one column stays shown.",
  },
  links: {
    heading: "Links and previews",
    previewIds: "Preview technique identifiers",
    previewIdsDesc:
      "Hovering an identifier such as T1059.001 in a note previews that technique's note.",
    openLocal: "Open technique links in the vault",
    openLocalDesc:
      "Clicking a link to a technique on attack.mitre.org opens its note in this vault, when there is one.",
  },
  graph: {
    heading: "Technique graph",
    depth: "Default depth",
    depthDesc: "How far the graph reaches from the open note; an open graph redraws at once.",
    depths: { 1: "Direct neighbours", 2: "Neighbours of neighbours" },
    bareIds: "Count plain identifiers as links",
    bareIdsDesc:
      "Identifiers written as plain text, such as T1055 or S0183, count as links between " +
      "notes in the graph, as attack.mitre.org links do.",
  },
  blocks: {
    heading: "Query blocks",
    showCore: "Show the app's own results too",
    showCoreDesc:
      "Keep the app's own search results visible below the tables in query blocks. " +
      "When off, only the tables are shown.",
  },
  advanced: {
    heading: "Advanced",
    logLevel: "Log level",
    logLevelDesc: "How much the plugin writes to the developer console.",
    levels: {
      debug: "Everything (debug)",
      info: "Information",
      warn: "Warnings and errors",
      error: "Errors only",
      silent: "Nothing",
    },
  },
  input: {
    empty: "Write a tag.",
    invalidTag: (value: string) =>
      `"${value}" is not a tag: use letters, digits, _, - and /, and not digits alone.`,
    sameTag: (value: string) =>
      `"${value}" already marks another kind of note; each kind needs its own tag.`,
    invalidFolder: (line: number, value: string) =>
      `Line ${line}: "${value}" is not a folder path. Folder names cannot hold \\ : * ? " < > | ` +
      "or be . or ..",
    tooManyFolders: (count: number, max: number) =>
      `${count.toLocaleString("en-US")} folders is more than the ${max} kept; remove some.`,
  },
} as const;

/** Texts of the list of notes the index could not read. */
const PROBLEM_STRINGS = {
  title: "Notes that could not be read",
  none: "Every note was read without problems.",
  intro: (count: number) =>
    `${plural(count, "note", "notes")} had problems. Each is still indexed as far as it could be read.`,
  what: {
    "tag-not-text": (detail: string) =>
      `A tag in its tags property is ${detail}, not text, so it was skipped.`,
    "invalid-tag": (detail: string) =>
      `"${detail}" in its tags property is not a valid tag, so it was skipped.`,
    unreadable: (detail: string) =>
      `The note could not be read (${detail}), so its table details are incomplete.`,
  },
  advice: {
    "tag-not-text": "Write each tag as text, for example tags: [T1003_001, detection_rule].",
    "invalid-tag":
      "Tags hold letters, digits, _, - and / only, and not digits alone; fix or remove this one.",
    unreadable: "Check that the file still exists and opens, then run Rebuild the index.",
  },
  openNote: (path: string) => `Open ${path}`,
} as const;

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
  /** Names only the kinds the block found: a rules block does not announce "0 test notes". */
  blockSummary: (rules: number, tests: number, atomicTests: number, others: number) => {
    const parts = [
      rules > 0 ? plural(rules, "detection rule", "detection rules") : "",
      tests > 0
        ? `${plural(tests, "test note", "test notes")} (${plural(atomicTests, "atomic test", "atomic tests")})`
        : "",
      others > 0 ? plural(others, "other note", "other notes") : "",
    ];
    return parts.filter((part) => part !== "").join(" · ") || "No matching notes";
  },
  otherSummary: (count: number) => plural(count, "other note", "other notes"),
  subtechniqueSummary: (id: string, name: string | undefined, count: number) =>
    `${id}${name ? ` ${name}` : ""}: ${plural(count, "note", "notes")}`,
  queryErrorAt: (line: number, column: number) => `Line ${line}, column ${column}`,
  settings: SETTINGS_STRINGS,
  commands: {
    rebuildIndex: "Rebuild the index",
    showIndexProblems: "Show notes that could not be read",
  },
  notices: {
    indexRebuilt: (count: number) => `Index rebuilt: ${plural(count, "note", "notes")}.`,
    indexNotReady: "The vault is still being indexed; try again in a moment.",
  },
  problems: PROBLEM_STRINGS,
  errors: {
    settingsNotSaved:
      "Settings could not be saved to data.json; they apply until the app restarts.",
    rebuildFailed: "The index could not be rebuilt; see the developer console for details.",
  },
  coverage: {
    viewTitle: "ATT&CK coverage",
    commandName: "Show coverage",
    loading: "Indexing the vault…",
    measureLabel: "Colour by",
    measures: {
      rules: "Detection rules",
      weightedRules: "Rules weighted by level",
      tests: "Test notes",
      state: "Rules and tests",
    },
    weightsHint: "Weights: informational 1, low 2, medium 3, high 4, critical 5; no level 1.",
    rollUpLabel: "Include sub-techniques",
    rollUpOn: "Counts include sub-techniques",
    rollUpOff: "Exact technique only",
    rollUpOnHint: "A technique's counts add its sub-techniques' rules and tests, each note once.",
    rollUpOffHint:
      "Each technique counts only notes tagged with its own identifier, as its note's query blocks do.",
    allPlatforms: "All platforms",
    allLevels: "All levels",
    allStatuses: "All statuses",
    allTactics: "All tactics",
    platformLabel: "Platform",
    levelLabel: "Rule level",
    statusLabel: "Rule status",
    tacticLabel: "Tactic",
    otherLevel: "No level",
    searchPlaceholder: "Search techniques",
    searchLabel: "Search techniques by identifier or name",
    states: {
      "rules-and-tests": "Rules and tests",
      "rules-only": "Rules only",
      "tests-only": "Tests only",
      none: "Nothing",
    },
    legendNone: "None",
    legendUpTo: (value: number) => `Up to ${value.toLocaleString("en-US")}`,
    summary: (covered: number, total: number, what: string) =>
      `${covered.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} ${what}`,
    summaryRule: "with a rule",
    summaryTest: "with a test",
    summaryBoth: "with both",
    tacticFigures: (rules: number, tests: number, total: number) =>
      `${rules}/${total} rules · ${tests}/${total} tests`,
    cellTitle: (id: string, name: string, rules: number, tests: number, atomic: number) =>
      `${id} ${name}: ${plural(rules, "rule", "rules")}, ${plural(tests, "test note", "test notes")} (${plural(atomic, "atomic test", "atomic tests")})`,
    cellCount: (value: number) => value.toLocaleString("en-US"),
    expand: (count: number) => `Show ${plural(count, "sub-technique", "sub-techniques")}`,
    collapse: "Hide sub-techniques",
    flags: {
      revoked: "Revoked in ATT&CK",
      deprecated: "Deprecated in ATT&CK",
      unknown: "Not in the ATT&CK catalogue",
    },
    aliasNote: (aliases: string) => `Also counts revoked ${aliases}`,
    unplacedHeading: "Not in any tactic",
    emptyMatrix: "No technique matches these filters.",
    gapsHeading: "Gaps",
    gaps: {
      noRule: "Techniques with no rule",
      noTest: "Techniques with no test",
      rulesNeverTested: "Rules never tested",
      unmappedRules: "Rules with no technique tag",
      revokedTags: "Tags naming revoked techniques",
      deprecatedTags: "Tags naming deprecated techniques",
      unknownTags: "Tags naming unknown techniques",
    },
    gapCount: (title: string, count: number) => `${title} (${count.toLocaleString("en-US")})`,
    issueLine: (id: string, successor: string | undefined, count: number) =>
      `${id}${successor ? ` → ${successor}` : ""}: ${plural(count, "note", "notes")}`,
    showMoreGaps: (count: number) => `Show ${plural(count, "more", "more")}`,
    exportHeading: "Export",
    exportNavigator: "Navigator layer",
    exportCsv: "CSV",
    exportMarkdown: "Markdown",
    exportTitle: "Export coverage",
    exportPathLabel: "Save to this path in the vault",
    exportSave: "Save",
    exportCopy: "Copy to clipboard",
    exportCopied: "Copied to the clipboard.",
    exportSaved: (path: string) => `Saved ${path}.`,
    exportExists: (path: string) => `${path} already exists; choose another path.`,
    exportNoFolder: (folder: string) => `The folder ${folder} does not exist.`,
    exportBadPath: "Enter a path inside the vault.",
    exportFailed: "The file could not be saved.",
    cancel: "Cancel",
    createTitle: (id: string) => `Create a note for ${id}?`,
    createIntro: "The vault has no note for this technique. Create one from the template:",
    createPathLabel: "Path",
    createButton: "Create note",
    createCreated: (path: string) => `Created ${path}.`,
  },
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
