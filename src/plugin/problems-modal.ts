import { Modal, type App } from "obsidian";
import type { ProblemLog } from "../core/index/problem-log";
import { renderProblems } from "../ui/problems-view";
import { STRINGS } from "../ui/strings";

/** The list of notes the index could not read, kept current while it is open. */
export class IndexProblemsModal extends Modal {
  private stopFollowing: (() => void) | undefined;

  constructor(
    app: App,
    private readonly problems: ProblemLog,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.titleEl.textContent = STRINGS.problems.title;
    this.draw();
    this.stopFollowing = this.problems.onChange(() => this.draw());
  }

  override onClose(): void {
    this.stopFollowing?.();
    this.contentEl.replaceChildren();
  }

  private draw(): void {
    renderProblems(this.contentEl, this.problems.all(), (path) => this.openNote(path));
  }

  private openNote(path: string): void {
    this.close();
    void this.app.workspace.openLinkText(path, "", false);
  }
}
