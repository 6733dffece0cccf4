import { catalogueData } from "./data/catalogue-data";
import { parentTechniqueId } from "./ids";

/**
 * The bundled ATT&CK Enterprise catalogue (see data/NOTICE.md): tactics in matrix order,
 * techniques with their tactics and platforms, and revoked or deprecated identifiers.
 */

export interface Tactic {
  readonly id: string;
  /** `defense-evasion`: what techniques and Navigator layers use. */
  readonly shortname: string;
  readonly name: string;
}

export interface CatalogueTechnique {
  readonly id: string;
  readonly name: string;
  /** Tactic shortnames, in matrix order. */
  readonly tactics: readonly string[];
  readonly platforms: readonly string[];
  readonly parent?: string;
  /** Sub-technique identifiers, sorted; empty for sub-techniques. */
  readonly subtechniques: readonly string[];
}

/** What the catalogue says of an identifier. */
export type TechniqueStatus =
  | { readonly state: "active"; readonly technique: CatalogueTechnique }
  | { readonly state: "revoked"; readonly successor?: CatalogueTechnique }
  | { readonly state: "deprecated" }
  | { readonly state: "unknown" };

interface CompactCatalogue {
  readonly attackVersion: string;
  readonly tactics: readonly (readonly [string, string, string])[];
  readonly platforms: readonly string[];
  readonly techniques: readonly (readonly [string, string, number, number])[];
  readonly revoked: Readonly<Record<string, string | null>>;
  readonly deprecated: readonly string[];
}

function fromMask(mask: number, names: readonly string[]): string[] {
  return names.filter((_, bit) => (mask & (1 << bit)) !== 0);
}

export class Catalogue {
  readonly attackVersion: string;
  readonly tactics: readonly Tactic[];
  private readonly byId = new Map<string, CatalogueTechnique>();
  private readonly revoked: ReadonlyMap<string, string | null>;
  private readonly deprecated: ReadonlySet<string>;

  constructor(compact: CompactCatalogue) {
    this.attackVersion = compact.attackVersion;
    this.tactics = compact.tactics.map(([id, shortname, name]) => ({ id, shortname, name }));
    const shortnames = this.tactics.map((t) => t.shortname);
    for (const [id, name, tacticMask, platformMask] of compact.techniques) {
      const parent = parentTechniqueId(id);
      this.byId.set(id, {
        id,
        name,
        tactics: fromMask(tacticMask, shortnames),
        platforms: fromMask(platformMask, compact.platforms),
        ...(parent === undefined ? {} : { parent }),
        subtechniques: [],
      });
    }
    this.linkSubtechniques();
    this.revoked = new Map(Object.entries(compact.revoked));
    this.deprecated = new Set(compact.deprecated);
  }

  private linkSubtechniques(): void {
    for (const technique of this.byId.values()) {
      const parent = technique.parent === undefined ? undefined : this.byId.get(technique.parent);
      if (parent) (parent.subtechniques as string[]).push(technique.id);
    }
  }

  /** The active technique with this canonical identifier. */
  get(id: string): CatalogueTechnique | undefined {
    return this.byId.get(id);
  }

  /** Every active technique and sub-technique, sorted by identifier. */
  all(): CatalogueTechnique[] {
    return [...this.byId.values()];
  }

  tactic(shortname: string): Tactic | undefined {
    return this.tactics.find((t) => t.shortname === shortname);
  }

  /** Active, revoked (following the chain to its active successor), deprecated or unknown. */
  status(id: string): TechniqueStatus {
    const technique = this.byId.get(id);
    if (technique) return { state: "active", technique };
    if (this.revoked.has(id)) return this.revokedStatus(id);
    return this.deprecated.has(id) ? { state: "deprecated" } : { state: "unknown" };
  }

  private revokedStatus(id: string): TechniqueStatus {
    let next = this.revoked.get(id) ?? undefined;
    for (let hop = 0; next !== undefined && hop < 10; hop++) {
      const successor = this.byId.get(next);
      if (successor) return { state: "revoked", successor };
      next = this.revoked.get(next) ?? undefined;
    }
    return { state: "revoked" };
  }
}

let bundled: Catalogue | undefined;

/** The bundled catalogue, decoded on first use so that plugin load stays cheap. */
export function bundledCatalogue(): Catalogue {
  bundled ??= new Catalogue(catalogueData() as CompactCatalogue);
  return bundled;
}
