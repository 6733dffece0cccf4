import type { Catalogue } from "../attack/catalogue";
import type { VaultIndex } from "../index/vault-index";
import { buildTechniqueGraph } from "./build";
import { layoutGraph, type GraphLayout } from "./layout";
import type { GraphOptions, NoGraphReason, TechniqueGraph } from "./model";

export { buildTechniqueGraph, centreTechniques } from "./build";
export { layoutGraph } from "./layout";
export type { Bounds, GraphLayout, PlacedNode } from "./layout";
export { linkMapFor } from "./link-map";
export * from "./model";

/** A built and laid-out graph, or why there is none. */
export type LaidOutGraphResult =
  | { readonly ok: true; readonly graph: TechniqueGraph; readonly layout: GraphLayout }
  | { readonly ok: false; readonly reason: NoGraphReason };

/** Builds the graph of a note and lays it out: what the view draws and the benchmark times. */
export function buildAndLayoutTechniqueGraph(
  index: VaultIndex,
  catalogue: Catalogue,
  centrePath: string,
  options: Partial<GraphOptions> = {},
): LaidOutGraphResult {
  const result = buildTechniqueGraph(index, catalogue, centrePath, options);
  if (!result.ok) return result;
  return { ok: true, graph: result.graph, layout: layoutGraph(result.graph) };
}
