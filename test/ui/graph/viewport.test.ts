import { describe, expect, it } from "vitest";
import { Viewport } from "../../../src/ui/graph/viewport";

const WHOLE = { x: -200, y: -100, width: 400, height: 200 };

describe("Viewport", () => {
  it("starts fitted to the whole graph", () => {
    const view = new Viewport(WHOLE);
    expect(view.toAttribute()).toBe("-200 -100 400 200");
    expect(view.isFitted).toBe(true);
  });

  it("zooms around the middle by default and around a given point when asked", () => {
    const view = new Viewport(WHOLE);
    view.zoom(2);
    expect(view.viewBox).toEqual({ x: -100, y: -50, width: 200, height: 100 });
    const around = new Viewport(WHOLE);
    around.zoom(2, { x: -200, y: -100 });
    expect(around.viewBox).toEqual({ x: -200, y: -100, width: 200, height: 100 });
  });

  it("refuses to zoom past its limits or by nonsense factors", () => {
    const view = new Viewport(WHOLE);
    for (let i = 0; i < 50; i++) view.zoom(2);
    expect(view.viewBox.width).toBeGreaterThanOrEqual(WHOLE.width / 8);
    view.zoom(Number.NaN);
    view.zoom(-1);
    expect(Number.isFinite(view.viewBox.width)).toBe(true);
  });

  it("pans by graph units and fits back", () => {
    const view = new Viewport(WHOLE);
    view.pan(10, -20);
    expect(view.viewBox).toMatchObject({ x: -210, y: -80 });
    expect(view.isFitted).toBe(false);
    view.fit();
    expect(view.viewBox).toEqual(WHOLE);
  });

  it("maps a screen point to the graph point under it", () => {
    const view = new Viewport(WHOLE);
    expect(view.toGraph(0, 0, 400, 200)).toEqual({ x: -200, y: -100 });
    expect(view.toGraph(200, 100, 400, 200)).toEqual({ x: 0, y: 0 });
    // A taller element letterboxes the graph: its top edge sits above the graph.
    expect(view.toGraph(200, 0, 400, 400)).toEqual({ x: 0, y: -200 });
    expect(view.unitsPerPixel(0, 0)).toBe(1);
  });
});
