/** Hovering technique references on a host page, as a person does: with the Mod key held. */
import type { Page } from "playwright-core";
import { ruleLevelsFromFiles, testFilesTagged, total } from "../../real-vault/vault-files";

/** Our technique previews; the app's page previews share `.hover-popover`. */
export const PREVIEW = ".popover.hover-popover.attack-lens-hover";
const ANY_POPOVER = ".popover.hover-popover";

/** The reference elements the plugin marked in the visible note. */
export function ref(kind: "url" | "wiki" | "bare", value?: string): string {
  const valued = value === undefined ? "" : `[data-attack-lens-value="${value}"]`;
  return `.workspace-leaf:not([hidden]) [data-attack-lens-ref="${kind}"]${valued}`;
}

/** Hovers `selector` with Control held (page previews of this source ask for the Mod key). */
export async function hoverWithMod(page: Page, selector: string): Promise<void> {
  await page.keyboard.down("Control");
  try {
    await page.hover(selector);
    await page.waitForSelector(PREVIEW);
  } finally {
    await page.keyboard.up("Control");
  }
}

/** Moves the pointer onto the note's first heading, away from links and popovers. */
export async function moveAway(page: Page): Promise<void> {
  await page.locator(".workspace-leaf:not([hidden]) :is(h1, h2)").first().hover();
}

/** Starts counting the most popovers on screen at once; read it with `mostPopovers`. */
export async function watchPopovers(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const record = window as unknown as { mostPopovers: number };
    record.mostPopovers = 0;
    const count = (): void => {
      record.mostPopovers = Math.max(
        record.mostPopovers,
        document.querySelectorAll(selector).length,
      );
    };
    new MutationObserver(count).observe(document.body, { childList: true, subtree: true });
  }, ANY_POPOVER);
}

export function mostPopovers(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { mostPopovers: number }).mostPopovers);
}

export function popoverCount(page: Page): Promise<number> {
  return page.locator(ANY_POPOVER).count();
}

/** What a preview says about rules and tests. */
export interface PreviewCounts {
  readonly title: string;
  readonly rules: string;
  readonly levels: string[];
  readonly tests: string;
}

export async function previewCounts(page: Page): Promise<PreviewCounts> {
  return page.$eval(PREVIEW, (popover) => ({
    title: popover.querySelector(".attack-lens-preview-title")?.textContent ?? "",
    rules:
      popover.querySelector(".attack-lens-preview-rules .attack-lens-preview-count span")
        ?.textContent ?? "",
    levels: [...popover.querySelectorAll(".attack-lens-preview-levels .attack-lens-level")].map(
      (badge) => badge.textContent ?? "",
    ),
    tests:
      popover.querySelector(".attack-lens-preview-tests .attack-lens-preview-count")?.textContent ??
      "",
  }));
}

const LEVEL_ORDER = ["critical", "high", "medium", "low", "informational"];
const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/**
 * What the preview of `id` should say, counted from the vault's files (rules and test
 * notes whose frontmatter tags carry the identifier), not through the plugin.
 */
export function expectedCounts(vault: string, id: string): Omit<PreviewCounts, "title"> {
  const tag = id.toLowerCase().replace(".", "_");
  const levels = ruleLevelsFromFiles(vault, tag);
  const tests = testFilesTagged(vault, tag);
  const atomic = tests.reduce((sum, test) => sum + test.atomicTests, 0);
  return {
    rules: plural(total(levels), "detection rule", "detection rules"),
    levels: [...levels.entries()]
      .sort(([a], [b]) => LEVEL_ORDER.indexOf(a) - LEVEL_ORDER.indexOf(b))
      .map(([level, count]) => `${level} ${count}`),
    tests: `${plural(tests.length, "test note", "test notes")} (${plural(atomic, "atomic test", "atomic tests")})`,
  };
}
