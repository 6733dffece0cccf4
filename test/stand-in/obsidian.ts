/**
 * The stand-in for the `obsidian` module: the part of the app's API ATT&CK Lens uses,
 * written on plain DOM so that the same code runs under vitest (happy-dom, through the
 * alias in vitest.config.ts) and in a real browser (bundled into the e2e host page).
 * Each behaviour, and the fact it follows, is listed in test/stand-in/README.md.
 */
import yaml from "js-yaml";
import type { App } from "./app";
import type { Component } from "./component";
import type { CachedMetadata } from "./metadata";
import { renderMarkdown } from "./reading-view";

export {
  App,
  type AppOptions,
  type Command,
  type HoverLinkEvent,
  type MarkdownRegistry,
} from "./app";
export { Component, liveDomListenerCount, liveIntervalCount } from "./component";
export { editorInfoField, LivePreviewEditor, type MarkdownFileInfo } from "./editor";
export { Events, handlerErrors, liveEventHandlerCount, type EventRef } from "./events";
export { normalizePath, TAbstractFile, TFile, TFolder } from "./files";
export { MetadataCache, parseMetadata, type CachedMetadata } from "./metadata";
export { Plugin, TEST_MANIFEST, type PluginManifest } from "./plugin";
export {
  MarkdownRenderChild,
  processorErrors,
  renderMarkdown,
  type MarkdownPostProcessorContext,
  type MarkdownSectionInformation,
} from "./reading-view";
export {
  ButtonComponent,
  DropdownComponent,
  PluginSettingTab,
  Setting,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
} from "./settings";
export {
  addIcon,
  debounce,
  HoverPopover,
  Keymap,
  Menu,
  MenuItem,
  Modal,
  Notice,
  Platform,
  setIcon,
  shownNotices,
} from "./ui";
export { Vault } from "./vault";
export {
  ItemView,
  MarkdownView,
  View,
  Workspace,
  WorkspaceLeaf,
  type ViewState,
} from "./workspace";

/** Renders Markdown into `el` as the reading view does, post-processors included. */
export const MarkdownRenderer = {
  async render(
    app: App,
    markdown: string,
    el: HTMLElement,
    sourcePath: string,
    component: Component,
  ): Promise<void> {
    renderMarkdown(app, markdown, el, sourcePath, component);
  },
};

/** YAML as frontmatter is read (core schema). */
export function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}

export function stringifyYaml(value: unknown): string {
  return yaml.dump(value);
}

/** Every tag of a note, frontmatter and inline, each with its `#`, as the app's helper gives them. */
export function getAllTags(cache: CachedMetadata): string[] | null {
  const raw: unknown = cache.frontmatter?.tags ?? cache.frontmatter?.tag;
  const listed = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(/[,\s]+/) : [];
  const fromFrontmatter = listed
    .filter((t): t is string => typeof t === "string" && t !== "")
    .map((t) => (t.startsWith("#") ? t : `#${t}`));
  return [...fromFrontmatter, ...(cache.tags ?? []).map((t) => t.tag)];
}
