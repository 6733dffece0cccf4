/**
 * The benchmark's vault generator: vaults of any size shaped like the real one, from the
 * figures in `sample-profile.json` (see `measure-sample.ts`), the same for the same seed.
 * Notes come as files on disk (for the headless loader) and as metadata (for the plugin).
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { MetadataLike } from "../src/core/notes/from-metadata";
import type { NoteKind } from "../src/core/notes/note";
import { planVault } from "./plan";
import type { VaultProfile } from "./profile";
import { renderNote, type GeneratedNote } from "./render";
import profileJson from "./sample-profile.json";

export type { GeneratedNote } from "./render";

/** Bump when the generator's output changes, so vaults on disk are rewritten. */
const GENERATOR_VERSION = 1;
export const DEFAULT_SEED = 20_240_601;
const HASH_FILE = ".generator-hash";

/** The measured profile of the real vault. */
export const SAMPLE_PROFILE = profileJson as VaultProfile;

/** A note as the plugin sees it at start-up: a path and the app's metadata. */
export interface MetadataNote {
  readonly path: string;
  readonly kind: NoteKind;
  readonly metadata: MetadataLike;
}

/** Every note of a vault of `size` notes, in plan order. */
export function* generateVault(
  size: number,
  seed = DEFAULT_SEED,
  profile = SAMPLE_PROFILE,
): Generator<GeneratedNote> {
  for (const planned of planVault(profile, size, seed)) yield renderNote(profile, planned, seed);
}

/** The vault as metadata only (the text is made and dropped, keeping memory small). */
export function generateMetadata(size: number, seed = DEFAULT_SEED): MetadataNote[] {
  const notes: MetadataNote[] = [];
  for (const { path, kind, metadata } of generateVault(size, seed))
    notes.push({ path, kind, metadata });
  return notes;
}

/**
 * Writes the vault under `root` unless the files there came from the same profile, seed
 * and generator version. Returns the notes' metadata and whether files were written.
 */
export function ensureVaultOnDisk(
  root: string,
  size: number,
  seed = DEFAULT_SEED,
): { notes: MetadataNote[]; written: boolean } {
  const hash = vaultHash(size, seed);
  const hashFile = join(root, HASH_FILE);
  if (existsSync(hashFile) && readFileSync(hashFile, "utf8") === hash) {
    return { notes: generateMetadata(size, seed), written: false };
  }
  rmSync(root, { recursive: true, force: true });
  const notes: MetadataNote[] = [];
  for (const note of generateVault(size, seed)) {
    const file = join(root, note.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, note.text);
    notes.push({ path: note.path, kind: note.kind, metadata: note.metadata });
  }
  writeFileSync(hashFile, hash);
  return { notes, written: true };
}

/** What a vault on disk depends on: profile, size, seed and generator version. */
export function vaultHash(size: number, seed: number, profile = SAMPLE_PROFILE): string {
  const input = JSON.stringify({ profile, size, seed, version: GENERATOR_VERSION });
  return createHash("sha256").update(input).digest("hex");
}
