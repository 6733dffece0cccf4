/**
 * Inline Markdown for the stand-in's reading view: code spans, wiki-links and Markdown links
 * (internal links get `internal-link` + `data-href`, web links `external-link`), bare URLs
 * and tags. Everything else, HTML included, goes in as text.
 */

const INLINE =
  /`([^`]+)`|\[\[([^\]|]+)(?:\|([^\]]*))?\]\]|\[([^\]]*)\]\(<?([^)\s>]*)>?\)|(https?:\/\/[^\s)>\]]+)|(^|\s)#([^\s!-,.:-@[-^`{-~]+)/gu;

/** Link schemes the app keeps as links; anything else (`javascript:`, `data:`) stays text. */
const SAFE_SCHEMES = /^(https?|mailto|obsidian):/i;

/** Appends the inline content of `text` to `parent`. */
export function renderInline(parent: HTMLElement, text: string): void {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const at = m.index ?? 0;
    appendText(parent, text.slice(last, at));
    renderToken(parent, m);
    last = at + m[0].length;
  }
  appendText(parent, text.slice(last));
}

function renderToken(parent: HTMLElement, m: RegExpMatchArray): void {
  const [whole, code, wiki, alias, label, target, url, space, tag] = m;
  if (code !== undefined) child(parent, "code", code);
  else if (wiki !== undefined) internalLink(parent, wiki, alias ?? wiki);
  else if (target !== undefined) markdownLink(parent, label ?? "", target);
  else if (url !== undefined) externalLink(parent, url, url);
  else if (tag !== undefined) {
    appendText(parent, space ?? "");
    const link = child(parent, "a", `#${tag}`);
    link.classList.add("tag");
    link.setAttribute("href", `#${tag}`);
  } else appendText(parent, whole);
}

function markdownLink(parent: HTMLElement, label: string, target: string): void {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
    if (SAFE_SCHEMES.test(target)) externalLink(parent, label, target);
    else child(parent, "span", label);
  } else internalLink(parent, safeDecode(target), label);
}

function internalLink(parent: HTMLElement, target: string, label: string): void {
  const link = child(parent, "a", label);
  link.classList.add("internal-link");
  link.setAttribute("data-href", target);
  link.setAttribute("href", target);
}

function externalLink(parent: HTMLElement, label: string, href: string): void {
  const link = child(parent, "a", label);
  link.classList.add("external-link");
  link.setAttribute("href", href);
  link.setAttribute("target", "_blank");
  link.setAttribute("rel", "noopener nofollow");
}

function child(parent: HTMLElement, tag: string, text: string): HTMLElement {
  const element = parent.ownerDocument.createElement(tag);
  element.textContent = text;
  parent.appendChild(element);
  return element;
}

function appendText(parent: HTMLElement, text: string): void {
  if (text !== "") parent.appendChild(parent.ownerDocument.createTextNode(text));
}

function safeDecode(target: string): string {
  try {
    return decodeURI(target);
  } catch {
    return target;
  }
}
