/**
 * The one logger. Every module asks for a named logger; the level comes from settings
 * (or the command line), and this file is the only place that writes to the console.
 */

export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
const PREFIX = "[ATT&CK Lens]";

/** Where log lines go; tests and the command line replace it. */
export type LogSink = (level: Exclude<LogLevel, "silent">, line: string, extra: unknown[]) => void;

const consoleSink: LogSink = (level, line, extra) => {
  const method = level === "debug" ? "debug" : level;
  console[method](line, ...extra);
};

let currentLevel: LogLevel = "warn";
let currentSink: LogSink = consoleSink;

/** Sets the least severe level that is written. */
export function setLogLevel(level: LogLevel): void {
  currentLevel = level;
}

export function getLogLevel(): LogLevel {
  return currentLevel;
}

/** Replaces where lines go; returns a function that restores the previous sink. */
export function setLogSink(sink: LogSink): () => void {
  const previous = currentSink;
  currentSink = sink;
  return () => {
    currentSink = previous;
  };
}

export interface Logger {
  debug(message: string, ...extra: unknown[]): void;
  info(message: string, ...extra: unknown[]): void;
  warn(message: string, ...extra: unknown[]): void;
  error(message: string, ...extra: unknown[]): void;
}

/** A logger whose lines carry the plugin prefix and the module's name. */
export function getLogger(module: string): Logger {
  const write =
    (level: Exclude<LogLevel, "silent">) =>
    (message: string, ...extra: unknown[]): void => {
      if (RANK[level] < RANK[currentLevel]) return;
      currentSink(level, `${PREFIX} ${module}: ${message}`, extra);
    };
  return { debug: write("debug"), info: write("info"), warn: write("warn"), error: write("error") };
}
