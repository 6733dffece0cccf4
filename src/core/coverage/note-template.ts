import type { Catalogue } from "../attack/catalogue";
import { techniqueUrl } from "../attack/ids";
import type { VaultIndex } from "../index/vault-index";
import type { KindTags } from "../notes/kinds";
import type { TechniqueRow } from "./rows";

/** Characters file names may not hold on some system, or that links would misread. */
const UNSAFE_NAME = /[\\/:*?"<>|#^[\]]/g;

/** A technique note in the real vault's shape: frontmatter, a heading, and two query blocks. */
export function techniqueNoteText(
  row: TechniqueRow,
  kindTags: KindTags,
  catalogue: Catalogue,
): string {
  const tag = row.id.replace(".", "_");
  const tactics = row.tactics.map((s) => catalogue.tactic(s)?.name ?? s).join(", ");
  const block = (kind: string): string =>
    ["```query", `tag: ${kind}`, `tag: ${tag}`, "```"].join("\n");
  return [
    "---",
    `tactics: ${JSON.stringify(tactics)}`,
    `url: ${techniqueUrl(row.id)}`,
    `platforms: ${JSON.stringify(row.platforms.join(", "))}`,
    `tags: [${tag}, ${kindTags.technique}]`,
    "---",
    "",
    `## ${row.name}`,
    "",
    "### Detection rules",
    "",
    block(kindTags.rule),
    "",
    "### Tests",
    "",
    block(kindTags.test),
    "",
  ].join("\n");
}

/** `T1003.001 - LSASS Memory.md` in the folder most technique notes are in. */
export function suggestedNotePath(index: VaultIndex, row: TechniqueRow): string {
  const name = `${row.id} - ${row.name}`.replace(UNSAFE_NAME, "-").trim();
  const folder = commonTechniqueFolder(index);
  return folder === "" ? `${name}.md` : `${folder}/${name}.md`;
}

function commonTechniqueFolder(index: VaultIndex): string {
  const counts = new Map<string, number>();
  for (const path of index.pathsOfKind("technique")) {
    const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    counts.set(folder, (counts.get(folder) ?? 0) + 1);
  }
  let best = "";
  let most = 0;
  for (const [folder, count] of counts) if (count > most) [best, most] = [folder, count];
  return best;
}
