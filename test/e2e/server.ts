/**
 * The e2e host server: static files on 127.0.0.1 at a random port, nothing else. It serves
 * the host page, its esbuild bundle, the built main.js, styles.css and fixture vaults as JSON.
 */
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { resolve } from "node:path";
import { readVaultFolder } from "../stand-in/node-vault";

const ROOT = resolve(".");
const OUT = resolve("test-output/e2e");

/** Vaults the host page can load with `?vault=name`. */
export const VAULTS: Record<string, string> = {
  mini: resolve("test/fixtures/mini-vault"),
  hostile: resolve("test/fixtures/hostile-vault"),
  sample: resolve("../shared/vault-sample"),
  demo: resolve("demo-vault"),
};

/** Whether a vault's folder is present (the real vault and the demo vault may be absent). */
export function vaultExists(name: string): boolean {
  const root = VAULTS[name];
  return root !== undefined && existsSync(root);
}

export interface HostServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Bundles the host script (stand-in + CodeMirror) for the browser. */
export async function bundleHost(): Promise<string> {
  const outfile = resolve(OUT, "host.js");
  await build({
    entryPoints: [resolve("test/e2e/host/host.ts")],
    outfile,
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2021",
    logLevel: "warning",
  });
  return outfile;
}

/** Starts the server; main.js must have been built (`npm run build`). */
export async function startHostServer(): Promise<HostServer> {
  const hostJs = await bundleHost();
  const vaultCache = new Map<string, string>();
  const files: Record<string, [string, string]> = {
    "/": [resolve("test/e2e/host/index.html"), "text/html"],
    "/theme.css": [resolve("test/e2e/host/theme.css"), "text/css"],
    "/styles.css": [resolve(ROOT, "styles.css"), "text/css"],
    "/main.js": [resolve(ROOT, "main.js"), "text/javascript"],
    "/host.js": [hostJs, "text/javascript"],
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const file = files[url.pathname];
    if (file) return send(res, 200, file[1], readFileSync(file[0]));
    if (url.pathname === "/vault.json")
      return send(
        res,
        200,
        "application/json",
        vaultJson(url.searchParams.get("name") ?? "", vaultCache),
      );
    send(res, 404, "text/plain", "not found");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => closeServer(server) };
}

function vaultJson(name: string, cache: Map<string, string>): string {
  const root = VAULTS[name];
  if (!root || !existsSync(root)) return "{}";
  if (!cache.has(name))
    cache.set(name, JSON.stringify({ ...readVaultFolder(root), ...extraPaths(root) }));
  return cache.get(name) ?? "{}";
}

/**
 * Notes whose paths hold characters some file systems refuse (`<`, `>`, `:`), kept as JSON
 * next to the vault so that the repository checks out everywhere.
 */
function extraPaths(root: string): Record<string, string> {
  const file = resolve(root, "extra-paths.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>) : {};
}

function send(
  res: import("node:http").ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
): void {
  res.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
  res.end(body);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((done) => server.close(() => done()));
}
