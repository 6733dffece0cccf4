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

/**
 * What every block says while the main area scrolls from top to bottom: the editor draws
 * widgets only near the viewport, so Live Preview never shows all blocks at once.
 * Returns each block's summary line with the row counts of its own tables.
 */
export async function blocksWhileScrolling(page: Page): Promise<Map<string, number[]>> {
  const seen = new Map<string, number[]>();
  for (let step = 0; step < 200; step++) {
    const done = await page.evaluate((y) => {
      const scroller = document.querySelector(".workspace-split.mod-root");
      scroller?.scrollTo(0, y);
      return !scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
    }, step * 400);
    await page.waitForTimeout(50);
    const blocks = await page.$$eval(VISIBLE_BLOCKS, (els) =>
      els.map(
        (block) =>
          [
            block.querySelector(".attack-lens-block-summary")?.textContent ?? "",
            [...block.querySelectorAll(".attack-lens-table")]
              .filter((table) => !table.closest(".attack-lens-subtechniques"))
              .map((table) => table.querySelectorAll("tbody tr").length),
          ] as const,
      ),
    );
    for (const [summary, counts] of blocks) if (summary !== "") seen.set(summary, counts);
    if (done) break;
  }
  return seen;
}

/** Scrolls so that the top of the `n`th block (or of the element `selector`) is at the top. */
export async function scrollToTopOf(
  page: Page,
  selector: string = VISIBLE_BLOCKS,
  n = 0,
): Promise<void> {
  await page
    .locator(selector)
    .nth(n)
    .evaluate((el) => el.scrollIntoView({ block: "start" }));
  await page.waitForTimeout(50);
}
