import type { App } from "obsidian";
import { HOVER_SOURCE } from "./block-context";

/** What main.ts registers our hover source with; used when the app's setting is out of reach. */
export const DEFAULT_REQUIRES_MOD = true;

/** What the app keeps about its page-preview plugin; not public API, so every step is optional. */
interface PagePreviewInternals {
  readonly internalPlugins?: {
    getPluginById?(id: string): {
      enabled?: boolean;
      instance?: { overrides?: Record<string, unknown> };
    } | null;
  };
}

function pagePreviewPlugin(app: App) {
  return (app as unknown as PagePreviewInternals).internalPlugins?.getPluginById?.("page-preview");
}

/** Whether the user turned the core page previews off (then ours stay off too). */
export function pagePreviewsDisabled(app: App): boolean {
  return pagePreviewPlugin(app)?.enabled === false;
}

/**
 * Whether our previews need the Mod key: the user's choice for "ATT&CK Lens" in the
 * page-preview settings when the app exposes it, else the default we registered.
 */
export function previewRequiresMod(app: App): boolean {
  const override = pagePreviewPlugin(app)?.instance?.overrides?.[HOVER_SOURCE];
  return typeof override === "boolean" ? override : DEFAULT_REQUIRES_MOD;
}
