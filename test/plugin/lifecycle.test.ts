// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { setLogSink } from "../../src/core/log";
import AttackLensPlugin from "../../src/main";
import { RERENDER_DELAY_MS } from "../../src/plugin/block-controller";
import {
  App,
  liveDomListenerCount,
  liveEventHandlerCount,
  liveIntervalCount,
  TFile,
  type Plugin,
} from "../stand-in/obsidian";
import { lensBlocks, miniVault, settle } from "./harness";

/**
 * Long sessions: the plugin enabled and disabled a hundred times leaves nothing behind, and a
 * note closed while a redraw is pending or while the index is still reading texts is
 * harmless: no throw, no error logged, no late write to the DOM.
 */

const CYCLES = 100;
const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const RULE = "Detection Rules/LSASS dump with comsvcs.md";

function counts(app: App): Record<string, number> {
  return {
    appEvents: liveEventHandlerCount(),
    domListeners: liveDomListenerCount(),
    intervals: liveIntervalCount(),
    timers: vi.getTimerCount(),
    postProcessors: app.markdownRegistry.postProcessors.length,
    editorExtensions: app.markdownRegistry.editorExtensions.length,
    hoverSources: app.hoverLinkSources.size,
    views: app.viewRegistry.size,
    commands: app.commands.size,
    lensNodes: document.querySelectorAll("[class*='attack-lens']").length,
  };
}

function errorsLogged(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const stop = setLogSink((level, line) => {
    if (level === "error") errors.push(line);
  });
  return { errors, stop };
}

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe("a long session", () => {
  it(`leaves no listener, timer, registration or DOM node after ${CYCLES} enable/disable cycles`, async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
    const app = new App(miniVault());
    await app.start();
    await app.openNote(LSASS, "source");
    const before = counts(app);
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      const plugin = new AttackLensPlugin(app as never, { id: "attack-lens" } as never);
      await app.enablePlugin(plugin as unknown as Plugin);
      await settle();
      if (cycle === 0) expect(lensBlocks(app.containerEl).length).toBeGreaterThan(0);
      await app.vault.modify(
        app.vault.getFileByPath(RULE) as TFile,
        "---\ntags: [detection_rule, T1003_001]\n---\n",
      );
      app.disablePlugin(plugin as unknown as Plugin);
    }
    await settle();
    expect(counts(app)).toEqual(before);
  });

  it("closing a note while a redraw is pending throws nothing and writes nothing late", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const log = errorsLogged();
    const app = new App(miniVault());
    const plugin = new AttackLensPlugin(app as never, { id: "attack-lens" } as never);
    await app.start([plugin as unknown as Plugin]);
    await settle();
    const leaf = await app.openNote(LSASS, "preview");
    const [block] = lensBlocks(app.containerEl);
    if (!block) throw new Error("no block drawn");
    await app.vault.modify(
      app.vault.getFileByPath(RULE) as TFile,
      "---\ntags: [detection_rule, T1003_001]\n---\n",
    );
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    const drawn = block.innerHTML;
    leaf.detach();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(RERENDER_DELAY_MS * 4);
    expect(block.innerHTML).toBe(drawn);
    plugin.unload();
    log.stop();
    expect(log.errors).toEqual([]);
  });

  it("unloading while the index is still reading note texts throws nothing and keeps nothing", async () => {
    const log = errorsLogged();
    const app = new App(miniVault());
    const plugin = new AttackLensPlugin(app as never, { id: "attack-lens" } as never);
    let reads = 0;
    const read = app.vault.cachedRead.bind(app.vault);
    app.vault.cachedRead = (file: TFile): Promise<string> => {
      reads++;
      return read(file);
    };
    await app.start([plugin as unknown as Plugin]);
    expect(reads).toBeGreaterThan(0);
    plugin.unload();
    const version = plugin.indexService.index.version;
    await settle(20);
    expect(plugin.indexService.index.size).toBe(0);
    expect(plugin.indexService.index.version).toBe(version);
    log.stop();
    expect(log.errors).toEqual([]);
  });
});
