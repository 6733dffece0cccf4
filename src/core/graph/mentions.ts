import { findTechniqueIds, techniqueIdFromUrl } from "../attack/ids";

/**
 * Identifiers a note names: techniques, software (`S0183`) and groups (`G0016`), from its
 * links and, when asked, from its text.
 */

const SOFTWARE_URL = /attack\.mitre\.org\/software\/(S\d{4})(?!\d)/gi;
const GROUP_URL = /attack\.mitre\.org\/groups\/(G\d{4})(?!\d)/gi;
/** A bare id starts the text or follows a character that cannot be part of a word or path. */
const BARE_SOFTWARE = /(?:^|[^\w./])(S\d{4})(?![\w])/g;
const BARE_GROUP = /(?:^|[^\w./])(G\d{4})(?![\w])/g;

/** Technique ids an attack.mitre.org link points to, in order, without repeats. */
export function techniqueIdsInLinks(links: readonly string[]): string[] {
  const found = new Set<string>();
  for (const link of links) {
    const id = techniqueIdFromUrl(link);
    if (id !== undefined) found.add(id);
  }
  return [...found];
}

/** Technique ids written in text, by URL or as bare dotted identifiers. */
export function techniqueIdsInText(text: string): string[] {
  return findTechniqueIds(text);
}

/** Software and group ids a note names, from link URLs and, when given, its text. */
export function softwareAndGroups(
  links: readonly string[],
  text: string | undefined,
): { software: string[]; groups: string[] } {
  const software = new Set<string>();
  const groups = new Set<string>();
  for (const link of links) {
    collect(link, SOFTWARE_URL, software);
    collect(link, GROUP_URL, groups);
  }
  if (text !== undefined) {
    collect(text, SOFTWARE_URL, software);
    collect(text, GROUP_URL, groups);
    collect(text, BARE_SOFTWARE, software);
    collect(text, BARE_GROUP, groups);
  }
  return { software: [...software].sort(), groups: [...groups].sort() };
}

function collect(text: string, pattern: RegExp, into: Set<string>): void {
  for (const match of text.matchAll(pattern)) {
    const id = match[1];
    if (id !== undefined) into.add(id.toUpperCase());
  }
}

/** The key a wiki-link is resolved by: its path without `.md`, lower case. */
export function wikiKey(link: string): string {
  return link.trim().replace(/\.md$/i, "").toLowerCase();
}
