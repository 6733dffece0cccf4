import type { IndexProblem } from "../core/index/problem-log";
import { clear, el } from "./dom";
import { STRINGS } from "./strings";

const P = STRINGS.problems;

/**
 * Lists the notes the index could not read fully: for each note its path (a link that opens
 * it), then for each problem what happened and what to do about it.
 */
export function renderProblems(
  container: HTMLElement,
  problems: readonly IndexProblem[],
  openNote: (path: string) => void,
): void {
  clear(container);
  const byPath = groupByPath(problems);
  if (byPath.size === 0) {
    el("p", { cls: "attack-lens-problems-none", text: P.none }, container);
    return;
  }
  el("p", { text: P.intro(byPath.size) }, container);
  const list = el("ul", { cls: "attack-lens-problem-list" }, container);
  for (const [path, noteProblems] of byPath) renderNote(list, path, noteProblems, openNote);
}

function groupByPath(problems: readonly IndexProblem[]): Map<string, IndexProblem[]> {
  const byPath = new Map<string, IndexProblem[]>();
  for (const problem of problems) {
    byPath.set(problem.path, [...(byPath.get(problem.path) ?? []), problem]);
  }
  return byPath;
}

function renderNote(
  list: HTMLElement,
  path: string,
  problems: readonly IndexProblem[],
  openNote: (path: string) => void,
): void {
  const item = el("li", { cls: "attack-lens-problem" }, list);
  const link = el(
    "a",
    { cls: "internal-link", text: path, attrs: { href: path, "aria-label": P.openNote(path) } },
    item,
  );
  link.addEventListener("click", (event) => {
    event.preventDefault();
    openNote(path);
  });
  for (const problem of problems) {
    el(
      "div",
      { cls: "attack-lens-problem-what", text: P.what[problem.kind](problem.detail) },
      item,
    );
    el("div", { cls: "attack-lens-problem-advice", text: P.advice[problem.kind] }, item);
  }
}
