import type { Catalogue, Tactic } from "../attack/catalogue";
import type { VaultIndex } from "../index/vault-index";
import { collectEvidence, type Evidence } from "./evidence";
import { findGaps, type CoverageGaps } from "./gaps";
import { layOutMatrix, type MatrixColumn, type MatrixEntry } from "./matrix";
import { coverageOptions, type CoverageOptions } from "./options";
import { buildRows, type TechniqueRow } from "./rows";
import { summarise, type CoverageSummary } from "./summary";

/**
 * The ATT&CK coverage of a vault: every technique with the rules and tests that carry its
 * identifier by tag, laid out as a matrix, summed up, and with its gaps listed.
 */
export interface CoverageModel {
  /** The catalogue's ATT&CK release (`18.1`). */
  readonly attackVersion: string;
  readonly options: CoverageOptions;
  /** Every row, by identifier, sorted; filters do not remove rows, they hide them. */
  readonly rows: ReadonlyMap<string, TechniqueRow>;
  readonly columns: readonly MatrixColumn[];
  /** Techniques no tactic can place: identifiers the catalogue lacks, with no tactic known. */
  readonly unplaced: readonly MatrixEntry[];
  /** Rows that pass the filters, sorted by identifier. */
  readonly visible: readonly string[];
  readonly summary: CoverageSummary;
  readonly gaps: CoverageGaps;
  /** The rules and tests that count, with the fields exports show. */
  readonly evidence: Evidence;
}

/** Builds the coverage model from the live index; cost grows with the notes, not the matrix. */
export function buildCoverageModel(
  index: VaultIndex,
  catalogue: Catalogue,
  options: Partial<CoverageOptions> = {},
): CoverageModel {
  const chosen = coverageOptions(options);
  const evidence = collectEvidence(index, chosen);
  const { rows, issues } = buildRows(index, catalogue, evidence);
  const tactics: readonly Tactic[] = catalogue.tactics;
  const layout = layOutMatrix(rows, tactics, chosen);
  return {
    attackVersion: catalogue.attackVersion,
    options: chosen,
    rows,
    columns: layout.columns,
    unplaced: layout.unplaced,
    visible: layout.visible,
    summary: summarise(rows, layout.columns, layout.visible, chosen.rollUp),
    gaps: findGaps(rows, layout.visible, chosen.rollUp, evidence, issues),
    evidence,
  };
}

/** The short name the benchmark and other callers may use. */
export const buildCoverage = buildCoverageModel;
