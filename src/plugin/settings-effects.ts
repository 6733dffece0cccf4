import type { AttackLensSettings } from "../core/settings";
import type { SettingsService } from "./settings-service";

/** What the rest of the plugin does when settings change. */
export interface SettingsTargets {
  /** Reads every note again (kind tags or folders changed). */
  readonly rebuildIndex: () => void;
  /** Renders reading views again, so blocks are claimed under the new kind tags. */
  readonly reclaimBlocks: () => void;
}

/** Connects settings changes to their effects; returns how to disconnect. */
export function followSettings(service: SettingsService, targets: SettingsTargets): () => void {
  return service.onChange((_settings, effects) => {
    if (effects.rebuildIndex) targets.rebuildIndex();
    if (effects.reclaimBlocks) targets.reclaimBlocks();
  });
}

/**
 * A subscription for query blocks: the listener runs when a change alters what blocks show
 * (columns, the app's own results, kind tags), never for changes blocks do not draw.
 */
export function blockRedraws(service: SettingsService) {
  return (listener: () => void): (() => void) =>
    service.onChange((_settings, effects) => {
      if (effects.redrawBlocks) listener();
    });
}

/** The part of the settings service a view needs to follow changes. */
export type SettingsSource = Pick<SettingsService, "onChange">;

/** A subscription for the graph panel: the listener runs when the graph's settings change. */
export function graphRedraws(service: SettingsSource) {
  return (listener: (settings: AttackLensSettings) => void): (() => void) =>
    service.onChange((settings, effects) => {
      if (effects.redrawGraph) listener(settings);
    });
}
