import type { Catalogue, Tactic } from "../attack/catalogue";
import type { VaultIndex } from "../index/vault-index";
import { ruleStatus } from "./evidence";
import { OTHER_LEVEL, RULE_LEVELS } from "./measure";
import { platformKey } from "./options";

/** The values each coverage filter can take for this vault and catalogue. */
export interface FilterChoices {
  /** The catalogue's platforms, then any other platform a test note names, sorted. */
  readonly platforms: string[];
  readonly levels: string[];
  /** Rule statuses found in the vault, sorted. */
  readonly statuses: string[];
  readonly tactics: readonly Tactic[];
}

/** Filter choices from the live index: one pass over rule and test notes. */
export function filterChoices(index: VaultIndex, catalogue: Catalogue): FilterChoices {
  const known = new Set<string>();
  for (const technique of catalogue.all()) for (const p of technique.platforms) known.add(p);
  const keys = new Set([...known].map(platformKey));
  const extra = new Set<string>();
  for (const path of index.pathsOfKind("test")) {
    for (const p of index.getNote(path)?.test?.platforms ?? []) {
      if (!keys.has(platformKey(p))) extra.add(p);
    }
  }
  const statuses = new Set<string>();
  for (const path of index.pathsOfKind("rule")) {
    const note = index.getNote(path);
    if (note) statuses.add(ruleStatus(note));
  }
  return {
    platforms: [...[...known].sort(), ...[...extra].sort()],
    levels: [...RULE_LEVELS, OTHER_LEVEL],
    statuses: [...statuses].sort(),
    tactics: catalogue.tactics,
  };
}
