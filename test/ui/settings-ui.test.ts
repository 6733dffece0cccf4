// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { debounce } from "../../src/ui/debounce";
import { fieldMessage } from "../../src/ui/field-message";
import { problemText } from "../../src/ui/input-problems";
import { renderProblems } from "../../src/ui/problems-view";

describe("debounce", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("runs once, with the last arguments, after calls stop", () => {
    const run = vi.fn();
    const debounced = debounce(run, 100);
    debounced("a");
    vi.advanceTimersByTime(60);
    debounced("b");
    vi.advanceTimersByTime(60);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(40);
    expect(run).toHaveBeenCalledExactlyOnceWith("b");
  });

  it("runs a pending call on flush, and nothing on cancel", () => {
    const run = vi.fn();
    const debounced = debounce(run, 100);
    debounced("x");
    debounced.flush();
    expect(run).toHaveBeenCalledExactlyOnceWith("x");
    debounced("y");
    debounced.cancel();
    debounced.flush();
    vi.advanceTimersByTime(200);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe("fieldMessage", () => {
  it("shows an error, marks the control invalid, and clears both", () => {
    const parent = document.createElement("div");
    const input = document.createElement("input");
    const message = fieldMessage(parent, input);
    message.error("Bad value");
    expect(message.element.textContent).toBe("Bad value");
    expect(message.element.classList.contains("attack-lens-field-error")).toBe(true);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    message.hint("Just so you know");
    expect(input.hasAttribute("aria-invalid")).toBe(false);
    expect(message.element.classList.contains("attack-lens-field-hint")).toBe(true);
    message.clear();
    expect(message.element.textContent).toBe("");
  });
});

describe("problemText", () => {
  it("says what was wrong in words, naming the value and line", () => {
    expect(problemText({ kind: "invalid-folder", value: "a:b", line: 3 })).toMatch(
      /^Line 3: "a:b"/,
    );
    expect(problemText({ kind: "same-tag", value: "atomic_test" })).toMatch(
      /"atomic_test" already marks/,
    );
    expect(problemText({ kind: "empty" })).toBe("Write a tag.");
  });
});

describe("renderProblems", () => {
  it("names each file once, then what happened and what to do", () => {
    const container = document.createElement("div");
    const opened: string[] = [];
    renderProblems(
      container,
      [
        { path: "Rules/a.md", kind: "invalid-tag", detail: "bad tag" },
        { path: "Rules/a.md", kind: "tag-not-text", detail: "7" },
        { path: "Tests/b.md", kind: "unreadable", detail: "EACCES" },
      ],
      (path) => opened.push(path),
    );
    const items = [...container.querySelectorAll("li")];
    expect(items).toHaveLength(2);
    expect(container.textContent).toContain("2 notes had problems");
    expect(items[0]?.querySelector("a")?.textContent).toBe("Rules/a.md");
    expect(items[0]?.textContent).toContain('"bad tag" in its tags property is not a valid tag');
    expect(items[0]?.textContent).toContain("is 7, not text");
    expect(items[1]?.textContent).toContain("(EACCES)");
    expect(items[1]?.textContent).toContain("Rebuild the index");
    items[1]
      ?.querySelector("a")
      ?.dispatchEvent(new MouseEvent("click", { bubbles: true, cancelable: true }));
    expect(opened).toEqual(["Tests/b.md"]);
  });

  it("says so when every note was read", () => {
    const container = document.createElement("div");
    renderProblems(container, [], () => undefined);
    expect(container.textContent).toBe("Every note was read without problems.");
  });

  it("puts file names in as text, never as markup", () => {
    const container = document.createElement("div");
    renderProblems(
      container,
      [{ path: "<img src=x>.md", kind: "unreadable", detail: "<b>x</b>" }],
      () => undefined,
    );
    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector("b")).toBeNull();
  });
});
