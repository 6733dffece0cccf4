/**
 * Starts ATT&CK Lens in the stand-in app, from sources (vitest resolves `obsidian` to the
 * stand-in) or from any plugin class, e.g. the one the built main.js exports.
 */
import { resolve } from "node:path";
import { App, type AppOptions, type Plugin } from "../stand-in/obsidian";
import { readVaultFolder } from "../stand-in/node-vault";

/** Paths from the repository root, where vitest runs (happy-dom replaces `URL`, so no import.meta.url). */
export const MINI_VAULT = resolve("test/fixtures/mini-vault");
export const SAMPLE_VAULT = resolve("../shared/vault-sample");

export interface Started<P> {
  readonly app: App;
  readonly plugin: P;
}

/** Creates an app over `files`, loads the plugin, and runs start-up to layout ready. */
export async function startPlugin<P>(
  PluginClass: new (app: never, manifest: never) => P,
  files: Readonly<Record<string, string>>,
  options: AppOptions & { readonly settings?: unknown } = {},
): Promise<Started<P>> {
  const app = new App(files, options);
  if (options.settings !== undefined) app.pluginData.set("attack-lens", options.settings);
  const plugin = new PluginClass(
    app as never,
    { id: "attack-lens", name: "ATT&CK Lens", version: "test" } as never,
  ) as P;
  await app.start([plugin as unknown as Plugin]);
  await settle();
  return { app, plugin };
}

/** The mini fixture vault as a path → text map. */
export function miniVault(): Record<string, string> {
  return readVaultFolder(MINI_VAULT);
}

/** Lets pending promise callbacks (note reads, metadata events) run. */
export async function settle(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => queueMicrotask(resolve));
}

/** The blocks ATT&CK Lens drew inside `root`, in document order. */
export function lensBlocks(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(".attack-lens-query")];
}

/** The link texts of each results table inside `block` (rules, tests, …), table by table. */
export function tableTitles(block: ParentNode): string[][] {
  return [...block.querySelectorAll(":scope .attack-lens-table")]
    .filter((table) => !table.closest(".attack-lens-subtechniques"))
    .map((table) =>
      [...table.querySelectorAll("tbody a.internal-link")].map((a) => a.textContent ?? ""),
    );
}
