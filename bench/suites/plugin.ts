/** The plugin itself: `onload()` time of the built main.js, and the size of main.js. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { runInThisContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { statsOf, timeRuns, type Stats } from "../measure";
import { installDomGlobals } from "../dom-globals";
import * as obsidianModule from "../../test/stand-in/obsidian";
import { timed, type Row } from "../rows";

const MAIN_JS = resolve("main.js");

type PluginClass = new (app: unknown, manifest: unknown) => { onload(): Promise<void> | void };

/** Evaluates main.js as the app does: CommonJS with `obsidian` supplied from outside. */
function loadMainJs(): PluginClass {
  const source = readFileSync(MAIN_JS, "utf8");
  const wrapper = runInThisContext(`(function (module, exports, require) {${source}\n})`, {
    filename: MAIN_JS,
  });
  const nodeRequire = createRequire(MAIN_JS);
  const module = { exports: {} as { default?: PluginClass } };
  const require = (name: string): unknown =>
    name === "obsidian" ? obsidianModule : nodeRequire(name);
  (wrapper as (m: unknown, e: unknown, r: unknown) => void)(module, module.exports, require);
  if (module.exports.default === undefined) throw new Error("main.js exports no plugin class");
  return module.exports.default;
}

/** Enables a fresh plugin in a fresh app `runs` times; only the enabling is timed. */
async function timeOnload(Plugin: PluginClass, runs: number): Promise<Stats> {
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const app = new obsidianModule.App({});
    const plugin = new Plugin(app, MANIFEST) as unknown as obsidianModule.Plugin;
    const start = performance.now();
    await app.enablePlugin(plugin);
    if (i > 0) samples.push(performance.now() - start);
    app.disablePlugin(plugin);
  }
  return statsOf(samples);
}

const MANIFEST = { id: "attack-lens", name: "ATT&CK Lens", version: "0.0.0" };

/**
 * Time to evaluate main.js, and time to enable a fresh plugin in the stand-in app before
 * its layout is ready (so `onload` runs and layout-ready work waits, as at app start-up).
 */
export async function pluginRows(): Promise<Row[]> {
  installDomGlobals();
  const evaluate: Stats = timeRuns(20, () => loadMainJs());
  const Plugin = loadMainJs();
  const onload = await timeOnload(Plugin, 50);
  const bytes = readFileSync(MAIN_JS);
  return [
    timed("Plugin onload() (heavy work deferred to layout-ready)", onload),
    timed("Evaluate main.js (module load before onload)", evaluate),
    {
      kind: "value",
      name: "main.js size",
      value: bytes.length,
      unit: "B",
      detail: `${gzipSync(bytes).length} B gzipped`,
    },
  ];
}
