import { countryWordsOf } from "../../lexicon/capitals.ts";
import { foldForMatch } from "../../text/normalize.ts";
import type { Candidate } from "./candidates.ts";
import { CALENDAR } from "./name-words.ts";
import type { Resolved } from "./resolve-context.ts";
import { IRREGULAR } from "./vocabulary.ts";
import { bagHas, bagMeans, contentWords, stemBag, stemOf, tokens } from "./words.ts";

/** The checks judge.ts applies to one fact: does its sentence show the asked act, speaker, place, occasion, kind and date. */
/**
 * "What did the Dutch prime minister say?": the words describing an unnamed speaker must describe the fact's
 * speaker (name, role, description), not merely appear in the sentence.
 */
export function roleFits(candidate: Candidate, q: Resolved): "match" | "mismatch" | "none" {
  if (q.want !== "quote" && q.want !== "speaker") return "none";
  if (q.names.some((name) => name.entity.type === "person" && q.subjects.includes(name.entity.id))) return "none";
  const nameWords = new Set(q.names.flatMap((name) => tokens(name.text)));
  const words = q.speakerWords.filter((word) => !nameWords.has(word) && !PRONOUN_WORDS.has(word));
  if (words.length === 0) return "none";
  if (candidate.type !== "quote") return "mismatch";
  const bag = stemBag(candidate.speakerText);
  const found = words.filter((word) => bagHas(bag, word)).length;
  // why: the head noun ("minister" in "the Dutch prime minister") must be the speaker's, and half the words with it.
  return bagHas(bag, words.at(-1) ?? "") && found * 2 >= words.length ? "match" : "mismatch";
}

/** A capitalised name that is the subject or object of a speech verb: "Eric Reeves … said", "said Ana Ruiz". */
export const NAMED_SPEAKER = new RegExp(
  `\\p{Lu}\\p{L}+(?:\\s+\\p{Lu}\\p{L}+)+(?:,[^,]{0,80},)?\\s+(?:${"said|says|told|tells|added|argued|warned|noted|insisted|claimed|wrote|explained|urged|declared"})\\b|\\b(?:said|says)\\s+\\p{Lu}\\p{L}+\\s+\\p{Lu}\\p{L}+`,
  "u",
);

/** A capitalised name and the word after it: "Trump called for …", "the mayor, Ana Ruiz, announced …". */
export const NAME_THEN_WORD = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*)(?:,[^,]{0,60},)?\s+(\p{Ll}+)/gu;

/** "Who called for …?" → "called": speech verbs leave the predicate empty, yet the sentence must show that act. */
export function verbAfterWho(question: string): string | null {
  const words = tokens(question);
  const next = words[words.indexOf("who") + 1];
  return words.includes("who") && next !== undefined && !AUXILIARY.has(next) ? next : null;
}

export const AUXILIARY = new Set("is was are were has had have did does do will would could can should may might".split(" "));

/** Capitalised words that start sentences without naming anyone. */
export const NOT_A_NAME = new Set(
  "the a an it he she they we this that these those there his her their its but and when while after".split(" "),
);

/**
 * "Who called for a boycott?" answered by "Trump called for a boycott …": a sentence in which a name is the
 * subject of the very action the question asks about, even a one-word name (NAMED_SPEAKER wants two words).
 */
export function namedActorDoes(sentence: string, predicate: string | null): boolean {
  if (predicate === null) return false;
  const wanted = stemOf(IRREGULAR[predicate] ?? predicate);
  for (const match of sentence.matchAll(NAME_THEN_WORD)) {
    const name = match[1] ?? "";
    const verb = match[2] ?? "";
    if (NOT_A_NAME.has(name.toLowerCase())) continue;
    if (stemOf(IRREGULAR[verb] ?? verb) === wanted) return true;
  }
  return false;
}

/**
 * "140 whales on Stewart Island … around the country": a sentence that places its facts in other named places
 * is about those places, and its "the country" does not stand for the one the question names.
 */
export function namesOtherPlace(sentence: string, asked: string): boolean {
  const askedWords = new Set(tokens(asked));
  return [...sentence.matchAll(LOCATIVE)].some((match) => {
    const word = (match[1] ?? "").toLowerCase();
    return !askedWords.has(word) && !CALENDAR.test(word);
  });
}

export const LOCATIVE = /\b(?:in|on|at|near|off)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/gu;

/**
 * "Who leaked the emails?" is not answered by a sentence that uses the verb only as a modifier ("after leaked
 * emails showed …", "the leaked report"): nobody in it does the action. Any other use ("X leaked", "who is
 * facing", "a spokesperson confirmed") or a synonym the sentence holds instead leaves the decision to the score.
 */
export function actionOnlyModifies(sentence: string, predicate: string): boolean {
  const wanted = stemOf(IRREGULAR[predicate] ?? predicate);
  const words = tokens(sentence);
  const uses = words.flatMap((word, at) => (stemOf(IRREGULAR[word] ?? word) === wanted ? [at] : []));
  return uses.length > 0 && uses.every((at) => MODIFIER_BEFORE.has(words[at - 1] ?? ""));
}

export const MODIFIER_BEFORE = new Set(
  "the a an after before of with from for about in on these those this that his her their its our newly recently".split(" "),
);

/** "Washington" in the question, "the American government" in the fact: a capital standing for its country counts half. */
export function capitalStandsIn(candidate: Candidate, name: string): boolean {
  return countryWordsOf(foldForMatch(name)).some((words) => containsWords(candidate.haystack, words));
}

export const PLACE_STAND_IN = /\bthe (country|capital|city|nation|state|region|island|town|port)\b/;

export function headNounIn(candidate: Candidate, name: string): boolean {
  const words = tokens(name);
  const head = words.at(-1);
  return words.length >= 2 && head !== undefined && head.length >= 4 && containsWords(candidate.haystack, `the ${head}`);
}

/** Share of a quote's meaning words (at least two, at most twelve) that the question's words hold. */
export function quoteEcho(candidate: Candidate, questionBag: ReadonlySet<string>): number {
  if (candidate.type !== "quote" || questionBag.size === 0) return 0;
  const words = contentWords(candidate.text).filter((word) => word.length > 2 && !/\d/.test(word));
  if (words.length < 2 || words.length > 12) return 0;
  return words.filter((word) => bagMeans(questionBag, word) !== null).length / words.length;
}

/** Whether an earlier answer in the thread gave this fact (compared on letters only: answers re-punctuate quotes). */
export function alreadySaid(q: Resolved, candidate: Candidate): boolean {
  if (q.alreadySaid.length === 0) return false;
  const letters = (text: string) => foldForMatch(text).replace(/[^\p{L}\p{N}]+/gu, "");
  const fact = letters(candidate.text);
  return q.alreadySaid.some((said) => letters(said).includes(fact));
}

/** "in his victory speech", "during the debate", "at the rally": the occasion the question places the words in. */
export const OCCASION =
  /\b(?:in|at|during|on)\s+(?:[\p{L}'’-]+\s+){0,4}?(speech|address|interview|remarks|debate|statement|rally|conference|hearing|testimony|tweet|letter|sermon|briefing|podcast|broadcast)\b/iu;

/** A question placing words in an occasion is answered only by a fact whose sentence names that occasion (or a synonym). */
export function occasionFits(candidate: Candidate, q: Resolved): boolean {
  const occasion = OCCASION.exec(q.text)?.[1]?.toLowerCase();
  return occasion === undefined || bagMeans(stemBag(candidate.citation.sentence), occasion) !== null;
}

/** "X said", "X told", "according to X": a sentence in which the named subject is the one speaking. */
export function speaksIn(candidate: Candidate, forms: readonly string[]): boolean {
  const sentence = foldForMatch(candidate.citation.sentence);
  return forms.some((form) => {
    if (form.length < 3) return false;
    const name = form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    return new RegExp(`\\b${name}\\b(\\s+\\S+){0,3}?\\s+(${SPEECH})\\b|\\b(${SPEECH}|according to)\\s+(\\S+\\s+){0,2}?${name}\\b`).test(
      sentence,
    );
  });
}

/** Whether every meaning word of the question but the claim's verb is missing (and there are some). */
export function onlyClaimHeld(q: Resolved, missing: readonly string[], act: string | null): boolean {
  const others = q.content.filter((word) => word !== q.claimVerb && word !== act);
  return others.length > 0 && others.every((word) => missing.includes(word));
}

/** A yes-no "has X commented …?" answered by "X refused to comment": only the speech verb is read, not the claim. */
export function speakerOnlyAnswer(q: Resolved, candidate: Candidate): boolean {
  return q.wh === "yes-no" && q.saidVerb !== null && candidate.type === "sentence" && DENIAL_OR_SILENCE.test(candidate.citation.sentence);
}

export const DENIAL_OR_SILENCE = /\b(denied|denies|declined to comment|refused to comment|would not comment|did not comment)\b/i;

/** Words by which a sentence gives a reason or a cause. */
export const REASON =
  /\b(because|since|as a result|due to|owing to|thanks to|after|amid|over|so that|in order to|reasons?|citing|cited|following|led to|blamed|blames|therefore|in protest|in response to|for fear|to protest|to avoid|to protect|to ensure|to stop|to prevent|caused|causes)\b/i;

/** A sentence that attributes what it says to a named source. */
export const ATTRIBUTION =
  /\baccording to (?:(?:an?|the) [\p{L}\s'’-]{0,40}?(?:from|by|in|of) )?(?:the )?\p{Lu}|\b(?:reported|revealed|introduced|published) (?:first )?by (?:the )?\p{Lu}|\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*)* (?:first )?(?:reported|reports|revealed|has reported)\b/u;

/** Verbs by which a sentence reports what someone said, or that they would not say it. */
export const REPORTED_SPEECH =
  /\b(said|says|told|tells|stated|insisted|claimed|commented|comments|denied|denies|declined to comment|refused to comment|confirmed|confirms)\b/i;

// why: not "asked": in "X, when asked, …" and "asked X" the one asking is someone else.
export const SPEECH =
  "said|says|told|tells|stated|added|argued|warned|noted|insisted|claimed|wrote|explained|called|urged|described|announced|declared";

export const PRONOUN_WORDS = new Set(["he", "she", "they", "him", "her", "them", "it", "you", "we"]);

export function isPerson(q: Resolved, id: string): boolean {
  return q.names.some((name) => name.entity.id === id && name.entity.type === "person");
}

export function kindFits(candidate: Candidate, q: Resolved): boolean {
  switch (q.want) {
    case "quote":
      return candidate.type === "quote" || (q.subjects.length > 0 && candidate.type === "sentence");
    case "speaker":
      // why: "X, one of …, said he was 'appalled' that …": a sentence naming who spoke answers "who said …?".
      return (
        candidate.type === "quote" ||
        (candidate.type === "sentence" &&
          (NAMED_SPEAKER.test(candidate.citation.sentence) ||
            namedActorDoes(candidate.citation.sentence, q.predicate ?? verbAfterWho(q.text))))
      );
    case "role":
      return candidate.type === "role" || (q.roleFallback && candidate.type !== "quote");
    case "date":
      return candidate.type !== "role";
    case "events":
      return candidate.type === "event" || (candidate.type === "quote" && candidate.date !== null);
    case "count":
      return candidate.type === "quote";
    case "source":
      // why: "according to which outlet …?" is answered by a quote passed on by an outlet ("according to Fox
      // News") or a sentence that attributes the claim ("according to a report from WKOW", "As X reported").
      return (candidate.type === "quote" && candidate.via !== null) || ATTRIBUTION.test(candidate.citation.sentence);
    default:
      return true;
  }
}

export function precisionOf(q: Resolved): string {
  if (q.date?.kind === "month-day") return "day";
  return q.date?.query.precision ?? "day";
}

export function mentionsDate(candidate: Candidate, q: Resolved): boolean {
  const words = q.date?.words ?? [];
  return words.length > 0 && words.every((word) => new RegExp(`\\b${word}`).test(candidate.haystack));
}

export function containsWords(haystack: string, form: string): boolean {
  if (form.length < 2) return false;
  const letter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + 1)) {
    if (!letter(haystack[at - 1]) && !letter(haystack[at + form.length])) return true;
  }
  return false;
}

export function phraseOverlap(phrase: string, candidate: Candidate): number {
  if (candidate.type !== "quote" && candidate.type !== "sentence") return 0;
  const text = foldForMatch(candidate.text);
  if (text.includes(phrase)) return 1;
  const words = tokens(phrase);
  if (words.length === 0) return 0;
  const bag = stemBag(text);
  return words.filter((word) => bagMeans(bag, word) !== null).length / words.length;
}
