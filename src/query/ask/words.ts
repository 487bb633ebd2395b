import { matchingKeys, meaningKeys, narrowerKeys, phrasalVerb } from "../../lexicon/wordnet.ts";
import { stem, words } from "../../text/words.ts";
import { FRAME_WORDS, IRREGULAR, SYNONYM_GROUPS } from "./vocabulary.ts";

/** Folded words of a text (diacritics and case removed), possessives dropped: "Norway's" → "norway". */
export function tokens(text: string): string[] {
  return words(text, { dropPossessives: true });
}

/** A light stem so "invoke", "invoked" and "invokes" meet; irregular verbs folded first. Only compared, never shown. */
export function stemOf(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  const stem = computeStem(word);
  // why: the same few thousand words recur in every fact; a bounded memo keeps judging cheap.
  if (STEMS.size > 50_000) STEMS.clear();
  STEMS.set(word, stem);
  return stem;
}

const STEMS = new Map<string, string>();

function computeStem(word: string): string {
  return stem(IRREGULAR[word] ?? word);
}

const SYNONYMS = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = stemOf(group[0] ?? "");
  for (const word of group) SYNONYMS.set(stemOf(word), head);
}

/** The other words of a word's synonym group ("meet" → "summit", "talks", …), for full-text search. */
export function synonymsOf(word: string): string[] {
  const head = SYNONYMS.get(stemOf(word));
  if (!head) return [];
  return SYNONYM_GROUPS.find((group) => stemOf(group[0] ?? "") === head)?.filter((other) => other !== word) ?? [];
}

/** The stems a word may be matched by: itself and its synonym group's head. */
export function meaningsOf(word: string): string[] {
  const stem = stemOf(word);
  const head = SYNONYMS.get(stem);
  return head && head !== stem ? [stem, head] : [stem];
}

/**
 * A word's WordNet meanings (lemmas, senses, word family), irregular forms folded first ("met" → "meet").
 * Frame words and short words have none: "say", "is", "the" would match everything.
 */
export function lexicalKeys(word: string): readonly string[] {
  if (word.length < 3 || FRAME_WORDS.has(word) || /\d/.test(word)) return [];
  return meaningKeys(IRREGULAR[word] ?? word);
}

/** A text's words as a bag of stems (and synonym heads, and WordNet meanings), for coverage checks. */
export function stemBag(text: string): Set<string> {
  const known = BAGS.get(text);
  if (known) return known;
  const bag = new Set<string>();
  const words = tokens(text);
  for (const word of words) {
    for (const meaning of meaningsOf(word)) bag.add(meaning);
    for (const key of lexicalKeys(word)) bag.add(key);
  }
  // why: "signed off", "will not step in": a phrasal verb means what neither word does ("approve", "intervene").
  for (const joined of phrasalVerbsIn(words)) {
    bag.add(joined);
    for (const key of lexicalKeys(joined)) bag.add(key);
  }
  // why: the same facts come back for question after question; their bags are kept (bounded), never rebuilt.
  if (BAGS.size > 20_000) BAGS.clear();
  BAGS.set(text, bag);
  return bag;
}

const BAGS = new Map<string, Set<string>>();

/** Whether `word` occurs in the bag as itself, a light stem, a listed synonym, a WordNet synonym or a narrower word. */
export function bagMeans(bag: ReadonlySet<string>, word: string): "same" | "synonym" | null {
  // why: judging asks the same fact about the same word several times (rarity, coverage, gates), and a word's
  // keys run to a couple of hundred with its narrower kinds: each answer is worked out once per bag and word.
  let memo = MEANS.get(bag);
  if (!memo || memo.size > 2_000) {
    memo = new Map();
    MEANS.set(bag, memo);
  }
  const known = memo.get(word);
  if (known !== undefined) return known;
  const found = bagHas(bag, word) ? "same" : synonymKeys(word).some((key) => bag.has(key)) ? "synonym" : null;
  memo.set(word, found);
  return found;
}

const MEANS = new WeakMap<ReadonlySet<string>, Map<string, "same" | "synonym" | null>>();

/** The bag keys that make a text hold a synonym of `word` (memoised: asked for every candidate fact). */
function synonymKeys(word: string): readonly string[] {
  const known = SYNONYM_KEYS.get(word);
  if (known) return known;
  const broad = word.length < 3 || FRAME_WORDS.has(word) || /\d/.test(word);
  const keys = [
    ...new Set([...lexicalKeys(word).flatMap((key) => matchingKeys(key)), ...(broad ? [] : narrowerKeys(IRREGULAR[word] ?? word))]),
  ];
  if (SYNONYM_KEYS.size > 50_000) SYNONYM_KEYS.clear();
  SYNONYM_KEYS.set(word, keys);
  return keys;
}

const SYNONYM_KEYS = new Map<string, readonly string[]>();

/**
 * Whether `word` occurs in the bag: same stem or synonym, or a shared stem prefix long enough to be the
 * same root ("bolivia"/"bolivian", "chile"/"chilean"), which demonyms and derived forms need.
 */
export function bagHas(bag: ReadonlySet<string>, word: string): boolean {
  const meanings = meaningsOf(word);
  if (meanings.some((meaning) => bag.has(meaning))) return true;
  const stem = meanings[0] ?? word;
  if (stem.length < 5 || /\d/.test(stem)) return false;
  for (const other of longStems(bag)) {
    if (other[0] !== stem[0]) continue;
    const shared = commonPrefix(stem, other);
    if (shared >= 5 && shared >= Math.min(stem.length, other.length) - 1) return true;
  }
  return false;
}

/** A bag's stems of five letters or more (not its WordNet keys), listed once per bag for prefix matching. */
function longStems(bag: ReadonlySet<string>): readonly string[] {
  let stems = LONG_STEMS.get(bag);
  if (!stems) {
    stems = [...bag].filter((entry) => entry.length >= 5 && /^[\p{Ll}\p{N}]/u.test(entry));
    LONG_STEMS.set(bag, stems);
  }
  return stems;
}

const LONG_STEMS = new WeakMap<ReadonlySet<string>, readonly string[]>();

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Words that carry a question's meaning: frame words, one-letter words and bare punctuation dropped. */
export function contentWords(text: string): string[] {
  return [...new Set(tokens(withoutContractions(text)).filter((word) => !FRAME_WORDS.has(word) && (word.length > 1 || /\d/.test(word))))];
}

/** The phrasal verbs of a word list, joined as WordNet writes them: ["stepped", "in"] → ["step_in"]. */
export function phrasalVerbsIn(words: readonly string[]): string[] {
  const found: string[] = [];
  for (let at = 0; at + 1 < words.length; at += 1) {
    const word = words[at] ?? "";
    if (word.length < 3 || FRAME_WORDS.has(word)) continue;
    const joined = phrasalVerb(IRREGULAR[word] ?? word, words[at + 1] ?? "");
    if (joined) found.push(joined);
  }
  return found;
}

/**
 * "isn't" → "is", "won't" → "will": why: split at the apostrophe, "isn", "hadn", "wouldn" became meaning words
 * no fact holds (a quote says "not", "never", or negates another way), so a paraphrase lost its evidence.
 */
function withoutContractions(text: string): string {
  return text
    .replace(/\b(w)on['’]t\b/gi, "$1ill")
    .replace(/\b(c)an['’]t\b/gi, "$1an")
    .replace(/\b(sha)n['’]t\b/gi, "$1ll")
    .replace(/n['’]t\b/gi, "");
}
