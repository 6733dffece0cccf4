/**
 * The attributes that mark a place naming a technique, shared by the reading-view
 * post-processor, the Live Preview decorations and the controller that reads them when
 * the place is hovered or clicked.
 */

/** How the place names the technique: `url`, `wiki` or `bare`. */
export const REF_KIND = "data-attack-lens-ref";
/** The identifier (`url`, `bare`) or the wiki-link text (`wiki`). */
export const REF_VALUE = "data-attack-lens-value";
/** The path of the note the place is in, for resolving wiki-links and opening notes. */
export const REF_SOURCE = "data-attack-lens-source";
/** Set on web links that a click may send to the local technique note. */
export const REF_OPENS_LOCAL = "data-attack-lens-opens-local";
/** The class a bare identifier is wrapped in, so it reads as something to hover. */
export const BARE_REF_CLASS = "attack-lens-technique-ref";

export type RefKind = "url" | "wiki" | "bare";

/** A marked place, as read back from the DOM. */
export interface MarkedRef {
  readonly element: HTMLElement;
  readonly kind: RefKind;
  readonly value: string;
  readonly sourcePath: string;
}

/** The attributes for one marked place. */
export function refAttributes(
  kind: RefKind,
  value: string,
  sourcePath: string,
): Record<string, string> {
  const attributes: Record<string, string> = {
    [REF_KIND]: kind,
    [REF_VALUE]: value,
    [REF_SOURCE]: sourcePath,
  };
  if (kind === "url") attributes[REF_OPENS_LOCAL] = "";
  return attributes;
}

/** The marked place an event target sits in, if any. */
export function markedRefAt(target: EventTarget | null): MarkedRef | undefined {
  if (!isElement(target)) return undefined;
  const element = target.closest<HTMLElement>(`[${REF_KIND}]`);
  if (!element) return undefined;
  const kind = element.getAttribute(REF_KIND);
  if (kind !== "url" && kind !== "wiki" && kind !== "bare") return undefined;
  return {
    element,
    kind,
    value: element.getAttribute(REF_VALUE) ?? "",
    sourcePath: element.getAttribute(REF_SOURCE) ?? "",
  };
}

/** Works across pop-out windows, where `instanceof Element` would compare another window's class. */
export function isElement(target: EventTarget | null): target is Element {
  return target !== null && typeof (target as Partial<Element>).closest === "function";
}
