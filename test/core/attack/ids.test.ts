import { describe, expect, it } from "vitest";
import {
  compareTechniqueIds,
  findTechniqueIds,
  isSubtechniqueId,
  parentTechniqueId,
  parseTechniqueId,
  techniqueIdFromUrl,
  techniqueUrl,
} from "../../../src/core/attack/ids";

describe("parseTechniqueId", () => {
  it.each([
    ["T1059.001", "T1059.001"],
    ["T1059_001", "T1059.001"],
    ["t1059_001", "T1059.001"],
    ["T1059/001", "T1059.001"],
    ["attack.t1059.001", "T1059.001"],
    ["ATTACK.T1059.001", "T1059.001"],
    ["T1595", "T1595"],
    ["t1595", "T1595"],
    ["  T1003_001  ", "T1003.001"],
    ["https://attack.mitre.org/techniques/T1059/001/", "T1059.001"],
    ["https://attack.mitre.org/techniques/T1059/001", "T1059.001"],
    ["https://attack.mitre.org/techniques/T1595", "T1595"],
    ["https://attack.mitre.org/techniques/T1595/", "T1595"],
  ])("reads %s as %s", (text, id) => {
    expect(parseTechniqueId(text)).toBe(id);
  });

  it.each([
    "T105",
    "T10590",
    "T1059.01",
    "T1059.0011",
    "T1059-001",
    "TA0008",
    "S0183",
    "attack.execution",
    "attack.t1059.001x",
    "technique T1059",
    "",
    "https://attack.mitre.org/tactics/TA0008",
    "https://attack.mitre.org/software/S0183",
  ])("rejects %j", (text) => {
    expect(parseTechniqueId(text)).toBeUndefined();
  });
});

describe("techniqueIdFromUrl", () => {
  it("reads technique and sub-technique pages", () => {
    expect(techniqueIdFromUrl("https://attack.mitre.org/techniques/T1564/008")).toBe("T1564.008");
    expect(techniqueIdFromUrl("https://attack.mitre.org/techniques/T1595")).toBe("T1595");
  });

  it("gives the same answer when called twice (no regex state leaks between calls)", () => {
    const url = "https://attack.mitre.org/techniques/T1550";
    expect(techniqueIdFromUrl(url)).toBe("T1550");
    expect(techniqueIdFromUrl(url)).toBe("T1550");
  });

  it("ignores other pages and sites", () => {
    expect(techniqueIdFromUrl("https://attack.mitre.org/tactics/TA0008")).toBeUndefined();
    expect(techniqueIdFromUrl("https://example.org/T1595")).toBeUndefined();
    expect(techniqueIdFromUrl("https://attack.mitre.org/techniques/T15950")).toBeUndefined();
  });
});

describe("findTechniqueIds", () => {
  it("finds URLs and dotted identifiers in prose, in text order, once each, no URL part twice", () => {
    const text =
      "Uses [Use Alternate Authentication Material](https://attack.mitre.org/techniques/T1550) " +
      "and T1003.001, then T1003.001 again, see https://attack.mitre.org/techniques/T1564/008/.";
    expect(findTechniqueIds(text)).toEqual(["T1550", "T1003.001", "T1564.008"]);
  });

  it("skips tactics, software, longer numbers and identifiers glued to words", () => {
    const text =
      "TA0008 S0183 T10590 xT1059 T1059x attack.t1059 https://attack.mitre.org/tactics/TA0008";
    expect(findTechniqueIds(text)).toEqual([]);
  });

  it("finds an identifier at the very start and one right after punctuation", () => {
    expect(findTechniqueIds("T1001,(T1002) T1003.")).toEqual(["T1001", "T1002", "T1003"]);
  });
});

describe("identifier helpers", () => {
  it("gives the parent of a sub-technique only", () => {
    expect(parentTechniqueId("T1059.001")).toBe("T1059");
    expect(parentTechniqueId("T1059")).toBeUndefined();
    expect(isSubtechniqueId("T1059.001")).toBe(true);
    expect(isSubtechniqueId("T1059")).toBe(false);
  });

  it("sorts parents before their sub-techniques", () => {
    const ids = ["T1002", "T1001.002", "T1001", "T1001.001"];
    expect([...ids].sort(compareTechniqueIds)).toEqual([
      "T1001",
      "T1001.001",
      "T1001.002",
      "T1002",
    ]);
  });

  it("builds the attack.mitre.org page, and reads it back", () => {
    expect(techniqueUrl("T1059.001")).toBe("https://attack.mitre.org/techniques/T1059/001/");
    expect(techniqueUrl("T1595")).toBe("https://attack.mitre.org/techniques/T1595/");
    expect(parseTechniqueId(techniqueUrl("T1059.001"))).toBe("T1059.001");
  });
});
