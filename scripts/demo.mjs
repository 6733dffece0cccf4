// The main job on the bundled demo vault: print its coverage with the built command line,
// then install the built plugin into the demo vault so it can be opened in Obsidian.
// Run through `npm run demo`, which builds first.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const vault = "demo-vault";
const pluginDir = join(vault, ".obsidian", "plugins", "attack-lens");

/** Quotes a word the way a shell needs it, so the printed command can be pasted. */
function shellWord(word) {
  return /^[\w./:@=-]+$/.test(word) ? word : `"${word.replace(/(["\\$`])/g, "\\$1")}"`;
}

function run(args) {
  process.stdout.write(`\n$ npx attack-lens ${args.map(shellWord).join(" ")}\n`);
  const output = execFileSync(process.execPath, ["bin/attack-lens.cjs", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  });
  process.stdout.write(output);
}

run(["coverage", vault, "--quiet"]);
run(["query", vault, "tag: detection_rule tag: T1003.001", "--quiet"]);

mkdirSync(pluginDir, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) {
  if (!existsSync(file)) throw new Error(`${file} is missing; the build did not finish`);
  copyFileSync(file, join(pluginDir, file));
}
process.stdout.write(
  `\nInstalled the plugin into ${pluginDir}/.\n` +
    `Open ${vault}/ as a vault in Obsidian, enable "ATT&CK Lens" under Community plugins,\n` +
    `then open a note under "Use Cases/".\n`,
);
