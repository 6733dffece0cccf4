/**
 * The e2e host page: the stand-in app (browser build), real CodeMirror 6, and the built
 * main.js loaded as the app loads plugins: a CommonJS module given a `require` that
 * provides `obsidian` and `@codemirror/*`. Tests drive it through `window.lens`.
 */
import * as cmState from "@codemirror/state";
import * as cmView from "@codemirror/view";
import * as obsidian from "../../stand-in/obsidian";

type PluginClass = new (app: obsidian.App, manifest: obsidian.PluginManifest) => obsidian.Plugin;

/** What tests call inside the page. */
export interface LensHost {
  readonly app: obsidian.App;
  readonly plugin: obsidian.Plugin;
  open(path: string, mode?: "preview" | "source"): Promise<void>;
  modify(path: string, text: string): Promise<void>;
  text(path: string): string;
  activeFile(): string | null;
  setTheme(theme: "light" | "dark"): void;
  listenerCounts(): { events: number; dom: number; intervals: number };
}

declare global {
  interface Window {
    lens: LensHost;
  }
}

function loadPluginClass(source: string): PluginClass {
  const provided: Record<string, unknown> = {
    obsidian,
    "@codemirror/state": cmState,
    "@codemirror/view": cmView,
  };
  const require = (name: string): unknown => {
    if (!(name in provided))
      throw new Error(`main.js asked for "${name}", which the app does not provide`);
    return provided[name];
  };
  const module = { exports: {} as Record<string, unknown> };
  new Function("module", "exports", "require", source)(module, module.exports, require);
  return (module.exports.default ?? module.exports) as PluginClass;
}

async function boot(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const [files, source] = await Promise.all([
    fetch(`/vault.json?name=${encodeURIComponent(params.get("vault") ?? "mini")}`).then(
      (r) => r.json() as Promise<Record<string, string>>,
    ),
    fetch("/main.js").then((r) => r.text()),
  ]);
  const app = new obsidian.App(files);
  const settings = params.get("settings");
  if (settings) app.pluginData.set("attack-lens", JSON.parse(settings));
  const plugin = new (loadPluginClass(source))(app, {
    id: "attack-lens",
    name: "ATT&CK Lens",
    version: "e2e",
  });
  await app.start([plugin]);
  window.lens = host(app, plugin);
  document.body.setAttribute("data-ready", "true");
}

function host(app: obsidian.App, plugin: obsidian.Plugin): LensHost {
  return {
    app,
    plugin,
    open: async (path, mode = "preview") => void (await app.openNote(path, mode)),
    modify: async (path, text) => {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`No note at ${path}`);
      await app.vault.modify(file, text);
    },
    text: (path) => app.vault.textOf(path) ?? "",
    activeFile: () => app.workspace.getActiveFile()?.path ?? null,
    setTheme: (theme) => {
      document.body.classList.toggle("theme-dark", theme === "dark");
      document.body.classList.toggle("theme-light", theme === "light");
    },
    listenerCounts: () => ({
      events: obsidian.liveEventHandlerCount(),
      dom: obsidian.liveDomListenerCount(),
      intervals: obsidian.liveIntervalCount(),
    }),
  };
}

boot().catch((error: unknown) => {
  document.body.setAttribute("data-boot-error", String(error));
  throw error;
});
