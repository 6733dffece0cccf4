import { Modal, normalizePath, Notice, TFolder, type App } from "obsidian";
import { vaultFilePath } from "../core/coverage/vault-path";
import { getLogger } from "../core/log";
import { el } from "../ui/dom";
import { STRINGS } from "../ui/strings";

const S = STRINGS.coverage;
const log = getLogger("coverage-view");

/** What a save modal writes: the text, its extension, and what happens once it is saved. */
export interface SaveRequest {
  readonly title: string;
  readonly intro?: string;
  readonly suggestedPath: string;
  readonly extension: string;
  readonly text: string;
  readonly saveLabel: string;
  /** Shows the text itself below the path (for a note template). */
  readonly preview: boolean;
  /** Offers to copy the text instead of saving it. */
  readonly copy: boolean;
  readonly onSaved?: (path: string) => void;
}

/**
 * Asks for a vault path and writes one new file there once the user confirms. It never
 * replaces an existing file and creates no folder: either problem is shown in the modal.
 */
export class SaveFileModal extends Modal {
  private pathInput!: HTMLInputElement;
  private errorEl!: HTMLElement;

  constructor(
    app: App,
    private readonly request: SaveRequest,
  ) {
    super(app);
  }

  override onOpen(): void {
    const { contentEl, request } = this;
    this.setTitle(request.title);
    if (request.intro) el("p", { text: request.intro }, contentEl);
    const label = el("label", { text: S.exportPathLabel }, contentEl);
    this.pathInput = el(
      "input",
      { cls: "attack-lens-coverage-modal-input", attrs: { type: "text" } },
      label,
    );
    this.pathInput.value = request.suggestedPath;
    this.errorEl = el("p", { cls: "attack-lens-coverage-modal-error" }, contentEl);
    if (request.preview)
      el("pre", { cls: "attack-lens-coverage-template", text: request.text }, contentEl);
    this.renderButtons(contentEl);
    this.pathInput.addEventListener("keydown", (event) => {
      if (event.key === "Enter") void this.save();
    });
  }

  override onClose(): void {
    this.contentEl.empty();
  }

  private renderButtons(parent: HTMLElement): void {
    const buttons = el("div", { cls: "attack-lens-coverage-modal-buttons" }, parent);
    if (this.request.copy) {
      el("button", { text: S.exportCopy }, buttons).addEventListener(
        "click",
        () => void this.copy(),
      );
    }
    el("button", { text: S.cancel }, buttons).addEventListener("click", () => this.close());
    const save = el("button", { cls: "mod-cta", text: this.request.saveLabel }, buttons);
    save.addEventListener("click", () => void this.save());
  }

  private async save(): Promise<void> {
    const checked = vaultFilePath(this.pathInput.value, this.request.extension);
    if (!checked.ok) return this.showError(S.exportBadPath);
    const path = normalizePath(checked.path);
    if (this.app.vault.getAbstractFileByPath(path)) return this.showError(S.exportExists(path));
    const folder =
      checked.folder === ""
        ? this.app.vault.getRoot()
        : this.app.vault.getAbstractFileByPath(normalizePath(checked.folder));
    if (!(folder instanceof TFolder)) return this.showError(S.exportNoFolder(checked.folder));
    try {
      await this.app.vault.create(path, this.request.text);
    } catch (error) {
      log.warn(`${path} could not be saved`, error);
      return this.showError(S.exportFailed);
    }
    new Notice(S.exportSaved(path));
    this.close();
    this.request.onSaved?.(path);
  }

  private async copy(): Promise<void> {
    await navigator.clipboard.writeText(this.request.text);
    new Notice(S.exportCopied);
    this.close();
  }

  private showError(message: string): void {
    this.errorEl.setText(message);
  }
}
