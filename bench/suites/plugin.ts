/** The plugin itself: `onload()` time of the built main.js, and the size of main.js. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { runInThisContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { timeRuns, timeRunsAsync, type Stats } from "../measure";
import { layoutReadyCallbacks, obsidianModule, stubApp } from "../obsidian-stub";
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

const MANIFEST = { id: "attack-lens", name: "ATT&CK Lens", version: "0.0.0" };

/** Time to evaluate main.js, and time of `onload()` on a fresh plugin each run. */
export async function pluginRows(): Promise<Row[]> {
  const evaluate: Stats = timeRuns(20, () => loadMainJs());
  const Plugin = loadMainJs();
  const onload = await timeRunsAsync(50, async () => {
    layoutReadyCallbacks.length = 0;
    await new Plugin(stubApp(), MANIFEST).onload();
    if (layoutReadyCallbacks.length === 0)
      throw new Error("onload() left nothing for layout-ready");
  });
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
