// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import {
  App,
  Component,
  Plugin,
  parseMetadata,
  TFile,
  TFolder,
  liveEventHandlerCount,
  liveDomListenerCount,
} from "./obsidian";

class EmptyPlugin extends Plugin {}

describe("stand-in metadata", () => {
  it("reports inline tags with their #, frontmatter tags only in frontmatter", () => {
    const cache = parseMetadata(
      "---\ntags: [T1003_001, atomic_test]\n---\n# T1003.001 #heading\ntext #Inline/nested `#code`\n```\n#{input}\n```",
    );
    expect(cache.frontmatter?.tags).toEqual(["T1003_001", "atomic_test"]);
    expect(cache.tags?.map((t) => t.tag)).toEqual(["#heading", "#Inline/nested"]);
    expect(cache.headings?.[0]).toMatchObject({ heading: "T1003.001 #heading", level: 1 });
    expect(cache.frontmatterPosition?.end.offset).toBe(
      "---\ntags: [T1003_001, atomic_test]\n---".length,
    );
  });

  it("reads the empty first entry of `tags: [, detection_rule]` as null, like js-yaml", () => {
    expect(parseMetadata("---\ntags: [, detection_rule]\n---\n").frontmatter?.tags).toEqual([
      null,
      "detection_rule",
    ]);
  });

  it("keeps numbers-only tags and URL fragments out", () => {
    expect(
      parseMetadata("#123 https://x.org/#frag [[Note#Heading]] #ok").tags?.map((t) => t.tag),
    ).toEqual(["#ok"]);
  });
});

describe("stand-in vault", () => {
  it("fires changed (file, text, cache) after modify, and not on rename", async () => {
    const app = new App({ "a/Note.md": "one" });
    const seen: string[] = [];
    app.metadataCache.on("changed", (file: TFile, text: string) =>
      seen.push(`changed ${file.path} ${text}`),
    );
    app.vault.on("rename", (file: TFile, old: string) =>
      seen.push(`rename ${old} -> ${file.path}`),
    );
    const file = app.vault.getFileByPath("a/Note.md")!;
    await app.vault.modify(file, "two #t");
    await app.vault.rename(file, "b/Note.md");
    expect(seen).toEqual(["changed a/Note.md two #t", "rename a/Note.md -> b/Note.md"]);
    expect(app.metadataCache.getCache("b/Note.md")?.tags?.[0]?.tag).toBe("#t");
    expect(app.vault.getAbstractFileByPath("b") instanceof TFolder).toBe(true);
  });

  it("refuses to create an existing path", async () => {
    const app = new App({ "Note.md": "x" });
    await expect(app.vault.create("Note.md", "y")).rejects.toThrow("already exists");
    expect(app.vault.textOf("Note.md")).toBe("x");
  });

  it("announces a folder's files before the folder on delete", async () => {
    const app = new App({ "f/a.md": "", "f/b.md": "" });
    const seen: string[] = [];
    app.vault.on("delete", (file: TFile) => seen.push(file.path));
    await app.vault.delete(app.vault.getAbstractFileByPath("f")!);
    expect(seen).toEqual(["f/b.md", "f/a.md", "f"]);
    expect(app.vault.getMarkdownFiles()).toEqual([]);
  });
});

describe("stand-in lifecycle", () => {
  it("unloads children and registered events and DOM listeners", () => {
    const app = new App();
    const events = liveEventHandlerCount();
    const dom = liveDomListenerCount();
    const parent = new Component();
    const child = parent.addChild(new Component());
    parent.load();
    child.registerEvent(app.vault.on("modify", () => undefined));
    child.registerDomEvent(document, "click", () => undefined);
    expect([liveEventHandlerCount() - events, liveDomListenerCount() - dom]).toEqual([1, 1]);
    parent.unload();
    expect([
      liveEventHandlerCount() - events,
      liveDomListenerCount() - dom,
      child.isLoaded,
    ]).toEqual([0, 0, false]);
  });

  it("runs layout-ready callbacks once the layout is ready, and at once afterwards", async () => {
    const app = new App();
    const calls: string[] = [];
    app.workspace.onLayoutReady(() => calls.push("queued"));
    expect(calls).toEqual([]);
    await app.start();
    app.workspace.onLayoutReady(() => calls.push("immediate"));
    expect(calls).toEqual(["queued", "immediate"]);
  });

  it("throws when a code block language already has a processor", async () => {
    const app = new App();
    const first = new EmptyPlugin(app);
    const second = new EmptyPlugin(app);
    await app.start([first, second]);
    first.registerMarkdownCodeBlockProcessor("lens", () => undefined);
    expect(() => second.registerMarkdownCodeBlockProcessor("lens", () => undefined)).toThrow(
      "already registered",
    );
    first.unload();
    expect(() => second.registerMarkdownCodeBlockProcessor("lens", () => undefined)).not.toThrow();
  });
});

describe("stand-in reading view", () => {
  it("draws the app's query embed first, then runs post-processors with section info", async () => {
    const text = "# Title\n\n>[!info]- Rules\n>```query\n>tag: detection_rule\n>```\n";
    const app = new App({ "Note.md": text, "Rule.md": "---\ntags: [detection_rule]\n---\n" });
    const plugin = new EmptyPlugin(app);
    const seen: string[] = [];
    await app.start([plugin]);
    plugin.registerMarkdownPostProcessor((el, ctx) => {
      const info = ctx.getSectionInfo(el);
      if (el.querySelector(".internal-query"))
        seen.push(
          `${info?.lineStart}-${info?.lineEnd} ${el.querySelector(".internal-query")?.textContent}`,
        );
    });
    await app.openNote("Note.md");
    expect(seen).toEqual(["2-5 tag: detection_rule1 resultsRule"]);
  });
});

describe("stand-in workspace", () => {
  it("gives the most recently active note while a sidebar view is active (d.ts getActiveFile)", async () => {
    const app = new App({ "A.md": "a", "B.md": "b" });
    await app.start();
    await app.openNote("A.md");
    await app.openNote("B.md");
    const side = app.workspace.getRightLeaf(false);
    app.workspace.setActiveLeaf(side);
    expect(app.workspace.activeLeaf).toBe(side);
    expect(app.workspace.getActiveFile()?.path).toBe("B.md");
    app.containerEl.remove();
  });
});
