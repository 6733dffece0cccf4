import { fileURLToPath } from "node:url";

/** The small hand-written vault under test/fixtures/vault (see the files for each case). */
export const FIXTURE_VAULT = fileURLToPath(new URL("../fixtures/vault", import.meta.url));
