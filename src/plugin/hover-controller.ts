import { Component, HoverPopover, Keymap, type App, type HoverParent } from "obsidian";
import type { Catalogue } from "../core/attack/catalogue";
import type { VaultIndex } from "../core/index/vault-index";
import { getLogger } from "../core/log";
import { wikiLinkTarget } from "../core/preview/links";
import { localTechniqueNotePath, techniquePreview } from "../core/preview/technique-preview";
import type { AttackLensSettings } from "../core/settings";
import {
  renderTechniquePreview,
  type PreviewViewContext,
} from "../ui/preview/technique-preview-view";
import { HOVER_SOURCE } from "./block-context";
import { isElement, markedRefAt, REF_OPENS_LOCAL, type MarkedRef } from "./hover-refs";
import { pagePreviewsDisabled, previewRequiresMod } from "./page-preview-settings";

/** The core page previews wait this long before showing; ours match it. */
export const SHOW_DELAY_MS = 300;
/** Grace time for moving the pointer from a link into its preview. */
export const HIDE_DELAY_MS = 300;
/** The class on our popovers, for styling and for tests. */
export const POPOVER_CLASS = "attack-lens-hover";

const log = getLogger("hover");

export interface PreviewDeps {
  readonly app: App;
  readonly index: VaultIndex;
  readonly settings: () => AttackLensSettings;
  readonly catalogue: () => Catalogue;
}

interface Shown {
  readonly popover: HoverPopover;
  readonly target: HTMLElement;
}

interface Pending {
  readonly target: HTMLElement;
  readonly timer: number;
}

/**
 * Owns technique previews: one set of listeners per window (registered here, removed on
 * unload), at most one popover at a time, the show and hide delays, Escape, and clicks on
 * attack.mitre.org links that should open the local note instead.
 */
export class TechniquePreviewController extends Component implements HoverParent {
  hoverPopover: HoverPopover | null = null;
  private shown: Shown | undefined;
  private pending: Pending | undefined;
  private hideTimer: number | undefined;
  /** The link under the pointer while it waits for the Mod key. */
  private waitingForMod: { readonly ref: MarkedRef; readonly id: string } | undefined;
  private readonly unwatch = new Map<Document, () => void>();

  constructor(private readonly deps: PreviewDeps) {
    super();
  }

  override onload(): void {
    this.watch(document);
    this.registerEvent(
      this.deps.app.workspace.on("window-open", (_, win) => this.watch(win.document)),
    );
    this.registerEvent(
      this.deps.app.workspace.on("window-close", (_, win) => this.unwatchDocument(win.document)),
    );
    this.register(() => {
      this.close();
      for (const doc of [...this.unwatch.keys()]) this.unwatchDocument(doc);
    });
  }

  /** Whether a technique preview is on screen. */
  get isOpen(): boolean {
    return this.shown !== undefined;
  }

  /** Closes the preview on screen and forgets any preview about to show. */
  close(): void {
    this.waitingForMod = undefined;
    this.cancelPending();
    this.hideShown();
  }

  /** Takes the preview on screen away, leaving a preview about to show for another link. */
  private hideShown(): void {
    this.cancelHide();
    const shown = this.shown;
    this.shown = undefined;
    if (this.hoverPopover === shown?.popover) this.hoverPopover = null;
    if (shown) hidePopover(shown.popover);
  }

  private watch(doc: Document): void {
    if (this.unwatch.has(doc)) return;
    const listeners: [keyof DocumentEventMap, (event: Event) => void][] = [
      ["mouseover", (event) => this.onMouseOver(event as MouseEvent)],
      ["mouseout", (event) => this.onMouseOut(event as MouseEvent)],
      ["keydown", (event) => this.onKeyDown(event as KeyboardEvent)],
      ["click", (event) => this.onClick(event as MouseEvent)],
    ];
    for (const [type, listener] of listeners) doc.addEventListener(type, listener, true);
    this.unwatch.set(doc, () => {
      for (const [type, listener] of listeners) doc.removeEventListener(type, listener, true);
    });
  }

  private unwatchDocument(doc: Document): void {
    this.unwatch.get(doc)?.();
    this.unwatch.delete(doc);
  }

  private onMouseOver(event: MouseEvent): void {
    if (this.isInsideZone(event.target)) {
      this.cancelHide();
      return;
    }
    const ref = markedRefAt(event.target);
    if (!ref || ref.element === this.pending?.target) return;
    const id = this.techniqueOf(ref);
    if (id === undefined) return;
    // A wiki-link to a technique note gets our preview instead of the core page preview.
    if (ref.kind === "wiki") event.stopPropagation();
    if (this.mayShow(event)) this.schedule(ref, id);
    else this.waitingForMod = { ref, id };
  }

  private onMouseOut(event: MouseEvent): void {
    const from = event.target;
    const to = event.relatedTarget;
    if (leaves(this.pending?.target, from, to)) this.cancelPending();
    if (leaves(this.waitingForMod?.ref.element, from, to)) this.waitingForMod = undefined;
    if (this.shown && this.isInsideZone(from) && !this.isInsideZone(to)) this.scheduleHide();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (event.key === "Escape" && (this.shown || this.pending)) this.close();
    else if (this.waitingForMod && this.mayShow(event)) this.showWaiting();
  }

  /** Like the core page previews: pressing Mod over a link shows its preview at once. */
  private showWaiting(): void {
    const waiting = this.waitingForMod;
    this.waitingForMod = undefined;
    if (waiting) this.show(waiting.ref, waiting.id);
  }

  /** Sends a click on an attack.mitre.org technique link to the local note when there is one. */
  private onClick(event: MouseEvent): void {
    const ref = markedRefAt(event.target);
    if (!ref || ref.kind !== "url" || !ref.element.hasAttribute(REF_OPENS_LOCAL)) return;
    if (!this.deps.settings().openLocalNoteForWebLinks) return;
    const path = localTechniqueNotePath(ref.value, this.deps.index);
    if (path === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    this.openNote(path, ref.sourcePath, event);
  }

  /** The technique a marked place names now, or undefined when it names none. */
  private techniqueOf(ref: MarkedRef): string | undefined {
    if (ref.kind === "bare" && !this.deps.settings().previewBareIdentifiers) return undefined;
    if (ref.kind !== "wiki") return ref.value === "" ? undefined : ref.value;
    const resolve = (linkpath: string, sourcePath: string): string | undefined =>
      this.deps.app.metadataCache.getFirstLinkpathDest(linkpath, sourcePath)?.path;
    const target = wikiLinkTarget(ref.value, ref.sourcePath, resolve, this.deps.index);
    return target.kind === "technique" ? target.id : undefined;
  }

  /** Whether the modifier requirement set for our source in the page-preview settings is met. */
  private mayShow(event: MouseEvent | KeyboardEvent): boolean {
    if (pagePreviewsDisabled(this.deps.app)) return false;
    return !previewRequiresMod(this.deps.app) || Boolean(Keymap.isModEvent(event));
  }

  private schedule(ref: MarkedRef, id: string): void {
    if (ref.element === this.shown?.target) {
      this.cancelHide();
      return;
    }
    this.cancelPending();
    const timer = window.setTimeout(() => this.show(ref, id), SHOW_DELAY_MS);
    this.pending = { target: ref.element, timer };
  }

  private show(ref: MarkedRef, id: string): void {
    this.pending = undefined;
    this.close();
    if (!ref.element.isConnected) return;
    try {
      this.shown = { popover: this.openPopover(ref, id), target: ref.element };
    } catch (error) {
      log.error(`the preview of ${id} could not be shown`, error);
    }
  }

  private openPopover(ref: MarkedRef, id: string): HoverPopover {
    const popover = new HoverPopover(this, ref.element, 0);
    this.hoverPopover = popover;
    popover.hoverEl.addClass(POPOVER_CLASS);
    const preview = techniquePreview(id, this.deps.index, this.deps.catalogue());
    renderTechniquePreview(popover.hoverEl.createDiv(), preview, this.viewContext(ref.sourcePath));
    popover.register(() => this.forget(popover));
    return popover;
  }

  /** The app closed the popover itself (its own mouse-out handling): drop our reference. */
  private forget(popover: HoverPopover): void {
    if (this.shown?.popover === popover) this.shown = undefined;
    if (this.hoverPopover === popover) this.hoverPopover = null;
  }

  private viewContext(sourcePath: string): PreviewViewContext {
    const childParent: HoverParent = { hoverPopover: null };
    return {
      openNote: (path, event) => this.openNote(path, sourcePath, event),
      hoverNote: (path, event, target) =>
        this.deps.app.workspace.trigger("hover-link", {
          event,
          source: HOVER_SOURCE,
          hoverParent: childParent,
          targetEl: target,
          linktext: path,
          sourcePath,
        }),
    };
  }

  private openNote(path: string, sourcePath: string, event: MouseEvent | KeyboardEvent): void {
    this.close();
    void this.deps.app.workspace.openLinkText(path, sourcePath, Keymap.isModEvent(event));
  }

  private scheduleHide(): void {
    this.cancelHide();
    this.hideTimer = window.setTimeout(() => this.hideShown(), HIDE_DELAY_MS);
  }

  private cancelHide(): void {
    if (this.hideTimer !== undefined) window.clearTimeout(this.hideTimer);
    this.hideTimer = undefined;
  }

  private cancelPending(): void {
    if (this.pending) window.clearTimeout(this.pending.timer);
    this.pending = undefined;
  }

  /** The link on screen, its popover, and any page preview opened from inside it. */
  private isInsideZone(target: EventTarget | null): boolean {
    const shown = this.shown;
    if (!shown || !isElement(target)) return false;
    return (
      isInside(target, shown.target) ||
      isInside(target, shown.popover.hoverEl) ||
      target.closest(".hover-popover") !== null
    );
  }
}

/** Whether a mouse-out goes from inside `element` to outside it. */
function leaves(
  element: HTMLElement | undefined,
  from: EventTarget | null,
  to: EventTarget | null,
): boolean {
  return element !== undefined && isInside(from, element) && !isInside(to, element);
}

function isInside(target: EventTarget | null, container: HTMLElement): boolean {
  return isElement(target) && container.contains(target);
}

/** `hide` is how the app closes a popover (it is not in the typings); unloading is the fallback. */
function hidePopover(popover: HoverPopover): void {
  const hide = (popover as HoverPopover & { hide?: () => void }).hide;
  if (typeof hide === "function") {
    hide.call(popover);
    return;
  }
  popover.unload();
  popover.hoverEl.detach();
}
