/**
 * ATT&CK technique identifiers in every spelling real notes use, folded to one
 * canonical form: `T1059` for a technique, `T1059.001` for a sub-technique.
 */

/** `T1059` then an optional sub-technique part joined by `.`, `_` or `/`; any case. */
const ID_BODY = "[tT](\\d{4})(?:[._/](\\d{3}))?";
const EXACT_ID = new RegExp(`^(?:attack\\.)?${ID_BODY}$`, "i");
const TECHNIQUE_URL = /attack\.mitre\.org\/techniques\/(T\d{4})(?:[/.](\d{3}))?(?![\d])/gi;
/**
 * In prose, one pass in text order: a technique URL, or a bare dotted `T1059.001` that does
 * not continue a word, a dotted name (`attack.t1059`) or a path (the `T1564` of a URL).
 * The character before a bare identifier is matched, not looked behind (old iOS lacks it).
 */
const ID_IN_TEXT =
  /attack\.mitre\.org\/techniques\/[Tt](\d{4})(?:[/.](\d{3}))?(?!\d)|(?:^|[^\w./])T(\d{4})(?:\.(\d{3}))?(?!\w)/g;

function canonical(main: string, sub: string | undefined): string {
  return sub === undefined ? `T${main}` : `T${main}.${sub}`;
}

/**
 * Reads one identifier written on its own (a tag, a frontmatter value, a query term):
 * `T1059.001`, `T1059_001`, `t1059_001`, `T1059/001`, `attack.t1059.001`, or an
 * attack.mitre.org technique URL. Returns the canonical form, or undefined.
 */
export function parseTechniqueId(text: string): string | undefined {
  const trimmed = text.trim();
  const exact = EXACT_ID.exec(trimmed);
  if (exact) return canonical(exact[1] ?? "", exact[2]);
  return techniqueIdFromUrl(trimmed);
}

/** The technique an attack.mitre.org URL points to, or undefined for other URLs. */
export function techniqueIdFromUrl(url: string): string | undefined {
  TECHNIQUE_URL.lastIndex = 0;
  const match = TECHNIQUE_URL.exec(url);
  if (!match) return undefined;
  return canonical((match[1] ?? "").slice(1), match[2]);
}

/** Every technique named in free text, by URL or as a bare dotted identifier, in order. */
export function findTechniqueIds(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(ID_IN_TEXT)) {
    const [, urlMain, urlSub, bareMain, bareSub] = match;
    found.add(
      urlMain === undefined ? canonical(bareMain ?? "", bareSub) : canonical(urlMain, urlSub),
    );
  }
  return [...found];
}

/** `T1059` for `T1059.001`; undefined for a technique that has no parent. */
export function parentTechniqueId(id: string): string | undefined {
  const dot = id.indexOf(".");
  return dot === -1 ? undefined : id.slice(0, dot);
}

/** Whether a canonical identifier names a sub-technique. */
export function isSubtechniqueId(id: string): boolean {
  return id.includes(".");
}

/** Sorts canonical identifiers numerically: `T1001`, `T1001.001`, `T1002`. */
export function compareTechniqueIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The attack.mitre.org page of a technique. */
export function techniqueUrl(id: string): string {
  return `https://attack.mitre.org/techniques/${id.replace(".", "/")}/`;
}
