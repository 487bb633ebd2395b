import { isPersonNoun, lemmasOf } from "../../lexicon/wordnet.ts";
import { foldForMatch } from "../../text/normalize.ts";
import type { Candidate } from "./candidates.ts";

/** Words that end a title read backwards from a name: determiners, prepositions, speech verbs, conjunctions. */
const STOP = new Set(
  "the a an this that these those and or but nor said says say told tells according to of by with for from in on at as when while who whom which whose after before since than then also about against between including like under over into via is was are were be been has had have will would can could may might".split(
    " ",
  ),
);

/** Time words an article may open a sentence with ("Yesterday, …"): never part of anyone's title. */
const TIME = new Set(
  "yesterday today tonight tomorrow monday tuesday wednesday thursday friday saturday sunday morning evening afternoon night week month year".split(
    " ",
  ),
);

const MAX_WORDS = 5;

type Word = { text: string; folded: string; start: number; end: number };

function wordsOf(sentence: string): Word[] {
  return [...sentence.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’&.-]*/gu)].map((match) => {
    const text = (match[0] ?? "").replace(/[.]+$/u, "");
    return { text, folded: foldForMatch(text).replace(/['’]s$/u, ""), start: match.index ?? 0, end: (match.index ?? 0) + text.length };
  });
}

/**
 * "said GOP strategist Keith Nahigian", "Pentagon press secretary Peter Cook", "former CIA analyst Paul Pillar": the
 * words an article writes right before a person's full name, when the word next to the name is a noun WordNet
 * knows as a kind of person. Returned verbatim (never reworded), or null. why: extractors store appositives
 * (", a veteran of …") better than titles before the name, and "who is X?" is often answered only by the title.
 */
export function titleBefore(sentence: string, fullName: string): string | null {
  const nameWords = fullName.split(/\s+/u).map((word) => foldForMatch(word).replace(/[.]+$/u, ""));
  if (nameWords.length < 2) return null;
  const words = wordsOf(sentence);
  for (let at = 0; at + nameWords.length <= words.length; at += 1) {
    if (!nameWords.every((word, k) => words[at + k]?.folded === word)) continue;
    const after = words[at + nameWords.length];
    const between = (a: Word, b: Word) => sentence.slice(a.end, b.start);
    // why: "Carter's press secretary, Peter Cook, told …": a title may stand before the name between commas.
    const last = words[at + nameWords.length - 1];
    const enclosed = last !== undefined && (after === undefined || /^\s*,/u.test(between(last, after)));
    const before =
      titleEndingAt(sentence, words, at, enclosed) ?? (after && last ? titleAfter(sentence, words, at + nameWords.length) : null);
    if (before) return before;
  }
  return null;
}

/** The title read backwards from the word before index `at` (see titleBefore). */
function titleEndingAt(sentence: string, words: readonly Word[], at: number, enclosed: boolean): string | null {
  const title: Word[] = [];
  for (let back = at - 1; back >= 0 && title.length < MAX_WORDS; back -= 1) {
    const word = words[back];
    const next = words[back + 1];
    if (!word || !next) break;
    const gap = sentence.slice(word.end, next.start);
    // why: a comma, a quotation mark or a full stop between two words ends the title ("…,” said X"), except the
    // comma right before a name that a comma also closes ("his press secretary, Peter Cook, said").
    const appositive = back === at - 1 && enclosed && /^,\s+$/u.test(gap);
    if (/[^\s\p{L}\p{N}'’&.-]/u.test(gap) && !appositive) break;
    if (!isTitleWord(word)) break;
    title.unshift(word);
  }
  const head = title.at(-1);
  const first = title[0];
  return head && first && isPersonTitle(head.folded) ? sentence.slice(first.start, head.end) : null;
}

/** "Andrew Rice, a former state senator, …": an appositive right after the name whose head is a kind of person. */
function titleAfter(sentence: string, words: readonly Word[], from: number): string | null {
  const name = words[from - 1];
  const article = words[from];
  if (!name || !article || !/^,\s+$/u.test(sentence.slice(name.end, article.start))) return null;
  if (!/^(a|an|the)$/u.test(article.folded)) return null;
  const title: Word[] = [];
  let head: Word | undefined;
  for (let at = from + 1; at < words.length && title.length < MAX_WORDS + 3; at += 1) {
    const word = words[at];
    const prev = words[at - 1];
    if (!word || !prev) break;
    if (/[^\s\p{L}\p{N}'’&.-]/u.test(sentence.slice(prev.end, word.start))) break;
    // why: "a veteran of multiple presidential campaigns": the head is the word before "of"; what follows belongs to it.
    if (word.folded === "of" && head === undefined && title.length > 0) {
      head = title.at(-1);
      title.push(word);
      continue;
    }
    if (!isTitleWord(word)) break;
    title.push(word);
  }
  while (title.at(-1)?.folded === "of") title.pop();
  const end = title.at(-1);
  const noun = head ?? end;
  return end && noun && isPersonTitle(noun.folded) ? sentence.slice(article.start, end.end) : null;
}

function isTitleWord(word: Word): boolean {
  if (STOP.has(word.folded) || TIME.has(word.folded) || /\d/u.test(word.folded)) return false;
  return !/^\p{Ll}/u.test(word.text) || nounOrAdjective(word.folded);
}

/** "strategist", "secretary", "Secretary-Treasurer" (its last part): a noun for a kind of person. */
function isPersonTitle(folded: string): boolean {
  const last = folded.split("-").at(-1) ?? folded;
  return /^\p{L}{3,}$/u.test(last) && isPersonNoun(last);
}

function nounOrAdjective(folded: string): boolean {
  return lemmasOf(folded).some((entry) => entry.pos === "n" || entry.pos === "a");
}

/** Title abbreviations an extractor may cut a role at ("Sen. Jeff …" → "Sen"): a general list, not a name. */
const TITLE_ABBREVIATIONS = new Set(
  "sen rep gov lt gen col capt sgt dr prof rev atty amb supt cmdr adm maj pres sec insp det mr mrs ms st cpl pvt".split(" "),
);

/**
 * "Sen", "Virginia Sen", "former C": a stored role that ends in a title abbreviation or a lone initial was cut at
 * the abbreviation's full stop and says less than its sentence. why: the extractor ends a role at the first full
 * stop, so "Sen. Jeff Merkley of Oregon" left "Sen".
 */
export function isCutRole(role: Candidate): boolean {
  if (role.type !== "role") return false;
  const last = role.text.trim().split(/\s+/u).at(-1) ?? "";
  return /^\p{Lu}$/u.test(last) || (/^\p{Lu}\p{Ll}{1,3}$/u.test(last) && TITLE_ABBREVIATIONS.has(last.toLowerCase()));
}
