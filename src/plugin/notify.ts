import { Notice } from "obsidian";
import { getLogger } from "../core/log";

const log = getLogger("notify");

/** How long an error notice stays, in milliseconds: long enough to read a file path. */
const ERROR_NOTICE_MS = 8000;

/**
 * The one path for errors a person should see: a notice in the app and the same line in
 * the log, with the error's details. When a file is involved, `message` names it.
 */
export function notifyError(message: string, error?: unknown): void {
  new Notice(message, ERROR_NOTICE_MS);
  if (error === undefined) log.error(message);
  else log.error(message, error);
}
