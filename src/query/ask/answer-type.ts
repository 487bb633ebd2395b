import type { Candidate } from "./candidates.ts";
import { namesAnyoneNew, withoutFirstWord } from "./name-words.ts";
import type { Resolved } from "./resolve-context.ts";
import { isSpeechAct } from "./speech-acts.ts";
import { AUXILIARIES, IRREGULAR } from "./vocabulary.ts";
import { bagHas, stemBag, tokens } from "./words.ts";

const NUMBER_WORDS =
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens?|hundreds?|thousands?|millions?|billions?|half";
const CARDINAL = new RegExp(`\\b(\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?|${NUMBER_WORDS})\\b`, "i");
const MONEY = new RegExp(
  `[$£€¥]\\s?\\d|\\b\\d[\\d,.]*\\s?(million|billion|bn|m|k|dollars|pounds|euros|cents|pence)\\b|\\b(${NUMBER_WORDS})\\s+(dollars|pounds|euros)\\b`,
  "i",
);
/** A measure's number: "one" and "half" are too often a pronoun or an idiom ("one of the most …") to count. */
const MEASURE = new RegExp(`\\b\\d[\\d,.]*\\b|\\b(${NUMBER_WORDS.replace(/^one\||\|half$/g, "")})\\b`, "i");
const DURATION = new RegExp(`\\b(\\d+|${NUMBER_WORDS}|a|an)[- ](minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b`, "i");
const PERCENT = /\b\d+(\.\d+)?\s?(%|percent|per cent|percentage points?)|\b\d+\s?(to|-|–)\s?\d+\b/i;
const DATE_WORDS =
  /\b(1[89]\d{2}|20\d{2})\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)\b/i;

/**
 * Does the fact hold the kind of thing the question asks for? A "when" needs a date, "how many X" a number
 * counting X, "how much" an amount, "how long" a duration, "what percentage" a share. Without it the nearest
 * fact is about the right thing but cannot answer, and stating it as an answer would be a fabrication.
 */
export function answerTypeFits(candidate: Candidate, q: Resolved): boolean {
  // why: a quote's answer shows the quote's own words; a number elsewhere in its sentence would be cited but not
  // shown ("X said that the country has more billionaires"), so the sentence itself is the fact that answers.
  const shown = candidate.type === "quote" ? candidate.text : `${candidate.text} ${candidate.citation.sentence}`;
  const text = shown.replace(/\b(1[89]|20)\d{2}\b/g, (year) => (q.want === "date" ? year : " "));
  const folded = q.text.toLowerCase();
  if (q.want === "date")
    return (candidate.date !== null || DATE_WORDS.test(candidate.citation.sentence)) && !datesOnlyTheSaying(candidate, q);
  if (/^(and\s+|so\s+)?(for\s+)?how long\b/.test(folded)) return DURATION.test(text);
  if (q.wh === "who" && q.want === "fact" && !q.speechVerb && !namesTheDoer(candidate, q.text)) return false;
  // why: "how tall will the wall be?" is answered by a measure; a fact about the wall that gives none cannot answer.
  if (/^(and\s+)?how\s+(tall|high|big|large|deep|wide|far|heavy|fast|long|close)\b/.test(folded)) return MEASURE.test(text);
  if (q.wh === "where") return placeGiven(candidate.citation.sentence, q.text);
  if (/\b(what|which)\s+(percentage|percent|share|proportion|tally|score|margin)\b/.test(folded))
    return PERCENT.test(text) || CARDINAL.test(text);
  if (q.wh === "which" && PEOPLE_NOUN.test(folded)) return namesSomeoneNew(candidate, q);
  if (q.wh !== "how-many" || q.want === "count") return true;
  const counted = countedNoun(folded);
  if (/\bhow much\b/.test(folded) && !counted) return MONEY.test(text) || PERCENT.test(text);
  if (/\bhow much\b/.test(folded)) return MONEY.test(text) || PERCENT.test(text) || numberBefore(text, counted ?? "");
  return counted ? numberBefore(text, counted) : CARDINAL.test(text);
}

/**
 * "When did X endorse Y?" against a quote by someone else ("X endorsed Y, and that didn't work", said Z on Friday):
 * the quote's date is when Z said it, not when X endorsed anyone. Only the asked person's own words, or a question
 * about saying itself, are dated by their saying.
 */
function datesOnlyTheSaying(candidate: Candidate, q: Resolved): boolean {
  if (candidate.type !== "quote" || q.wh !== "when" || q.predicate === null) return false;
  const base = IRREGULAR[q.predicate] ?? q.predicate;
  if (isSpeechAct(q.predicate, base)) return false;
  const named = q.names.filter((name) => name.entity.type === "person").map((name) => name.entity.id);
  return named.length > 0 && (candidate.entityId === null || !named.includes(candidate.entityId));
}

/**
 * "Who won the caucuses?" against "He won the caucuses" (or residents recalling that "he won"): a fact answers
 * "who" only by naming someone the question does not; a pronoun for a subject names nobody. A quote in the first
 * person names its speaker ("we won").
 */
function namesTheDoer(candidate: Candidate, question: string): boolean {
  if (candidate.type === "role") return true;
  if (candidate.type === "quote") return /\b(I|we|my|our)\b/i.test(candidate.text) || namesAnyoneNew(candidate.text, question);
  return namesAnyoneNew(candidate.citation.sentence, question);
}

/**
 * "Where did they meet?": the fact must say where, as a place after a preposition of place that the question does
 * not already give ("in Tromsø", "at the town hall", "outside the court"). "They met on Wednesday" or "met with
 * the Mexican president" says when and with whom, not where.
 */
function placeGiven(sentence: string, question: string): boolean {
  const asked = new Set(tokens(question));
  for (const match of sentence.matchAll(PLACE_PHRASE)) {
    const words = tokens(match[2] ?? "").filter((word) => !PLACE_FILLERS.has(word));
    if (words.length > 0 && words.some((word) => !asked.has(word)) && !words.every((word) => TIME_WORDS.test(word))) return true;
  }
  return false;
}

const PLACE_PHRASE =
  /\b(in|at|inside|outside|near|from|to|into|across|around|aboard|outside of)\s+((?:(?:the|a|an|his|her|their|its)\s+)?[\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})/giu;
const PLACE_FILLERS = new Set(["the", "a", "an", "his", "her", "their", "its"]);
const TIME_WORDS =
  /^(\d+|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|weekend|month|year|day|time|end|past|future|order|fact|part|addition|response|favor|favour|support|spite|front|all|general|particular|short|turn|total|this|that|which|what|who|be|do|make|get|take|have|say)$/;

/** "Which two coalition members …?", "Which other countries …?": the answer must name them. */
const PEOPLE_NOUN =
  /^(and\s+)?which\s+(\S+\s+){0,2}(members|people|officials|leaders|countries|nations|states|companies|candidates|lawmakers|senators|republicans|democrats|ministers|groups|organisations|organizations|firms|players|teams|outlets|newspapers|networks)\b/;

function namesSomeoneNew(candidate: Candidate, q: Resolved): boolean {
  // why: "According to the Courier, two members …" names its source, not the members.
  const text = candidate.text.replace(/\baccording to (the )?(\p{Lu}[\p{L}'’.-]*\s*)+,?/giu, " ");
  return namesAnyoneNew(withoutFirstWord(text), q.text);
}

/** "how many dock workers walked out" → "workers": the noun the number must count (last of up to three words). */
export function countedNoun(folded: string): string | null {
  const match = /\bhow (?:many|much)\s+(?:of\s+(?:the\s+)?)?((?:[a-z'-]+\s+){0,2}[a-z'-]+)/.exec(folded);
  if (!match?.[1]) return null;
  const words = tokens(match[1]);
  const stop = words.findIndex((word) => AUXILIARIES.has(word) || VERBISH.has(word));
  const kept = stop < 0 ? words : words.slice(0, stop);
  return kept.at(-1) ?? null;
}

const VERBISH = new Set([
  "in",
  "on",
  "at",
  "of",
  "to",
  "from",
  "for",
  "since",
  "did",
  "does",
  "were",
  "are",
  "have",
  "has",
  "had",
  "will",
  "would",
]);

/** A number followed, within four words, by the counted noun or a synonym ("six councillors", "40,000 Verizon employees"). */
function numberBefore(text: string, noun: string): boolean {
  const words = text.split(/\s+/);
  const counts = (span: string) => {
    const bag = stemBag(span);
    return bagHas(bag, noun) || [...stemBag(noun)].some((key) => key.length > 2 && bag.has(key) && !/^=/.test(key));
  };
  for (const [index, word] of words.entries()) {
    if (!CARDINAL.test(word)) continue;
    if (counts(words.slice(index + 1, index + 5).join(" "))) return true;
    // why: "… has more billionaires; X tallies 585 in the United States": a number standing alone (before a
    // preposition, a comma or the end) counts the noun named just before it in the same sentence.
    const bare = /[,.;:]$/.test(word) || ELLIPTIC_NEXT.has((words[index + 1] ?? "").toLowerCase()) || index === words.length - 1;
    if (bare && /\d/.test(word) && counts(words.slice(Math.max(0, index - 10), index).join(" "))) return true;
  }
  return false;
}

const ELLIPTIC_NEXT = new Set(["in", "on", "at", "to", "and", "from", "across", "nationwide", "so", "last", "this"]);
