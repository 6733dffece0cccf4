import { runCli } from "./cli";

/** Entry point of the command-line bundle. */
const output = runCli(process.argv.slice(2));
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.code;
