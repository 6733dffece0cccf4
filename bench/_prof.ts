import { generateMetadata } from "./generate";
import { buildIndex } from "./suites/index-build";
import { loadVault } from "../src/headless/load-vault";
import { DEFAULT_KIND_TAGS } from "../src/core/notes/kinds";
export function main(args: string[]): number {
  const notes = generateMetadata(10000);
  const t = performance.now();
  if (args[0] === "load") {
    for (let i = 0; i < 2; i++) loadVault("bench/vaults/10000", DEFAULT_KIND_TAGS);
  } else for (let i = 0; i < 10; i++) buildIndex(notes);
  console.log(performance.now() - t);
  return 0;
}
