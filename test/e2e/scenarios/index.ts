/**
 * Every e2e scenario, in the order they run. To add one: write a file in this folder that
 * exports a `Scenario`, and add it to this list (see test/README.md).
 */
import type { Scenario } from "../harness";
import { accessibility } from "./accessibility";
import { coverageView } from "./coverage-view";
import { demoVault } from "./demo-vault";
import { hostileVault } from "./hostile-vault";
import { hoverPreviewsMiniVault, hoverPreviewsRealVault } from "./hover-previews";
import { techniqueNote } from "./technique-note";
import { graphPanel } from "./graph-panel";

export const SCENARIOS: readonly Scenario[] = [
  techniqueNote,
  demoVault,
  hostileVault,
  accessibility,
  coverageView,
  graphPanel,
  hoverPreviewsRealVault,
  hoverPreviewsMiniVault,
];
