import { RangeSetBuilder, type EditorState, type Extension } from "@codemirror/state";
import {
  Decoration,
  ViewPlugin,
  type DecorationSet,
  type EditorView,
  type ViewUpdate,
} from "@codemirror/view";
import { findTechniqueRefs, type TechniqueRef } from "../core/preview/links";
import type { AttackLensSettings } from "../core/settings";
import { BARE_REF_CLASS, refAttributes, REF_OPENS_LOCAL } from "./hover-refs";

/**
 * Live Preview: marks every technique reference in the note's source (attack.mitre.org
 * links, wiki-links, and bare identifiers when the setting is on) with the attributes the
 * preview controller reads on hover. A web link under the cursor shows its source, so it
 * is not marked as one a click may redirect.
 */
export function techniqueRefExtension(
  settings: () => AttackLensSettings,
  sourcePathOf: (state: EditorState) => string,
): Extension {
  return ViewPlugin.fromClass(
    class {
      decorations: DecorationSet;
      private refs: TechniqueRef[];
      private bare: boolean;

      constructor(view: EditorView) {
        this.bare = settings().previewBareIdentifiers;
        this.refs = findTechniqueRefs(view.state.doc.toString(), this.bare);
        this.decorations = markRefs(view.state, this.refs, sourcePathOf(view.state));
      }

      update(update: ViewUpdate): void {
        const bare = settings().previewBareIdentifiers;
        if (!update.docChanged && !update.selectionSet && bare === this.bare) return;
        if (update.docChanged || bare !== this.bare) {
          this.refs = findTechniqueRefs(update.state.doc.toString(), bare);
          this.bare = bare;
        }
        this.decorations = markRefs(update.state, this.refs, sourcePathOf(update.state));
      }
    },
    { decorations: (plugin) => plugin.decorations },
  );
}

function markRefs(
  state: EditorState,
  refs: readonly TechniqueRef[],
  sourcePath: string,
): DecorationSet {
  const builder = new RangeSetBuilder<Decoration>();
  for (const ref of refs) {
    if (ref.from >= ref.to || ref.to > state.doc.length) continue;
    builder.add(ref.from, ref.to, Decoration.mark(markSpec(state, ref, sourcePath)));
  }
  return builder.finish();
}

function markSpec(state: EditorState, ref: TechniqueRef, sourcePath: string) {
  const value = ref.kind === "wiki" ? ref.linktext : ref.id;
  const attributes = refAttributes(ref.kind, value, sourcePath);
  if (ref.kind === "url" && selectionTouches(state, ref)) delete attributes[REF_OPENS_LOCAL];
  return ref.kind === "bare" ? { class: BARE_REF_CLASS, attributes } : { attributes };
}

function selectionTouches(state: EditorState, ref: TechniqueRef): boolean {
  return state.selection.ranges.some((range) => range.to >= ref.from && range.from <= ref.to);
}
