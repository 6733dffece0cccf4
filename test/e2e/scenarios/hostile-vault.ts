import { expect, it } from "vitest";
import type { Scenario } from "../harness";
import { inBlocks, scrollToEnd, scrollToTopOf, VISIBLE_BLOCKS } from "./page-queries";

const NOTE = "Use Cases/T1003.001 - Hostile technique.md";
const NONE = { dialogs: [], consoleErrors: [], pageErrors: [], foreignRequests: [] };

/** Payloads in titles, tags, paths and properties are shown as text and run nothing. */
export const hostileVault: Scenario = {
  name: "a hostile vault",
  define(e2e) {
    it("runs no payload, in reading view and Live Preview, and shows each as text", async () => {
      const host = await e2e().openVault("hostile");
      const { page, problems } = host;
      await host.open(NOTE);
      await scrollToEnd(page);
      await page.waitForSelector(`${VISIBLE_BLOCKS} .attack-lens-table`);
      const text =
        (await page.$$eval(VISIBLE_BLOCKS, (blocks) =>
          blocks.map((b) => b.textContent).join("\n"),
        )) ?? "";
      for (const payload of [
        "<img src=x onerror=alert('title')>",
        "<img src=x onerror=alert('path')>",
        "<svg onload=alert('executor')>",
        "🔥💀 LSASS dump",
        "قاعدة كشف",
      ]) {
        expect(text).toContain(payload);
      }
      const injected = await page.$$eval(
        `${VISIBLE_BLOCKS} :is(img, script, svg, iframe, [onerror], [onload], [onmouseover])`,
        (e) => e.length,
      );
      expect(injected).toBe(0);
      const schemes = await page.$$eval(`${VISIBLE_BLOCKS} a`, (links) =>
        links
          .map((a) => a.getAttribute("href") ?? "")
          .filter((h) => /^\s*(javascript|data|vbscript):/i.test(h)),
      );
      expect(schemes).toEqual([]);
      await scrollToTopOf(page);
      await host.screenshots("hostile-vault");
      await host.open(NOTE, "source");
      await scrollToEnd(page);
      await page.waitForSelector(`${VISIBLE_BLOCKS}.attack-lens-live-preview .attack-lens-table`);
      await page.mouse.move(300, 300);
      await page.waitForTimeout(300);
      expect(problems).toEqual(NONE);
      await host.close();
    });

    it("shows the broken query with a payload in it as text", async () => {
      const host = await e2e().openVault("hostile");
      await host.open(NOTE);
      const error = host.page.locator(inBlocks(".attack-lens-error"));
      await error.waitFor();
      expect(await error.textContent()).toContain("<img src=x onerror=alert('broken')>");
      expect(host.problems).toEqual(NONE);
      await host.close();
    });
  },
};
