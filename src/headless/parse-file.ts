import matter from "gray-matter";
import yaml from "js-yaml";
import type { NoteSource } from "../core/notes/build-note";
import { readBody } from "../core/notes/markdown";
import { isPlainObject } from "../core/notes/properties";

/**
 * Turns the bytes of one Markdown file into a note source, as the app's metadata cache
 * would see it. Nothing here throws for bad input: problems are returned with the source.
 */

export interface ParsedFile {
  readonly source: NoteSource;
  /** What was wrong but recovered, one sentence each. */
  readonly problems: string[];
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const utf8Lenient = new TextDecoder("utf-8");

function refuseCode(): never {
  throw new Error("code frontmatter (---js) is never run");
}

/**
 * gray-matter runs `---js` frontmatter as code by default; a vault is untrusted, so those
 * engines refuse. YAML is read with the core schema: dates and times stay the text that
 * was written, as the app keeps them. Passing options also turns off gray-matter's cache.
 */
const MATTER_OPTIONS = {
  engines: {
    yaml: (text: string): object => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object,
    js: refuseCode,
    javascript: refuseCode,
  },
};

/** Decodes bytes as UTF-8; invalid sequences become U+FFFD and are reported. */
export function decodeText(bytes: Uint8Array, problems: string[]): string {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    problems.push(
      "is not valid UTF-8; unreadable characters were replaced (save it as UTF-8 to keep them)",
    );
    text = utf8Lenient.decode(bytes);
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses one file's text into a note source. */
export function parseNoteText(path: string, text: string): ParsedFile {
  const problems: string[] = [];
  const { frontmatter, body } = splitFrontmatter(text, problems);
  const facts = readBody(body);
  const source: NoteSource = {
    path,
    frontmatter,
    inlineTags: facts.inlineTags,
    headings: facts.headings,
    links: facts.links,
    body,
  };
  return { source, problems };
}

interface Split {
  readonly frontmatter: unknown;
  readonly body: string;
}

const FRONTMATTER_START = /^---[^\S\r\n]*\S*[^\S\r\n]*\r?\n/;
const FRONTMATTER_BLOCK = /^---[^\r\n]*\r?\n([\s\S]*?)\r?\n---[^\S\r\n]*(?:\r?\n|$)/;

function splitFrontmatter(text: string, problems: string[]): Split {
  if (!FRONTMATTER_START.test(text)) return { frontmatter: undefined, body: text };
  const block =
    FRONTMATTER_BLOCK.exec(text) ?? /^---[^\r\n]*\r?\n()---[^\S\r\n]*(?:\r?\n|$)/.exec(text);
  if (!block) {
    problems.push(
      "has a frontmatter block that is never closed; it was read as text (end it with a --- line)",
    );
    return { frontmatter: undefined, body: text };
  }
  const body = text.slice(block[0].length);
  return { frontmatter: parseFrontmatter(text.slice(0, block[0].length), problems), body };
}

function parseFrontmatter(block: string, problems: string[]): unknown {
  try {
    const data: unknown = isPlainYamlOpener(block)
      ? readYamlMatter(block)
      : matter(block, MATTER_OPTIONS).data;
    if (isPlainObject(data) || data === undefined || data === null) return data ?? undefined;
    problems.push(
      "has frontmatter that is not a set of properties; it was ignored (write name: value lines)",
    );
  } catch (error) {
    problems.push(
      `has frontmatter that could not be read (${firstLine(error)}); it was ignored until the YAML is fixed`,
    );
  }
  return undefined;
}

/**
 * A `---` opener with nothing after it but spaces: YAML, the common case, read by js-yaml
 * directly. gray-matter costs as much again per file in setup for this case; other openers
 * (`---js`, `---toml`) still go through it and its refusing engines.
 */
function isPlainYamlOpener(block: string): boolean {
  const lineEnd = block.indexOf("\n");
  return block.charAt(3) !== "-" && block.slice(3, lineEnd).trim() === "";
}

/** What gray-matter reads for a plain opener: up to the first `\n---`, `{}` when blank. */
function readYamlMatter(block: string): unknown {
  const rest = block.slice(3);
  const close = rest.indexOf("\n---");
  const text = close === -1 ? rest : rest.slice(0, close);
  if (text.replace(/^\s*#[^\n]+/gm, "").trim() === "") return {};
  return MATTER_OPTIONS.engines.yaml(text);
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split("\n")[0] ?? "").trim();
}
