// Builds the plugin (main.js, loaded by Obsidian) and the command line (dist/cli.cjs).
//   node esbuild.config.mjs production   one minified build
//   node esbuild.config.mjs              rebuild the plugin on every change
import esbuild from "esbuild";
import { deflateCatalogue, forbidNodeBuiltins } from "./scripts/esbuild-plugins.mjs";

const production = process.argv[2] === "production";

/** The app provides these at run time; the plugin must not bundle its own copies. */
const appProvided = ["obsidian", "electron", "@codemirror/*", "@lezer/*"];

const pluginOptions = {
  entryPoints: ["src/main.ts"],
  outfile: "main.js",
  bundle: true,
  format: "cjs",
  platform: "browser",
  target: "es2021",
  external: appProvided,
  minify: production,
  sourcemap: production ? false : "inline",
  treeShaking: true,
  logLevel: "warning",
  legalComments: "none",
  plugins: [forbidNodeBuiltins(), deflateCatalogue()],
};

const cliOptions = {
  entryPoints: ["src/headless/main.ts"],
  outfile: "dist/cli.cjs",
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minify: false,
  logLevel: "warning",
};

if (production) {
  await Promise.all([esbuild.build(pluginOptions), esbuild.build(cliOptions)]);
} else {
  await esbuild.build(cliOptions);
  const context = await esbuild.context(pluginOptions);
  await context.watch();
}
