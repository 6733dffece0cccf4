/** WCAG contrast of rendered text against the background it sits on, computed in the page. */
import type { Page } from "playwright-core";

export interface ContrastSample {
  readonly selector: string;
  readonly text: string;
  readonly ratio: number;
}

/** The contrast ratio of the first `limit` elements matching `selector`. */
export function contrastOf(page: Page, selector: string, limit = 20): Promise<ContrastSample[]> {
  return page.$$eval(
    selector,
    (elements, [sel, max]) => {
      const rgba = (css: string): number[] =>
        (css.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4);
      const over = (top: number[], bottom: number[]): number[] => {
        const a = top[3] ?? 1;
        return [0, 1, 2].map((i) => (top[i] ?? 0) * a + (bottom[i] ?? 0) * (1 - a)).concat([1]);
      };
      const background = (el: Element | null): number[] => {
        if (!el) return [255, 255, 255, 1];
        const own = rgba(getComputedStyle(el).backgroundColor);
        return (own[3] ?? 0) >= 1 ? own : over(own, background(el.parentElement));
      };
      const luminance = (c: number[]): number => {
        const [r, g, b] = c.slice(0, 3).map((v) => {
          const s = v / 255;
          return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
      };
      return elements.slice(0, max).map((el) => {
        const bg = background(el);
        const fg = over(rgba(getComputedStyle(el).color), bg);
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((x, y) => y - x);
        return {
          selector: sel,
          text: (el.textContent ?? "").slice(0, 40),
          ratio: ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05),
        };
      });
    },
    [selector, limit] as const,
  );
}
