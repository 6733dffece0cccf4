// Builds the plugin (main.js, loaded by Obsidian) and the command line (dist/cli.cjs).
//   node esbuild.config.mjs production   one minified build
//   node esbuild.config.mjs              rebuild the plugin on every change
import esbuild from "esbuild";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

/** The app provides these at run time; the plugin must not bundle its own copies. */
const appProvided = ["obsidian", "electron", "@codemirror/*", "@lezer/*"];

/** The plugin runs on mobile too: any Node built-in reaching the bundle fails the build. */
const nodeBuiltins = builtinModules.flatMap((name) => [name, `node:${name}`]);

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
  plugins: [forbidModules(nodeBuiltins)],
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

function forbidModules(names) {
  const forbidden = new Set(names);
  return {
    name: "forbid-node-builtins",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!forbidden.has(args.path)) return undefined;
        return { errors: [{ text: `"${args.path}" is a Node built-in; the plugin must not use it` }] };
      });
    },
  };
}

if (production) {
  await Promise.all([esbuild.build(pluginOptions), esbuild.build(cliOptions)]);
} else {
  await esbuild.build(cliOptions);
  const context = await esbuild.context(pluginOptions);
  await context.watch();
}
