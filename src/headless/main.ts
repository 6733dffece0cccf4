import type { Writable } from "node:stream";
import { runCli } from "./cli";

/**
 * A reader that stops early (`attack-lens query … | head -1`) closes the pipe; what is left
 * to write has nowhere to go, so the command ends quietly instead of crashing.
 */
function endQuietlyOnClosedPipe(stream: Writable): void {
  stream.on("error", (error: Error & { code?: string }) => {
    if (error.code !== "EPIPE") throw error;
  });
}

/** Entry point of the command-line bundle. */
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
const output = runCli(process.argv.slice(2), (text) => process.stderr.write(text));
process.stdout.write(output.stdout);
process.stderr.write(output.stderr);
process.exitCode = output.code;
