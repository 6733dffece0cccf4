/** Reading what ATT&CK Lens drew on a host page. */
import type { Page } from "playwright-core";

/** Every block ATT&CK Lens drew in the visible main leaf. */
export const VISIBLE_BLOCKS = ".workspace-leaf:not([hidden]) .attack-lens-query";

/**
 * Elements matching `selector` in a drawn block, or the block itself: in reading view the
 * block element carries the block classes, in Live Preview an inner element does.
 */
export function inBlocks(selector: string): string {
  return `${VISIBLE_BLOCKS}${selector}, ${VISIBLE_BLOCKS} ${selector}`;
}

/** Row counts of each block's own tables (sub-technique sections left out), block by block. */
export function tableRowCounts(page: Page): Promise<number[][]> {
  return page.$$eval(VISIBLE_BLOCKS, (blocks) =>
    blocks.map((block) =>
      [...block.querySelectorAll(".attack-lens-table")]
        .filter((table) => !table.closest(".attack-lens-subtechniques"))
        .map((table) => table.querySelectorAll("tbody tr").length),
    ),
  );
}

/** The text of the visible main leaf. */
export function visibleText(page: Page): Promise<string> {
  return page.$eval(".workspace-leaf:not([hidden])", (leaf) => leaf.textContent ?? "");
}

/** Scrolls the main area to the end, where technique notes keep their blocks. */
export async function scrollToEnd(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector(".workspace-split.mod-root")?.scrollTo(0, 1e9));
  await page.waitForTimeout(100);
}
