import data from "./enterprise-attack.compact.json";

/**
 * The bundled catalogue's raw data. The plugin build swaps this module for one that holds
 * the same JSON deflated (see `scripts/esbuild-plugins.mjs`), to keep `main.js` small; the
 * command line and the tests read the JSON as it is.
 */
export function catalogueData(): unknown {
  return data;
}
