import { Events } from "./events";
import { normalizePath, setPath, TAbstractFile, TFile, TFolder } from "./files";
import type { MetadataCache } from "./metadata";

/**
 * The vault over an in-memory map of path → text. Events, as in the app: `create` (file),
 * `modify` (file), `delete` (file), `rename` (file, oldPath). After a markdown file is
 * created or modified, the metadata cache fires `changed` then `resolved`, a tick later
 * (the app indexes in a worker); the returned promise settles after that.
 */
export class Vault extends Events {
  readonly configDir = ".obsidian";
  metadataCache!: MetadataCache;
  private readonly texts = new Map<string, string>();
  private readonly entries = new Map<string, TAbstractFile>();
  private readonly root: TFolder;

  constructor(files: Readonly<Record<string, string>> = {}) {
    super();
    this.root = this.makeFolder("/");
    for (const [path, text] of Object.entries(files)) this.put(normalizePath(path), text);
  }

  getName(): string {
    return "Stand-in vault";
  }

  getRoot(): TFolder {
    return this.root;
  }

  getAbstractFileByPath(path: string): TAbstractFile | null {
    return this.entries.get(normalizePath(path)) ?? null;
  }

  getFileByPath(path: string): TFile | null {
    const file = this.getAbstractFileByPath(path);
    return file instanceof TFile ? file : null;
  }

  getFolderByPath(path: string): TFolder | null {
    const folder = this.getAbstractFileByPath(path);
    return folder instanceof TFolder ? folder : null;
  }

  getFiles(): TFile[] {
    return [...this.entries.values()].filter((f): f is TFile => f instanceof TFile);
  }

  getMarkdownFiles(): TFile[] {
    return this.getFiles().filter((f) => f.extension === "md");
  }

  getAllLoadedFiles(): TAbstractFile[] {
    return [this.root, ...this.entries.values()];
  }

  async cachedRead(file: TFile): Promise<string> {
    return this.read(file);
  }

  async read(file: TFile): Promise<string> {
    await Promise.resolve();
    const text = this.texts.get(file.path);
    if (text === undefined) throw new Error(`File not found: ${file.path}`);
    return text;
  }

  /** Creates a note; refuses a path that exists, as the app does. */
  async create(path: string, data: string): Promise<TFile> {
    const clean = normalizePath(path);
    if (this.entries.has(clean)) throw new Error("File already exists.");
    const file = this.put(clean, data);
    this.trigger("create", file);
    await this.reindex(file, data);
    return file;
  }

  async createFolder(path: string): Promise<TFolder> {
    const clean = normalizePath(path);
    if (this.entries.has(clean)) throw new Error("Folder already exists.");
    return this.ensureFolder(clean);
  }

  async modify(file: TFile, data: string): Promise<void> {
    if (!this.texts.has(file.path)) throw new Error(`File not found: ${file.path}`);
    this.texts.set(file.path, data);
    file.stat = { ...file.stat, mtime: Date.now(), size: data.length };
    this.trigger("modify", file);
    await this.reindex(file, data);
  }

  async process(file: TFile, fn: (data: string) => string): Promise<string> {
    const next = fn(await this.read(file));
    await this.modify(file, next);
    return next;
  }

  /** Moves a file or folder; a folder's rename event comes first, then one per file inside. */
  async rename(file: TAbstractFile, newPath: string): Promise<void> {
    const target = normalizePath(newPath);
    if (this.entries.has(target)) throw new Error("Destination file already exists!");
    const moved = this.move(file, target);
    for (const [item, oldPath] of moved) this.trigger("rename", item, oldPath);
    await Promise.resolve();
  }

  /** Deletes a file or folder; files inside a folder are announced first, then the folder. */
  async delete(file: TAbstractFile): Promise<void> {
    const removed = file instanceof TFolder ? [...this.descendants(file).reverse(), file] : [file];
    for (const item of removed) this.unlink(item);
    for (const item of removed) {
      this.trigger("delete", item);
      if (item instanceof TFile) this.metadataCache.forget(item);
    }
    await Promise.resolve();
  }

  async trash(file: TAbstractFile): Promise<void> {
    return this.delete(file);
  }

  /** Stand-in: the current text of a file, synchronously. */
  textOf(path: string): string | undefined {
    return this.texts.get(normalizePath(path));
  }

  /** Stand-in: fires `create` for every file, as the app does while it loads a vault. */
  announceAll(): void {
    for (const file of this.getAllLoadedFiles())
      if (file !== this.root) this.trigger("create", file);
  }

  /** Stand-in: indexes every markdown file without events (the app's cache at start-up). */
  indexAll(): void {
    for (const file of this.getMarkdownFiles())
      this.metadataCache.index(file, this.texts.get(file.path) ?? "");
  }

  private async reindex(file: TFile, text: string): Promise<void> {
    if (file.extension !== "md") return;
    await Promise.resolve();
    if (this.texts.get(file.path) !== text) return;
    const cache = this.metadataCache.index(file, text);
    this.metadataCache.trigger("changed", file, text, cache);
    this.metadataCache.trigger("resolved");
  }

  private put(path: string, text: string): TFile {
    const file = new TFile();
    file.vault = this;
    setPath(file, path);
    file.stat = { ctime: 0, mtime: 0, size: text.length };
    this.attach(file, this.ensureFolder(parentPath(path)));
    this.texts.set(path, text);
    return file;
  }

  private makeFolder(path: string): TFolder {
    const folder = new TFolder();
    folder.vault = this;
    setPath(folder, path);
    if (path === "/") folder.name = "";
    return folder;
  }

  private ensureFolder(path: string): TFolder {
    if (path === "/") return this.root;
    const existing = this.entries.get(path);
    if (existing instanceof TFolder) return existing;
    const folder = this.makeFolder(path);
    this.attach(folder, this.ensureFolder(parentPath(path)));
    return folder;
  }

  private attach(file: TAbstractFile, parent: TFolder): void {
    file.parent = parent;
    parent.children.push(file);
    this.entries.set(file.path, file);
  }

  private unlink(file: TAbstractFile): void {
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    this.entries.delete(file.path);
    this.texts.delete(file.path);
  }

  private descendants(folder: TFolder): TAbstractFile[] {
    return folder.children.flatMap((child) =>
      child instanceof TFolder ? [child, ...this.descendants(child)] : [child],
    );
  }

  private move(file: TAbstractFile, target: string): [TAbstractFile, string][] {
    const items = file instanceof TFolder ? [file, ...this.descendants(file)] : [file];
    const oldPaths = items.map((item) => item.path);
    const oldRoot = file.path;
    const texts = oldPaths.map((path) => this.texts.get(path));
    for (const item of items) this.entries.delete(item.path);
    if (file.parent) file.parent.children = file.parent.children.filter((c) => c !== file);
    items.forEach((item, i) =>
      this.relocate(item, target + (oldPaths[i] ?? "").slice(oldRoot.length), texts[i]),
    );
    this.attach(file, this.ensureFolder(parentPath(target)));
    items.slice(1).forEach((item) => this.entries.set(item.path, item));
    items.forEach(
      (item, i) => item instanceof TFile && this.metadataCache.move(oldPaths[i] ?? "", item.path),
    );
    return items.map((item, i) => [item, oldPaths[i] ?? ""]);
  }

  private relocate(item: TAbstractFile, path: string, text: string | undefined): void {
    const oldPath = item.path;
    this.texts.delete(oldPath);
    setPath(item, path);
    if (text !== undefined) this.texts.set(path, text);
  }
}

function parentPath(path: string): string {
  const at = path.lastIndexOf("/");
  return at <= 0 ? "/" : path.slice(0, at);
}
