/** The prose of docs/benchmarks.md that does not come from figures. */

/**
 * Why each goal would be missed and what comes next; shown only for goals a run misses.
 * Causes come from CPU profiles of the same code (node --cpu-prof on the bench bundle).
 */
export const MISS_REASONS: Readonly<Record<string, [string, string]>> = {
  query: [
    "Answering a block is a few set look-ups; a miss means the full scan was cheap (a small vault) or the run was disturbed.",
    "Re-run on an idle machine; if it persists, profile `evaluateQuery` and `blockResults` at 100k notes.",
  ],
  build: [
    "The floor only reads each metadata field (a few nanoseconds each). Building a note allocates its record, cleans and de-duplicates its tags, folds every technique spelling through a regex, reads the rule fields, and the index then adds each tag and its parents to inverted sets: some twenty allocations per note, and the profile shows garbage collection at about a fifth of the time with no single hot spot. The build runs once, at layout-ready, not on any keystroke.",
    "Memoise tag look-up keys (most tags repeat: `detection_rule`, tactics, popular techniques), skip the split and flatMap for tags without `/` or `,`, and reject tags without digits before the technique-id regex; then re-measure. Within 3× of a bare read is likely out of reach for any index that normalises tags; a fairer floor would copy each note's tags into a Map.",
  ],
  load: [
    "The floor only reads and splits files. loadVault also parses every frontmatter with gray-matter and js-yaml, scans the body several times (fences, comments, inline tags, headings, links), finds query blocks and reads test lines; the profile spreads over these with no single hot spot, plus garbage collection.",
    "Call js-yaml directly for the frontmatter (gray-matter adds a second pass and its defaults), fold readBody's passes into one line scan, and for the command line read files in parallel worker threads on machines with more cores.",
  ],
  update: [
    "Per-update work touches only the note's own tags and the sets they key; nothing in it walks the vault. What differs at 100k notes is the engine's: larger hash tables, more cache misses, more garbage-collection work per allocation. The figures are tens of microseconds and, on this loaded machine, move by tens of percent between runs even when measured in alternation.",
    "Re-run on an idle machine; if it persists, profile `VaultIndex.upsert` at 100k notes.",
  ],
  onload: [
    "onload should only read settings and register handlers; anything more was added to it.",
    "Move the new work to layout-ready or to first use.",
  ],
  size: [
    "The bundle grew past the budget.",
    "Check esbuild's metafile for the largest inputs; the catalogue could be loaded lazily.",
  ],
  heap: [
    "Each note keeps its record (path, title, tags, techniques, properties, kind fields) plus its entries in the index's maps and sets. Properties were in the engine's dictionary mode (about 350 B a note); that is fixed on this branch (1106 → 779 B at 20k notes, first build in a fresh process). After the process has built indexes before, as in this run, the same measure reads about 1,000 B; the cause of that difference is not yet known.",
    "Share repeated tag strings through one table, drop empty arrays, and keep rule fields only where the table shows them.",
  ],
};

/** How each figure is measured. */
export const METHOD_NOTES: string[] = [
  "- **Vaults.** `bench/generate.ts` writes vaults of 1,000, 10,000 and 100,000 notes with a seeded",
  "  generator that follows the figures measured on the real vault (`bench/measure-sample.ts` →",
  "  `bench/sample-profile.json`): share of technique, rule and test notes; tags per note; share of",
  "  rules tagging a sub-technique, without its parent, or with no technique at all; the broken",
  "  `[, detection_rule]` lists; how unevenly rules spread over techniques; frontmatter keys; body",
  "  sizes. Titles and bodies are made-up words; no text comes from the sample. The vault is",
  "  written under `bench/vaults/<size>/` once and reused while its profile hash matches, and the",
  "  same notes are given as metadata-cache objects (`MetadataLike`) for the plugin's path.",
  "  A test (`test/bench/generate.test.ts`) checks the generated profile against the sample's and",
  "  that metadata and file build the same note.",
  "- **Side by side.** Ours and its baseline run in alternation within one process (`timePair`),",
  "  so a busy machine slows both alike; each figure is the median of its runs, with p95 and",
  "  min–max beside it. Incremental updates at each size alternate, round by round, with the",
  "  same updates on the 1,000-note vault, which is their baseline.",
  "- **Index build**: `buildNote(sourceFromMetadata(...))` for every note, then",
  "  `VaultIndex.upsertAll` — what the plugin does at layout-ready. Floor: one pass reading",
  "  every metadata field (frontmatter keys and values, tags, headings, links).",
  "- **Headless load**: `loadVault` on the folder. Floor: list the folder, `readFileSync` every",
  "  Markdown file and split frontmatter from body.",
  "- **Queries**: the two blocks of 100 technique notes chosen by the seed (`tag: detection_rule`",
  "  or `tag: atomic_test`, plus `tag: T1234_001`), parsed and answered through the index, and",
  "  as `blockResults` (with the sub-technique groups the view shows). Baseline: a full scan",
  "  testing every note's tags against the block's (case folded, nested tags and both",
  "  sub-technique spellings accepted), as a search without an index must. Before timing, the",
  "  run checks that both give the same notes.",
  "- **Incremental updates**: 200 rule notes, each changed (a tag added, then removed), renamed",
  "  (there and back) and deleted (and put back, untimed); each as the plugin does it, the note",
  "  rebuilt from metadata and swapped in the index.",
  "- **Rendering**: `renderBlockResults` in happy-dom for 10, 100 and 1,000 rule rows. First",
  "  paint is the call (100 rows, then a “show more” button); all pages clicks every button.",
  "  Baseline: a bare table of the same rows, five text cells each.",
  "- **Heap per note**: `global.gc()`, heap used before and after building the index from",
  "  metadata already in memory, divided by the note count.",
  "- **Plugin**: the built `main.js` evaluated as CommonJS with `obsidian` supplied by the",
  "  project's stand-in (`test/stand-in/obsidian.ts`), then enabled in a fresh stand-in app",
  "  whose layout is not ready yet, so layout-ready work waits as it does at app start-up.",
  "  `main.js` size as built by `npm run build` (minified, catalogue included) and gzipped.",
  "- **Real vault**: `../shared/vault-sample` measured the same way; its metadata is derived",
  "  with the headless parser, as the app's own cache is not available in Node.",
  "- **Coverage model**: `buildCoverage(index, catalogue)` from `src/core/coverage/` with default",
  "  options, for the whole vault. Floor: one pass counting every note's techniques in a map.",
  "  The **graph model** is built on a branch not yet merged; its row says so until it lands.",
  "- **Machine.** The run shares a 2-core machine with other work; the load average is shown",
  "  above. Absolute times are therefore high and noisy; ratios measured in alternation are the",
  "  figures to read.",
];
