import { Component, MarkdownRenderChild, type MarkdownPostProcessorContext } from "obsidian";
import { findQueryBlocks } from "../core/blocks/query-blocks";
import { isLensBlock } from "../core/blocks/claim";
import type { AttackLensSettings } from "../core/settings";
import { LiveBlock, type BlockDeps } from "./block-controller";

/** Marks a block element that was already handled, so a second pass leaves it alone. */
const HANDLED = "data-attack-lens";
/** The class that hides the app's own result list when the settings say so. */
export const HIDDEN_CORE_CLASS = "attack-lens-core-hidden";
/** What the app renders for a `query` block (its embed) or, with core search off, the code. */
const BLOCK_SELECTOR = ".internal-query, pre > code.language-query";

/**
 * The reading-view blocks on screen. They belong to their views (which unload them when the
 * note re-renders), but the views outlive the plugin: when the plugin unloads, this takes
 * every block away and gives the app's own rendering back.
 */
class DrawnBlocks extends Component {
  private readonly live = new Set<LiveBlockChild>();

  track(child: LiveBlockChild): void {
    this.live.add(child);
  }

  forget(child: LiveBlockChild): void {
    this.live.delete(child);
  }

  override onunload(): void {
    for (const child of [...this.live]) child.unload();
    this.live.clear();
  }
}

/** Ties a live block to the lifetime of the rendered section it sits in. */
class LiveBlockChild extends MarkdownRenderChild {
  private stopFollowing: (() => void) | undefined;

  constructor(
    private readonly block: LiveBlock,
    private readonly coreResults: HTMLElement,
    private readonly deps: BlockDeps,
    private readonly settings: () => AttackLensSettings,
    private readonly drawn: DrawnBlocks,
  ) {
    super(block.container);
  }

  override onload(): void {
    this.drawn.track(this);
    this.showOrHideCoreResults();
    this.stopFollowing = this.deps.onRedraw?.(() => this.showOrHideCoreResults());
    this.block.start();
  }

  /** Leaves the section as the app drew it, so a later pass (or no plugin) starts clean. */
  override onunload(): void {
    this.drawn.forget(this);
    this.stopFollowing?.();
    this.block.dispose();
    this.block.container.remove();
    this.coreResults.classList.remove(HIDDEN_CORE_CLASS);
    this.coreResults.removeAttribute(HANDLED);
  }

  private showOrHideCoreResults(): void {
    this.coreResults.classList.toggle(HIDDEN_CORE_CLASS, !this.settings().showCoreResults);
  }
}

/**
 * Reading view: the app draws its own embed for each `query` block before registered
 * processors run (and a language processor for `query` may belong to someone else), so
 * this post-processor finds those blocks, draws ours after each, and hides the app's list
 * unless the settings keep it. Blocks drawn are taken away again when `owner` unloads.
 */
export function queryBlockPostProcessor(
  deps: BlockDeps,
  settings: () => AttackLensSettings,
  owner: Component,
) {
  const drawn = owner.addChild(new DrawnBlocks());
  return (section: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
    const targets = [...section.querySelectorAll<HTMLElement>(BLOCK_SELECTOR)].map(blockElement);
    const sources = sectionSources(section, ctx);
    targets.forEach((target, i) => {
      const source = sourceOf(target, sources[i]);
      if (source !== undefined) claimBlock(target, source, ctx, { deps, settings, drawn });
    });
  };
}

function blockElement(found: HTMLElement): HTMLElement {
  return found.matches("code") ? (found.parentElement ?? found) : found;
}

/** The text of each `query` block in the section, from the note's source lines. */
function sectionSources(section: HTMLElement, ctx: MarkdownPostProcessorContext): string[] {
  const info = ctx.getSectionInfo(section);
  if (!info) return [];
  const lines = info.text.split(/\r?\n/).slice(info.lineStart, info.lineEnd + 1);
  return findQueryBlocks(lines.join("\n")).map((block) => block.text);
}

function sourceOf(target: HTMLElement, fromSection: string | undefined): string | undefined {
  if (target.matches("pre")) return (target.textContent ?? "").trim();
  return fromSection;
}

/** What drawing a block needs besides the block itself. */
interface ClaimContext {
  readonly deps: BlockDeps;
  readonly settings: () => AttackLensSettings;
  readonly drawn: DrawnBlocks;
}

function claimBlock(
  target: HTMLElement,
  source: string,
  ctx: MarkdownPostProcessorContext,
  { deps, settings, drawn }: ClaimContext,
): void {
  if (target.hasAttribute(HANDLED) || !isLensBlock(source, settings().kindTags)) return;
  target.setAttribute(HANDLED, "");
  const container = createDiv({ cls: "attack-lens-query" });
  target.insertAdjacentElement("afterend", container);
  if (!settings().showCoreResults) target.classList.add(HIDDEN_CORE_CLASS);
  const block = new LiveBlock(container, source, ctx.sourcePath, deps);
  ctx.addChild(new LiveBlockChild(block, target, deps, settings, drawn));
}
