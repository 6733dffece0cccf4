/**
 * The built plugin, end to end, in real Chromium: the host page loads main.js with the
 * browser build of the stand-in and real CodeMirror 6. Without /usr/bin/chromium the suite
 * says so in one line and skips. Scenarios live in ./scenarios (see test/README.md).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe } from "vitest";
import { CHROMIUM, hasChromium, SCREENSHOTS, startE2E, stopE2E, type E2E } from "./harness";
import { SCENARIOS } from "./scenarios";

if (!hasChromium) console.log(`e2e: skipped, ${CHROMIUM} not found (apt-get install chromium)`);

// A browser scenario scrolls and waits on a real page: generous time, so a busy machine is
// not mistaken for a failure.
describe.skipIf(!hasChromium)("end to end in Chromium", { timeout: 90_000 }, () => {
  let e2e: E2E | undefined;

  beforeAll(async () => {
    if (!existsSync("main.js"))
      execFileSync("node", ["esbuild.config.mjs", "production"], { stdio: "inherit" });
    e2e = await startE2E();
  });

  afterAll(async () => {
    await stopE2E();
    console.log(`e2e: screenshots in ${SCREENSHOTS}`);
  });

  const current = (): E2E => {
    if (!e2e) throw new Error("the e2e harness did not start");
    return e2e;
  };
  for (const scenario of SCENARIOS) describe(scenario.name, () => scenario.define(current));
});
