/**
 * The least of the `obsidian` module that lets the built main.js load and run `onload()` in
 * plain Node, for timing only: every call the plugin makes is accepted and does nothing.
 * Layout-ready callbacks are kept, not run, as in the app while it is starting.
 * (The project's documented stand-in for tests is `test/stand-in/obsidian.ts`.)
 */

/** A value that accepts any property read or call and returns itself. */
const anything: unknown = new Proxy(function () {}, {
  get: (_target, key) => (key === "then" || key === Symbol.toPrimitive ? undefined : anything),
  apply: () => anything,
  construct: () => anything as object,
});

/** Layout-ready callbacks the plugin registered; never run while timing onload. */
export const layoutReadyCallbacks: (() => void)[] = [];

class Component {
  private readonly children: Component[] = [];

  load(): void {
    this.onload();
    for (const child of this.children) child.load();
  }

  onload(): void {}

  onunload(): void {}

  addChild<T extends Component>(child: T): T {
    this.children.push(child);
    child.load();
    return child;
  }

  register(): void {}

  registerEvent(): void {}

  registerDomEvent(): void {}

  registerInterval(): number {
    return 0;
  }
}

/** Any method the stub lacks answers with `anything`. */
function acceptingEverything<T extends object>(target: T): T {
  return new Proxy(target, {
    get: (object, key, receiver) => (key in object ? Reflect.get(object, key, receiver) : anything),
  });
}

class Plugin extends Component {
  constructor(
    readonly app: unknown,
    readonly manifest: unknown,
  ) {
    super();
    return acceptingEverything(this);
  }

  async loadData(): Promise<unknown> {
    return null;
  }

  async saveData(): Promise<void> {}
}

/** A stand-in app: workspace and vault accept every call; layout-ready is held back. */
export function stubApp(): unknown {
  const workspace = acceptingEverything({
    layoutReady: false,
    onLayoutReady: (callback: () => void) => layoutReadyCallbacks.push(callback),
  });
  return acceptingEverything({ workspace, vault: anything, metadataCache: anything });
}

/** The module `require("obsidian")` returns inside main.js. */
export const obsidianModule: Record<string | symbol, unknown> = new Proxy(
  { Component, Plugin, __esModule: true } as Record<string | symbol, unknown>,
  { get: (object, key) => (key in object ? object[key] : class Unknown {}) },
);
