// ESLint flat config for ATT&CK Lens.
//
// Layout of the rules, by folder:
//   src/**            type-checked typescript-eslint + the Obsidian review-bot rules
//                     (eslint-plugin-obsidianmd "recommended"), no console, no raw HTML.
//   src/core/**       pure logic shared by the plugin and the headless CLI: no `obsidian`,
//                     no Node built-ins.
//   src/** except src/headless/**
//                     ends up in main.js, which must load on mobile: no Node built-ins.
//   src/headless/**   runs under Node, so Node built-ins and globals are fine.
//   test, bench, scripts, root config files
//                     lighter, untyped rules with Node globals.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";
import tseslint from "typescript-eslint";

const SRC_TS = ["src/**/*.ts"];
const LOGGER_FILE = "src/core/log.ts";

const OBSIDIAN_IMPORT = {
  name: "obsidian",
  message:
    "Only src/plugin may import obsidian; core is pure logic and headless runs under plain Node.",
};

// Raw HTML sinks bypass Obsidian's DOM helpers and are a review-bot rejection reason.
// Reading them is banned too: there is no legitimate use in this plugin.
const NO_RAW_HTML = [
  {
    selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: "Do not use innerHTML/outerHTML; build DOM with createEl/createDiv/setText.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "Do not use insertAdjacentHTML; build DOM with createEl/createDiv/setText.",
  },
];

// The obsidianmd preset re-runs `no-console` (allowing warn/error/debug) through its
// rule-custom-message wrapper. We want *every* console call to go through the logger,
// so the plain `no-console: error` does that job and the wrapper keeps only its
// other entry, to avoid double reports.
const CUSTOM_MESSAGES_WITHOUT_CONSOLE = [
  "error",
  {
    "no-new-func": {
      messages: {
        "The Function constructor is eval":
          "Using the `Function` constructor is dangerous because it executes arbitrary code, similar to `eval()`",
      },
    },
  },
];

export default defineConfig([
  globalIgnores([
    "main.js",
    "dist/",
    "node_modules/",
    "test-output/",
    "demo-vault/",
    "coverage/",
    "bench/vaults/",
  ]),

  // --- Plugin sources -------------------------------------------------------------
  {
    // `extends` intersects the preset's own `files` globs with ours, so none of its
    // blocks (e.g. its package.json checks) leak outside src.
    files: SRC_TS,
    extends: [obsidianmd.configs.recommended],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      "no-console": "error",
      "obsidianmd/rule-custom-message": CUSTOM_MESSAGES_WITHOUT_CONSOLE,
      "no-restricted-syntax": ["error", ...NO_RAW_HTML],
      "@microsoft/sdl/no-inner-html": "error",
    },
  },
  {
    // The one place allowed to talk to the console.
    files: [LOGGER_FILE],
    rules: {
      "no-console": "off",
    },
  },
  {
    // Everything bundled into main.js (core included).
    files: SRC_TS,
    ignores: ["src/headless/**"],
    rules: {
      // The preset only warns. This rule catches static imports, require() and import()
      // of any built-in ("fs", "fs/promises", "node:*"); it lets through only calls
      // guarded by Platform.isDesktop.
      "obsidianmd/no-nodejs-modules": "error",
    },
  },
  {
    // The obsidian npm package ships types only; importing it outside src/plugin either
    // ties pure logic to the app (core) or crashes at runtime under Node (headless).
    files: ["src/core/**/*.ts", "src/headless/**/*.ts"],
    rules: {
      // The preset turns the core rule off in favour of the typescript-eslint variant,
      // which it configures itself; using the core rule here keeps both lists intact.
      // Type-only imports are refused too: core must compile without the obsidian package.
      "no-restricted-imports": ["error", { paths: [OBSIDIAN_IMPORT] }],
    },
  },
  {
    files: ["src/headless/**/*.ts"],
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      "obsidianmd/no-nodejs-modules": "off",
    },
  },

  // --- Tests, benchmarks, scripts, config files ----------------------------------------
  {
    files: [
      "test/**/*.{ts,js,mjs,cjs}",
      "bench/**/*.{ts,js,mjs,cjs}",
      "scripts/**/*.{ts,js,mjs,cjs}",
      "bin/**/*.{js,mjs,cjs}",
      "*.{js,mjs,cjs,ts}",
    ],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  {
    // CommonJS entry points (e.g. bin/attack-lens.cjs) legitimately use require().
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: {
      "@typescript-eslint/no-require-imports": "off",
    },
  },
]);
