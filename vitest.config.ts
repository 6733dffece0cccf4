import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Times in fixtures and expected outputs are written in UTC.
process.env.TZ = "UTC";

export default defineConfig({
  resolve: {
    // Tests run the plugin's adapters against the documented stand-in (see test/README.md).
    alias: { obsidian: fileURLToPath(new URL("./test/stand-in/obsidian.ts", import.meta.url)) },
  },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    // The app's DOM helpers (createEl, empty, setText…) for tests that run with a DOM.
    setupFiles: ["test/stand-in/dom-extensions.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
