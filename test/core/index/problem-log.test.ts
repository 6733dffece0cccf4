import { describe, expect, it } from "vitest";
import { MAX_PROBLEMS_PER_NOTE, ProblemLog } from "../../../src/core/index/problem-log";

describe("ProblemLog", () => {
  it("keeps each note's problems, listed by path", () => {
    const log = new ProblemLog();
    log.set("b.md", [{ kind: "invalid-tag", detail: "a b" }]);
    log.set("a.md", [{ kind: "tag-not-text", detail: "7" }]);
    expect(log.all().map((p) => p.path)).toEqual(["a.md", "b.md"]);
    expect(log.noteCount).toBe(2);
  });

  it("replaces a note's entry when it is read again, and clears it when fixed", () => {
    const log = new ProblemLog();
    log.set("a.md", [{ kind: "invalid-tag", detail: "x y" }]);
    log.set("a.md", []);
    expect(log.all()).toEqual([]);
  });

  it("adds to an entry, moves it on rename, and drops it on remove", () => {
    const log = new ProblemLog();
    log.set("a.md", [{ kind: "invalid-tag", detail: "x y" }]);
    log.add("a.md", "unreadable", "EACCES");
    log.rename("a.md", "z.md");
    expect(log.all()).toEqual([
      { path: "z.md", kind: "invalid-tag", detail: "x y" },
      { path: "z.md", kind: "unreadable", detail: "EACCES" },
    ]);
    log.remove("z.md");
    expect(log.noteCount).toBe(0);
  });

  it("keeps at most a fixed number of problems per note", () => {
    const log = new ProblemLog();
    const many = Array.from({ length: 1000 }, (_, i) => ({
      kind: "invalid-tag" as const,
      detail: String(i),
    }));
    log.set("a.md", many);
    expect(log.all()).toHaveLength(MAX_PROBLEMS_PER_NOTE);
  });

  it("tells listeners about changes only", () => {
    const log = new ProblemLog();
    let calls = 0;
    const stop = log.onChange(() => calls++);
    log.remove("never.md");
    log.clear();
    expect(calls).toBe(0);
    log.add("a.md", "unreadable", "gone");
    log.clear();
    expect(calls).toBe(2);
    stop();
    log.add("a.md", "unreadable", "gone");
    expect(calls).toBe(2);
  });
});
