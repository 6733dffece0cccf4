import { afterEach, describe, expect, it } from "vitest";
import { getLogLevel, setLogLevel, setLogSink } from "../../src/core/log";
import { DEFAULT_SETTINGS, type AttackLensSettings } from "../../src/core/settings";
import type { SettingsEffects } from "../../src/core/settings-edit";
import { blockRedraws, followSettings } from "../../src/plugin/settings-effects";
import { SettingsService, type SettingsStore } from "../../src/plugin/settings-service";

/** A store in memory that records what was saved, and can be told to fail. */
function memoryStore(stored: unknown, options: { loadFails?: boolean; saveFails?: boolean } = {}) {
  const saved: AttackLensSettings[] = [];
  const saveErrors: unknown[] = [];
  const store: SettingsStore = {
    load: () =>
      options.loadFails
        ? Promise.reject(new SyntaxError("Unexpected token"))
        : Promise.resolve(stored),
    save: (settings) => {
      if (options.saveFails) return Promise.reject(new Error("disk full"));
      saved.push(settings);
      return Promise.resolve();
    },
    onSaveError: (error) => saveErrors.push(error),
  };
  return { store, saved, saveErrors };
}

/** Collects warnings the logger writes while `run` runs. */
async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const restore = setLogSink((level, line) => {
    if (level === "warn") lines.push(line);
  });
  try {
    await run();
  } finally {
    restore();
  }
  return lines;
}

afterEach(() => setLogLevel("warn"));

describe("SettingsService.load", () => {
  it("loads stored values", async () => {
    const service = await SettingsService.load(
      memoryStore({ logLevel: "error", showCoreResults: true }).store,
    );
    expect(service.current.showCoreResults).toBe(true);
    expect(getLogLevel()).toBe("error");
  });

  it("loads defaults with a warning when data.json is not JSON", async () => {
    let service: SettingsService | undefined;
    const warnings = await warningsDuring(async () => {
      service = await SettingsService.load(memoryStore(undefined, { loadFails: true }).store);
    });
    expect(service?.current).toEqual(DEFAULT_SETTINGS);
    expect(warnings).toEqual([expect.stringMatching(/data\.json could not be read/)]);
  });

  it("loads defaults for the corrupt parts, warning about each", async () => {
    let service: SettingsService | undefined;
    const stored = { logLevel: 3, kindTags: null, ruleColumns: ["nope"], showCoreResults: true };
    const warnings = await warningsDuring(async () => {
      service = await SettingsService.load(memoryStore(stored).store);
    });
    expect(service?.current).toEqual({ ...DEFAULT_SETTINGS, showCoreResults: true });
    expect(warnings).toHaveLength(3);
  });

  it("loads defaults with a warning when data.json holds a list", async () => {
    const warnings = await warningsDuring(() => SettingsService.load(memoryStore([1, 2]).store));
    expect(warnings).toEqual([expect.stringMatching(/not a set of values/)]);
  });

  it("does not write anything back on load", async () => {
    const { store, saved } = memoryStore({ logLevel: "loud" });
    const warnings = await warningsDuring(() => SettingsService.load(store));
    expect(warnings).toHaveLength(1);
    expect(saved).toEqual([]);
  });
});

describe("SettingsService.update", () => {
  it("applies the change at once, sets the log level, and saves", async () => {
    const { store, saved } = memoryStore({});
    const service = await SettingsService.load(store);
    const pending = service.update({ logLevel: "debug" });
    expect(service.current.logLevel).toBe("debug");
    expect(getLogLevel()).toBe("debug");
    await pending;
    expect(saved).toEqual([{ ...DEFAULT_SETTINGS, logLevel: "debug" }]);
  });

  it("keeps the change for the session and reports it when saving fails", async () => {
    const { store, saveErrors } = memoryStore({}, { saveFails: true });
    const service = await SettingsService.load(store);
    await service.update({ showCoreResults: true });
    expect(service.current.showCoreResults).toBe(true);
    expect(saveErrors).toEqual([expect.objectContaining({ message: "disk full" })]);
  });

  it("tells listeners what the change affects, until they stop", async () => {
    const service = await SettingsService.load(memoryStore({}).store);
    const heard: SettingsEffects[] = [];
    const stop = service.onChange((_settings, effects) => heard.push(effects));
    await service.update({ ignoreFolders: ["Archive"] });
    stop();
    await service.update({ showCoreResults: true });
    expect(heard).toEqual([
      { rebuildIndex: true, redrawBlocks: false, reclaimBlocks: false, redrawGraph: false },
    ]);
  });

  it("still tells later listeners when an earlier one throws", async () => {
    const service = await SettingsService.load(memoryStore({}).store);
    const restore = setLogSink(() => undefined);
    let heard = false;
    service.onChange(() => {
      throw new Error("broken listener");
    });
    service.onChange(() => (heard = true));
    await service.update({ showCoreResults: true });
    restore();
    expect(heard).toBe(true);
  });
});

describe("settings effects", () => {
  async function wired() {
    const service = await SettingsService.load(memoryStore({}).store);
    const calls: string[] = [];
    followSettings(service, {
      rebuildIndex: () => calls.push("rebuild"),
      reclaimBlocks: () => calls.push("reclaim"),
    });
    blockRedraws(service)(() => calls.push("redraw"));
    return { service, calls };
  }

  it("rebuilds the index, and nothing else, when folders change", async () => {
    const { service, calls } = await wired();
    await service.update({ includeFolders: ["Detection Rules"] });
    expect(calls).toEqual(["rebuild"]);
  });

  it("rebuilds, reclaims and redraws when kind tags change", async () => {
    const { service, calls } = await wired();
    await service.update({ kindTags: { rule: "sigma" } });
    expect(calls.sort()).toEqual(["rebuild", "reclaim", "redraw"]);
  });

  it("only redraws blocks when columns or the app's results change", async () => {
    const { service, calls } = await wired();
    await service.update({ testColumns: ["title", "tests"] });
    await service.update({ showCoreResults: true });
    expect(calls).toEqual(["redraw", "redraw"]);
  });

  it("does nothing visible for the log level", async () => {
    const { service, calls } = await wired();
    await service.update({ logLevel: "error" });
    expect(calls).toEqual([]);
  });
});
