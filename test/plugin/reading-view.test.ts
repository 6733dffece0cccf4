// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import AttackLensPlugin from "../../src/main";
import { miniVault, startPlugin, type Started } from "./harness";

let started: Started<AttackLensPlugin> | undefined;
afterEach(() => {
  started?.plugin.unload();
  started?.app.containerEl.remove();
  started = undefined;
});

describe("reading view", () => {
  it("draws the rule and test tables of a technique note", async () => {
    started = await startPlugin(AttackLensPlugin, miniVault());
    const leaf = await started.app.openNote(
      "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md",
    );
    const blocks = leaf.containerEl.querySelectorAll(".attack-lens-query");
    expect(blocks).toHaveLength(2);
    const ruleLinks = [...blocks[0]!.querySelectorAll("a.internal-link")].map((a) => a.textContent);
    expect(ruleLinks).toEqual(["LSASS dump with comsvcs", "LSASS access from an unusual process"]);
  });
});
