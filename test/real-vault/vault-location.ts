import { existsSync } from "node:fs";
import { resolve } from "node:path";

/** The real vault, beside the repository (CI puts it there too); tests skip without it. */
export const REAL_VAULT = resolve("../shared/vault-sample");
export const HAS_REAL_VAULT = existsSync(REAL_VAULT);
export const SKIP_NOTE = HAS_REAL_VAULT ? "" : " (skipped: ../shared/vault-sample not found)";
