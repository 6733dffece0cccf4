/**
 * Synthetic prose: made-up words from a few syllables, so generated notes have the sizes
 * and shapes of real ones without a word of their text.
 */
import { Random } from "./random";

const SYLLABLES = ["ka", "lo", "mi", "ren", "tas", "vo", "quel", "dor", "ix", "pha", "zun", "bel"];
const VOCABULARY = makeVocabulary(new Random(7), 400);

function makeVocabulary(random: Random, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const length = 1 + random.int(3);
    words.add(Array.from({ length }, () => random.pick(SYLLABLES)).join(""));
  }
  return [...words];
}

/** One made-up word. */
export function word(random: Random): string {
  return random.pick(VOCABULARY);
}

/** A few capitalised made-up words, for titles and names. */
export function title(random: Random, words = 2 + random.int(4)): string {
  return Array.from({ length: words }, () => capitalise(word(random))).join(" ");
}

/** A sentence of 6 to 17 made-up words. */
export function sentence(random: Random): string {
  const words = Array.from({ length: 6 + random.int(12) }, () => word(random));
  return capitalise(words.join(" ")) + ".";
}

/** Paragraphs of sentences, about `bytes` long (never shorter than one sentence). */
export function prose(random: Random, bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  do {
    const next = sentence(random);
    parts.push(next, random.int(5) === 0 ? "\n\n" : " ");
    length += next.length + 1;
  } while (length < bytes);
  return parts.join("").trim();
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
