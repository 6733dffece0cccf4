import { expect, it } from "vitest";
import { afterAll, beforeAll } from "vitest";
import type { HostPage, Scenario } from "../harness";
import { vaultExists } from "../server";
import { contrastOf } from "./contrast";
import { scrollToEnd, VISIBLE_BLOCKS } from "./page-queries";

const NOTE = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const MIN_CONTRAST = 4.5;

/** Table semantics, keyboard use and contrast, in both themes. */
export const accessibility: Scenario = {
  name: "accessibility basics",
  define(e2e) {
    const vault = vaultExists("sample") ? "sample" : "mini";
    let shared: HostPage;
    beforeAll(async () => {
      shared = await e2e().openVault(vault);
    });
    afterAll(() => shared?.close());
    const open = async (): Promise<HostPage> => {
      await shared.open(NOTE);
      await scrollToEnd(shared.page);
      await shared.page.waitForSelector(`${VISIBLE_BLOCKS} .attack-lens-table`);
      return shared;
    };

    it("gives every table column headers with a scope and a caption", async () => {
      const host = await open();
      const headers = await host.page.$$eval(`${VISIBLE_BLOCKS} table`, (tables) =>
        tables.map((t) => ({
          caption: t.querySelector("caption")?.textContent ?? "",
          scopes: [...t.querySelectorAll("thead th")].map((th) => th.getAttribute("scope")),
        })),
      );
      expect(headers.length).toBeGreaterThan(0);
      for (const table of headers) {
        expect(table.caption).not.toBe("");
        expect(table.scopes.length).toBeGreaterThan(0);
        expect(new Set(table.scopes)).toEqual(new Set(["col"]));
      }
    });

    it("reaches a rule link with Tab and opens it with Enter", async () => {
      const host = await open();
      const { page } = host;
      let reached: string | null = null;
      for (let presses = 0; presses < 80 && reached === null; presses++) {
        await page.keyboard.press("Tab");
        reached = await page.evaluate(
          (blocks) =>
            document.activeElement?.matches(`${blocks} a.internal-link`)
              ? document.activeElement.getAttribute("data-href")
              : null,
          VISIBLE_BLOCKS,
        );
      }
      expect(reached).not.toBeNull();
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate(() => window.lens.activeFile())).toBe(reached);
    });

    for (const theme of ["light", "dark"] as const) {
      it(`keeps body text and level badges at ${MIN_CONTRAST}:1 or more (${theme})`, async () => {
        const host = await open();
        await host.page.evaluate((t) => window.lens.setTheme(t), theme);
        const samples = [
          ...(await contrastOf(host.page, `${VISIBLE_BLOCKS} td.attack-lens-col-status`)),
          ...(await contrastOf(host.page, `${VISIBLE_BLOCKS} .attack-lens-block-summary`)),
          ...(await contrastOf(host.page, `${VISIBLE_BLOCKS} th`)),
          ...(await contrastOf(host.page, `${VISIBLE_BLOCKS} .attack-lens-level`, 100)),
        ];
        expect(samples.length).toBeGreaterThan(3);
        const failing = samples
          .filter((s) => s.ratio < MIN_CONTRAST)
          .map((s) => `${s.text} ${s.ratio.toFixed(2)}`);
        expect(failing).toEqual([]);
      });
    }
  },
};
