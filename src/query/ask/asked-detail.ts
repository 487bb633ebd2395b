import type { Candidate } from "./candidates.ts";
import { CALENDAR } from "./name-words.ts";
import type { Resolved } from "./resolve-context.ts";
import { bagHas, bagMeans, contentWords, stemBag, tokens } from "./words.ts";

/**
 * Gates for the details a question gives or asks for. why: the score weighs how much of the question a fact
 * holds, so a fact about the right people and topic can pass while lacking the one detail that was asked
 * ("the three people", "in what year", "what did X say about Y"). Stating such a fact as the answer is a
 * fabrication however high it scores, so each is a gate, not a weight.
 */
export function detailMissing(candidate: Candidate, q: Resolved): string | null {
  if (numberMissing(candidate, q)) return "number asked about not in it";
  if (!detailKindHeld(candidate, q)) return "detail asked for not in it";
  if (!topicHeld(candidate, q)) return "topic asked about not in it";
  return null;
}

const NUMBER_WORDS = new Set(
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion".split(
    " ",
  ),
);
const DIGITS = ["", "", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"];
const SMALL = "zero one two three four five six seven eight nine ten eleven twelve".split(" ");

/** "Who are the three people …?": a number the question gives (not a date's) must be in the fact, as digits or words. */
function numberMissing(candidate: Candidate, q: Resolved): boolean {
  const dateWords = new Set(q.date?.words ?? []);
  const numbers = tokens(q.text.replace(/(\d),(\d{3})/g, "$1$2")).filter(
    (word) => !dateWords.has(word) && (NUMBER_WORDS.has(word) || (/^\d+$/.test(word) && !/^(1[89]|20)\d\d$/.test(word))),
  );
  if (numbers.length === 0) return false;
  const held = new Set(tokens(candidate.haystack.replace(/(\d),(\d{3})/g, "$1$2")));
  return numbers.some((word) => {
    const small = SMALL.indexOf(word);
    const digits = /^\d+$/.test(word) ? SMALL[Number(word)] : undefined;
    return !held.has(word) && !(small >= 2 && held.has(DIGITS[small] ?? "")) && !(digits !== undefined && held.has(digits));
  });
}

const YEAR = /\b(1[89]|20)\d{2}\b/;
const DAY =
  /\b(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?\s+\d{1,2}\b|\b\d{1,2}\s+(january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)\b/i;

/**
 * "In what year …?", "On what date …?", "What were the names of …?": the question asks for a kind of detail,
 * and the fact's own sentence must hold one (a publication date is not the year something was done).
 */
function detailKindHeld(candidate: Candidate, q: Resolved): boolean {
  const folded = q.text.toLowerCase();
  const sentence = `${candidate.text} ${candidate.citation.sentence}`;
  if (/\b(what|which)\s+year\b/.test(folded)) return YEAR.test(sentence);
  if (/\b(what|which)\s+(date|day)\b/.test(folded)) return DAY.test(sentence) || candidate.date?.precision === "day";
  if (/\bnames?\s+of\b/.test(folded)) return namesSomeone(candidate, q);
  if (q.wh === "which" && q.want === "fact") return identifiesOne(candidate, q);
  return true;
}

/** A capitalised pair of words in the fact that the question does not already give: a name. */
function namesSomeone(candidate: Candidate, q: Resolved): boolean {
  const asked = new Set(tokens(q.text));
  // why: the names must be of the ones asked about ("the names of the six soldiers"): next to that noun, not
  // anywhere in a sentence that also names a candidate and a department.
  const noun = /\bnames?\s+of\s+(?:the\s+)?(?:\S+\s+){0,2}?([a-z]+)\s+(?:who|that|which|in|at|on|of|killed|were|was|are|is|did)\b/.exec(
    q.text.toLowerCase(),
  )?.[1];
  const text = candidate.text;
  return [...text.matchAll(/\p{Lu}[\p{L}'’.-]+\s+\p{Lu}[\p{L}'’.-]+/gu)].some((match) => {
    if (!tokens(match[0]).every((word) => !asked.has(word))) return false;
    if (noun === undefined) return true;
    const at = match.index ?? 0;
    const near = stemBag(text.slice(Math.max(0, at - 60), at + match[0].length + 60));
    return bagHas(near, noun);
  });
}

/** "about", "on", "regarding" after a verb of speech: what follows is the topic the speaker's words must be about. */
const ABOUT =
  /\b(?:say|says|said|tell|told|think|thinks|thought|comment|commented|speak|spoke|talk|talked|write|wrote|feel|feels|felt)\b[^?]*?\b(?:about|on|regarding|of)\s+([^?]+)/i;

/**
 * "What did X say about Y?": half of Y's meaning words (or their synonyms) must be in the fact itself (its
 * quote or sentence), not only in the question's names: X's words on another topic do not answer.
 */
function topicHeld(candidate: Candidate, q: Resolved): boolean {
  if (q.want !== "quote") return true;
  // why: "Did X say the strandings were caused by sonar?" asks whether X said that: like "what did X say about
  // Y?", half of what X is asked to have said must be in X's fact, whatever X said on the same topic.
  const said =
    q.wh === "yes-no" && q.saidVerb !== null ? new RegExp(`\\b${q.saidVerb}\\b\\s+(?:that\\s+)?([^?]+)`, "i").exec(q.text) : null;
  const topic = said?.[1] ?? ABOUT.exec(q.text)?.[1];
  if (!topic) return true;
  const nameWords = new Set([...q.names, ...q.unknown].flatMap((name) => tokens(name.text)));
  const dateWords = new Set(q.date?.words ?? []);
  const words = contentWords(topic).filter((word) => !nameWords.has(word) && !dateWords.has(word));
  if (words.length === 0) return true;
  const held = words.filter((word) => bagMeans(candidate.bag, word) !== null).length;
  return held * 2 >= words.length;
}

/**
 * "Which personal email service did X use?": the answer names the one meant. The fact must hold the asked
 * noun phrase's head ("service") or, within three words of where it holds the phrase's words, a name the
 * question does not give. A sentence that only repeats "personal email" says which kind, not which one.
 */
function identifiesOne(candidate: Candidate, q: Resolved): boolean {
  const folded = q.text.toLowerCase();
  const phrase = /\bwhich\s+((?:[a-z'-]+\s+){0,3}?[a-z'-]+)\s+(?:did|does|do|is|are|was|were|has|have|had|will|would|can|could)\b/.exec(
    folded,
  )?.[1];
  if (!phrase) return true;
  const phraseWords = tokens(phrase);
  const head = phraseWords.at(-1) ?? "";
  if (bagMeans(candidate.bag, head) !== null) return true;
  const asked = new Set(tokens(q.text));
  const raw = candidate.citation.sentence.split(/\s+/);
  const words = raw.map((word) => tokens(word)[0] ?? "");
  // why: "which countries …?" gives only the head: any name the question does not give may be the answer.
  const modifiers = phraseWords.slice(0, -1);
  return words.some((word, at) => {
    if (modifiers.length > 0 && !modifiers.includes(word)) return false;
    return raw.slice(Math.max(0, at - 3), at + 4).some((near, offset) => {
      const token = tokens(near)[0] ?? "";
      const index = Math.max(0, at - 3) + offset;
      return index > 0 && /^\p{Lu}/u.test(near) && !asked.has(token) && !CALENDAR.test(token);
    });
  });
}
