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
    "The floor reads each metadata field and allocates nothing. Building a note still cleans its tags, reads its properties into a record and lists, and the index adds the note under each tag key in a set. Memoised tag keys, exact-length lists and no per-note sets brought the cost down about threefold, and at 10,000 notes the build is about 8× its floor. At 100,000 notes the cost per note grows. The index's sets and maps hold 100k paths and some 25k distinct tags, so inserts miss the CPU cache and tables rehash as they grow, and garbage collection marks a heap that holds the whole metadata cache. The profile's top entries are set inserts (`addTo`), memo look-ups and garbage collection (about a fifth). The build runs once, at layout-ready, not on any keystroke.",
    "Give notes small integer ids so that the tag sets hold numbers instead of path strings (smaller tables, fewer cache misses, less heap), then re-measure. Within 3× of a bare read would need the index built lazily on the first query, or in slices across idle frames.",
  ],
  load: [
    "The floor only reads and splits files. loadVault also parses every frontmatter with js-yaml (now called directly for plain `---` blocks; gray-matter only sees other openers), scans the body once for tags, headings and links, looks for query blocks only in bodies that mention `query`, and builds the notes and the index (see the build row). js-yaml's parsing is the largest single part of what is left.",
    "On machines with more cores, read and parse files in worker threads for the command line. Or read the common frontmatter subset (`key: value` lines and lists) with a small parser and keep js-yaml for the rest, with a property test proving both give the same data.",
  ],
  update: [
    "Nothing in an update walks the vault: `VaultIndex.rename` detaches the old path, detaches the new one and attaches the rebuilt note, touching only the note's own tag keys, and `allPaths()` is now a live view with no copy. Updates got about three times cheaper in absolute terms, so what is left is mostly memory access. At 100k notes the same few `Set.delete`/`Set.add` calls land in tables of 75k paths (every rule is under `detection_rule`), which miss the CPU cache. Those microseconds move by tens of percent between runs on this loaded machine.",
    "Integer note ids in the tag sets (smaller, cache-friendlier tables), then re-measure on an idle machine.",
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
    "Each note keeps its record (path, title, tags, techniques, properties, kind fields) plus its entries in the index's maps and sets. Lists are now copied to their exact length (lists built by push or filter kept room for about 17 items), empty lists are one shared constant, repeated tags, identifiers and rule fields are interned, and `allPaths()` no longer keeps a second set of every path.",
    "Integer note ids in the tag sets instead of path strings; a basename computed on demand instead of kept.",
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
  "- **Graph model**: `buildAndLayoutTechniqueGraph(index, catalogue, path)` (build and layout)",
  "  for the technique note whose identifier tags the most notes, then for every technique note",
  "  in turn (the link map is built once per index, as in the plugin). Floor: looking up the",
  "  technique's tag set in the index and visiting each path once.",
  "- **Quick runs**: `node --expose-gc bench/run.mjs bench/quick.ts <suite> <size> [repeats]`",
  "  times one suite (build, load, heap, update, models) at one vault size, for iterations.",
  "- **Machine.** The run shares a 2-core machine with other work; the load average is shown",
  "  above. Absolute times are therefore high and noisy; ratios measured in alternation are the",
  "  figures to read.",
];
