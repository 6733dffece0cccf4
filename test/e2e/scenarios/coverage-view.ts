import { afterAll, beforeAll, expect, it } from "vitest";
import type { HostPage, Scenario } from "../harness";
import { vaultExists } from "../server";

const TACTICS = [
  "reconnaissance",
  "resource-development",
  "initial-access",
  "execution",
  "persistence",
  "privilege-escalation",
  "defense-evasion",
  "credential-access",
  "discovery",
  "lateral-movement",
  "collection",
  "command-and-control",
  "exfiltration",
  "impact",
];
const CELL = ".attack-lens-coverage-cell";
const T1003_NOTE = "Use Cases/T1003 - OS Credential Dumping.md";

/** The coverage matrix of the real vault, opened by its command; one page for the scenario. */
export const coverageView: Scenario = {
  name: "the coverage view on the real vault",
  define(e2e) {
    if (!vaultExists("sample")) {
      it.todo("the real vault is not at ../shared/vault-sample");
      return;
    }
    let host: HostPage;
    beforeAll(async () => {
      host = await e2e().openVault("sample", { viewport: { width: 1600, height: 1000 } });
    });
    afterAll(() => host?.close());

    const showCoverage = async (): Promise<void> => {
      await host.page.evaluate(() =>
        window.lens.app.executeCommandById("attack-lens:show-coverage"),
      );
      await host.page.waitForSelector(`${CELL}:visible`);
    };
    const columns = () =>
      host.page.$$eval("[data-tactic]", (els) => els.map((e) => e.getAttribute("data-tactic")));

    it("draws the matrix in tactic order with the vault's figures, light and dark", async () => {
      await showCoverage();
      expect(await columns()).toEqual(TACTICS);
      const figures = await host.page.textContent(".attack-lens-coverage-summary");
      expect(figures).toContain("358 of 691 with a rule");
      const cellColours = await host.page.$eval(`${CELL}[data-technique="T1003"]`, (cell) => {
        const style = getComputedStyle(cell);
        return [style.color, style.backgroundColor];
      });
      expect(cellColours[0]).not.toBe(cellColours[1]);
      await host.screenshots("coverage-view");
      expect(host.problems.pageErrors).toEqual([]);
      expect(host.problems.consoleErrors).toEqual([]);
    });

    it("narrows the matrix to one tactic with the filter, and back", async () => {
      await showCoverage();
      await host.page.selectOption('[data-control="tactics"]', "credential-access");
      expect(await columns()).toEqual(["credential-access"]);
      await host.screenshots("coverage-view-filtered");
      await host.page.selectOption('[data-control="tactics"]', "");
      expect(await columns()).toHaveLength(TACTICS.length);
    });

    it("opens the technique note on click, and with Enter on a focused cell", async () => {
      await showCoverage();
      await host.page.click(`${CELL}[data-technique="T1003"]`);
      await host.page.waitForFunction((p) => window.lens.activeFile() === p, T1003_NOTE);
      await showCoverage();
      await host.page.focus(`${CELL}[data-technique="T1059"]`);
      await host.page.keyboard.press("Enter");
      await host.page.waitForFunction(() =>
        window.lens.activeFile()?.startsWith("Use Cases/T1059 "),
      );
      expect(host.problems.pageErrors).toEqual([]);
    });
  },
};
