import type { PropertyValue } from "./note";

/**
 * Frontmatter reduced to text: own keys only, lower-cased names, on an object with no
 * prototype, so that keys like `__proto__` or `constructor` are plain data.
 */
export function sanitiseProperties(frontmatter: unknown): Record<string, PropertyValue> {
  const properties: Record<string, PropertyValue> = {};
  if (isPlainObject(frontmatter)) {
    for (const key of Object.keys(frontmatter)) {
      const value = propertyValue(Reflect.get(frontmatter, key));
      if (value !== undefined) setOwn(properties, key.toLowerCase(), value);
    }
  }
  // Filled first, then cut from Object.prototype: the engine keeps such an object compact,
  // where one made by Object.create(null) takes about 350 bytes more per note.
  return Object.setPrototypeOf(properties, null) as Record<string, PropertyValue>;
}

/** Sets an own property; `__proto__` too, which plain assignment would treat as the prototype. */
function setOwn(object: Record<string, PropertyValue>, key: string, value: PropertyValue): void {
  if (key === "__proto__") {
    Object.defineProperty(object, key, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  } else object[key] = value;
}

/** Whether a parsed YAML value is a mapping (not a list, date or scalar). */
export function isPlainObject(value: unknown): value is object {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function propertyValue(value: unknown): PropertyValue | undefined {
  if (Array.isArray(value)) {
    // map() sizes its array exactly; filter() leaves room for more (about 150 bytes a list).
    const texts = value.map(scalarText);
    return texts.includes(undefined)
      ? texts.filter((item): item is string => item !== undefined)
      : (texts as string[]);
  }
  return scalarText(value);
}

/** Text of a scalar frontmatter value; undefined for mappings and nested lists. */
export function scalarText(value: unknown): string | undefined {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date && !Number.isNaN(value.getTime())) {
    return value.toISOString().slice(0, 10);
  }
  return undefined;
}

/** A property as one line of text: list items joined by ", ". */
export function propertyText(value: PropertyValue | undefined): string {
  if (value === undefined) return "";
  return typeof value === "string" ? value : value.join(", ");
}

/** A property as a list: text split on commas, lists as they are. */
export function propertyList(value: PropertyValue | undefined): string[] {
  if (value === undefined) return [];
  const items = typeof value === "string" ? value.split(",") : value;
  return items.map((item) => item.trim()).filter((item) => item !== "");
}
