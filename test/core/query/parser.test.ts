import { describe, expect, it } from "vitest";
import type { QueryNode } from "../../../src/core/query/ast";
import { parseQuery } from "../../../src/core/query/parser";
import { expectError, parsed } from "./helpers";

describe("parseQuery: terms", () => {
  it("reads tag, path and file operators, with or without a space after the colon", () => {
    expect(parsed("tag:T1590")).toBe('tag="T1590"');
    expect(parsed("tag: T1590")).toBe('tag="T1590"');
    expect(parsed("path:Rules/sigma")).toBe('path="Rules/sigma"');
    expect(parsed("file: T1059.md")).toBe('file="T1059.md"');
  });

  it("drops the # of tag:#x and reads operator names case-insensitively", () => {
    expect(parsed("tag:#detection_rule")).toBe('tag="detection_rule"');
    expect(parsed("TAG:x Path:y FILE:z")).toBe('(and tag="x" path="y" file="z")');
  });

  it("reads quoted operator values with escapes", () => {
    expect(parsed('path:"My Rules/x"')).toBe('path="My Rules/x"');
    expect(parsed('file:"say \\"hi\\" \\\\ now"')).toBe('file="say \\"hi\\" \\\\ now"');
    expect(parsed('tag:"#a b"')).toBe('tag="a b"');
  });

  it('keeps backslashes other than \\" and \\\\ inside quotes', () => {
    expect(parsed('"C:\\Users"')).toBe(JSON.stringify("C:\\Users"));
  });

  it("reads regex values for path and file, and bare regexes as text", () => {
    expect(parsed("path:/^rules\\/.*sigma/")).toBe("path=/^rules\\/.*sigma/");
    expect(parsed("file: /T10\\d\\d/")).toBe("file=/T10\\d\\d/");
    expect(parsed("/mimi[a-z]+/")).toBe("/mimi[a-z]+/");
    expect(parsed("/a[/]b/")).toBe("/a[/]b/");
  });

  it("reads properties with and without values", () => {
    expect(parsed("[status]")).toBe('["status"]');
    expect(parsed("[status:stable]")).toBe('["status"="stable"]');
    expect(parsed("[ Level :  high ]")).toBe('["Level"="high"]');
    expect(parsed('[title: "a ] b"]')).toBe('["title"="a ] b"]');
    expect(parsed("[author: Florian Roth]")).toBe('["author"="Florian Roth"]');
    expect(parsed("[id:/^[0-9a-f]{8}-/]")).toBe('["id"=/^[0-9a-f]{8}-/]');
  });

  it("reads bare words and phrases as text", () => {
    expect(parsed("mimikatz")).toBe('"mimikatz"');
    expect(parsed('"credential dumping"')).toBe('"credential dumping"');
    expect(parsed("a-b")).toBe('"a-b"');
  });

  it("treats an unknown word: as plain text, as the app does", () => {
    expect(parsed("foo:bar")).toBe('"foo:bar"');
    expect(parsed("https://attack.mitre.org")).toBe('"https://attack.mitre.org"');
    expect(parsed("or")).toBe('"or"');
  });

  it("reads odd but valid input without trouble", () => {
    expect(parsed("tag:__proto__ [__proto__] [constructor:x]")).toBe(
      '(and tag="__proto__" ["__proto__"] ["constructor"="x"])',
    );
    expect(parsed("🔥 \u05e9\u05dc\u05d5\u05dd tag:名前")).toBe('(and "🔥" "שלום" tag="名前")');
    expect(parsed("a\u0000b")).toBe(JSON.stringify("a\u0000b"));
  });
});

describe("parseQuery: combining terms", () => {
  it("ANDs juxtaposed terms, across lines too", () => {
    expect(parsed("tag: detection_rule\ntag: T1590")).toBe(
      '(and tag="detection_rule" tag="T1590")',
    );
    expect(parsed("  a\r\n\tb  ")).toBe('(and "a" "b")');
  });

  it("lets OR bind looser than juxtaposition", () => {
    expect(parsed("a b OR c d")).toBe('(or (and "a" "b") (and "c" "d"))');
    expect(parsed("a OR b OR c")).toBe('(or "a" "b" "c")');
  });

  it("groups with parentheses, keeping nested groups as written", () => {
    expect(parsed("a (b OR c)")).toBe('(and "a" (or "b" "c"))');
    expect(parsed("(a b) c")).toBe('(and (and "a" "b") "c")');
    expect(parsed("((a))")).toBe('"a"');
    expect(parsed("tag:x(y)")).toBe('(and tag="x" "y")');
  });

  it("negates terms and groups with -", () => {
    expect(parsed("-tag:x")).toBe('(not tag="x")');
    expect(parsed('a -"b c" -/d/ -[e]')).toBe('(and "a" (not "b c") (not /d/) (not ["e"]))');
    expect(parsed("-(a OR b)")).toBe('(not (or "a" "b"))');
    expect(parsed("--a")).toBe('(not (not "a"))');
  });
});

describe("parseQuery: spans", () => {
  const query = (text: string): QueryNode => {
    const result = parseQuery(text);
    if (!result.ok) throw new Error(result.error.message);
    return result.query;
  };
  const covered = (text: string, node: QueryNode): string =>
    text.slice(node.span.start, node.span.end);

  it("covers each term, operator included", () => {
    const text = 'tag: T1 path:"a b"  [p: v]';
    const node = query(text);
    if (node.kind !== "and") throw new Error("expected and");
    expect(node.children.map((c) => covered(text, c))).toEqual(["tag: T1", 'path:"a b"', "[p: v]"]);
    expect(covered(text, node)).toBe(text);
  });

  it("covers parentheses and the minus of negations", () => {
    const text = " x OR -( y z )";
    const node = query(text);
    if (node.kind !== "or") throw new Error("expected or");
    const negation = node.children[1];
    if (negation?.kind !== "not") throw new Error("expected not");
    expect(covered(text, negation)).toBe("-( y z )");
    expect(covered(text, negation.child)).toBe("( y z )");
    expect(covered(text, node)).toBe("x OR -( y z )");
  });

  it("counts UTF-16 units, so text after emoji is located exactly", () => {
    const text = "🔥🔥 tag:x";
    const node = query(text);
    if (node.kind !== "and") throw new Error("expected and");
    expect(node.children.map((c) => covered(text, c))).toEqual(["🔥🔥", "tag:x"]);
  });
});

describe("parseQuery: errors", () => {
  it("refuses empty and blank queries", () => {
    expectError("", "syntax", "");
    expectError(" \n ", "syntax", " \n ");
  });

  it("locates unbalanced parentheses", () => {
    expectError("a (b", "syntax", "(");
    expectError("a) b", "syntax", ")");
    expectError("(a) ()", "syntax", "()");
    expectError("((a)", "syntax", "(");
  });

  it("locates dangling OR", () => {
    expectError("a OR", "syntax", "OR");
    expectError("OR a", "syntax", "OR");
    expectError("a OR OR b", "syntax", "OR");
    expect(parseError_start("a OR OR b")).toBe(2);
    expectError("(a OR) b", "syntax", "OR");
  });

  it("locates a lone -", () => {
    expectError("a - b", "syntax", "-");
    expectError("a -", "syntax", "-");
    expectError("(a -)", "syntax", "-");
    expectError("-OR a", "syntax", "-");
  });

  it("locates unterminated quotes and regexes", () => {
    expectError('a "b c', "syntax", '"b c');
    expectError('a "b \\"', "syntax", '"b \\"');
    expectError("a /b c\nd", "syntax", "/b c");
    expectError("path:/x", "syntax", "/x");
    expectError('""', "syntax", '""');
    expectError("a //", "syntax", "//");
  });

  it("refuses operators without values", () => {
    expectError("tag:", "syntax", "tag:");
    expectError("tag: \nT1", "syntax", "tag:");
    expectError("(tag:)", "syntax", "tag:");
    expectError("tag:#", "syntax", "tag:#");
    expectError('path:""', "syntax", 'path:""');
    expectError("a tag: OR b", "syntax", "tag: OR");
    expectError("tag:/x/", "syntax", "tag:/");
  });

  it("refuses malformed properties", () => {
    expectError("[status", "syntax", "[status");
    expectError("[status:x\n]", "syntax", "[status:x");
    expectError("[]", "syntax", "[]");
    expectError("[ :x]", "syntax", "[ :");
    expectError("[a:]", "syntax", "[a:]");
    expectError('[a:""]', "syntax", '[a:""');
    expectError('[a:"x" y]', "syntax", '[a:"x" ');
  });

  it("refuses text glued to a regex's closing slash", () => {
    expectError("/usr/bin", "syntax", "/usr/b");
  });

  it("reports real but unsupported operators by name and position", () => {
    const operators = ["content", "line", "section", "block", "task", "task-todo", "task-done"];
    for (const name of [...operators, "match-case", "ignore-case"]) {
      const error = expectError(
        `tag:a ${name.toUpperCase()}:x`,
        "unsupported",
        `${name.toUpperCase()}:`,
      );
      expect(error.message).toContain(`${name}:`);
    }
    expectError("tag:(a OR b)", "unsupported", "tag:(");
  });

  it("refuses over-long queries and regexes", () => {
    const long = "a ".repeat(1000) + "b";
    const error = expectError(long, "too-long", long.slice(2000));
    expect(error.message).toContain("2000");
    expect(parseQuery("a ".repeat(999) + "bb").ok).toBe(true);
    expectError(`x /${"a".repeat(201)}/`, "regex", `/${"a".repeat(201)}/`);
    expect(parseQuery(`/${"a".repeat(200)}/`).ok).toBe(true);
  });

  it("refuses invalid regex syntax", () => {
    expectError("a /(b/", "regex", "/(b/");
    expectError("path:/[z-a]/", "regex", "/[z-a]/");
  });

  it("refuses regexes at risk of catastrophic backtracking", () => {
    for (const pattern of [
      "(a+)+",
      "(a*)*",
      "(a|a)*",
      "(.*)*",
      "x(?:ab?c)+y",
      "(a|ab)+",
      "((a)+)*",
      "(\\w|\\d){2,}",
      "(a+){3}",
    ]) {
      const error = expectError(`file:/${pattern}/`, "regex", `/${pattern}/`);
      expect(error.message).toContain("(a+)+");
    }
    for (const pattern of ["(a)\\1", "(?<x>a)\\k<x>"]) {
      expect(expectError(`/${pattern}/`, "regex", `/${pattern}/`).message).toContain(
        "Backreference",
      );
    }
  });

  it("accepts regexes whose repetition is not nested", () => {
    for (const pattern of [
      "(ab)+",
      "(?:a|b)*",
      "(foo|bar)+",
      "(a+)?",
      "a+bc?",
      "[(+)]+",
      "\\(a+\\)",
      "(a+)b{2}",
    ]) {
      expect(parseQuery(`/${pattern}/`).ok, pattern).toBe(true);
    }
  });

  it("refuses nesting deeper than the stack allows, without throwing", () => {
    const deep = "(".repeat(150) + "a" + ")".repeat(150);
    expectError(deep, "syntax", "(");
    expectError("-".repeat(150) + "a", "syntax", "-");
    expect(parsed("(".repeat(90) + "a" + ")".repeat(90))).toBe('"a"');
  });
});

function parseError_start(text: string): number {
  const result = parseQuery(text);
  return result.ok ? -1 : result.error.start;
}
