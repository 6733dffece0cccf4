import { bundledCatalogue } from "../../attack/catalogue";
import { LAYER_VERSION } from "./layer-types";

/**
 * Checks a parsed JSON value against the ATT&CK Navigator layer format 4.5, written from
 * the format's own definition: required fields, types, identifier and tactic forms, numeric
 * scores and non-empty metadata. Returns the problems found; none means the layer is valid.
 */

const TECHNIQUE_ID = /^T\d{4}(\.\d{3})?$/;
const HEX_COLOUR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;
const DOMAINS = ["enterprise-attack", "mobile-attack", "ics-attack"];
const URL_WITH_PROTOCOL = /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\//;

type Obj = Readonly<Record<string, unknown>>;
type Problems = string[];

/** Problems with a layer; `tactics` are the shortnames a technique's `tactic` may take. */
export function validateLayer(
  value: unknown,
  tactics: readonly string[] = bundledCatalogue().tactics.map((t) => t.shortname),
): string[] {
  const problems: Problems = [];
  if (!isObject(value)) return ["the layer is not a JSON object"];
  requireText(value, "name", "name", problems);
  if (!DOMAINS.includes(value.domain as string))
    problems.push(`domain must be one of ${DOMAINS.join(", ")}`);
  checkVersions(value.versions, problems);
  optionalType(value, "description", "string", "description", problems);
  optionalType(value, "hideDisabled", "boolean", "hideDisabled", problems);
  checkSorting(value.sorting, problems);
  checkFilters(value.filters, problems);
  checkList(value.techniques, "techniques", problems, (t, at) =>
    checkTechnique(t, at, tactics, problems),
  );
  if (value.gradient !== undefined) checkGradient(value.gradient, problems);
  checkList(value.legendItems, "legendItems", problems, (item, at) =>
    checkLegendItem(item, at, problems),
  );
  checkList(value.metadata, "metadata", problems, (item, at) => checkMetadata(item, at, problems));
  checkList(value.links, "links", problems, (item, at) => checkLink(item, at, problems));
  return problems;
}

function isObject(value: unknown): value is Obj {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function requireText(obj: Obj, key: string, at: string, problems: Problems): void {
  const value = obj[key];
  if (typeof value !== "string" || value.trim() === "")
    problems.push(`${at} must be non-empty text`);
}

function optionalType(obj: Obj, key: string, type: string, at: string, problems: Problems): void {
  if (obj[key] !== undefined && typeof obj[key] !== type) problems.push(`${at} must be a ${type}`);
}

function checkVersions(versions: unknown, problems: Problems): void {
  if (versions === undefined) return;
  if (!isObject(versions)) return void problems.push("versions must be an object");
  if (versions.layer !== LAYER_VERSION) problems.push(`versions.layer must be "${LAYER_VERSION}"`);
  if (typeof versions.navigator !== "string" || !atLeast(versions.navigator, [4, 9, 0])) {
    problems.push("versions.navigator must be text naming 4.9.0 or later");
  }
  if (
    versions.attack !== undefined &&
    (typeof versions.attack !== "string" || !/^\d+(\.\d+)?$/.test(versions.attack))
  ) {
    problems.push('versions.attack must be an ATT&CK version such as "18"');
  }
}

function atLeast(version: string, minimum: readonly number[]): boolean {
  if (!/^\d+(\.\d+)*$/.test(version)) return false;
  const parts = version.split(".").map(Number);
  for (let i = 0; i < minimum.length; i++) {
    const diff = (parts[i] ?? 0) - (minimum[i] ?? 0);
    if (diff !== 0) return diff > 0;
  }
  return true;
}

function checkSorting(sorting: unknown, problems: Problems): void {
  if (sorting === undefined) return;
  if (sorting !== 0 && sorting !== 1 && sorting !== 2 && sorting !== 3)
    problems.push("sorting must be 0, 1, 2 or 3");
}

function checkFilters(filters: unknown, problems: Problems): void {
  if (filters === undefined) return;
  if (!isObject(filters)) return void problems.push("filters must be an object");
  const platforms = filters.platforms;
  if (
    platforms !== undefined &&
    !(Array.isArray(platforms) && platforms.every((p) => typeof p === "string"))
  ) {
    problems.push("filters.platforms must be a list of text");
  }
}

function checkList(
  value: unknown,
  at: string,
  problems: Problems,
  each: (item: unknown, at: string) => void,
): void {
  if (value === undefined) return;
  if (!Array.isArray(value)) return void problems.push(`${at} must be a list`);
  value.forEach((item, i) => each(item, `${at}[${i}]`));
}

function checkTechnique(
  value: unknown,
  at: string,
  tactics: readonly string[],
  problems: Problems,
): void {
  if (!isObject(value)) return void problems.push(`${at} must be an object`);
  const id = value.techniqueID;
  if (typeof id !== "string" || !TECHNIQUE_ID.test(id))
    problems.push(`${at}.techniqueID must look like T1234 or T1234.001`);
  if (value.tactic !== undefined && !tactics.includes(value.tactic as string)) {
    problems.push(`${at}.tactic must be a tactic shortname such as "defense-evasion"`);
  }
  if (
    value.score !== undefined &&
    (typeof value.score !== "number" || !Number.isFinite(value.score))
  ) {
    problems.push(`${at}.score must be a number`);
  }
  for (const key of ["comment", "color"])
    optionalType(value, key, "string", `${at}.${key}`, problems);
  for (const key of ["enabled", "showSubtechniques"])
    optionalType(value, key, "boolean", `${at}.${key}`, problems);
  checkList(value.metadata, `${at}.metadata`, problems, (item, where) =>
    checkMetadata(item, where, problems),
  );
  checkList(value.links, `${at}.links`, problems, (item, where) =>
    checkLink(item, where, problems),
  );
}

function isDivider(value: Obj): boolean {
  return typeof value.divider === "boolean";
}

function checkMetadata(value: unknown, at: string, problems: Problems): void {
  if (!isObject(value)) return void problems.push(`${at} must be an object`);
  if (isDivider(value)) return;
  requireText(value, "name", `${at}.name`, problems);
  requireText(value, "value", `${at}.value`, problems);
}

function checkLink(value: unknown, at: string, problems: Problems): void {
  if (!isObject(value)) return void problems.push(`${at} must be an object`);
  if (isDivider(value)) return;
  requireText(value, "label", `${at}.label`, problems);
  if (typeof value.url !== "string" || !URL_WITH_PROTOCOL.test(value.url))
    problems.push(`${at}.url must start with a protocol such as https://`);
}

function checkGradient(value: unknown, problems: Problems): void {
  if (!isObject(value)) return void problems.push("gradient must be an object");
  const colors = value.colors;
  if (
    !Array.isArray(colors) ||
    colors.length < 2 ||
    !colors.every((c) => typeof c === "string" && HEX_COLOUR.test(c))
  ) {
    problems.push("gradient.colors must list at least two hexadecimal colours");
  }
  const { minValue, maxValue } = value;
  if (typeof minValue !== "number" || typeof maxValue !== "number")
    problems.push("gradient.minValue and maxValue must be numbers");
  else if (maxValue <= minValue) problems.push("gradient.maxValue must be greater than minValue");
}

function checkLegendItem(value: unknown, at: string, problems: Problems): void {
  if (!isObject(value)) return void problems.push(`${at} must be an object`);
  requireText(value, "label", `${at}.label`, problems);
  if (typeof value.color !== "string" || value.color === "")
    problems.push(`${at}.color must be text`);
}
