import { editorInfoField, type MarkdownPostProcessorContext, type Plugin } from "obsidian";
import { bundledCatalogue } from "../core/attack/catalogue";
import type { VaultIndex } from "../core/index/vault-index";
import { bareTechniqueIds, techniqueIdFromWebUrl } from "../core/preview/links";
import type { AttackLensSettings } from "../core/settings";
import { TechniquePreviewController } from "./hover-controller";
import { techniqueRefExtension } from "./hover-live-preview";
import { BARE_REF_CLASS, REF_KIND, refAttributes } from "./hover-refs";

/** What technique previews need from the plugin. */
export interface PreviewHost extends Plugin {
  readonly indexService: { readonly index: VaultIndex };
  readonly settings: AttackLensSettings;
}

/**
 * Technique previews on hover in reading view and Live Preview, and attack.mitre.org links
 * that open the local technique note. Everything registered here is released on unload.
 */
export function registerTechniquePreviews(host: PreviewHost): TechniquePreviewController {
  const settings = (): AttackLensSettings => host.settings;
  const controller = new TechniquePreviewController({
    app: host.app,
    index: host.indexService.index,
    settings,
    catalogue: bundledCatalogue,
  });
  host.addChild(controller);
  host.registerMarkdownPostProcessor(techniqueLinkPostProcessor(settings));
  host.registerEditorExtension(
    techniqueRefExtension(
      settings,
      (state) => state.field(editorInfoField, false)?.file?.path ?? "",
    ),
  );
  return controller;
}

/** Where identifiers in text are never marked: links, code, math, our own rendered blocks. */
const NO_BARE_REFS =
  "a, code, pre, script, style, textarea, .frontmatter, .math, .internal-query, .attack-lens-query, " +
  `.attack-lens-preview, [${REF_KIND}]`;

/**
 * Reading view: marks attack.mitre.org technique links, internal links (resolved when
 * hovered, since the index may still be loading now) and, when the setting is on, wraps
 * bare identifiers in text in a span. Only attributes and spans are added; no text changes.
 */
export function techniqueLinkPostProcessor(settings: () => AttackLensSettings) {
  return (section: HTMLElement, ctx: MarkdownPostProcessorContext): void => {
    markAnchors(section, ctx.sourcePath);
    if (settings().previewBareIdentifiers) markBareIdentifiers(section, ctx.sourcePath);
  };
}

function markAnchors(section: HTMLElement, sourcePath: string): void {
  for (const anchor of section.findAll("a.external-link, a.internal-link")) {
    if (anchor.hasAttribute(REF_KIND) || anchor.closest(".attack-lens-query, .attack-lens-preview"))
      continue;
    if (anchor.hasClass("internal-link")) {
      const linktext = anchor.getAttribute("data-href") ?? anchor.getAttribute("href") ?? "";
      if (linktext !== "") anchor.setAttrs(refAttributes("wiki", linktext, sourcePath));
      continue;
    }
    const id = techniqueIdFromWebUrl(anchor.getAttribute("href") ?? "");
    if (id !== undefined) anchor.setAttrs(refAttributes("url", id, sourcePath));
  }
}

function markBareIdentifiers(section: HTMLElement, sourcePath: string): void {
  for (const text of textNodes(section)) {
    const found = bareTechniqueIds(text.data);
    if (found.length === 0 || text.parentElement?.closest(NO_BARE_REFS)) continue;
    const fragment = createFragment();
    let from = 0;
    for (const bare of found) {
      fragment.appendText(text.data.slice(from, bare.from));
      fragment.createSpan({
        cls: BARE_REF_CLASS,
        text: text.data.slice(bare.from, bare.to),
        attr: refAttributes("bare", bare.id, sourcePath),
      });
      from = bare.to;
    }
    fragment.appendText(text.data.slice(from));
    text.replaceWith(fragment);
  }
}

/** Text nodes under `root`, collected first so that replacing them does not upset the walk. */
function textNodes(root: HTMLElement): Text[] {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}
