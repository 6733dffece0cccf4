// Types for version-lib.mjs, so the TypeScript test suite can import it under `strict`.

export function parseVersion(version: string): [number, number, number] | null;

export function compareVersions(a: string, b: string): number;

export function formatJson(value: unknown): string;

export interface BumpInput {
  newVersion: string;
  packageJson: string;
  manifestJson: string;
  versionsJson?: string;
  packageLockJson?: string;
}

export interface BumpResult {
  /** New text per file name (package.json, manifest.json, versions.json, package-lock.json). */
  files: Record<string, string>;
  /** One human-readable line per change. */
  changes: string[];
}

export function bumpVersion(input: BumpInput): BumpResult;
