import { EVENT_HEADS } from "../lexicon/event-heads.ts";
import { NAME_CONNECTORS, NAME_PARTICLES } from "../lexicon/name-words.ts";
import { ORG_HEADS } from "../lexicon/organisation-heads.ts";
import { PLACE_HEADS } from "../lexicon/place-words.ts";
import { SENTENCE_STARTERS } from "../lexicon/sentence-starters.ts";
import { ROLE_NOUNS } from "../lexicon/titles.ts";
import type { Sentence } from "../text/segment.ts";
import { classifyName, type NameReading } from "./classify.ts";

/** One capitalised name as written in the text. `start..end` covers the words read (titles included). */
export type Mention = NameReading & {
  start: number;
  end: number;
  /** Offset where the name itself starts (after any titles). */
  nameStart: number;
  sentence: number;
  paragraph: number;
  possessive: boolean;
  inQuote: boolean;
};

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-‐]*/gu;

// why: module-level, so the regexes are compiled once (the TypeScript loader turns inline \p{…} regexes into
// `new RegExp` calls that compile on every evaluation).
const DOTTED_NAME_PART = /^(\p{Lu}\.)+$|^(Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr)\.$/u;
const KEEPS_PERIOD = /^\p{Lu}\.$|\.\p{Lu}\.$|^(Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Jr|Sr)\.$/u;

function isCapitalised(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/**
 * Finds runs of capitalised words in a sentence ("Finnish President Aino Lehtinen",
 * "Ministry of Health"): words joined by single spaces, with lowercase name particles and, for
 * organisation names, connectors like "of" inside. A sentence-initial function word is left out.
 */
export function scanSentence(text: string, sentence: Sentence, inQuote: (offset: number) => boolean): Mention[] {
  const words: { word: string; start: number; end: number }[] = [];
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence.text); match !== null; match = WORD.exec(sentence.text)) {
    words.push({ word: match[0], start: sentence.start + match.index, end: sentence.start + match.index + match[0].length });
  }
  const mentions: Mention[] = [];
  let i = 0;
  while (i < words.length) {
    const first = words[i];
    if (!first || !isCapitalised(first.word)) {
      i += 1;
      continue;
    }
    const atSentenceStart = first.start === sentence.start || /^["“‘'([]$/.test(text.slice(sentence.start, first.start));
    // A sentence-initial "Officials" or "Police" is a description, not a name.
    const initial = bare(first.word).toLowerCase();
    const nextWord = words[i + 1]?.word ?? "";
    if (atSentenceStart && (SENTENCE_STARTERS.has(initial) || (ROLE_NOUNS.has(initial) && !isCapitalised(nextWord)))) {
      i += 1;
      continue;
    }
    let j = i;
    let possessive = false;
    while (j < words.length) {
      const current = words[j];
      if (!current) break;
      const following = words[j + 1];
      // why: "Traders' Association", "Workers’ Party": a plural possessive before an organisation head is inside the name.
      if (
        /s['’]$/.test(current.word) &&
        following &&
        text.slice(current.end, following.start) === " " &&
        ORG_HEADS.has(bare(following.word).toLowerCase())
      ) {
        j += 1;
        continue;
      }
      if (/['’]s$/.test(current.word) || /s['’]$/.test(current.word)) {
        possessive = /['’]s$/.test(current.word);
        break;
      }
      const next = words[j + 1];
      if (!next || text.slice(current.end, next.start) !== " " || (current.word.endsWith(".") && !DOTTED_NAME_PART.test(current.word)))
        break;
      if (isCapitalised(next.word)) {
        j += 1;
        continue;
      }
      const after = words[j + 2];
      const lowerNext = next.word.toLowerCase();
      // why: "of"/"and" belong inside institution names ("Ministry of Health") but join two
      // separate names elsewhere ("Brennan and Pratt"), so they need a head word in the run so far.
      const runSoFar = words.slice(i, j + 1);
      const connector =
        (NAME_CONNECTORS.has(lowerNext) || ORG_CONNECTORS.has(lowerNext)) &&
        runSoFar.some((w) => isHead(w.word)) &&
        // "and" only continues a name that already has "of"/"for" ("Ministry of Trade and Industry").
        (!/^(and|&)$/.test(lowerNext) || text.slice(first.start, current.end).match(/\s(of|for|on)\s/) !== null);
      const joinable =
        (NAME_PARTICLES.has(lowerNext) || connector) && after && isCapitalised(after.word) && text.slice(next.end, after.start) === " ";
      if (joinable) {
        j += 2;
        continue;
      }
      // why: "Association for the Advancement of …": a connector and "the" inside an organisation's name
      const beyond = words[j + 3];
      if (
        connector &&
        lowerNext !== "and" &&
        after?.word === "the" &&
        beyond &&
        isCapitalised(beyond.word) &&
        text.slice(next.end, beyond.start) === " the "
      ) {
        j += 3;
        continue;
      }
      break;
    }
    const run = words.slice(i, j + 1);
    const trimmed = trimConnectors(run);
    const reading = classifyName(trimmed.map((w, k) => (k < trimmed.length - 1 && /s['’]$/.test(w.word) ? w.word : bare(w.word))));
    const last = trimmed[trimmed.length - 1];
    const head = trimmed[0];
    if (reading && last && head) {
      const titleWords = reading.role ? reading.role.split(" ").length : 0;
      const nameStart = trimmed[titleWords]?.start ?? head.start;
      mentions.push({
        // why: explicit fields, not a spread: spreading the memoised reading was the scanner's hot spot.
        type: reading.type,
        name: reading.name,
        role: reading.role,
        titled: reading.titled,
        start: head.start,
        end: last.end - (last.word.length - bare(last.word).length),
        nameStart,
        sentence: sentence.index,
        paragraph: sentence.paragraph,
        possessive,
        inQuote: inQuote(head.start),
      });
    }
    i = j + 1;
  }
  return mentions;
}

/**
 * Connectors that join only inside an organisation's name ("Council on Foreign Relations", "Mothers Against
 * Drunk Driving" needs a head word first). why: left out, the tail ("Foreign Relations") was read as a person.
 */
const ORG_CONNECTORS: ReadonlySet<string> = new Set(["on", "against", "in"]);

function isHead(word: string): boolean {
  const lower = word.toLowerCase();
  return ORG_HEADS.has(lower) || EVENT_HEADS.has(lower) || PLACE_HEADS.has(lower);
}

/** A word without a possessive ending or a sentence-final period ("Fernández’s" → "Fernández"). */
export function bare(word: string): string {
  const last = word[word.length - 1];
  if (last !== "s" && last !== "'" && last !== "’" && last !== ".") return word;
  if (/['’]s$/.test(word)) return word.slice(0, -2);
  if (/s['’]$/.test(word)) return word.slice(0, -1);
  // A final period is the sentence's, except after an initial ("J.") or an abbreviated title ("Gen.").
  if (last === "." && !KEEPS_PERIOD.test(word)) return word.slice(0, -1);
  return word;
}

function trimConnectors<T extends { word: string }>(run: readonly T[]): T[] {
  let end = run.length;
  while (end > 1 && NAME_CONNECTORS.has((run[end - 1]?.word ?? "").toLowerCase())) end -= 1;
  return run.slice(0, end);
}
