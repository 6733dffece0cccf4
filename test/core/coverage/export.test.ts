import { describe, expect, it } from "vitest";
import { coverageCsv, csvField } from "../../../src/core/coverage/export/csv";
import { coverageJson } from "../../../src/core/coverage/export/json";
import { coverageMarkdown, escapeMarkdownCell } from "../../../src/core/coverage/export/markdown";
import { MAX_LISTED_TITLES, navigatorLayer } from "../../../src/core/coverage/export/navigator";
import { validateLayer } from "../../../src/core/coverage/export/validate-layer";
import { modelOf, rule, test } from "./builders";

const notes = [
  rule("r/a.md", { tags: ["t1003_001"], level: "high", title: "Dump LSASS" }),
  rule("r/b.md", { tags: ["t1078"], level: "low", title: "" }),
  test("t/lsass.md", ["T1003_001"], ["windows"], 2),
];

describe("CSV", () => {
  it("quotes fields by RFC 4180", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("neutralises text a spreadsheet would run as a formula", () => {
    for (const start of ["=", "+", "-", "@", "\t", "\r"]) {
      expect(csvField(`${start}SUM(A1)`).replace(/^"/, "")).toMatch(/^'/);
    }
    expect(csvField("=1+2,3")).toBe(`"'=1+2,3"`);
    expect(csvField("a=b")).toBe("a=b");
  });

  it("writes one CRLF-ended row per visible technique after the header", () => {
    const model = modelOf(notes, { tactics: ["credential-access"] });
    const lines = coverageCsv(model).split("\r\n");
    expect(lines[0]).toMatch(/^Technique,Name,/);
    expect(lines.length - 2).toBe(model.visible.length);
    expect(lines.find((l) => l.startsWith("T1003.001,"))).toContain("Rules and tests");
  });
});

describe("Markdown", () => {
  it("escapes characters that would change a table or the text", () => {
    expect(escapeMarkdownCell("a | b")).toBe("a \\| b");
    expect(escapeMarkdownCell("*x* _y_ [[l]] #t `c` <b>")).toBe(
      "\\*x\\* \\_y\\_ \\[\\[l\\]\\] \\#t \\`c\\` \\<b\\>",
    );
    expect(escapeMarkdownCell("two\nlines")).toBe("two lines");
  });

  it("writes a table per tactic with the counting mode stated", () => {
    const text = coverageMarkdown(modelOf(notes, { rollUp: true }));
    expect(text).toContain("Counts include sub-techniques");
    expect(text).toContain("## Credential Access");
    expect(text).toMatch(/\| T1003\.001 \| LSASS Memory \| 1 \| 4 \| 1 \| 2 \| Rules and tests \|/);
  });
});

describe("JSON", () => {
  it("holds the options, the summary and the visible techniques' counts", () => {
    const json = coverageJson(modelOf(notes, { tactics: ["credential-access"] })) as {
      counted: string;
      techniques: { id: string; counts: { rules: number } }[];
      summary: { byTactic: Record<string, unknown> };
    };
    expect(json.counted).toBe("Exact technique only");
    expect(json.techniques.find((t) => t.id === "T1003.001")?.counts.rules).toBe(1);
    expect(Object.keys(json.summary.byTactic)).toEqual(["credential-access"]);
  });
});

describe("Navigator layer", () => {
  const layer = navigatorLayer(modelOf(notes), { name: "Test layer", measure: "rules" });

  it("is valid by the format's rules", () => {
    expect(validateLayer(layer)).toEqual([]);
    expect(layer.versions).toEqual({ attack: "18", navigator: "5.2.0", layer: "4.5" });
  });

  it("scores covered techniques only, one entry per tactic", () => {
    const ids = layer.techniques.map((t) => t.techniqueID);
    expect(ids).not.toContain("T1003");
    expect(layer.techniques.filter((t) => t.techniqueID === "T1078").map((t) => t.tactic)).toEqual([
      "initial-access",
      "persistence",
      "privilege-escalation",
      "defense-evasion",
    ]);
    expect(layer.techniques.every((t) => typeof t.score === "number" && t.score > 0)).toBe(true);
  });

  it("lists rule titles in metadata, never with an empty value", () => {
    const lsass = layer.techniques.find((t) => t.techniqueID === "T1003.001");
    expect(lsass?.metadata).toEqual([
      { name: "Rule", value: "Dump LSASS" },
      { divider: true },
      { name: "Test", value: "lsass" },
    ]);
    const valid = layer.techniques.find((t) => t.techniqueID === "T1078");
    expect(valid?.metadata).toEqual([{ name: "Rule", value: "b" }]);
  });

  it("lists at most MAX_LISTED_TITLES rule titles, then how many more", () => {
    const many = Array.from({ length: MAX_LISTED_TITLES + 3 }, (_, i) =>
      rule(`r/${String(i).padStart(2, "0")}.md`, { tags: ["t1003"] }),
    );
    const entry = navigatorLayer(modelOf(many), { name: "x", measure: "rules" }).techniques[0];
    expect(entry?.metadata).toHaveLength(MAX_LISTED_TITLES + 1);
    expect(entry?.metadata?.at(-1)).toEqual({ name: "Rule", value: "and 3 more" });
  });

  it("scores by state with a legend for each state", () => {
    const byState = navigatorLayer(modelOf(notes), { name: "", measure: "state" });
    expect(validateLayer(byState)).toEqual([]);
    expect(byState.name).toBe("ATT&CK Lens coverage");
    expect(byState.techniques.find((t) => t.techniqueID === "T1003.001")?.score).toBe(3);
    expect(byState.legendItems.map((l) => l.label)).toEqual([
      "Tests only",
      "Rules only",
      "Rules and tests",
    ]);
  });
});

describe("layer validator", () => {
  const good = (): Record<string, unknown> => ({
    name: "x",
    domain: "enterprise-attack",
    versions: { attack: "18", navigator: "5.2.0", layer: "4.5" },
    techniques: [
      {
        techniqueID: "T1003.001",
        tactic: "credential-access",
        score: 1,
        metadata: [{ name: "Rule", value: "r" }],
      },
    ],
  });
  const broken = (change: (layer: Record<string, unknown>) => void): string[] => {
    const layer = good();
    change(layer);
    return validateLayer(layer);
  };
  const technique = (layer: Record<string, unknown>) =>
    (layer.techniques as Record<string, unknown>[])[0] ?? {};

  it("accepts a minimal good layer", () => {
    expect(validateLayer(good())).toEqual([]);
  });

  it("rejects a missing name", () => {
    expect(broken((l) => delete l.name)).toEqual(["name must be non-empty text"]);
  });

  it("rejects a score that is text", () => {
    expect(broken((l) => (technique(l).score = "3"))).toEqual([
      "techniques[0].score must be a number",
    ]);
  });

  it("rejects a bad technique identifier", () => {
    for (const id of ["T1003_001", "t1003", "T10031", "T1003.01"]) {
      expect(broken((l) => (technique(l).techniqueID = id))).toHaveLength(1);
    }
  });

  it("rejects an empty metadata value", () => {
    const problems = broken((l) => (technique(l).metadata = [{ name: "Rule", value: "" }]));
    expect(problems).toEqual(["techniques[0].metadata[0].value must be non-empty text"]);
  });

  it("rejects unknown tactics, domains, versions and gradients", () => {
    expect(broken((l) => (technique(l).tactic = "Credential Access"))).toHaveLength(1);
    expect(broken((l) => (l.domain = "enterprise"))).toHaveLength(1);
    expect(broken((l) => (l.versions = { navigator: "4.8", layer: "4.4" }))).toHaveLength(2);
    expect(
      broken((l) => (l.gradient = { colors: ["#fff"], minValue: 2, maxValue: 1 })),
    ).toHaveLength(2);
    expect(validateLayer([])).toEqual(["the layer is not a JSON object"]);
  });
});
