import type { EventRef } from "./events";

let liveDomListeners = 0;
let liveIntervals = 0;

/** How many DOM listeners added through `registerDomEvent` are still attached. */
export function liveDomListenerCount(): number {
  return liveDomListeners;
}

/** How many intervals added through `registerInterval` are still running. */
export function liveIntervalCount(): number {
  return liveIntervals;
}

/**
 * The app's lifecycle unit. `load` runs `onload` then loads the children; `unload` unloads
 * the children (last added first), runs every registered clean-up (last first), then
 * `onunload`. A child added to a loaded component is loaded at once.
 */
export class Component {
  private loaded = false;
  private readonly children: Component[] = [];
  private readonly cleanups: (() => unknown)[] = [];
  /** What the last `onload` returned, so an app can wait for an async `onload`. */
  protected onloadResult: unknown;

  load(): void {
    if (this.loaded) return;
    this.loaded = true;
    this.onloadResult = this.onload();
    for (const child of [...this.children]) child.load();
  }

  onload(): void | Promise<void> {}

  unload(): void {
    if (!this.loaded) return;
    this.loaded = false;
    for (const child of this.children.splice(0).reverse()) child.unload();
    for (const cleanup of this.cleanups.splice(0).reverse()) cleanup();
    this.onunload();
  }

  onunload(): void {}

  /** Whether `load` ran and `unload` has not (stand-in only; the app keeps this private). */
  get isLoaded(): boolean {
    return this.loaded;
  }

  addChild<T extends Component>(component: T): T {
    this.children.push(component);
    if (this.loaded) component.load();
    return component;
  }

  removeChild<T extends Component>(component: T): T {
    const at = this.children.indexOf(component);
    if (at !== -1) {
      this.children.splice(at, 1);
      component.unload();
    }
    return component;
  }

  register(cb: () => unknown): void {
    this.cleanups.push(cb);
  }

  registerEvent(ref: EventRef): void {
    this.register(() => ref.e.offref(ref));
  }

  registerDomEvent(
    el: EventTarget,
    type: string,
    callback: (event: never) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void {
    const listener = callback as unknown as EventListener;
    el.addEventListener(type, listener, options);
    liveDomListeners++;
    this.register(() => {
      el.removeEventListener(type, listener, options);
      liveDomListeners--;
    });
  }

  registerInterval(id: number): number {
    liveIntervals++;
    this.register(() => {
      window.clearInterval(id);
      liveIntervals--;
    });
    return id;
  }
}
