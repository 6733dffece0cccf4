/**
 * Rendering a block of 10, 100 and 1,000 rules in happy-dom. The view draws 100 rows, then a
 * "show more" button per further 100: first paint is the call, full is every page clicked open.
 */
import { Window } from "happy-dom";
import type { BlockResults } from "../../src/core/blocks/block-results";
import type { VaultIndex } from "../../src/core/index/vault-index";
import type { NoteRecord } from "../../src/core/notes/note";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { renderBlockResults, type BlockViewContext } from "../../src/ui/block-view";
import { timePair } from "../measure";
import { timed, type Row } from "../rows";

const CONTEXT: BlockViewContext = {
  ruleColumns: DEFAULT_SETTINGS.ruleColumns,
  testColumns: DEFAULT_SETTINGS.testColumns,
  techniqueName: () => undefined,
  openNote: () => undefined,
};

function resultsOf(rules: NoteRecord[]): BlockResults {
  return {
    matches: rules,
    rules,
    tests: [],
    others: [],
    technique: "T1059",
    fromSubtechniques: [],
    fromSubtechniquesUnique: [],
  };
}

/** Clicks "show more" until every row is drawn; returns the rows drawn. */
function openEveryPage(container: HTMLElement): number {
  let button = container.querySelector<HTMLButtonElement>(".attack-lens-show-more");
  while (button) {
    button.click();
    button = container.querySelector<HTMLButtonElement>(".attack-lens-show-more");
  }
  return container.querySelectorAll("tbody tr").length;
}

/** The least a table of `rows` notes costs: one row of five text cells each, nothing else. */
function bareTable(document: Document, container: HTMLElement, notes: readonly NoteRecord[]): void {
  container.replaceChildren();
  const body = container
    .appendChild(document.createElement("table"))
    .appendChild(document.createElement("tbody"));
  for (const note of notes) {
    const row = body.appendChild(document.createElement("tr"));
    for (const text of [
      note.title,
      note.rule?.level,
      note.rule?.status,
      note.rule?.product,
      note.rule?.modified,
    ]) {
      row.appendChild(document.createElement("td")).textContent = text ?? "";
    }
  }
}

/** First paint and full render per row count, each against a bare table of the same rows. */
export function renderRows(index: VaultIndex): Row[] {
  const window = new Window();
  const document = window.document as unknown as Document;
  const container = document.createElement("div");
  document.body.appendChild(container);
  const rules = [...index.pathsOfKind("rule")].sort().map((p) => index.getNote(p) as NoteRecord);
  const rows: Row[] = [];
  for (const count of [10, 100, 1000]) {
    const results = resultsOf(rules.slice(0, count));
    const repeats = count >= 1000 ? 6 : 20;
    const [first, firstFloor] = timePair(
      repeats,
      () => renderBlockResults(container, results, CONTEXT),
      () => bareTable(document, container, results.rules.slice(0, 100)),
    );
    const [full, fullFloor] = timePair(
      repeats,
      () => {
        renderBlockResults(container, results, CONTEXT);
        return openEveryPage(container);
      },
      () => bareTable(document, container, results.rules),
    );
    rows.push(
      timed(`Render ${count} rows: first paint`, first, "bare table of the rows shown", firstFloor),
    );
    rows.push(timed(`Render ${count} rows: all pages`, full, "bare table of every row", fullFloor));
  }
  void window.happyDOM.close();
  return rows;
}
