import { Component } from "./component";
import { frontmatterEnd, splitBlocks, type Block } from "./markdown-blocks";
import { renderInline } from "./inline";
import { renderCoreQuery } from "./core-query";
import type { App } from "./app";

/** What `getSectionInfo` returns: the whole text and the section's 0-based line range. */
export interface MarkdownSectionInformation {
  text: string;
  lineStart: number;
  lineEnd: number;
}

/** The context each post-processor gets, as the app's API describes it. */
export interface MarkdownPostProcessorContext {
  docId: string;
  sourcePath: string;
  frontmatter: unknown;
  addChild(child: MarkdownRenderChild): void;
  getSectionInfo(el: HTMLElement): MarkdownSectionInformation | null;
}

export type PostProcessor = ((el: HTMLElement, ctx: MarkdownPostProcessorContext) => unknown) & {
  sortOrder?: number;
};
export type CodeBlockHandler = (
  source: string,
  el: HTMLElement,
  ctx: MarkdownPostProcessorContext,
) => unknown;

/** A component tied to an element of rendered Markdown; unloaded when that render goes away. */
export class MarkdownRenderChild extends Component {
  constructor(public containerEl: HTMLElement) {
    super();
  }
}

let nextDocId = 1;

/**
 * Renders Markdown as the reading view does: one section element per block, the app's own
 * embed for each `query` block (while core search is on), then code-block processors,
 * then the registered post-processors in sort order, once per section. Children that
 * processors add are owned by `owner` and unloaded when it unloads.
 */
export function renderMarkdown(
  app: App,
  text: string,
  container: HTMLElement,
  sourcePath: string,
  owner: Component,
): HTMLElement[] {
  const lines = text.split(/\r?\n/);
  const fmEnd = frontmatterEnd(lines);
  const blocks = splitBlocks(lines, fmEnd + 1);
  const sections = blocks.map((block) => renderSection(app, container, block));
  const info = new Map(sections.map((el, i) => [el, sectionInfo(text, blocks[i])]));
  const ctx = contextFor(
    app,
    sourcePath,
    owner,
    (el) => info.get(el) ?? null,
    frontmatterOf(app, sourcePath),
  );
  for (const section of sections) runProcessors(app, section, ctx);
  return sections;
}

function sectionInfo(
  text: string,
  block: Block | undefined,
): MarkdownSectionInformation | undefined {
  return block && { text, lineStart: block.start, lineEnd: block.end };
}

function frontmatterOf(app: App, sourcePath: string): unknown {
  const file = app.vault.getFileByPath(sourcePath);
  return file ? app.metadataCache.getFileCache(file)?.frontmatter : undefined;
}

function contextFor(
  app: App,
  sourcePath: string,
  owner: Component,
  info: (el: HTMLElement) => MarkdownSectionInformation | null,
  frontmatter: unknown,
): MarkdownPostProcessorContext {
  return {
    docId: `stand-in-doc-${nextDocId++}`,
    sourcePath,
    frontmatter,
    addChild: (child) => void owner.addChild(child),
    getSectionInfo: info,
  };
}

function runProcessors(app: App, section: HTMLElement, ctx: MarkdownPostProcessorContext): void {
  for (const [language, handler] of app.markdownRegistry.codeBlockProcessors)
    runCodeBlock(section, language, handler, ctx);
  const ordered = [...app.markdownRegistry.postProcessors].sort(
    (a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0),
  );
  for (const processor of ordered) guarded(() => processor(section, ctx));
}

function runCodeBlock(
  section: HTMLElement,
  language: string,
  handler: CodeBlockHandler,
  ctx: MarkdownPostProcessorContext,
): void {
  const codes = [...section.querySelectorAll<HTMLElement>("pre > code")];
  for (const code of codes.filter((c) => c.classList.contains(`language-${language}`))) {
    const pre = code.parentElement;
    if (!pre) continue;
    const host = section.ownerDocument.createElement("div");
    host.classList.add(`block-language-${language}`);
    pre.replaceWith(host);
    guarded(() => handler(code.textContent ?? "", host, ctx));
  }
}

/** Errors thrown by post-processors, so tests can assert there were none. */
export const processorErrors: unknown[] = [];

function guarded(run: () => unknown): void {
  try {
    const result = run();
    if (result instanceof Promise) result.catch((error: unknown) => processorErrors.push(error));
  } catch (error) {
    processorErrors.push(error);
    console.error("stand-in: a post-processor threw", error);
  }
}

function renderSection(app: App, container: HTMLElement, block: Block): HTMLElement {
  const section = make(container, "div");
  section.classList.add(sectionClass(block));
  renderBlock(app, section, block);
  return section;
}

function sectionClass(block: Block): string {
  const tag = {
    heading: `h${block.type === "heading" ? block.level : 1}`,
    code: "pre",
    quote: "div",
    list: "ul",
    table: "table",
    hr: "hr",
    paragraph: "p",
  };
  return `el-${tag[block.type]}`;
}

/** Renders one block into `parent` (also used for the inside of callouts and quotes). */
export function renderBlock(app: App, parent: HTMLElement, block: Block): void {
  if (block.type === "heading") renderInline(make(parent, `h${block.level}`), block.text);
  else if (block.type === "paragraph") renderInline(make(parent, "p"), block.text);
  else if (block.type === "hr") make(parent, "hr");
  else if (block.type === "code") renderCode(app, parent, block.lang, block.text);
  else if (block.type === "list") renderList(parent, block.ordered, block.items);
  else if (block.type === "table") renderTable(parent, block.rows);
  else renderQuote(app, parent, block);
}

function renderCode(app: App, parent: HTMLElement, lang: string, text: string): void {
  if (lang.toLowerCase() === "query" && app.coreSearchEnabled)
    return renderCoreQuery(app, parent, text);
  const code = make(make(parent, "pre"), "code");
  if (lang !== "") code.classList.add(`language-${lang}`);
  code.textContent = text;
}

function renderList(parent: HTMLElement, ordered: boolean, items: string[]): void {
  const list = make(parent, ordered ? "ol" : "ul");
  for (const item of items) renderInline(make(list, "li"), item);
}

function renderTable(parent: HTMLElement, rows: string[][]): void {
  const table = make(parent, "table");
  const [head = [], ...body] = rows;
  const headRow = make(make(table, "thead"), "tr");
  for (const cell of head) renderInline(make(headRow, "th"), cell);
  const tbody = make(table, "tbody");
  for (const row of body) {
    const tr = make(tbody, "tr");
    for (const cell of row) renderInline(make(tr, "td"), cell);
  }
}

function renderQuote(
  app: App,
  parent: HTMLElement,
  block: Extract<Block, { type: "quote" }>,
): void {
  const inner = splitBlocks(block.lines);
  if (!block.callout) {
    const quote = make(parent, "blockquote");
    for (const b of inner) renderBlock(app, quote, b);
    return;
  }
  const callout = make(parent, "div");
  callout.classList.add("callout");
  callout.setAttribute("data-callout", block.callout.type);
  const title = make(callout, "div");
  title.classList.add("callout-title");
  const titleInner = make(title, "div");
  titleInner.classList.add("callout-title-inner");
  titleInner.textContent =
    block.callout.title || block.callout.type.replace(/^./, (c) => c.toUpperCase());
  const content = make(callout, "div");
  content.classList.add("callout-content");
  if (block.callout.fold !== "") callout.classList.add("is-collapsible");
  if (block.callout.fold === "-") callout.classList.add("is-collapsed");
  if (block.callout.fold !== "")
    title.addEventListener("click", () => callout.classList.toggle("is-collapsed"));
  for (const b of inner) renderBlock(app, content, b);
}

function make(parent: HTMLElement, tag: string): HTMLElement {
  const element = parent.ownerDocument.createElement(tag);
  parent.appendChild(element);
  return element;
}
