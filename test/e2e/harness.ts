/**
 * The e2e harness: one Chromium and one host server for the whole suite, a fresh browser
 * context per page, guards that record anything a page must never do, and screenshots in
 * the light and dark themes. Scenarios (test/e2e/scenarios/) receive an `E2E` object.
 */
import { existsSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { startHostServer, VAULTS, type HostServer } from "./server";

/** Debian's Chromium; `E2E_CHROMIUM` points elsewhere (e.g. a distribution that installs it under another name). */
export const CHROMIUM = process.env.E2E_CHROMIUM ?? "/usr/bin/chromium";
export const hasChromium = existsSync(CHROMIUM);
export const SCREENSHOTS = resolve("test-output/screenshots");

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Everything a page did that it must not: dialogs, console errors, page errors, foreign requests. */
export interface Problems {
  readonly dialogs: string[];
  readonly consoleErrors: string[];
  readonly pageErrors: string[];
  readonly foreignRequests: string[];
}

/** A host page with one vault loaded and the plugin started. */
export interface HostPage {
  readonly page: Page;
  readonly problems: Problems;
  open(path: string, mode?: "preview" | "source"): Promise<void>;
  /** Replaces the first occurrence of `from` in a note with `to`, through the vault. */
  edit(path: string, from: string, to: string): Promise<void>;
  /** Screenshots the page in light then dark; returns the file paths. */
  screenshots(name: string): Promise<string[]>;
  close(): Promise<void>;
}

export interface OpenOptions {
  readonly settings?: unknown;
  readonly viewport?: { width: number; height: number };
}

/** What a scenario gets: a way to open the host page on a vault. */
export interface E2E {
  openVault(vault: keyof typeof VAULTS, options?: OpenOptions): Promise<HostPage>;
  hasVault(vault: keyof typeof VAULTS): boolean;
}

/** A group of e2e tests; `define` calls `it` as a describe body does. */
export interface Scenario {
  readonly name: string;
  define(e2e: () => E2E): void;
}

let browser: Browser | undefined;
let server: HostServer | undefined;

/** Starts Chromium and the host server (once). */
export async function startE2E(): Promise<E2E> {
  server ??= await startHostServer();
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const origin = server.origin;
  const running = browser;
  return {
    openVault: (vault, options = {}) => openHostPage(running, origin, vault, options),
    hasVault: (vault) => existsSync(VAULTS[vault] ?? ""),
  };
}

export async function stopE2E(): Promise<void> {
  await browser?.close();
  await server?.close();
  browser = undefined;
  server = undefined;
}

async function openHostPage(
  browser: Browser,
  origin: string,
  vault: string,
  options: OpenOptions,
): Promise<HostPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 900, height: 560 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const problems = guard(page, origin);
  const settings =
    options.settings === undefined
      ? ""
      : `&settings=${encodeURIComponent(JSON.stringify(options.settings))}`;
  await page.goto(`${origin}/?vault=${vault}${settings}`);
  await page.waitForSelector("body[data-ready], body[data-boot-error]");
  const bootError = await page.getAttribute("body", "data-boot-error");
  if (bootError) throw new Error(`host page failed to start: ${bootError}`);
  return {
    page,
    problems,
    open: (path, mode = "preview") =>
      page.evaluate(([p, m]) => window.lens.open(p, m), [path, mode] as const),
    edit: (path, from, to) =>
      page.evaluate(([p, f, t]) => window.lens.modify(p, window.lens.text(p).replace(f, t)), [
        path,
        from,
        to,
      ] as const),
    screenshots: (name) => screenshots(page, name),
    close: () => context.close(),
  };
}

function guard(page: Page, origin: string): Problems {
  const problems: Problems = {
    dialogs: [],
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
  };
  page.on("dialog", (dialog) => {
    problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on(
    "console",
    (message) => message.type() === "error" && problems.consoleErrors.push(message.text()),
  );
  page.on("pageerror", (error) => problems.pageErrors.push(String(error)));
  void page.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`) || url.startsWith("data:")) return route.continue();
    problems.foreignRequests.push(url);
    return route.abort();
  });
  return problems;
}

async function screenshots(page: Page, name: string): Promise<string[]> {
  const paths: string[] = [];
  for (const theme of ["light", "dark"] as const) {
    await page.evaluate((t) => window.lens.setTheme(t), theme);
    const path = resolve(SCREENSHOTS, `${name}-${theme}.png`);
    await page.screenshot({ path });
    paths.push(path);
  }
  await page.evaluate(() => window.lens.setTheme("light"));
  return paths;
}
