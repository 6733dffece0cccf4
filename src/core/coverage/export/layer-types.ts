/** The parts of an ATT&CK Navigator layer (format 4.5) that ATT&CK Lens writes. */

/** A name/value pair shown in a technique's tooltip, or a divider between groups. */
export type LayerMetadata =
  { readonly name: string; readonly value: string } | { readonly divider: true };

export interface LayerTechnique {
  readonly techniqueID: string;
  readonly tactic?: string;
  /** Absent for uncovered techniques: the Navigator leaves them uncoloured. */
  readonly score?: number;
  readonly comment?: string;
  readonly enabled?: boolean;
  readonly color?: string;
  readonly metadata?: readonly LayerMetadata[];
  readonly showSubtechniques?: boolean;
}

export interface LayerGradient {
  readonly colors: readonly string[];
  readonly minValue: number;
  readonly maxValue: number;
}

export interface LayerLegendItem {
  readonly label: string;
  readonly color: string;
}

export interface NavigatorLayer {
  readonly name: string;
  readonly versions: {
    readonly attack: string;
    readonly navigator: string;
    readonly layer: string;
  };
  readonly domain: "enterprise-attack";
  readonly description: string;
  readonly filters?: { readonly platforms: readonly string[] };
  readonly sorting: number;
  readonly layout: Readonly<Record<string, string | boolean>>;
  readonly hideDisabled: boolean;
  readonly techniques: readonly LayerTechnique[];
  readonly gradient: LayerGradient;
  readonly legendItems: readonly LayerLegendItem[];
  readonly metadata: readonly LayerMetadata[];
}

/** Layer format version written and checked. */
export const LAYER_VERSION = "4.5";
/** The Navigator release the layer is written for; the format asks for 4.9.0 or later. */
export const NAVIGATOR_VERSION = "5.2.0";
