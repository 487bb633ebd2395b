import { isCommonWord, isPlaceNoun, lemmasOf } from "../../lexicon/wordnet.ts";
import type { StoredEntity } from "../../store/fact-types.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { equivalentNames, isListedName } from "../../text/name-equivalents.ts";
import { foldForMatch } from "../../text/normalize.ts";
import { editDistance } from "../../text/similarity.ts";
import type { AliasKeyCache } from "../alias-key-cache.ts";
import { resolveName } from "../name-resolver.ts";
import { isAcronym } from "./acronym.ts";
import { AUXILIARIES, FRAME_WORDS, MONTH_WORDS, QUESTION_WORDS, SAY_VERBS } from "./vocabulary.ts";

/** A name in the question and where it stands (offsets into the question text). */
export type NamedSpan = { text: string; start: number; end: number };
export type FoundName = NamedSpan & { entity: StoredEntity };
export type QuestionNames = { found: FoundName[]; unknown: NamedSpan[] };

const PARTICLES = new Set(["al", "bin", "de", "del", "da", "van", "von", "der", "la", "le", "ibn"]);
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * The people, places and organisations a question names, looked up through the store's aliases (typo-tolerant
 * for capitalised names, exact for lower-case words so "novak" works but "march forward" does not become a name).
 * Capitalised words that match nobody are returned as `unknown`: the answer must mention them or admit it can't.
 */
export function findNames(store: FactReader, question: string, aliasKeys: AliasKeyCache): QuestionNames {
  const words = [...question.matchAll(WORD)].map((m) => ({
    text: m[0].replace(/['’]s$/, "").replace(/[.'’-]+$/, ""),
    start: m.index ?? 0,
  }));
  const found: FoundName[] = [];
  const unknown: NamedSpan[] = [];
  const covered = new Set<number>();
  for (const run of capitalisedRuns(words)) {
    const spans = resolveRun(store, aliasKeys, run);
    for (const span of spans) {
      if ("entity" in span) found.push(span);
      else unknown.push(span);
    }
    for (const word of run) covered.add(word.start);
  }
  for (const [index, word] of words.entries()) {
    if (covered.has(word.start)) continue;
    const folded = foldForMatch(word.text);
    if (folded.length < 3 || FRAME_WORDS.has(folded) || SAY_VERBS.has(folded) || MONTH_WORDS.has(folded)) continue;
    const next = words[index + 1];
    const pair = next ? foldForMatch(`${word.text} ${next.text}`) : null;
    const pairHit = pair ? store.entitiesByAliasKey(pair)[0] : undefined;
    if (pairHit && next) {
      found.push({ text: `${word.text} ${next.text}`, start: word.start, end: next.start + next.text.length, entity: pairHit });
      covered.add(next.start);
      continue;
    }
    const hit = store.entitiesByAliasKey(folded)[0];
    // why: "would narrowly win" is not the entity some article made of a capitalised "Win": a lower-case
    // dictionary word names someone only when it names a person or place the store knows ("novak" has no sense).
    if (hit && lemmasOf(folded).length > 0 && hit.type !== "place") continue;
    if (hit) found.push({ text: word.text, start: word.start, end: word.start + word.text.length, entity: hit });
  }
  return { found: dedupe(found), unknown };
}

type Word = { text: string; start: number };

/** Runs of capitalised words (with name particles inside), skipping a sentence-initial question word. */
function capitalisedRuns(words: readonly Word[]): Word[][] {
  const runs: Word[][] = [];
  let current: Word[] = [];
  const flush = () => {
    while (current.length > 0 && PARTICLES.has((current.at(-1)?.text ?? "").toLowerCase())) current.pop();
    if (current.length > 0) runs.push(current);
    current = [];
  };
  for (const word of words) {
    const lower = word.text.toLowerCase();
    const capital = /^\p{Lu}/u.test(word.text) && !(QUESTION_WORDS.has(lower) || AUXILIARIES.has(lower) || lower === "i");
    if (capital && !(current.length === 0 && FRAME_WORDS.has(lower) && word.start === 0)) current.push(word);
    else if (current.length > 0 && PARTICLES.has(lower)) current.push(word);
    else flush();
  }
  flush();
  return runs.filter((run) => !run.every((word) => MONTH_WORDS.has(word.text.toLowerCase())));
}

/** The whole run as one name, else each word on its own; what resolves nowhere is unknown. */
function resolveRun(store: FactReader, aliasKeys: AliasKeyCache, run: readonly Word[]): (FoundName | NamedSpan)[] {
  const first = run[0];
  const last = run.at(-1);
  if (!first || !last) return [];
  const whole = { text: run.map((word) => word.text).join(" "), start: first.start, end: last.start + last.text.length };
  const entity = lookup(store, aliasKeys, whole.text);
  if (entity) return [{ ...whole, entity }];
  if (run.length === 1) return [whole];
  const parts = run.filter((word) => !PARTICLES.has(word.text.toLowerCase()));
  const resolved = parts.map((word) => ({
    text: word.text,
    start: word.start,
    end: word.start + word.text.length,
    entity: lookup(store, aliasKeys, word.text),
  }));
  // why: "Foreign Office" is one unknown name, not two; "Ana Novak" resolves through her surname.
  if (resolved.every((part) => part.entity === null)) return [whole];
  return resolved.map((part) => (part.entity ? { ...part, entity: part.entity } : { text: part.text, start: part.start, end: part.end }));
}

function lookup(store: FactReader, aliasKeys: AliasKeyCache, text: string): StoredEntity | null {
  const key = foldForMatch(text);
  if (key.length < 3 && !isListedName(text)) return null;
  const exact = store.entitiesByAliasKey(key).length > 0;
  // why: typo tolerance and surname keys are for names; "Mine Workers" is two words of English, not a misspelt
  // "Mile" and the surname of a union an extractor took for a person. Only an alias the store holds may name them.
  // why: nor is an acronym a typo of another: "CDC" is not "CBC", nor "NBC" "CBS".
  if (!exact && equivalentNames(text).length === 0 && (isAcronym(text) || key.split(" ").every(isCommonWord))) return null;
  const entity = resolveName(store, text, aliasKeys).entities.find((candidate) => !placeTakenForPerson(key, candidate)) ?? null;
  return entity && sameFirstName(text, entity.name) ? entity : null;
}

/**
 * why: "Did Oklahoma vote for …?" asks about the state, not the person some article's "Oklahoma Democrats"
 * became; a word WordNet knows as a place names a person only as that person's surname.
 */
function placeTakenForPerson(key: string, entity: StoredEntity): boolean {
  return entity.type === "person" && !key.includes(" ") && lastWord(entity.name) !== key && isPlaceNoun(key);
}

function lastWord(name: string): string {
  return foldForMatch(name).split(" ").at(-1) ?? "";
}

/**
 * "Anna Kaya" is not "Rustam Kaya": the resolver matches surnames alone (right for "Kaya"), so a first name
 * the question gives must agree with the entity's (an initial or a typo still does).
 */
function sameFirstName(asked: string, name: string): boolean {
  const a = foldForMatch(asked).split(" ");
  const b = foldForMatch(name).split(" ");
  if (a.length < 2 || b.length < 2) return true;
  const [x = "", y = ""] = [a[0], b[0]];
  if (x.replace(/\.$/, "").length === 1) return y.startsWith(x.replace(/\.$/, ""));
  return editDistance(x, y, 2) <= (x.length > 4 ? 1 : 0) || y.startsWith(x) || x.startsWith(y);
}

function dedupe(found: readonly FoundName[]): FoundName[] {
  const seen = new Set<string>();
  return found.filter((name) => {
    if (seen.has(name.entity.id)) return false;
    seen.add(name.entity.id);
    return true;
  });
}
