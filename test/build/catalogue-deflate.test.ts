import { mkdtempSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { deflateRawSync } from "node:zlib";
import esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { bundledCatalogue } from "../../src/core/attack/catalogue";
// @ts-expect-error: a plain ES module of the build, without type declarations.
import { deflateCatalogue } from "../../scripts/esbuild-plugins.mjs";

/** Bundles the catalogue module the way the plugin build does, and loads the result. */
async function catalogueFromPluginBuild(): Promise<typeof bundledCatalogue> {
  const outfile = join(mkdtempSync(join(tmpdir(), "attack-lens-build-")), "catalogue.cjs");
  await esbuild.build({
    entryPoints: ["src/core/attack/catalogue.ts"],
    outfile,
    bundle: true,
    format: "cjs",
    platform: "browser",
    logLevel: "silent",
    plugins: [deflateCatalogue()],
  });
  const loaded = createRequire(import.meta.url)(outfile) as {
    bundledCatalogue: typeof bundledCatalogue;
  };
  return loaded.bundledCatalogue;
}

describe("the deflated catalogue in the plugin build", () => {
  it("decodes to exactly the catalogue the command line and tests read", async () => {
    const fromBuild = (await catalogueFromPluginBuild())();
    const direct = bundledCatalogue();
    expect(fromBuild.attackVersion).toBe(direct.attackVersion);
    expect(fromBuild.tactics).toEqual(direct.tactics);
    expect(fromBuild.all()).toEqual(direct.all());
    expect(fromBuild.status("T1073")).toEqual(direct.status("T1073"));
  });

  it("leaves no plain catalogue text in the built main.js (npm test builds first)", () => {
    const main = readFileSync("main.js", "utf8");
    const json = readFileSync("src/core/attack/data/enterprise-attack.compact.json");
    expect(main).toContain(deflateRawSync(json, { level: 9 }).toString("base64"));
    expect(main).not.toContain("Junk Data");
  });
});
