import { afterAll, beforeAll, expect, it } from "vitest";
import type { HostPage, Scenario } from "../harness";
import { VAULTS, vaultExists } from "../server";
import {
  expectedCounts,
  hoverWithMod,
  mostPopovers,
  moveAway,
  popoverCount,
  PREVIEW,
  previewCounts,
  ref,
  watchPopovers,
} from "./hover-page";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const LINKS = "Notes/Technique links.md";

/** Nothing a hover does may reach another host, open a dialog or throw. */
function expectNoProblems(host: HostPage): void {
  expect(host.problems.foreignRequests).toEqual([]);
  expect(host.problems.dialogs).toEqual([]);
  expect(host.problems.pageErrors).toEqual([]);
  expect(host.problems.consoleErrors).toEqual([]);
}

/**
 * Hover previews of attack.mitre.org links in a technique note of the real vault, with
 * counts checked against the vault's files. Links are hovered, never clicked.
 */
export const hoverPreviewsRealVault: Scenario = {
  name: "hover previews on the real vault",
  define(e2e) {
    if (!vaultExists("sample")) {
      it.todo("the real vault is not at ../shared/vault-sample");
      return;
    }
    let host: HostPage;
    beforeAll(async () => {
      host = await e2e().openVault("sample", { viewport: { width: 1280, height: 800 } });
      await host.open(LSASS);
      await watchPopovers(host.page);
    });
    afterAll(() => host?.close());

    it("previews the web link to T1550 with the vault's rule and test counts, light and dark", async () => {
      await hoverWithMod(host.page, ref("url", "T1550"));
      expect(await previewCounts(host.page)).toEqual({
        title: "T1550Use Alternate Authentication Material",
        ...expectedCounts(VAULTS.sample!, "T1550"),
      });
      await host.screenshots("hover-preview-web-link");
    });

    it("moves to T1055's preview when that link is hovered, one popover at a time", async () => {
      await hoverWithMod(host.page, ref("url", "T1055"));
      await host.page.waitForFunction(
        (selector) => document.querySelector(selector)?.textContent?.startsWith("T1055Process"),
        `${PREVIEW} .attack-lens-preview-title`,
      );
      expect(await previewCounts(host.page)).toEqual({
        title: "T1055Process Injection",
        ...expectedCounts(VAULTS.sample!, "T1055"),
      });
      expect(await popoverCount(host.page)).toBe(1);
    });

    it("closes on Escape, and when the pointer moves away", async () => {
      await host.page.keyboard.press("Escape");
      expect(await popoverCount(host.page)).toBe(0);
      await hoverWithMod(host.page, ref("url", "T1550"));
      await moveAway(host.page);
      await host.page.waitForSelector(PREVIEW, { state: "detached" });
      expect(await popoverCount(host.page)).toBe(0);
    });

    it("never showed two popovers at once, and reached no other host", async () => {
      expect(await mostPopovers(host.page)).toBe(1);
      expectNoProblems(host);
    });
  },
};

/** Wiki-links and bare identifiers in a note of the mini vault, which has every kind. */
export const hoverPreviewsMiniVault: Scenario = {
  name: "hover previews of wiki-links and bare identifiers",
  define(e2e) {
    let host: HostPage;
    beforeAll(async () => {
      host = await e2e().openVault("mini", { viewport: { width: 1100, height: 700 } });
      await host.open(LINKS);
      await watchPopovers(host.page);
    });
    afterAll(() => host?.close());

    const lsass = () => ({
      title: "T1003.001LSASS Memory",
      ...expectedCounts(VAULTS.mini!, "T1003.001"),
    });

    it("previews the wiki-link to the technique note", async () => {
      await hoverWithMod(host.page, `${ref("wiki")}[data-href="${LSASS.replace(/\.md$/, "")}"]`);
      expect(await previewCounts(host.page)).toEqual(lsass());
      expect(lsass().rules).toBe("2 detection rules");
      await host.page.keyboard.press("Escape");
    });

    it("previews the bare T1003.001 in the text, light and dark", async () => {
      await hoverWithMod(host.page, ref("bare", "T1003.001"));
      expect(await previewCounts(host.page)).toEqual(lsass());
      await host.screenshots("hover-preview-bare-identifier");
      await moveAway(host.page);
      await host.page.waitForSelector(PREVIEW, { state: "detached" });
    });

    it("shows no technique preview for the wiki-link to the test note of the same name", async () => {
      await host.page.keyboard.down("Control");
      await host.page.hover(`${ref("wiki")}[data-href^="Testing Runbooks/"]`);
      await host.page.waitForTimeout(500);
      await host.page.keyboard.up("Control");
      expect(await host.page.locator(PREVIEW).count()).toBe(0);
    });

    it("never showed two popovers at once, and reached no other host", async () => {
      expect(await mostPopovers(host.page)).toBe(1);
      expectNoProblems(host);
    });
  },
};
