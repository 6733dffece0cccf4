import { getLogger, setLogLevel } from "../core/log";
import { readSettings, type AttackLensSettings } from "../core/settings";
import {
  applyPatch,
  settingsEffects,
  type SettingsEffects,
  type SettingsPatch,
} from "../core/settings-edit";

const log = getLogger("settings");

/** Told about each change: the settings now in force and what the change affects. */
export type SettingsListener = (settings: AttackLensSettings, effects: SettingsEffects) => void;

/** How settings reach and leave disk; the plugin passes its `loadData`/`saveData`. */
export interface SettingsStore {
  readonly load: () => Promise<unknown>;
  readonly save: (settings: AttackLensSettings) => Promise<void>;
  /** Called when saving fails; the new settings stay in force for this session. */
  readonly onSaveError: (error: unknown) => void;
}

/**
 * The one path settings change by: `update` applies a change at once, sets the log level,
 * tells every listener what the change affects, then saves.
 */
export class SettingsService {
  private settings: AttackLensSettings;
  private readonly listeners = new Set<SettingsListener>();

  constructor(
    initial: AttackLensSettings,
    private readonly store: SettingsStore,
  ) {
    this.settings = initial;
    setLogLevel(initial.logLevel);
  }

  /** Reads stored settings; anything unusable falls back to its default with a warning. */
  static async load(store: SettingsStore): Promise<SettingsService> {
    return new SettingsService(await readStored(store), store);
  }

  /** The settings in force. */
  get current(): AttackLensSettings {
    return this.settings;
  }

  /** Applies a change, notifies listeners, and saves; returns the settings now in force. */
  async update(patch: SettingsPatch): Promise<AttackLensSettings> {
    const before = this.settings;
    this.settings = applyPatch(before, patch);
    setLogLevel(this.settings.logLevel);
    this.notify(settingsEffects(before, this.settings));
    try {
      await this.store.save(this.settings);
    } catch (error) {
      this.store.onSaveError(error);
    }
    return this.settings;
  }

  /** Follows changes until the returned function is called. */
  onChange(listener: SettingsListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Every listener hears the change even if an earlier one fails. */
  private notify(effects: SettingsEffects): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(this.settings, effects);
      } catch (error) {
        log.error("a part of the plugin could not apply the new settings", error);
      }
    }
  }
}

async function readStored(store: SettingsStore): Promise<AttackLensSettings> {
  let stored: unknown;
  try {
    stored = await store.load();
  } catch (error) {
    log.warn("data.json could not be read; the default settings are used", error);
  }
  const { settings, problems } = readSettings(stored);
  setLogLevel(settings.logLevel);
  for (const problem of problems) log.warn(`data.json: ${problem}`);
  return settings;
}
