import {
  Component,
  TFile,
  TFolder,
  type App,
  type CachedMetadata,
  type TAbstractFile,
} from "obsidian";
import { ProblemLog, type IndexProblemKind } from "../core/index/problem-log";
import { VaultIndex } from "../core/index/vault-index";
import { getLogger } from "../core/log";
import { buildNote, type BuiltNote } from "../core/notes/build-note";
import type { TagProblem } from "../core/notes/tags";
import { sourceFromMetadata } from "../core/notes/from-metadata";
import type { NoteKind, NoteRecord } from "../core/notes/note";
import { isIndexedPath, type AttackLensSettings } from "../core/settings";

const log = getLogger("index-service");

/** Kinds whose text is read once: metadata lacks their web links, query blocks and test lines. */
const KINDS_NEEDING_TEXT: ReadonlySet<NoteKind> = new Set(["technique", "test"]);
const BODY_BATCH = 50;

/**
 * Keeps the vault index fresh from the app's metadata cache. The index is built once the
 * layout is ready (so start-up `create` events are not replayed one by one), then every
 * change, rename and deletion updates only the notes it touches.
 */
export class IndexService extends Component {
  readonly index = new VaultIndex();
  /** Notes the index could not read fully, for the "show notes that could not be read" list. */
  readonly problems = new ProblemLog();
  private running = false;
  private unloaded = false;
  private generation = 0;

  constructor(
    private readonly app: App,
    private readonly settings: () => AttackLensSettings,
  ) {
    super();
  }

  override onload(): void {
    this.app.workspace.onLayoutReady(() => this.start());
  }

  override onunload(): void {
    this.unloaded = true;
    this.running = false;
    this.generation++;
    this.index.clear();
    this.problems.clear();
  }

  /** Whether the first build has happened. */
  get isReady(): boolean {
    return this.running;
  }

  private start(): void {
    if (this.running || this.unloaded) return;
    this.running = true;
    this.rebuild();
    this.registerEvent(
      this.app.metadataCache.on("changed", (file, text, cache) =>
        this.onChanged(file, text, cache),
      ),
    );
    this.registerEvent(this.app.vault.on("delete", (file) => this.onDeleted(file)));
    this.registerEvent(
      this.app.vault.on("rename", (file, oldPath) => this.onRenamed(file, oldPath)),
    );
  }

  /**
   * Rebuilds the whole index, e.g. after the kind tags or folders changed in settings.
   * Before the first build nothing happens: that build will use the settings then in force.
   */
  rebuild(): void {
    if (!this.running) return;
    const generation = ++this.generation;
    this.problems.clear();
    const notes = this.app.vault
      .getMarkdownFiles()
      .filter((f) => this.isIndexed(f.path))
      .map((f) => this.noteFromCache(f));
    this.index.clear();
    this.index.upsertAll(notes);
    log.info(`indexed ${notes.length} notes`);
    void this.readTexts(
      notes.filter((n) => KINDS_NEEDING_TEXT.has(n.kind)),
      generation,
    );
  }

  private isIndexed(path: string): boolean {
    return isIndexedPath(path, this.settings());
  }

  private noteFromCache(file: TFile, text?: string): NoteRecord {
    const cache = this.app.metadataCache.getFileCache(file);
    const built = buildNote(sourceFromMetadata(file.path, cache, text), this.settings().kindTags);
    this.recordProblems(file.path, built);
    return built.note;
  }

  private recordProblems(path: string, built: BuiltNote): void {
    for (const problem of built.problems) log.warn(`${path}: ${problem}`);
    this.problems.set(
      path,
      built.tagProblems.map((p) => ({ kind: tagProblemKind(p.code), detail: p.value })),
    );
  }

  /** Reads the text of notes that need it, a batch at a time, then updates them at once. */
  private async readTexts(notes: readonly NoteRecord[], generation: number): Promise<void> {
    for (let start = 0; start < notes.length; start += BODY_BATCH) {
      const batch = await Promise.all(
        notes.slice(start, start + BODY_BATCH).map((n) => this.readNote(n.path)),
      );
      if (generation !== this.generation) return;
      this.index.upsertAll(
        batch.filter(
          (n): n is NoteRecord => n !== undefined && this.index.getNote(n.path) !== undefined,
        ),
      );
    }
  }

  private async readNote(path: string): Promise<NoteRecord | undefined> {
    const file = this.app.vault.getAbstractFileByPath(path);
    if (!(file instanceof TFile)) return undefined;
    try {
      return this.noteFromCache(file, await this.app.vault.cachedRead(file));
    } catch (error) {
      log.warn(`${path}: could not be read; its table details stay incomplete`, error);
      this.problems.add(path, "unreadable", error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  private onChanged(file: TFile, text: string, cache: CachedMetadata): void {
    if (!this.isMarkdown(file) || !this.isIndexed(file.path)) return;
    const built = buildNote(sourceFromMetadata(file.path, cache), this.settings().kindTags);
    const note = built.note;
    if (!KINDS_NEEDING_TEXT.has(note.kind)) this.recordProblems(file.path, built);
    const withText = KINDS_NEEDING_TEXT.has(note.kind) ? this.noteFromCache(file, text) : note;
    this.index.upsert(withText);
  }

  private onDeleted(file: TAbstractFile): void {
    if (file instanceof TFolder) this.removeFolder(file.path);
    else this.forget(file.path);
  }

  private removeFolder(folder: string): void {
    for (const path of [...this.index.allPaths()])
      if (path.startsWith(folder + "/")) this.forget(path);
  }

  private forget(path: string): void {
    this.index.remove(path);
    this.problems.remove(path);
  }

  private onRenamed(file: TAbstractFile, oldPath: string): void {
    if (file instanceof TFolder) return this.renameFolder(oldPath, file.path);
    if (!(file instanceof TFile)) return;
    const previous = this.index.getNote(oldPath);
    if (!this.isMarkdown(file) || !this.isIndexed(file.path)) return this.forget(oldPath);
    this.problems.rename(oldPath, file.path);
    this.index.rename(oldPath, this.noteFromCache(file));
    if (previous && KINDS_NEEDING_TEXT.has(previous.kind)) void this.refreshText(file.path);
  }

  /**
   * The app announces a folder rename, and usually each file in it too; moving the folder's
   * notes here means nothing is lost if it does not. A second, per-file event finds the note
   * already moved and changes nothing.
   */
  private renameFolder(oldFolder: string, newFolder: string): void {
    for (const path of [...this.index.allPaths()]) {
      if (!path.startsWith(oldFolder + "/")) continue;
      const moved = this.app.vault.getAbstractFileByPath(newFolder + path.slice(oldFolder.length));
      if (moved instanceof TFile && this.isIndexed(moved.path)) this.onRenamed(moved, path);
      else this.forget(path);
    }
  }

  private async refreshText(path: string): Promise<void> {
    const generation = this.generation;
    const note = await this.readNote(path);
    if (note && generation === this.generation && this.index.getNote(path)) this.index.upsert(note);
  }

  private isMarkdown(file: TFile): boolean {
    return file.extension.toLowerCase() === "md";
  }
}

function tagProblemKind(code: TagProblem["code"]): IndexProblemKind {
  return code === "not-text" ? "tag-not-text" : "invalid-tag";
}
