/**
 * The sections of the settings tab, one small builder each, in the order they appear.
 * Each builder describes its rows; a row reads the settings in force when it is drawn and
 * changes them only through `ctx.update`.
 */
import type { Setting } from "obsidian";
import type { LogLevel } from "../core/log";
import type { KindTags } from "../core/notes/kinds";
import { LOG_LEVELS, RULE_COLUMNS, TEST_COLUMNS } from "../core/settings";
import { checkFolderLines, checkKindTag, folderLines } from "../core/settings-edit";
import { STRINGS } from "../ui/strings";
import { columnEditor } from "./column-editor";
import type { SectionBuilder, SectionContext, SettingRow } from "./settings-context";
import { checkedInput } from "./settings-inputs";

const S = STRINGS.settings;

function toggleRow(
  name: string,
  desc: string,
  value: () => boolean,
  save: (on: boolean) => void,
): SettingRow {
  return {
    name,
    desc,
    render: (setting) => {
      setting.addToggle((toggle) => {
        toggle.setValue(value()).onChange(save);
      });
    },
  };
}

/** Which tag marks technique, rule and test notes. */
export const noteKindsSection: SectionBuilder = (ctx) => ({
  heading: S.kinds.heading,
  rows: [
    kindTagRow(ctx, "technique", S.kinds.technique, S.kinds.techniqueDesc),
    kindTagRow(ctx, "rule", S.kinds.rule, S.kinds.ruleDesc),
    kindTagRow(ctx, "test", S.kinds.test, S.kinds.testDesc),
  ],
});

function kindTagRow(
  ctx: SectionContext,
  kind: keyof KindTags,
  name: string,
  desc: string,
): SettingRow {
  const render = (setting: Setting): void => {
    setting.addText((text) => {
      text.setValue(ctx.settings().kindTags[kind]);
      checkedInput(setting, text.inputEl, ctx, {
        check: (typed) => checkKindTag(typed, kind, ctx.settings().kindTags),
        save: (tag) => ctx.update({ kindTags: { [kind]: tag } }),
      });
    });
  };
  return { name, desc, render };
}

/** Folders to index and to ignore, one a line. */
export const foldersSection: SectionBuilder = (ctx) => ({
  heading: S.folders.heading,
  rows: [
    folderRow(ctx, "includeFolders", S.folders.include, S.folders.includeDesc),
    folderRow(ctx, "ignoreFolders", S.folders.ignore, S.folders.ignoreDesc),
  ],
});

function folderRow(
  ctx: SectionContext,
  key: "includeFolders" | "ignoreFolders",
  name: string,
  desc: string,
): SettingRow {
  const render = (setting: Setting): void => {
    setting.addTextArea((area) => {
      area.setPlaceholder(S.folders.placeholder).setValue(folderLines(ctx.settings()[key]));
      area.inputEl.classList.add("attack-lens-folder-input");
      checkedInput(setting, area.inputEl, ctx, {
        check: checkFolderLines,
        save: (list) => ctx.update({ [key]: list }),
        hint: (list) => missingFoldersHint(list, ctx),
      });
    });
  };
  return { name, desc, render };
}

function missingFoldersHint(list: readonly string[], ctx: SectionContext): string {
  const missing = list.filter((folder) => !ctx.folderExists(folder));
  return missing.length > 0 ? S.folders.missing(missing) : "";
}

/** Whether coverage rolls sub-techniques up into their parent by default. */
export const coverageSection: SectionBuilder = (ctx) => ({
  heading: S.coverage.heading,
  rows: [
    toggleRow(
      S.coverage.rollUp,
      S.coverage.rollUpDesc,
      () => ctx.settings().rollUpSubtechniques,
      (on) => ctx.update({ rollUpSubtechniques: on }),
    ),
  ],
});

/** Which table columns are shown, and their order. */
export const tablesSection: SectionBuilder = (ctx) => ({
  heading: S.tables.heading,
  rows: [
    {
      name: S.tables.ruleColumns,
      desc: S.tables.ruleColumnsDesc,
      render: (setting) =>
        columnEditor(setting, {
          all: RULE_COLUMNS,
          shown: () => ctx.settings().ruleColumns,
          save: (ruleColumns) => ctx.update({ ruleColumns }),
        }),
    },
    {
      name: S.tables.testColumns,
      desc: S.tables.testColumnsDesc,
      render: (setting) =>
        columnEditor(setting, {
          all: TEST_COLUMNS,
          shown: () => ctx.settings().testColumns,
          save: (testColumns) => ctx.update({ testColumns }),
        }),
    },
  ],
});

/** Previews of bare identifiers, and where technique web links lead. */
export const linksSection: SectionBuilder = (ctx) => ({
  heading: S.links.heading,
  rows: [
    toggleRow(
      S.links.previewIds,
      S.links.previewIdsDesc,
      () => ctx.settings().previewBareIdentifiers,
      (on) => ctx.update({ previewBareIdentifiers: on }),
    ),
    toggleRow(
      S.links.openLocal,
      S.links.openLocalDesc,
      () => ctx.settings().openLocalNoteForWebLinks,
      (on) => ctx.update({ openLocalNoteForWebLinks: on }),
    ),
  ],
});

/** How the technique graph side panel starts out. */
export const graphSection: SectionBuilder = (ctx) => ({
  heading: S.graph.heading,
  rows: [
    { name: S.graph.depth, desc: S.graph.depthDesc, render: (s) => graphDepthDropdown(s, ctx) },
    toggleRow(
      S.graph.bareIds,
      S.graph.bareIdsDesc,
      () => ctx.settings().graphBareIdentifiers,
      (on) => ctx.update({ graphBareIdentifiers: on }),
    ),
  ],
});

function graphDepthDropdown(setting: Setting, ctx: SectionContext): void {
  setting.addDropdown((dropdown) => {
    dropdown.addOptions({ "1": S.graph.depths[1], "2": S.graph.depths[2] });
    dropdown.setValue(String(ctx.settings().graphDepth));
    dropdown.onChange((value) => ctx.update({ graphDepth: value === "2" ? 2 : 1 }));
  });
}

/** Whether the app's own results stay visible beside ours. */
export const queryBlocksSection: SectionBuilder = (ctx) => ({
  heading: S.blocks.heading,
  rows: [
    toggleRow(
      S.blocks.showCore,
      S.blocks.showCoreDesc,
      () => ctx.settings().showCoreResults,
      (on) => ctx.update({ showCoreResults: on }),
    ),
  ],
});

/** How much the plugin logs. */
export const advancedSection: SectionBuilder = (ctx) => ({
  heading: S.advanced.heading,
  rows: [
    {
      name: S.advanced.logLevel,
      desc: S.advanced.logLevelDesc,
      render: (s) => logLevelDropdown(s, ctx),
    },
  ],
});

function logLevelDropdown(setting: Setting, ctx: SectionContext): void {
  setting.addDropdown((dropdown) => {
    for (const level of LOG_LEVELS) dropdown.addOption(level, S.advanced.levels[level]);
    dropdown.setValue(ctx.settings().logLevel);
    dropdown.onChange((value) => ctx.update({ logLevel: value as LogLevel }));
  });
}

/** Every section, in the order the tab shows them. */
export const SETTINGS_SECTIONS: readonly SectionBuilder[] = [
  noteKindsSection,
  foldersSection,
  coverageSection,
  tablesSection,
  linksSection,
  graphSection,
  queryBlocksSection,
  advancedSection,
];
