import type { PreviewItem, TechniquePreview } from "../../core/preview/technique-preview";
import { RULE_LEVELS } from "../../core/preview/technique-preview";
import { clear, el } from "../dom";
import { STRINGS } from "../strings";

/** How a preview opens and previews the notes it lists; hosts decide what that means. */
export interface PreviewViewContext {
  readonly openNote: (path: string, event: MouseEvent | KeyboardEvent) => void;
  readonly hoverNote?: (path: string, event: MouseEvent, target: HTMLElement) => void;
}

const S = STRINGS.preview;

/**
 * Draws a technique preview into `container`, replacing what was there: the identifier
 * and name, ATT&CK status, tactics, platforms, rule and test counts with the first few of
 * each, the local note and the attack.mitre.org page. Shared by hover previews, the
 * coverage view and the graph panel. Every vault text goes in as text.
 */
export function renderTechniquePreview(
  container: HTMLElement,
  preview: TechniquePreview,
  ctx: PreviewViewContext,
): void {
  clear(container);
  container.classList.add("attack-lens-preview");
  container.setAttribute("aria-label", S.label(preview.id));
  renderTitle(container, preview);
  renderStatus(container, preview);
  renderFacts(container, preview);
  renderRules(container, preview, ctx);
  renderTests(container, preview, ctx);
  renderSubtechniques(container, preview);
  renderLinks(container, preview, ctx);
}

function renderTitle(container: HTMLElement, preview: TechniquePreview): void {
  const title = el("div", { cls: "attack-lens-preview-title" }, container);
  el("span", { cls: "attack-lens-technique-id", text: preview.id }, title);
  if (preview.name !== "")
    el("span", { cls: "attack-lens-preview-name", text: preview.name }, title);
}

/** A line for anything but an active technique, so a stale identifier is never missed. */
function renderStatus(container: HTMLElement, preview: TechniquePreview): void {
  const message = statusMessage(preview);
  if (message === undefined) return;
  const line = el(
    "p",
    { cls: ["attack-lens-preview-status", `attack-lens-preview-${preview.status.state}`] },
    container,
  );
  line.setAttribute("role", "note");
  line.textContent = message;
}

function statusMessage(preview: TechniquePreview): string | undefined {
  const { id, status } = preview;
  if (status.state === "revoked") {
    const next = status.successor;
    return next ? S.revokedWithSuccessor(id, next.id, next.name) : S.revoked(id);
  }
  if (status.state === "deprecated") return S.deprecated(id);
  if (status.state === "unknown") return S.unknown(id, preview.attackVersion);
  return undefined;
}

function renderFacts(container: HTMLElement, preview: TechniquePreview): void {
  if (preview.tactics.length === 0 && preview.platforms.length === 0) return;
  const facts = el("dl", { cls: "attack-lens-preview-facts" }, container);
  fact(facts, S.tactics, preview.tactics);
  fact(facts, S.platforms, preview.platforms);
}

function fact(list: HTMLElement, name: string, values: readonly string[]): void {
  el("dt", { text: name }, list);
  el("dd", { text: values.length > 0 ? values.join(", ") : S.none }, list);
}

function renderRules(
  container: HTMLElement,
  preview: TechniquePreview,
  ctx: PreviewViewContext,
): void {
  const section = el("div", { cls: "attack-lens-preview-rules" }, container);
  const heading = el("div", { cls: "attack-lens-preview-count" }, section);
  el("span", { text: S.rules(preview.rules.total) }, heading);
  const badges = el("span", { cls: "attack-lens-preview-levels" }, heading);
  for (const { level, count } of preview.rules.byLevel) {
    levelBadge(badges, level, S.levelBadge(level, count)).setAttribute(
      "title",
      S.levelBadgeTitle(level, count),
    );
  }
  const list = itemList(section, preview.rules.first, ctx, (row, item) =>
    levelBadge(row, item.level ?? "", item.level || "–"),
  );
  more(list, preview.rules.total - preview.rules.first.length);
}

function levelBadge(parent: HTMLElement, level: string, text: string): HTMLElement {
  const known = (RULE_LEVELS as readonly string[]).includes(level) ? level : "unknown";
  return el("span", { cls: ["attack-lens-level", `attack-lens-level-${known}`], text }, parent);
}

function renderTests(
  container: HTMLElement,
  preview: TechniquePreview,
  ctx: PreviewViewContext,
): void {
  const { tests } = preview;
  const section = el("div", { cls: "attack-lens-preview-tests" }, container);
  el(
    "div",
    { cls: "attack-lens-preview-count", text: S.tests(tests.notes, tests.atomicTests) },
    section,
  );
  const list = itemList(section, tests.first, ctx, (row, item) =>
    el(
      "span",
      { cls: "attack-lens-preview-atomic", text: S.atomicTests(item.atomicTests ?? 0) },
      row,
    ),
  );
  more(list, tests.notes - tests.first.length);
}

/** A list of notes as internal links, each followed by a detail drawn by `detail`. */
function itemList(
  parent: HTMLElement,
  items: readonly PreviewItem[],
  ctx: PreviewViewContext,
  detail: (row: HTMLElement, item: PreviewItem) => void,
): HTMLElement | undefined {
  if (items.length === 0) return undefined;
  const list = el("ul", { cls: "attack-lens-preview-list" }, parent);
  for (const item of items) {
    const row = el("li", {}, list);
    internalLink(row, item.path, item.title, ctx);
    detail(row, item);
  }
  return list;
}

function more(list: HTMLElement | undefined, count: number): void {
  if (list && count > 0) el("li", { cls: "attack-lens-hint", text: S.more(count) }, list);
}

function renderSubtechniques(container: HTMLElement, preview: TechniquePreview): void {
  const extra = preview.fromSubtechniques;
  if (!extra) return;
  const text = S.fromSubtechniques(extra.subtechniques, extra.rules, extra.testNotes);
  el("p", { cls: "attack-lens-hint", text }, container);
}

function renderLinks(
  container: HTMLElement,
  preview: TechniquePreview,
  ctx: PreviewViewContext,
): void {
  const footer = el("div", { cls: "attack-lens-preview-links" }, container);
  if (preview.localNote !== undefined) internalLink(footer, preview.localNote, S.openNote, ctx);
  else el("span", { cls: "attack-lens-hint", text: S.noNote }, footer);
  el(
    "a",
    {
      cls: "external-link",
      text: S.webPage,
      attrs: { href: preview.url, target: "_blank", rel: "noopener noreferrer" },
    },
    footer,
  );
}

/** A link to a vault note: opens it on click, asks the host for a page preview on hover. */
function internalLink(
  parent: HTMLElement,
  path: string,
  text: string,
  ctx: PreviewViewContext,
): HTMLAnchorElement {
  const link = el(
    "a",
    { cls: "internal-link", text, attrs: { href: path, "data-href": path } },
    parent,
  );
  link.addEventListener("click", (event) => {
    event.preventDefault();
    ctx.openNote(path, event);
  });
  const hover = ctx.hoverNote;
  if (hover) link.addEventListener("mouseover", (event) => hover(path, event, link));
  return link;
}
