/**
 * Gives this Node process the browser globals (window, document, HTMLElement, …) of one
 * happy-dom window, as vitest's happy-dom environment does, so that the `obsidian` stand-in
 * and the built main.js can run outside vitest.
 */
import { Window } from "happy-dom";

let installed: Window | undefined;

/** Installs the globals once; later calls return the same window. */
export function installDomGlobals(): Window {
  if (installed) return installed;
  const window = new Window({ url: "http://localhost/" });
  const target = globalThis as unknown as Record<string, unknown>;
  const source = window as unknown as Record<string, unknown>;
  for (const key of Object.getOwnPropertyNames(window)) {
    if (!(key in globalThis)) target[key] = source[key];
  }
  for (const key of [
    "window",
    "document",
    "navigator",
    "getComputedStyle",
    "requestAnimationFrame",
  ]) {
    const value = source[key];
    target[key] = typeof value === "function" && key !== "window" ? value.bind(window) : value;
  }
  target.window = window;
  installed = window;
  return window;
}
