import { measureValue, STATE_SCORES, type Measure } from "../measure";
import type { CoverageModel } from "../model";
import type { TechniqueRow } from "../rows";
import { countsFor } from "../summary";
import { attackMajorVersion, countingLabel, MEASURE_LABELS, STATE_LABELS } from "./labels";
import {
  LAYER_VERSION,
  NAVIGATOR_VERSION,
  type LayerLegendItem,
  type LayerMetadata,
  type LayerTechnique,
  type NavigatorLayer,
} from "./layer-types";

/** How many rule and test titles a technique's tooltip lists before saying how many more. */
export const MAX_LISTED_TITLES = 25;

const LOW_COLOUR = "#c7e9c0";
const HIGH_COLOUR = "#238b45";
const STATE_COLOURS = ["#ffffff", "#9ecae1", "#fdae6b", "#31a354"];

export interface LayerOptions {
  readonly name: string;
  readonly measure: Measure;
}

/**
 * An ATT&CK Navigator layer of the visible, active techniques that have coverage under the
 * measure. Uncovered techniques are left out (unscored), never scored 0; a technique under
 * several tactics gets one entry per tactic.
 */
export function navigatorLayer(model: CoverageModel, options: LayerOptions): NavigatorLayer {
  const techniques = model.visible.flatMap((id) => layerEntries(model, id, options.measure));
  const maxScore = Math.max(1, ...techniques.map((t) => t.score ?? 0));
  const platforms = model.options.platforms;
  return {
    name: options.name.trim() || "ATT&CK Lens coverage",
    versions: {
      attack: attackMajorVersion(model.attackVersion),
      navigator: NAVIGATOR_VERSION,
      layer: LAYER_VERSION,
    },
    domain: "enterprise-attack",
    description: `${MEASURE_LABELS[options.measure]}. ${countingLabel(model.options.rollUp)}.`,
    ...(platforms.length > 0 ? { filters: { platforms } } : {}),
    sorting: 3,
    layout: { layout: "side", showID: true, showName: true, expandedSubtechniques: "annotated" },
    hideDisabled: false,
    techniques,
    gradient: gradientFor(options.measure, maxScore),
    legendItems: legendFor(options.measure, maxScore),
    metadata: [
      { name: "Measure", value: MEASURE_LABELS[options.measure] },
      { name: "Sub-techniques", value: countingLabel(model.options.rollUp) },
    ],
  };
}

function layerEntries(model: CoverageModel, id: string, measure: Measure): LayerTechnique[] {
  const row = model.rows.get(id);
  if (!row || row.state !== "active") return [];
  const counts = countsFor(row, model.options.rollUp);
  const score = measureValue(counts, measure);
  if (score <= 0) return [];
  const shown = new Set(model.columns.map((c) => c.tactic.shortname));
  const base = {
    techniqueID: row.id,
    score,
    comment: `${counts.rules} rules, ${counts.testNotes} test notes (${counts.atomicTests} atomic tests); ${STATE_LABELS[counts.state]}`,
    metadata: metadataFor(model, row),
    ...(row.subtechniques.length > 0 ? { showSubtechniques: true } : {}),
  };
  return row.tactics.filter((t) => shown.has(t)).map((tactic) => ({ ...base, tactic }));
}

function metadataFor(model: CoverageModel, row: TechniqueRow): LayerMetadata[] {
  const rollUp = model.options.rollUp;
  const rules = (rollUp ? row.rolledRules : row.rules).map((p) =>
    titleOr(model.evidence.rules.get(p)?.title, p),
  );
  const tests = (rollUp ? row.rolledTests : row.tests).map((p) =>
    titleOr(model.evidence.tests.get(p)?.title, p),
  );
  const rulePart = listed("Rule", rules);
  const testPart = listed("Test", tests);
  const divider: LayerMetadata[] =
    rulePart.length > 0 && testPart.length > 0 ? [{ divider: true }] : [];
  return [...rulePart, ...divider, ...testPart];
}

/** The Navigator drops metadata with an empty value, so a blank title falls back to the path. */
function titleOr(title: string | undefined, path: string): string {
  return title?.trim() || path;
}

function listed(name: string, titles: readonly string[]): LayerMetadata[] {
  const shown = titles.slice(0, MAX_LISTED_TITLES).map((value) => ({ name, value }));
  const more = titles.length - shown.length;
  return more > 0 ? [...shown, { name, value: `and ${more} more` }] : shown;
}

function gradientFor(measure: Measure, maxScore: number): NavigatorLayer["gradient"] {
  if (measure === "state")
    return { colors: STATE_COLOURS, minValue: 0, maxValue: STATE_SCORES["rules-and-tests"] };
  return { colors: [LOW_COLOUR, HIGH_COLOUR], minValue: 1, maxValue: Math.max(2, maxScore) };
}

function legendFor(measure: Measure, maxScore: number): LayerLegendItem[] {
  if (measure === "state") {
    const states = ["tests-only", "rules-only", "rules-and-tests"] as const;
    return states.map((state) => ({
      label: STATE_LABELS[state],
      color: STATE_COLOURS[STATE_SCORES[state]] ?? "#ffffff",
    }));
  }
  const unit = MEASURE_LABELS[measure].toLowerCase();
  return [
    { label: `1 (${unit})`, color: LOW_COLOUR },
    { label: `${Math.max(2, maxScore)} or more (${unit})`, color: HIGH_COLOUR },
  ];
}
