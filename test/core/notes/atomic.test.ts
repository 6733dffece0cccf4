import { describe, expect, it } from "vitest";
import { countAtomicTests, readTestFields } from "../../../src/core/notes/atomic";
import { readBody } from "../../../src/core/notes/markdown";

// Written for this test in the shape of an Atomic Red Team runbook note.
const BODY = `# T9999.001 - Example technique

## Atomic Test #1 - Copy a file with the shell

**Supported Platforms:** Linux, macOS

#### Attack Commands: Run with \`sh\`!
\`\`\`sh
cp a b
\`\`\`

## Atomic Test #2 - Query the registry

**Supported Platforms:** **Windows**

#### Dependencies:  Run with \`powershell\`!
##### Description: a helper must exist

#### Attack Commands: Run with \`command_prompt\`! Elevation Required (e.g. root or admin)
\`\`\`cmd
reg query HKLM
\`\`\`

## Atomic Test #3 - Again in PowerShell

**Supported Platforms:** Windows

#### Attack Commands: Run with \`sh\`!
`;

describe("Atomic Red Team notes", () => {
  const headings = readBody(BODY).headings;

  it("counts one test per `Atomic Test #N` heading", () => {
    expect(countAtomicTests(headings)).toBe(3);
    expect(countAtomicTests([{ level: 2, text: "Atomic Tests" }])).toBe(0);
  });

  it("reads platforms once each, without bold marks", () => {
    expect(readTestFields(headings, BODY).platforms).toEqual(["Linux", "macOS", "Windows"]);
  });

  it("reads executors of attack commands only, not of dependencies", () => {
    expect(readTestFields(headings, BODY).executors).toEqual(["sh", "command_prompt"]);
  });

  it("gives only the count when the body was not read", () => {
    expect(readTestFields(headings)).toEqual({ testCount: 3, platforms: [], executors: [] });
  });
});
