import type { FilterChoices } from "../../core/coverage/choices";
import type { Measure } from "../../core/coverage/measure";
import type { CoverageModel } from "../../core/coverage/model";
import type { CoverageOptions } from "../../core/coverage/options";
import type { TechniqueRow } from "../../core/coverage/rows";

/** Files the coverage view can export. */
export type ExportFormat = "navigator" | "csv" | "markdown";

/** What the coverage view needs from the app: the model, and how to open and save things. */
export interface CoverageHost {
  /** Whether the index has been built; until then the view says it is indexing. */
  readonly isReady: () => boolean;
  readonly buildModel: (options: CoverageOptions) => CoverageModel;
  readonly filterChoices: () => FilterChoices;
  /** Opens the technique's note, or offers to create it when the vault has none. */
  readonly openTechnique: (row: TechniqueRow, newTab: boolean) => void;
  readonly openNote: (path: string, newTab: boolean) => void;
  readonly exportAs: (format: ExportFormat, model: CoverageModel, measure: Measure) => void;
}

/** What the user has chosen in the view. */
export interface CoverageViewState {
  readonly measure: Measure;
  readonly options: CoverageOptions;
  /** Techniques whose sub-techniques are shown, as `tactic/id` keys. */
  readonly expanded: ReadonlySet<string>;
}

/** Whether a click or key press asks for a new tab (Ctrl, or Cmd on macOS). */
export function wantsNewTab(event: MouseEvent | KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}
