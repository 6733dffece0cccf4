import { expect, it } from "vitest";
import { loadVault } from "../../../src/headless/load-vault";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import type { Scenario } from "../harness";
import { VAULTS, vaultExists } from "../server";
import { inBlocks, scrollToEnd, scrollToTopOf, tableRowCounts } from "./page-queries";

const NOTE = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";

/** How many rules and tests the headless loader (gray-matter, not the stand-in) finds for T1003.001. */
function expectedCounts(): number[][] {
  const { index } = loadVault(VAULTS.demo!, DEFAULT_KIND_TAGS);
  const tagged = [...index.pathsWithTag("T1003_001")];
  const count = (kind: string): number =>
    tagged.filter((path) => index.getNote(path)?.kind === kind).length;
  return [count("rule"), count("test")].map((n) => (n > 0 ? [n] : []));
}

/** The demo vault shipped with the project. */
export const demoVault: Scenario = {
  name: "a technique note of the demo vault",
  define(e2e) {
    if (!vaultExists("demo")) {
      it.todo("open T1003.001 of demo-vault/ (not in this checkout yet)");
      return;
    }
    it("draws the rules and tests the headless loader finds", async () => {
      const host = await e2e().openVault("demo");
      await host.open(NOTE);
      await scrollToEnd(host.page);
      await host.page.waitForSelector(inBlocks(".attack-lens-block"));
      expect(await tableRowCounts(host.page)).toEqual(expectedCounts());
      await scrollToTopOf(host.page);
      await host.screenshots("demo-vault-technique");
      expect(host.problems.pageErrors).toEqual([]);
      await host.close();
    });
  },
};
