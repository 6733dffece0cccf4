import type { App } from "./app";

/**
 * The app's own `query` embed, drawn as the core search plugin does before any registered
 * processor runs: a `.internal-query` element with a header and a naive result list. Only
 * `tag:` terms are evaluated (all must hold, nested tags match); the list is a stand-in for
 * the app's, good enough to see whether it is shown or hidden.
 */
export function renderCoreQuery(app: App, parent: HTMLElement, source: string): void {
  const doc = parent.ownerDocument;
  const embed = doc.createElement("div");
  embed.classList.add("internal-query");
  const header = doc.createElement("div");
  header.classList.add("internal-query-header");
  const title = doc.createElement("span");
  title.classList.add("internal-query-header-title");
  title.textContent = source.replace(/\s+/g, " ").trim();
  header.appendChild(title);
  embed.appendChild(header);
  const results = coreMatches(app, source);
  const list = doc.createElement("div");
  list.classList.add("search-result-container", "internal-query-results");
  for (const path of results) list.appendChild(resultItem(doc, path));
  const count = doc.createElement("div");
  count.classList.add("search-results-info");
  count.textContent = `${results.length} results`;
  embed.append(count, list);
  parent.appendChild(embed);
}

function resultItem(doc: Document, path: string): HTMLElement {
  const item = doc.createElement("div");
  item.classList.add("tree-item", "search-result");
  const name = doc.createElement("div");
  name.classList.add("tree-item-self", "search-result-file-title");
  name.textContent = path.replace(/\.md$/, "").split("/").pop() ?? path;
  item.appendChild(name);
  return item;
}

/** Paths of notes holding every `tag:` term of the query, in path order. */
export function coreMatches(app: App, source: string): string[] {
  const wanted = [...source.matchAll(/tag:\s*#?([^\s()"]+)/gi)].map((m) =>
    (m[1] ?? "").toLowerCase(),
  );
  if (wanted.length === 0) return [];
  return app.vault
    .getMarkdownFiles()
    .filter((file) => {
      const tags = allTags(app, file.path);
      return wanted.every((w) => tags.some((t) => t === w || t.startsWith(`${w}/`)));
    })
    .map((file) => file.path)
    .sort();
}

function allTags(app: App, path: string): string[] {
  const cache = app.metadataCache.getCache(path);
  const fm: unknown = cache?.frontmatter?.tags ?? cache?.frontmatter?.tag;
  const fromFm = (Array.isArray(fm) ? fm : typeof fm === "string" ? fm.split(/[,\s]+/) : [])
    .filter((t): t is string => typeof t === "string" && t !== "")
    .map((t) => t.replace(/^#/, ""));
  const inline = (cache?.tags ?? []).map((t) => t.tag.slice(1));
  return [...fromFm, ...inline].map((t) => t.toLowerCase());
}
