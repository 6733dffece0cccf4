import type { Setting } from "obsidian";
import type { AttackLensSettings } from "../core/settings";
import type { SettingsPatch } from "../core/settings-edit";

/** What each section of the settings tab works with. */
export interface SectionContext {
  /** The settings in force right now. */
  readonly settings: () => AttackLensSettings;
  /** Applies a change at once; saving happens behind it. */
  readonly update: (patch: SettingsPatch) => void;
  /** Whether a folder exists in the vault (a missing one is allowed, with a hint). */
  readonly folderExists: (path: string) => boolean;
  /** Wraps a handler so it runs once typing pauses; pending calls run when the tab closes. */
  readonly debounce: <A extends unknown[]>(run: (...args: A) => void) => (...args: A) => void;
}

/** One row of the tab: its name and description (which the app's settings search finds too). */
export interface SettingRow {
  readonly name: string;
  readonly desc: string;
  /** Adds the row's controls to the app's setting row. */
  readonly render: (setting: Setting) => void;
}

/** A section of the tab: a heading and its rows. */
export interface SettingsGroup {
  readonly heading: string;
  readonly rows: readonly SettingRow[];
}

/** Describes one section of the settings tab. */
export type SectionBuilder = (ctx: SectionContext) => SettingsGroup;

/**
 * The shape of app 1.13's declarative settings (`getSettingDefinitions`), written out here
 * because the typings we build against predate it. Only the parts we use.
 */
export interface DeclaredGroup {
  readonly type: "group";
  readonly heading: string;
  readonly items: readonly {
    readonly name: string;
    readonly desc: string;
    readonly render: (setting: Setting) => void;
  }[];
}

/** The declarative form of our groups: every row keeps its own renderer. */
export function declaredGroups(groups: readonly SettingsGroup[]): DeclaredGroup[] {
  return groups.map((group) => ({
    type: "group",
    heading: group.heading,
    items: group.rows.map((row) => ({ name: row.name, desc: row.desc, render: row.render })),
  }));
}
