import { PluginSettingTab, Setting, type App, type Plugin } from "obsidian";
import { debounce, type Debounced } from "../ui/debounce";
import { clear } from "../ui/dom";
import {
  declaredGroups,
  type DeclaredGroup,
  type SectionContext,
  type SettingsGroup,
} from "./settings-context";
import { SETTINGS_SECTIONS } from "./settings-sections";
import type { SettingsService } from "./settings-service";

/** How long typing must pause before a text setting is checked and saved. */
export const INPUT_DELAY_MS = 400;

/**
 * The settings tab. Each section is described by its own builder in `settings-sections.ts`;
 * app versions from 1.13 draw those descriptions themselves (and find them in the settings
 * search) through `getSettingDefinitions`, older ones call `display`, which draws the same
 * rows.
 */
export class AttackLensSettingTab extends PluginSettingTab {
  private pending: Debounced<unknown[]>[] = [];

  constructor(
    app: App,
    plugin: Plugin,
    private readonly service: SettingsService,
    private readonly folderExists: (path: string) => boolean,
  ) {
    super(app, plugin);
  }

  /** The sections as app 1.13 expects them. */
  getSettingDefinitions(): DeclaredGroup[] {
    return declaredGroups(this.groups());
  }

  override display(): void {
    clear(this.containerEl);
    for (const group of this.groups()) drawGroup(this.containerEl, group);
  }

  /** Typing that has not been saved yet is saved when the tab closes. */
  override hide(): void {
    this.flushPending();
    super.hide();
  }

  private groups(): SettingsGroup[] {
    this.flushPending();
    const ctx = this.context();
    return SETTINGS_SECTIONS.map((build) => build(ctx));
  }

  private context(): SectionContext {
    return {
      settings: () => this.service.current,
      update: (patch) => void this.service.update(patch),
      folderExists: this.folderExists,
      debounce: (run) => this.track(debounce(run, INPUT_DELAY_MS)),
    };
  }

  private track<A extends unknown[]>(debounced: Debounced<A>): Debounced<A> {
    this.pending.push(debounced as unknown as Debounced<unknown[]>);
    return debounced;
  }

  private flushPending(): void {
    for (const debounced of this.pending.splice(0)) debounced.flush();
  }
}

/** Draws one section the way app versions before 1.13 need: a heading, then its rows. */
function drawGroup(container: HTMLElement, group: SettingsGroup): void {
  new Setting(container).setName(group.heading).setHeading();
  for (const row of group.rows) {
    row.render(new Setting(container).setName(row.name).setDesc(row.desc));
  }
}
