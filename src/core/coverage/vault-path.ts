/**
 * A vault-relative file path from what a user typed: slashes made forward, leading and
 * doubled ones removed, the extension added when missing. Paths that step outside the
 * vault (`..`), name the config folder or hold control characters are refused.
 */
export type VaultPathResult =
  { readonly ok: true; readonly path: string; readonly folder: string } | { readonly ok: false };

/** Whether text holds a control character (a line break, a tab, a NUL…). */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code === 0x7f) return true;
  }
  return false;
}

/** Checks and normalises a typed path for a file with `extension` (`.md`, `.csv`). */
export function vaultFilePath(input: string, extension: string): VaultPathResult {
  const parts = input
    .trim()
    .replace(/\\/g, "/")
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0 || hasControl(input)) return { ok: false };
  if (parts.some((p) => p === "." || p === "..") || parts[0]?.startsWith(".")) return { ok: false };
  const joined = parts.join("/");
  const path = joined.toLowerCase().endsWith(extension.toLowerCase()) ? joined : joined + extension;
  return { ok: true, path, folder: parts.slice(0, -1).join("/") };
}
