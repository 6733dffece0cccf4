import {
  Compartment,
  RangeSetBuilder,
  StateField,
  type EditorState,
  type Extension,
} from "@codemirror/state";
import { Decoration, EditorView, WidgetType, type DecorationSet } from "@codemirror/view";
import type { App } from "./app";
import { Component } from "./component";
import { renderCoreQuery } from "./core-query";
import type { TFile } from "./files";
import type { HoverPopover } from "./ui";

/** What an editor knows about its note; plugins read it through `editorInfoField`. */
export interface MarkdownFileInfo {
  app: App;
  file: TFile | null;
  hoverPopover: HoverPopover | null;
}

/** The editor state field that holds the editor's `MarkdownFileInfo` (its `file` above all). */
export const editorInfoField = StateField.define<MarkdownFileInfo | null>({
  create: () => null,
  update: (value) => value,
});

/**
 * The app's own Live Preview widget for `query` blocks: a replace decoration at default
 * precedence over the whole fenced block, drawn while the selection is outside it.
 * Only top-level fences; blocks inside callouts are drawn by the callout widget in the app.
 */
function coreQueryWidgets(app: App): Extension {
  return StateField.define<DecorationSet>({
    create: (state) => coreDecorations(app, state),
    update: (value, tr) => (tr.docChanged || tr.selection ? coreDecorations(app, tr.state) : value),
    provide: (field) => EditorView.decorations.from(field),
  });
}

function coreDecorations(app: App, state: EditorState): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const block of topLevelQueryBlocks(state)) {
    const touched = state.selection.ranges.some((r) => r.to >= block.from && r.from <= block.to);
    if (!touched)
      builder.add(
        block.from,
        block.to,
        Decoration.replace({ widget: new CoreQueryWidget(app, block.source), block: true }),
      );
  }
  return builder.finish();
}

function topLevelQueryBlocks(state: EditorState): { from: number; to: number; source: string }[] {
  const blocks: { from: number; to: number; source: string }[] = [];
  for (let n = 1; n <= state.doc.lines; n++) {
    const open = /^\s{0,3}(`{3,}|~{3,})\s*query\s*$/i.exec(state.doc.line(n).text);
    if (!open) continue;
    let end = n + 1;
    while (end <= state.doc.lines && state.doc.line(end).text.trim() !== open[1]) end++;
    const last = Math.min(end, state.doc.lines);
    const source = state.doc.sliceString(
      state.doc.line(n).to + 1,
      end <= state.doc.lines ? state.doc.line(end).from : state.doc.length,
    );
    blocks.push({
      from: state.doc.line(n).from,
      to: state.doc.line(last).to,
      source: source.trim(),
    });
    n = last;
  }
  return blocks;
}

class CoreQueryWidget extends WidgetType {
  constructor(
    private readonly app: App,
    private readonly source: string,
  ) {
    super();
  }
  override eq(other: CoreQueryWidget): boolean {
    return other.source === this.source;
  }
  override toDOM(): HTMLElement {
    const wrapper = document.createElement("div");
    wrapper.classList.add("cm-embed-block", "cm-preview-code-block");
    renderCoreQuery(this.app, wrapper, this.source);
    return wrapper;
  }
}

/**
 * Live Preview of one note: a CodeMirror 6 editor holding the note text, with
 * `editorInfoField`, the app's query widget and every editor extension plugins registered
 * (in a compartment, so unregistering reconfigures open editors as `updateOptions` does).
 */
export class LivePreviewEditor extends Component {
  readonly view: EditorView;
  private readonly plugins = new Compartment();

  constructor(
    private readonly app: App,
    readonly file: TFile,
    parent: HTMLElement,
    text: string,
  ) {
    super();
    const info: MarkdownFileInfo = { app, file, hoverPopover: null };
    this.view = new EditorView({
      doc: text,
      parent,
      extensions: [
        editorInfoField.init(() => info),
        EditorView.lineWrapping,
        EditorView.editable.of(true),
        coreQueryWidgets(app),
        this.plugins.of(app.markdownRegistry.editorExtensions.slice()),
      ],
    });
  }

  override onload(): void {
    this.app.openEditors.add(this);
    this.registerEvent(
      this.app.vault.on("modify", (file) => file === this.file && this.syncText()),
    );
  }

  override onunload(): void {
    this.app.openEditors.delete(this);
    this.view.destroy();
  }

  /** Applies the current plugin extensions to this editor. */
  reconfigure(): void {
    this.view.dispatch({
      effects: this.plugins.reconfigure(this.app.markdownRegistry.editorExtensions.slice()),
    });
  }

  private syncText(): void {
    const text = this.app.vault.textOf(this.file.path) ?? "";
    if (text !== this.view.state.doc.toString())
      this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }
}
