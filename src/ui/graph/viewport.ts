import type { Bounds } from "../../core/graph";

/** How far one can zoom, relative to the whole graph's size. */
const MIN_SCALE = 0.2;
const MAX_SCALE = 8;

/**
 * The visible part of the graph as an SVG viewBox: zooming shrinks or grows it around a
 * point, panning moves it. Pure arithmetic, so it is tested without a browser.
 */
export class Viewport {
  private box: Bounds;

  constructor(private readonly whole: Bounds) {
    this.box = whole;
  }

  get viewBox(): Bounds {
    return this.box;
  }

  /** Whether the whole graph is shown, as after `fit`. */
  get isFitted(): boolean {
    return this.box === this.whole;
  }

  /** The `viewBox` attribute value. */
  toAttribute(): string {
    const { x, y, width, height } = this.box;
    return [x, y, width, height].map((n) => String(Math.round(n * 100) / 100)).join(" ");
  }

  /** Shows a given part of the graph, e.g. the view kept from before a redraw. */
  moveTo(box: Bounds): void {
    if (
      [box.x, box.y, box.width, box.height].every(Number.isFinite) &&
      box.width > 0 &&
      box.height > 0
    ) {
      this.box = box;
    }
  }

  /** Shows the whole graph. */
  fit(): void {
    this.box = this.whole;
  }

  /** Zooms in (factor above 1) or out around a point in graph units, the middle by default. */
  zoom(factor: number, around?: { x: number; y: number }): void {
    const scale = this.whole.width / (this.box.width / factor);
    if (!Number.isFinite(factor) || factor <= 0 || scale < MIN_SCALE || scale > MAX_SCALE) return;
    const point = around ?? {
      x: this.box.x + this.box.width / 2,
      y: this.box.y + this.box.height / 2,
    };
    this.box = {
      x: point.x - (point.x - this.box.x) / factor,
      y: point.y - (point.y - this.box.y) / factor,
      width: this.box.width / factor,
      height: this.box.height / factor,
    };
  }

  /** Moves the view by a distance in graph units. */
  pan(dx: number, dy: number): void {
    if (!Number.isFinite(dx) || !Number.isFinite(dy)) return;
    this.box = { ...this.box, x: this.box.x - dx, y: this.box.y - dy };
  }

  /** Graph units per screen pixel for an element of the given size (1 when it has no size yet). */
  unitsPerPixel(pixelWidth: number, pixelHeight: number): number {
    if (!(pixelWidth > 0 && pixelHeight > 0)) return 1;
    // The SVG keeps the aspect ratio ("meet"), so the tighter axis decides the scale.
    return Math.max(this.box.width / pixelWidth, this.box.height / pixelHeight);
  }

  /** The graph point under a screen point, given as pixels from the element's top left. */
  toGraph(
    px: number,
    py: number,
    pixelWidth: number,
    pixelHeight: number,
  ): { x: number; y: number } {
    const scale = this.unitsPerPixel(pixelWidth, pixelHeight);
    return {
      x: this.box.x + this.box.width / 2 + (px - pixelWidth / 2) * scale,
      y: this.box.y + this.box.height / 2 + (py - pixelHeight / 2) * scale,
    };
  }
}
