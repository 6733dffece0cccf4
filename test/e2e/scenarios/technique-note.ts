import { afterAll, beforeAll, expect, it } from "vitest";
import type { HostPage, Scenario } from "../harness";
import { vaultExists } from "../server";
import {
  blocksWhileScrolling,
  inBlocks,
  scrollToEnd,
  scrollToTopOf,
  tableRowCounts,
  VISIBLE_BLOCKS,
  visibleText,
} from "./page-queries";

const NOTE = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const RULE = "Detection Rules/win_security_susp_lsass_dump_generic.md";
const BLOCK_SOURCE = "tag: detection_rule\ntag: T1003_001";

/**
 * A technique note of the real vault: tables, Live Preview, a live change, an error, a
 * click through. One page for the scenario; each test leaves the note as it found it.
 */
export const techniqueNote: Scenario = {
  name: "a technique note of the real vault",
  define(e2e) {
    if (!vaultExists("sample")) {
      it.todo("the real vault is not at ../shared/vault-sample");
      return;
    }
    let host: HostPage;
    beforeAll(async () => {
      host = await e2e().openVault("sample");
    });
    afterAll(() => host?.close());

    const openNote = async (mode: "preview" | "source" = "preview"): Promise<void> => {
      await host.open(NOTE, mode);
      await scrollToEnd(host.page);
      await host.page.waitForSelector(`${VISIBLE_BLOCKS} .attack-lens-table`);
    };

    it("draws 68 rules and 1 test note in reading view, in place of the app's list", async () => {
      await openNote();
      expect(await tableRowCounts(host.page)).toEqual([[68], [1]]);
      expect(await host.page.textContent(`${VISIBLE_BLOCKS} >> nth=1`)).toContain(
        "14 atomic tests",
      );
      expect(await host.page.locator(".internal-query:visible").count()).toBe(0);
      await scrollToTopOf(host.page);
      await host.screenshots("technique-note-reading");
    });

    it("draws the same tables in Live Preview", async () => {
      await openNote("source");
      const seen = await blocksWhileScrolling(host.page);
      expect([...seen.values()]).toEqual([[68], [1]]);
      expect([...seen.keys()][1]).toContain("14 atomic tests");
      await scrollToTopOf(host.page);
      await host.screenshots("technique-note-live-preview");
    });

    it("updates the block when a rule's tags change", async () => {
      await openNote();
      await host.edit(RULE, "t1003_001, ", "");
      await expect.poll(() => tableRowCounts(host.page)).toEqual([[67], [1]]);
      await host.edit(RULE, "tags: [", "tags: [t1003_001, ");
      await expect.poll(() => tableRowCounts(host.page)).toEqual([[68], [1]]);
    });

    it("shows a broken query's error in place", async () => {
      await openNote();
      await host.edit(NOTE, BLOCK_SOURCE, "tag: detection_rule\ntag: (T1003_001");
      const error = host.page.locator(inBlocks(".attack-lens-error"));
      await error.waitFor();
      expect(await error.getAttribute("role")).toBe("alert");
      expect(await tableRowCounts(host.page)).toEqual([[], [1]]);
      await scrollToTopOf(host.page, inBlocks(".attack-lens-error"));
      await host.screenshots("broken-query");
      await host.edit(NOTE, "tag: detection_rule\ntag: (T1003_001", BLOCK_SOURCE);
    });

    it("opens a rule note when its link is clicked", async () => {
      await openNote();
      await host.page.click(`${VISIBLE_BLOCKS} a.internal-link[data-href="${RULE}"]`);
      await expect.poll(() => host.page.evaluate(() => window.lens.activeFile())).toBe(RULE);
      expect(await visibleText(host.page)).toContain(
        "Potentially Suspicious AccessMask Requested From LSASS",
      );
      await host.screenshots("rule-note-after-click");
    });

    it("raises no dialog, error or foreign request", () => {
      expect(host.problems).toEqual({
        dialogs: [],
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
      });
    });
  },
};
