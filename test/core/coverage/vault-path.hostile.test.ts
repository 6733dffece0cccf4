import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { vaultFilePath } from "../../../src/core/coverage/vault-path";

/** Pieces a hostile path is made of: escapes, separators, dots, control and odd characters. */
const piece = fc.constantFrom(
  "..",
  ".",
  "/",
  "\\",
  "a",
  " ",
  "\0",
  "\n",
  ".obsidian",
  "%2e",
  "é",
  "‥",
  "C:",
  "~",
);

describe("a typed path for a new file, whatever it holds", () => {
  it("is refused, or stays inside the vault, visible, normalised and with its extension", () => {
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 12 }).map((parts) => parts.join("")),
        (typed) => {
          const result = vaultFilePath(typed, ".md");
          if (!result.ok) return;
          const parts = result.path.split("/");
          expect(parts.every((p) => p !== "" && p !== "." && p !== "..")).toBe(true);
          expect(parts[0]?.startsWith(".")).toBe(false);
          expect([...result.path].some((c) => c === "\\" || c.charCodeAt(0) < 0x20)).toBe(false);
          expect(result.path.toLowerCase().endsWith(".md")).toBe(true);
          expect(result.path.startsWith(result.folder)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
