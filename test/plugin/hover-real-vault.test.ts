// @vitest-environment happy-dom
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import AttackLensPlugin from "../../src/main";
import { POPOVER_CLASS, SHOW_DELAY_MS } from "../../src/plugin/hover-controller";
import { readVaultFolder } from "../stand-in/node-vault";
import { ruleLevelsFromFiles, testFilesTagged, total } from "../real-vault/vault-files";
import { SAMPLE_VAULT, settle, startPlugin, type Started } from "./harness";
import { existsSync } from "node:fs";

const TEST_NOTE = "Testing Runbooks/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const TECHNIQUE_NOTE = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const hasSample = existsSync(SAMPLE_VAULT);
if (!hasSample) console.info(`real-vault hover tests skipped: no vault at ${SAMPLE_VAULT}`);

/** Hovers with the modifier, waits the delay, and returns the preview on screen. */
async function previewOf(target: Element): Promise<HTMLElement> {
  target.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
  await vi.advanceTimersByTimeAsync(SHOW_DELAY_MS);
  const shown = [...document.querySelectorAll<HTMLElement>(`.${POPOVER_CLASS}`)];
  expect(shown).toHaveLength(1);
  return shown[0]!;
}

function close(): void {
  document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
}

function levelBadges(preview: HTMLElement): string[] {
  return [...preview.querySelectorAll(".attack-lens-preview-levels .attack-lens-level")].map(
    (b) => b.textContent ?? "",
  );
}

function expectedBadges(levels: ReadonlyMap<string, number>): string[] {
  const order = ["critical", "high", "medium", "low", "informational"];
  return [...levels.entries()]
    .sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
    .map(([level, count]) => `${level} ${count}`);
}

describe.skipIf(!hasSample)("hover previews on the real vault", () => {
  let started: Started<AttackLensPlugin>;
  beforeAll(async () => {
    started = await startPlugin(AttackLensPlugin, readVaultFolder(SAMPLE_VAULT));
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  });
  afterAll(() => {
    vi.useRealTimers();
    started?.plugin.unload();
    started?.app.containerEl.remove();
  });

  it("previews the bare T1003.001 in a test note's heading with 68 rules by level and 14 atomic tests", async () => {
    const view = (await started.app.openNote(TEST_NOTE)).containerEl;
    await settle();
    const bare = view.querySelector(
      '[data-attack-lens-ref="bare"][data-attack-lens-value="T1003.001"]',
    );
    const preview = await previewOf(bare!);
    const levels = ruleLevelsFromFiles(SAMPLE_VAULT, "t1003_001");
    expect(total(levels)).toBe(68);
    expect(
      preview.querySelector(".attack-lens-preview-rules .attack-lens-preview-count span")
        ?.textContent,
    ).toBe("68 detection rules");
    expect(levelBadges(preview)).toEqual(expectedBadges(levels));
    expect(
      preview.querySelector(".attack-lens-preview-tests .attack-lens-preview-count")?.textContent,
    ).toBe("1 test note (14 atomic tests)");
    expect(
      preview
        .querySelector(".attack-lens-preview-links a.internal-link")
        ?.getAttribute("data-href"),
    ).toBe(TECHNIQUE_NOTE);
    close();
  });

  it("previews an attack.mitre.org link in a technique note with the vault's own counts", async () => {
    const view = (await started.app.openNote(TECHNIQUE_NOTE)).containerEl;
    await settle();
    const link = view.querySelector('a.external-link[data-attack-lens-value="T1055"]');
    const preview = await previewOf(link!);
    const levels = ruleLevelsFromFiles(SAMPLE_VAULT, "t1055");
    const tests = testFilesTagged(SAMPLE_VAULT, "t1055");
    expect(preview.querySelector(".attack-lens-preview-title")?.textContent).toBe(
      "T1055Process Injection",
    );
    expect(
      preview.querySelector(".attack-lens-preview-rules .attack-lens-preview-count span")
        ?.textContent,
    ).toBe(`${total(levels)} detection rules`);
    expect(levelBadges(preview)).toEqual(expectedBadges(levels));
    const atomic = tests.reduce((sum, t) => sum + t.atomicTests, 0);
    expect(
      preview.querySelector(".attack-lens-preview-tests .attack-lens-preview-count")?.textContent,
    ).toBe(
      `${tests.length} test note${tests.length === 1 ? "" : "s"} (${atomic} atomic test${atomic === 1 ? "" : "s"})`,
    );
    close();
  });
});
