/**
 * `Events` and `EventRef` as the app's API describes them (on / off / offref / trigger /
 * tryTrigger), plus a count of live handlers so tests can check that unloading a plugin
 * leaves nothing attached.
 */

/** The handle `on` returns; `offref` or `Component.registerEvent` detach it. */
export interface EventRef {
  readonly e: Events;
  readonly name: string;
  readonly fn: (...data: unknown[]) => unknown;
  readonly ctx: unknown;
}

let liveRefs = 0;

/** How many event handlers are attached across every `Events` object of every app. */
export function liveEventHandlerCount(): number {
  return liveRefs;
}

/** A named-event emitter; handlers run in the order they were attached. */
export class Events {
  private readonly handlers = new Map<string, EventRef[]>();

  on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
    const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
    this.handlers.set(name, [...(this.handlers.get(name) ?? []), ref]);
    liveRefs++;
    return ref;
  }

  off(name: string, callback: (...data: never[]) => unknown): void {
    for (const ref of this.handlers.get(name) ?? []) if (ref.fn === callback) this.offref(ref);
  }

  offref(ref: EventRef): void {
    const list = this.handlers.get(ref.name) ?? [];
    if (!list.includes(ref)) return;
    this.handlers.set(
      ref.name,
      list.filter((r) => r !== ref),
    );
    liveRefs--;
  }

  trigger(name: string, ...data: unknown[]): void {
    for (const ref of [...(this.handlers.get(name) ?? [])]) this.tryTrigger(ref, data);
  }

  /** Runs one handler; a handler that throws is reported and does not stop the others. */
  tryTrigger(ref: EventRef, args: unknown[]): void {
    try {
      ref.fn.apply(ref.ctx, args);
    } catch (error) {
      reportHandlerError(ref.name, error);
    }
  }

  /** How many handlers are attached to this object (all names, or one). */
  listenerCount(name?: string): number {
    if (name !== undefined) return this.handlers.get(name)?.length ?? 0;
    let total = 0;
    for (const list of this.handlers.values()) total += list.length;
    return total;
  }
}

/** Every error a handler threw, so tests can assert there were none. */
export const handlerErrors: { name: string; error: unknown }[] = [];

function reportHandlerError(name: string, error: unknown): void {
  handlerErrors.push({ name, error });
  console.error(`stand-in: a handler of "${name}" threw`, error);
}
