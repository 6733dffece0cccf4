import {
  Prec,
  RangeSetBuilder,
  StateEffect,
  StateField,
  type EditorState,
  type Extension,
} from "@codemirror/state";
import {
  Decoration,
  EditorView,
  ViewPlugin,
  WidgetType,
  type DecorationSet,
} from "@codemirror/view";
import { isLensBlock } from "../core/blocks/claim";
import { findQueryBlocks } from "../core/blocks/query-blocks";
import type { AttackLensSettings } from "../core/settings";
import { el } from "../ui/dom";
import { STRINGS } from "../ui/strings";
import { LiveBlock, type BlockDeps } from "./block-controller";

/** Where a `query` block of ours sits in the document. */
interface BlockRange {
  readonly from: number;
  readonly to: number;
  readonly source: string;
}

/**
 * Live Preview: the app picks its own widget for `query` blocks before any language
 * processor is asked, so ours comes from an editor extension. Each block of ours is drawn
 * as a widget while the cursor is outside it; by default the widget replaces the block
 * (and so the app's list), or it sits below the app's list when the settings keep it.
 */
export function livePreviewExtension(
  deps: BlockDeps,
  settings: () => AttackLensSettings,
  sourcePathOf: (state: EditorState) => string,
): Extension {
  const field = StateField.define<DecorationSet>({
    create: (state) => decorate(state, deps, settings(), sourcePathOf),
    update: (value, tr) =>
      tr.docChanged || tr.selection || tr.effects.some((e) => e.is(settingsChanged))
        ? decorate(tr.state, deps, settings(), sourcePathOf)
        : value,
    provide: (f) => EditorView.decorations.from(f),
  });
  return [Prec.highest(field), redrawOnSettingsChange(deps)];
}

/** Tells an editor that settings changed which blocks are ours or how they are drawn. */
export const settingsChanged = StateEffect.define<null>();

/** Each open editor follows settings changes for as long as it exists. */
function redrawOnSettingsChange(deps: BlockDeps): Extension {
  return ViewPlugin.define((view) => {
    const stop = deps.onRedraw?.(() => view.dispatch({ effects: settingsChanged.of(null) }));
    return { destroy: () => stop?.() };
  });
}

function decorate(
  state: EditorState,
  deps: BlockDeps,
  settings: AttackLensSettings,
  sourcePathOf: (state: EditorState) => string,
): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  const sourcePath = sourcePathOf(state);
  for (const block of lensBlocks(state, settings)) {
    if (selectionTouches(state, block)) continue;
    const widget = new QueryBlockWidget(block, sourcePath, deps);
    const deco = settings.showCoreResults
      ? Decoration.widget({ widget, block: true, side: 1 })
      : Decoration.replace({ widget, block: true });
    if (settings.showCoreResults) builder.add(block.to, block.to, deco);
    else builder.add(block.from, block.to, deco);
  }
  return builder.finish();
}

function lensBlocks(state: EditorState, settings: AttackLensSettings): BlockRange[] {
  const text = state.doc.toString();
  const ranges: BlockRange[] = [];
  for (const block of findQueryBlocks(text)) {
    if (!isLensBlock(block.text, settings.kindTags)) continue;
    const first = state.doc.line(block.line + 1);
    const last = state.doc.line(
      Math.min(state.doc.lines, closingLineNumber(state, block.line + 2)),
    );
    ranges.push({ from: first.from, to: last.to, source: block.text });
  }
  return ranges;
}

/** The 1-based line number that closes the fence opened on the line before `from`. */
function closingLineNumber(state: EditorState, from: number): number {
  for (let n = from; n <= state.doc.lines; n++) {
    const text = state.doc
      .line(n)
      .text.replace(/^(\s{0,3}>\s?)*/, "")
      .trim();
    if (/^(`{3,}|~{3,})$/.test(text)) return n;
  }
  return state.doc.lines;
}

function selectionTouches(state: EditorState, block: BlockRange): boolean {
  return state.selection.ranges.some((r) => r.to >= block.from && r.from <= block.to);
}

/** The drawn block; the same block and note keep the same widget, so typing elsewhere keeps it. */
class QueryBlockWidget extends WidgetType {
  private live: LiveBlock | undefined;

  constructor(
    private readonly block: BlockRange,
    private readonly sourcePath: string,
    private readonly deps: BlockDeps,
  ) {
    super();
  }

  override eq(other: QueryBlockWidget): boolean {
    return other.block.source === this.block.source && other.sourcePath === this.sourcePath;
  }

  override toDOM(view: EditorView): HTMLElement {
    const wrapper = el("div", { cls: ["attack-lens-query", "attack-lens-live-preview"] });
    const edit = el(
      "button",
      { cls: "attack-lens-edit", text: STRINGS.editQuery, attrs: { type: "button" } },
      wrapper,
    );
    edit.addEventListener("click", () => this.editBlock(view, wrapper));
    const container = el("div", {}, wrapper);
    this.live = new LiveBlock(container, this.block.source, this.sourcePath, this.deps);
    this.live.start();
    return wrapper;
  }

  override destroy(): void {
    this.live?.dispose();
    this.live = undefined;
  }

  override ignoreEvent(): boolean {
    return true;
  }

  /** Puts the cursor on the block's first query line, which shows its source for editing. */
  private editBlock(view: EditorView, wrapper: HTMLElement): void {
    const fence = view.state.doc.lineAt(view.posAtDOM(wrapper));
    const target = view.state.doc.line(Math.min(fence.number + 1, view.state.doc.lines));
    view.dispatch({ selection: { anchor: target.from }, scrollIntoView: true });
    view.focus();
  }
}
