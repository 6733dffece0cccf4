// esbuild plugins shared by the build and the tests that check the build.
import { readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { dirname } from "node:path";
import { deflateRawSync } from "node:zlib";

/** The plugin runs on mobile too: any Node built-in reaching the bundle fails the build. */
export function forbidNodeBuiltins() {
  const forbidden = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
  return {
    name: "forbid-node-builtins",
    setup(build) {
      build.onResolve({ filter: /.*/ }, (args) => {
        if (!forbidden.has(args.path)) return undefined;
        return {
          errors: [{ text: `"${args.path}" is a Node built-in; the plugin must not use it` }],
        };
      });
    },
  };
}

/**
 * Ships the ATT&CK catalogue deflated and base64-encoded (about 13 KB instead of 34 KB),
 * inflated with fflate on first use, so that `main.js` stays within its size budget.
 */
export function deflateCatalogue() {
  return {
    name: "deflate-catalogue",
    setup(build) {
      build.onLoad({ filter: /[\\/]catalogue-data\.ts$/ }, (args) => {
        const json = readFileSync(`${dirname(args.path)}/enterprise-attack.compact.json`);
        const packed = deflateRawSync(json, { level: 9 }).toString("base64");
        return { contents: inflatingModule(packed), loader: "ts", resolveDir: dirname(args.path) };
      });
    },
  };
}

function inflatingModule(packed) {
  return `import { inflateSync, strFromU8 } from "fflate";
const PACKED = ${JSON.stringify(packed)};
export function catalogueData(): unknown {
  const text = atob(PACKED);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return JSON.parse(strFromU8(inflateSync(bytes)));
}
`;
}
