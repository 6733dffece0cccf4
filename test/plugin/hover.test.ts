// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import AttackLensPlugin from "../../src/main";
import { HIDE_DELAY_MS, POPOVER_CLASS, SHOW_DELAY_MS } from "../../src/plugin/hover-controller";
import { liveDomListenerCount, liveEventHandlerCount } from "../stand-in/obsidian";
import { miniVault, settle, startPlugin, type Started } from "./harness";

const LSASS = "Use Cases/T1003.001 - OS Credential Dumping- LSASS Memory.md";
const LSASS_TEST = "Testing Runbooks/T1003.001 - OS Credential Dumping- LSASS Memory.md";
/** A mini-vault note with every kind of technique reference; the browser scenarios use it too. */
const NOTE = "Notes/Technique links.md";

let started: Started<AttackLensPlugin> | undefined;

/**
 * Whether the plugin had already cancelled the last click when it reached the window. The
 * guard then cancels it anyway: a test never follows a link off this machine.
 */
let lastClickPrevented: boolean | undefined;
function neverNavigate(event: MouseEvent): void {
  lastClickPrevented = event.defaultPrevented;
  event.preventDefault();
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  lastClickPrevented = undefined;
  window.addEventListener("click", neverNavigate);
});

afterEach(() => {
  window.removeEventListener("click", neverNavigate);
  started?.plugin.unload();
  started?.app.containerEl.remove();
  started = undefined;
  vi.useRealTimers();
});

async function open(
  settings?: unknown,
  mode: "preview" | "source" = "preview",
): Promise<HTMLElement> {
  vi.useRealTimers();
  started = await startPlugin(
    AttackLensPlugin,
    miniVault(),
    settings === undefined ? {} : { settings },
  );
  const leaf = await started.app.openNote(NOTE, mode);
  await settle();
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  return leaf.containerEl;
}

function refs(root: HTMLElement, kind: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-attack-lens-ref="${kind}"]`)];
}

function hover(target: Element, mod = true): void {
  target.dispatchEvent(
    new MouseEvent("mouseover", { bubbles: true, ctrlKey: mod, metaKey: false }),
  );
  vi.advanceTimersByTime(SHOW_DELAY_MS);
}

function leave(target: Element): void {
  target.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, relatedTarget: document.body }));
  vi.advanceTimersByTime(HIDE_DELAY_MS);
}

const popovers = (): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>(`.${POPOVER_CLASS}`),
];

describe("technique previews in reading view", () => {
  it("marks web links to technique pages, internal links and bare identifiers outside code", async () => {
    const view = await open();
    expect(refs(view, "url").map((a) => a.getAttribute("data-attack-lens-value"))).toEqual([
      "T1003.001",
      "T1059.001",
    ]);
    expect(refs(view, "wiki")).toHaveLength(2);
    expect(refs(view, "bare").map((s) => s.textContent)).toEqual(["T1003.001"]);
    expect(refs(view, "bare")[0]?.classList.contains("attack-lens-technique-ref")).toBe(true);
    expect(view.querySelector("code")?.textContent).toBe("T1059.001");
  });

  it("shows one preview with the vault's counts after the delay, when the modifier is held", async () => {
    const view = await open();
    const [link] = refs(view, "url");
    link!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
    vi.advanceTimersByTime(SHOW_DELAY_MS - 1);
    expect(popovers()).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(popovers()).toHaveLength(1);
    const preview = popovers()[0]!;
    expect(preview.querySelector(".attack-lens-preview-title")?.textContent).toBe(
      "T1003.001LSASS Memory",
    );
    expect(
      preview.querySelector(".attack-lens-preview-rules .attack-lens-preview-count span")
        ?.textContent,
    ).toBe("2 detection rules");
    expect(
      [...preview.querySelectorAll(".attack-lens-preview-levels .attack-lens-level")].map(
        (b) => b.textContent,
      ),
    ).toEqual(["critical 1", "high 1"]);
    expect(
      preview.querySelector(".attack-lens-preview-tests .attack-lens-preview-count")?.textContent,
    ).toBe("1 test note (2 atomic tests)");
  });

  it("moves straight from one link's preview to the next link's", async () => {
    const view = await open();
    const [lsass, powershell] = refs(view, "url");
    hover(lsass!);
    lsass!.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, relatedTarget: powershell! }));
    hover(powershell!);
    expect(popovers()).toHaveLength(1);
    expect(popovers()[0]?.querySelector(".attack-lens-technique-id")?.textContent).toBe(
      "T1059.001",
    );
  });

  it("shows nothing without the modifier, since our source asks for it by default", async () => {
    const view = await open();
    hover(refs(view, "url")[0]!, false);
    expect(popovers()).toHaveLength(0);
  });

  it("shows the preview when Mod is pressed over a link, as page previews do", async () => {
    const view = await open();
    const [link, other] = refs(view, "url");
    hover(link!, false);
    expect(popovers()).toHaveLength(0);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Control", ctrlKey: true }));
    expect(popovers()).toHaveLength(1);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    hover(other!, false);
    other!.dispatchEvent(
      new MouseEvent("mouseout", { bubbles: true, relatedTarget: document.body }),
    );
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Control", ctrlKey: true }));
    expect(popovers()).toHaveLength(0);
  });

  it("follows the page-preview settings for our source when the app exposes them", async () => {
    const view = await open();
    const internals = { enabled: true, instance: { overrides: { "attack-lens": false } } };
    Object.assign(started!.app, { internalPlugins: { getPluginById: () => internals } });
    hover(refs(view, "url")[0]!, false);
    expect(popovers()).toHaveLength(1);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    internals.enabled = false;
    hover(refs(view, "url")[0]!, true);
    expect(popovers()).toHaveLength(0);
  });

  it("closes on Escape and on mouse-out, and keeps it open while the pointer is in it", async () => {
    const view = await open();
    const [link] = refs(view, "url");
    hover(link!);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    expect(popovers()).toHaveLength(0);

    hover(link!);
    const preview = popovers()[0]!;
    link!.dispatchEvent(new MouseEvent("mouseout", { bubbles: true, relatedTarget: preview }));
    preview.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
    vi.advanceTimersByTime(HIDE_DELAY_MS * 2);
    expect(popovers()).toHaveLength(1);
    leave(preview);
    expect(popovers()).toHaveLength(0);
  });

  it("never shows two previews at once", async () => {
    const view = await open();
    const [first, second] = refs(view, "url");
    hover(first!);
    hover(second!);
    expect(popovers()).toHaveLength(1);
    expect(popovers()[0]?.querySelector(".attack-lens-technique-id")?.textContent).toBe(
      "T1059.001",
    );
  });

  it("previews a wiki-link to the technique note and leaves the test note of the same name to page previews", async () => {
    const view = await open();
    const [technique, test] = refs(view, "wiki");
    hover(technique!);
    expect(popovers()[0]?.querySelector(".attack-lens-technique-id")?.textContent).toBe(
      "T1003.001",
    );
    leave(technique!);
    const linkpath = test!.getAttribute("data-attack-lens-value")!.split("|")[0]!;
    expect(started!.app.metadataCache.getFirstLinkpathDest(linkpath, NOTE)?.path).toBe(LSASS_TEST);
    hover(test!);
    expect(popovers()).toHaveLength(0);
  });

  it("previews a bare identifier, and not when the setting is off", async () => {
    const view = await open();
    hover(refs(view, "bare")[0]!);
    expect(popovers()[0]?.querySelector(".attack-lens-technique-id")?.textContent).toBe(
      "T1003.001",
    );
    started?.plugin.unload();
    const off = await open({ previewBareIdentifiers: false });
    expect(refs(off, "bare")).toHaveLength(0);
  });

  it("opens the local note from a listed rule and asks page previews for nested previews", async () => {
    const view = await open();
    hover(refs(view, "url")[0]!);
    const rule = popovers()[0]!.querySelector<HTMLElement>(
      ".attack-lens-preview-rules a.internal-link",
    )!;
    rule.dispatchEvent(new MouseEvent("mouseover", { bubbles: true, ctrlKey: true }));
    expect(started!.app.hoverLinkEvents.at(-1)).toMatchObject({
      source: "attack-lens",
      linktext: rule.getAttribute("data-href"),
    });
    rule.click();
    await settle();
    expect(popovers()).toHaveLength(0);
    expect(started!.app.workspace.getActiveFile()?.path).toBe(rule.getAttribute("data-href"));
  });

  it("sends a click on an attack.mitre.org link to the local note, unless the setting keeps the web page", async () => {
    const view = await open();
    const click = new MouseEvent("click", { bubbles: true, cancelable: true });
    refs(view, "url")[0]!.dispatchEvent(click);
    await settle();
    expect(click.defaultPrevented).toBe(true);
    expect(lastClickPrevented).toBeUndefined();
    expect(started!.app.workspace.getActiveFile()?.path).toBe(LSASS);

    started?.plugin.unload();
    const web = await open({ openLocalNoteForWebLinks: false });
    refs(web, "url")[0]!.dispatchEvent(
      new MouseEvent("click", { bubbles: true, cancelable: true }),
    );
    expect(lastClickPrevented).toBe(false);
    expect(started!.app.workspace.getActiveFile()?.path).toBe(NOTE);
  });

  it("leaves no popover and no listener behind after 200 hovers, and none after unload", async () => {
    const baseline = { dom: liveDomListenerCount(), doc: documentListeners() };
    const view = await open();
    const loaded = {
      dom: liveDomListenerCount(),
      events: liveEventHandlerCount(),
      doc: documentListeners(),
    };
    const workspace = started!.app.workspace;
    const windowHandlers = () =>
      workspace.listenerCount("window-open") + workspace.listenerCount("window-close");
    expect(windowHandlers()).toBe(2);
    expect(loaded.doc).toBe(baseline.doc + 4);
    const targets = [...refs(view, "url"), ...refs(view, "wiki"), ...refs(view, "bare")];
    for (let i = 0; i < 200; i++) {
      const target = targets[i % targets.length]!;
      hover(target);
      if (i % 2 === 0) leave(target);
      expect(popovers().length).toBeLessThanOrEqual(1);
    }
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    expect(popovers()).toHaveLength(0);
    expect({
      dom: liveDomListenerCount(),
      events: liveEventHandlerCount(),
      doc: documentListeners(),
    }).toEqual(loaded);
    hover(targets[0]!);
    started?.plugin.unload();
    started?.app.containerEl.remove();
    started = undefined;
    expect(popovers()).toHaveLength(0);
    // The app's own handlers stay; the plugin's window handlers and document listeners go.
    expect({ dom: liveDomListenerCount(), doc: documentListeners() }).toEqual(baseline);
    expect(windowHandlers()).toBe(0);
  });
});

describe("technique previews in Live Preview", () => {
  it("marks URLs, wiki-links and bare identifiers in the editor and previews them", async () => {
    const view = await open(undefined, "source");
    const content = view.querySelector(".cm-content")!;
    expect(
      refs(content as HTMLElement, "url").map((e) => e.getAttribute("data-attack-lens-value")),
    ).toEqual(["T1003.001", "T1059.001"]);
    expect(refs(content as HTMLElement, "wiki")).toHaveLength(2);
    expect(refs(content as HTMLElement, "bare").map((e) => e.textContent)).toEqual(["T1003.001"]);
    hover(refs(content as HTMLElement, "bare")[0]!);
    expect(popovers()).toHaveLength(1);
    document.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape" }));
    hover(refs(content as HTMLElement, "wiki")[1]!);
    expect(popovers()).toHaveLength(0);
  });
});

/** Listeners on the document, counted through the add and remove calls made while the test runs. */
let documentListenerDelta = 0;
function documentListeners(): number {
  return documentListenerDelta;
}
const add = document.addEventListener.bind(document);
const remove = document.removeEventListener.bind(document);
document.addEventListener = ((...args: Parameters<typeof add>) => {
  documentListenerDelta++;
  add(...args);
}) as typeof document.addEventListener;
document.removeEventListener = ((...args: Parameters<typeof remove>) => {
  documentListenerDelta--;
  remove(...args);
}) as typeof document.removeEventListener;
