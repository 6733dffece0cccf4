#!/usr/bin/env node
// Checks that the built plugin can load on Obsidian mobile, where there is no Node.js:
//   - main.js must not require()/import() a Node built-in (or Electron);
//   - main.js must not touch the `process` / `Buffer` globals unless guarded by a
//     `typeof` check (bundled libraries commonly do `typeof process < "u" && ...`);
//   - manifest.json must say `"isDesktopOnly": false`.
//
// Usage: node scripts/check-mobile.mjs [path/to/main.js] [--manifest path/to/manifest.json]
//
// The bundle is parsed with the TypeScript compiler (already a dev dependency) rather
// than scanned with regexes, so text inside strings, templates, comments and regex
// literals is never mistaken for code.
import { existsSync, readFileSync } from "node:fs";
import { isBuiltin } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

import ts from "typescript";

/** Not Node built-ins, but equally absent on mobile. */
const DESKTOP_ONLY_MODULES = new Set(["electron", "@electron/remote", "original-fs"]);

/** Node-only globals whose use outside a `typeof` guard breaks on mobile. */
const NODE_GLOBALS = new Set(["process", "Buffer"]);

/** @param {string} specifier */
export function isDesktopOnlyModule(specifier) {
  return isBuiltin(specifier) || DESKTOP_ONLY_MODULES.has(specifier);
}

/**
 * Finds mobile-breaking code in a bundle.
 * @param {string} source JavaScript text of the bundle
 * @param {string} fileName used only in messages
 * @returns {string[]} one human-readable line per problem
 */
export function findBundleProblems(source, fileName = "main.js") {
  const sf = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  /** @type {string[]} */
  const problems = [];
  const where = (/** @type {ts.Node} */ node) => {
    const { line, character } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    return `${fileName}:${line + 1}:${character + 1}`;
  };

  const visit = (/** @type {ts.Node} */ node) => {
    const specifier = moduleLoadSpecifier(node);
    if (specifier !== undefined && isDesktopOnlyModule(specifier)) {
      problems.push(`${where(node)} loads desktop-only module "${specifier}"`);
    }
    const global = unguardedNodeGlobal(node);
    if (global !== undefined) {
      problems.push(`${where(node)} uses Node global "${global}" without a typeof guard`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return problems;
}

/**
 * The module name of `require("x")`, `__require("x")` (esbuild's shim), `import("x")`,
 * or a static `import ... from "x"`; undefined for anything else.
 * @param {ts.Node} node
 */
function moduleLoadSpecifier(node) {
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
    return node.moduleSpecifier.text;
  }
  if (!ts.isCallExpression(node) || node.arguments.length === 0) return undefined;
  const [arg] = node.arguments;
  if (!ts.isStringLiteralLike(arg)) return undefined;
  const callee = node.expression;
  const isRequire =
    ts.isIdentifier(callee) && (callee.text === "require" || callee.text === "__require");
  const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
  return isRequire || isDynamicImport ? arg.text : undefined;
}

/**
 * Returns "process" / "Buffer" when `node` is a property access on that global that is
 * neither shadowed by a local binding nor inside a `typeof` guard; undefined otherwise.
 * @param {ts.Node} node
 */
function unguardedNodeGlobal(node) {
  if (!ts.isPropertyAccessExpression(node) && !ts.isElementAccessExpression(node)) {
    return undefined;
  }
  const target = node.expression;
  if (!ts.isIdentifier(target) || !NODE_GLOBALS.has(target.text)) return undefined;
  const name = target.text;
  if (isShadowed(node, name) || isTypeofGuarded(node, name)) return undefined;
  return name;
}

/**
 * True when an enclosing function, block or the file itself declares `name`
 * (e.g. a bundled polyfill's `var process = {...}`).
 * @param {ts.Node} node
 * @param {string} name
 */
function isShadowed(node, name) {
  for (let scope = node.parent; scope; scope = scope.parent) {
    if (ts.isFunctionLike(scope) && scope.parameters.some((p) => bindsName(p.name, name))) {
      return true;
    }
    if (declaresInScope(scope, name)) return true;
  }
  return false;
}

/**
 * Whether a declaration directly inside `scope` (not inside a nested function) binds `name`.
 * `var` hoisting is approximated by looking through nested blocks, which can only make
 * the check more lenient, never report something that is fine.
 * @param {ts.Node} scope
 * @param {string} name
 */
function declaresInScope(scope, name) {
  let found = false;
  const look = (/** @type {ts.Node} */ n) => {
    if (found) return;
    if (ts.isVariableDeclaration(n) && bindsName(n.name, name)) found = true;
    else if ((ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n)) && n.name?.text === name) {
      found = true;
    }
    if (!ts.isFunctionLike(n)) ts.forEachChild(n, look);
  };
  if (ts.isSourceFile(scope) || ts.isBlock(scope) || ts.isFunctionLike(scope)) {
    ts.forEachChild(scope, look);
  }
  return found;
}

/**
 * @param {ts.BindingName} binding
 * @param {string} name
 * @returns {boolean}
 */
function bindsName(binding, name) {
  if (ts.isIdentifier(binding)) return binding.text === name;
  return binding.elements.some((el) => !ts.isOmittedExpression(el) && bindsName(el.name, name));
}

/**
 * True when `node` sits under a condition that mentions `typeof <name>`:
 * an if/ternary/&&/|| chain, up to the nearest enclosing function.
 * @param {ts.Node} node
 * @param {string} name
 */
function isTypeofGuarded(node, name) {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (ts.isFunctionLike(parent)) return false;
    const condition = guardingCondition(parent, child);
    if (condition && mentionsTypeof(condition, name)) return true;
  }
  return false;
}

/**
 * The expression that decides whether `child` runs, when `parent` is a branching construct.
 * @param {ts.Node} parent
 * @param {ts.Node} child
 */
function guardingCondition(parent, child) {
  if (ts.isIfStatement(parent) && child !== parent.expression) return parent.expression;
  if (ts.isConditionalExpression(parent) && child !== parent.condition) return parent.condition;
  if (ts.isBinaryExpression(parent) && child === parent.right) {
    const op = parent.operatorToken.kind;
    const shortCircuits =
      op === ts.SyntaxKind.AmpersandAmpersandToken ||
      op === ts.SyntaxKind.BarBarToken ||
      op === ts.SyntaxKind.QuestionQuestionToken;
    return shortCircuits ? parent.left : undefined;
  }
  return undefined;
}

/**
 * @param {ts.Node} expr
 * @param {string} name
 * @returns {boolean}
 */
function mentionsTypeof(expr, name) {
  if (ts.isTypeOfExpression(expr)) {
    const operand = expr.expression;
    if (ts.isIdentifier(operand) && operand.text === name) return true;
  }
  return ts.forEachChild(expr, (c) => mentionsTypeof(c, name) || undefined) ?? false;
}

/**
 * @param {string} manifestPath
 * @returns {string[]}
 */
export function findManifestProblems(manifestPath) {
  if (!existsSync(manifestPath)) return [`${manifestPath} not found`];
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  } catch (err) {
    return [`${manifestPath} is not valid JSON: ${err instanceof Error ? err.message : err}`];
  }
  if (manifest.isDesktopOnly !== false) {
    return [
      `${manifestPath}: "isDesktopOnly" must be false (found ${JSON.stringify(manifest.isDesktopOnly)})`,
    ];
  }
  return [];
}

/** @param {string[]} argv */
function parseArgs(argv) {
  let bundle = "main.js";
  let manifest = "manifest.json";
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--manifest") manifest = argv[++i] ?? manifest;
    else bundle = argv[i];
  }
  return { bundle, manifest };
}

function main() {
  const { bundle, manifest } = parseArgs(process.argv.slice(2));
  if (!existsSync(bundle)) {
    console.error(`check-mobile: ${bundle} not found; run \`npm run build\` first.`);
    return 1;
  }
  const problems = [
    ...findBundleProblems(readFileSync(bundle, "utf8"), bundle),
    ...findManifestProblems(manifest),
  ];
  for (const problem of problems) console.error(`check-mobile: ${problem}`);
  if (problems.length > 0) {
    console.error(
      `check-mobile: ${problems.length} problem(s); the plugin would not load on mobile.`,
    );
    return 1;
  }
  console.log(`check-mobile: ${bundle} and ${manifest} are mobile-safe.`);
  return 0;
}

// Run only when executed directly, so the test suite can import the functions.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = main();
}
