import { describe, expect, it } from "vitest";
import { formatTable } from "../../src/headless/table";

describe("formatTable", () => {
  it("pads columns and keeps each cell on one line", () => {
    expect(
      formatTable(
        ["A", "Long"],
        [
          ["x\ny", "1"],
          ["wide\tcell\u007f", ""],
        ],
      ),
    ).toBe("A           Long\n----------  ----\nx y         1\nwide cell\n");
  });
});
