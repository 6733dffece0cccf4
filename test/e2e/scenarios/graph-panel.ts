import { afterAll, beforeAll, expect, it } from "vitest";
import { ruleLevelsFromFiles, testFilesTagged, total } from "../../real-vault/vault-files";
import { REAL_VAULT } from "../../real-vault/vault-location";
import type { HostPage, Scenario } from "../harness";
import { vaultExists } from "../server";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const POWERSHELL = "Use Cases/T1059.001 - Command and Scripting Interpreter- PowerShell.md";
const T1003_NOTE = "Use Cases/T1003 - OS Credential Dumping.md";
const PANEL = ".workspace-split.mod-right-split";
const NODE = `${PANEL} .attack-lens-graph-node`;
const node = (id: string): string => `${NODE}[data-node="${id}"]`;

/**
 * The technique graph side panel on the real vault: opened by its command and its ribbon
 * icon, following the open note, and opening a node's note on click. One page for all.
 */
export const graphPanel: Scenario = {
  name: "the technique graph panel on the real vault",
  define(e2e) {
    if (!vaultExists("sample")) {
      it.todo("the real vault is not at ../shared/vault-sample");
      return;
    }
    let host: HostPage;
    beforeAll(async () => {
      host = await e2e().openVault("sample", { viewport: { width: 1280, height: 800 } });
    });
    afterAll(() => host?.close());

    /** Waits until the panel shows the graph of `id` (it follows notes after a short delay). */
    const graphOf = (id: string) =>
      host.page.waitForSelector(`${PANEL} svg[aria-label="Technique graph of ${id}"]`);
    const label = (id: string) =>
      host.page.$eval(`${node(id)} .attack-lens-graph-label`, (text) => text.textContent);
    const graphLeaves = () =>
      host.page.evaluate(
        () => window.lens.app.workspace.getLeavesOfType("attack-lens-graph").length,
      );

    it("opens in the right sidebar with the tactic, parent, linked techniques, rules and test, light and dark", async () => {
      await host.open(LSASS);
      expect(
        await host.page.evaluate(() =>
          window.lens.app.executeCommandById("attack-lens:open-technique-graph"),
        ),
      ).toBe(true);
      await graphOf("T1003.001");
      expect(await label("tactic:TA0006")).toBe("Credential Access");
      expect(await label("technique:T1003")).toBe("T1003");
      for (const linked of ["T1550", "T1055"])
        expect(await label(`technique:${linked}`)).toBe(linked);

      const rules = total(ruleLevelsFromFiles(REAL_VAULT, "t1003_001"));
      expect(rules).toBe(68);
      expect(await host.page.textContent(node("rules:T1003.001"))).toContain(String(rules));
      expect(await label("rules:T1003.001")).toBe(`${rules} detection rules`);

      const tests = testFilesTagged(REAL_VAULT, "t1003_001");
      expect(tests).toHaveLength(1);
      const testNote = tests[0]!.file.slice(REAL_VAULT.length + 1);
      expect(await host.page.locator(node(`note:${testNote}`)).count()).toBe(1);

      await host.screenshots("graph-panel");
      expect(host.problems.pageErrors).toEqual([]);
      expect(host.problems.consoleErrors).toEqual([]);
    });

    it("is revealed, not opened twice, by its ribbon icon", async () => {
      await host.page.locator('[aria-label="Open technique graph"]').dispatchEvent("click");
      await graphOf("T1003.001");
      expect(await graphLeaves()).toBe(1);
    });

    it("follows the note that is opened", async () => {
      await host.open(POWERSHELL);
      await graphOf("T1059.001");
      expect(await host.page.locator(node("technique:T1059.001")).count()).toBe(1);
      expect(await host.page.locator(node("technique:T1003.001")).count()).toBe(0);
      await host.open(LSASS);
      await graphOf("T1003.001");
    });

    it("opens the parent technique's note when its node is clicked", async () => {
      await host.open(LSASS);
      await graphOf("T1003.001");
      await host.page.click(`${node("technique:T1003")} .attack-lens-graph-shape`);
      await host.page.waitForFunction((p) => window.lens.activeFile() === p, T1003_NOTE);
      await graphOf("T1003");
      expect(host.problems.pageErrors).toEqual([]);
      expect(host.problems.foreignRequests).toEqual([]);
    });
  },
};
