#!/usr/bin/env node
"use strict";
// The command line is bundled by `npm run build`; this file only points at the bundle.
try {
  require("../dist/cli.cjs");
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND" && String(error.message).includes("dist/cli.cjs")) {
    process.stderr.write("attack-lens: not built yet; run `npm run build` first\n");
    process.exit(2);
  }
  throw error;
}
