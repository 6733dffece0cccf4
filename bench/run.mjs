// Runs a TypeScript benchmark entry: bundles it with esbuild into test-output/, then loads
// it in this process (so `node --expose-gc bench/run.mjs` gives the bundle `global.gc`).
//   node --expose-gc bench/run.mjs                          the full benchmark (bench/main.ts)
//   node bench/run.mjs bench/measure-sample.ts              re-measure the real vault's profile
//   node --expose-gc bench/run.mjs bench/main.ts --sizes 1000,10000   fewer vault sizes
import esbuild from "esbuild";
import { createRequire } from "node:module";
import { basename, resolve } from "node:path";

const args = process.argv.slice(2);
const entry = args[0]?.endsWith(".ts") ? args.shift() : "bench/main.ts";
const outfile = resolve("test-output", basename(entry).replace(/\.ts$/, ".cjs"));

await esbuild.build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  // happy-dom and esbuild stay packages loaded at run time, as they are in the tests.
  packages: "external",
  logLevel: "warning",
});

const { main } = createRequire(import.meta.url)(outfile);
process.exitCode = await main(args);
