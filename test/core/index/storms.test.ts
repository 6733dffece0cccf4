import { describe, expect, it } from "vitest";
import { VaultIndex } from "../../../src/core/index/vault-index";
import { buildNote } from "../../../src/core/notes/build-note";
import { DEFAULT_KIND_TAGS } from "../../../src/core/notes/kinds";
import type { NoteRecord } from "../../../src/core/notes/note";
import { parseNoteText } from "../../../src/headless/parse-file";
import { expectSameIndex, nextEvent, seededRandom, type StormEvent } from "../../hostile/storm";

/**
 * Event storms against the index itself: thousands of seeded random creates, edits, renames
 * and deletions of files and folders, applied one by one as the plugin applies app events;
 * every few steps the live index must answer exactly like one rebuilt from the vault as it
 * now is. A failure names the seed and step, so it can be replayed.
 */

const STORMS = 20;
const EVENTS = 2_000;
const CHECK_EVERY = 100;

function note(path: string, text: string): NoteRecord {
  return buildNote(parseNoteText(path, text).source, DEFAULT_KIND_TAGS).note;
}

/** Applies one event to the vault model and to the live index, incrementally. */
function apply(event: StormEvent, vault: Map<string, string>, index: VaultIndex): void {
  switch (event.type) {
    case "create":
    case "modify":
      vault.set(event.path, event.text);
      return index.upsert(note(event.path, event.text));
    case "rename":
      return move(event.from, event.to, vault, index);
    case "delete":
      vault.delete(event.path);
      return index.remove(event.path);
    case "renameFolder":
      for (const path of inFolder(event.from, vault)) {
        move(path, event.to + path.slice(event.from.length), vault, index);
      }
      return;
    case "deleteFolder":
      for (const path of inFolder(event.path, vault)) {
        vault.delete(path);
        index.remove(path);
      }
  }
}

function move(from: string, to: string, vault: Map<string, string>, index: VaultIndex): void {
  const text = vault.get(from) ?? "";
  vault.delete(from);
  vault.set(to, text);
  index.rename(from, note(to, text));
}

function inFolder(folder: string, vault: Map<string, string>): string[] {
  return [...vault.keys()].filter((path) => path.startsWith(folder + "/"));
}

function rebuilt(vault: Map<string, string>): VaultIndex {
  const fresh = new VaultIndex();
  fresh.upsertAll([...vault].map(([path, text]) => note(path, text)));
  return fresh;
}

describe(`${STORMS} event storms of ${EVENTS} events against the vault index`, () => {
  const totals = { events: 0, checks: 0, notes: 0 };

  for (let seed = 1; seed <= STORMS; seed++) {
    it(`storm ${seed} leaves the live index equal to a fresh rebuild`, () => {
      const random = seededRandom(seed);
      const vault = new Map<string, string>();
      const index = new VaultIndex();
      for (let step = 1; step <= EVENTS; step++) {
        apply(nextEvent(random, new Set(vault.keys())), vault, index);
        if (step % CHECK_EVERY === 0) {
          expectSameIndex(index, rebuilt(vault), `seed ${seed}, step ${step}`);
          totals.checks++;
        }
      }
      totals.events += EVENTS;
      totals.notes = Math.max(totals.notes, vault.size);
      expect(index.size).toBe(vault.size);
    });
  }

  it("ran every storm to the end", () => {
    expect(totals).toMatchObject({
      events: STORMS * EVENTS,
      checks: (STORMS * EVENTS) / CHECK_EVERY,
    });
  });
});
