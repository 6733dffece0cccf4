// Writes the bundled ATT&CK catalogue in a compact form (tactics and platforms as numbers),
// from the full catalogue in ../shared/attack. Run it again when a new ATT&CK release lands:
//   node scripts/compact-catalogue.mjs ../shared/attack/enterprise-attack.json
import { readFileSync, writeFileSync } from "node:fs";

const source = process.argv[2] ?? "../shared/attack/enterprise-attack.json";
const full = JSON.parse(readFileSync(source, "utf8"));
const tactics = full.tactics.map((t) => [t.id, t.shortname, t.name]);
const shortnames = full.tactics.map((t) => t.shortname);
const platforms = [...new Set(full.techniques.flatMap((t) => t.platforms))].sort();

const mask = (values, all) => values.reduce((bits, v) => bits | (1 << all.indexOf(v)), 0);
const techniques = full.techniques.map((t) => [
  t.id,
  t.name,
  mask(t.tactics, shortnames),
  mask(t.platforms, platforms),
]);

const compact = {
  domain: full.domain,
  attackVersion: full.attackVersion,
  source: full.source,
  tactics,
  platforms,
  techniques,
  revoked: full.revoked,
  deprecated: full.deprecated,
};
const out = "src/core/attack/data/enterprise-attack.compact.json";
writeFileSync(out, JSON.stringify(compact) + "\n");
process.stdout.write(`wrote ${out}: ${techniques.length} techniques\n`);
