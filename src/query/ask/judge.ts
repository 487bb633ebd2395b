import { foldForMatch } from "../../text/normalize.ts";
import { ageIn } from "./age.ts";
import type { Candidate } from "./candidates.ts";
import { dateMatches } from "./question-dates.ts";
import type { Resolved } from "./resolve-context.ts";
import { bagHas, stemBag, tokens } from "./words.ts";

/** A candidate with the verdict: does it answer the question, and how well. */
export type Judged = { candidate: Candidate; supported: boolean; score: number; missing: string[]; age: number | null };

/** Names a fact must mention, as folded alias lists (the store's every spelling). */
export type NameForms = ReadonlyMap<string, readonly string[]>;

/** "in Qatar", "at the Geneva talks", "to the Lisbon Forum": a sentence that names a place. */
const PLACE_CUE = /\b(in|at|to|from|near|outside)\s+(the\s+)?\p{Lu}\p{L}+/u;
/** ", the director of …", ", his counterpart": a sentence that says what someone is. */
const APPOSITIVE = /,\s+(the|a|an|his|her|their|its)\s+\p{L}+/u;
const CARDINAL =
  /\b(\d{1,3}(,\d{3})*(\.\d+)?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?)\b/;

/**
 * The honesty rule: a fact supports an answer only when it speaks of every name the question gives, falls on
 * its date, is the kind of fact wanted, and contains the question's meaning words (one in four may be missing,
 * so "meeting" vs "met with" does not sink an answer; a shorter question must match fully).
 */
export function judge(candidate: Candidate, q: Resolved, forms: NameForms, topicIds: ReadonlySet<string>): Judged {
  const missing = q.content.filter((word) => !bagHas(candidate.bag, word));
  const coverage = q.content.length === 0 ? 1 : 1 - missing.length / q.content.length;
  const mentions = (id: string) =>
    candidate.entityId === id || (forms.get(id) ?? []).some((form) => containsWords(candidate.haystack, form));
  // why: "what did the Foreign Office say" is answered by a quote from "a Foreign Office spokesperson": an
  // organisation speaks through people the article leaves unnamed.
  const speakerIsSubject =
    q.subjects.length > 0 &&
    ((candidate.entityId !== null && q.subjects.includes(candidate.entityId)) ||
      q.subjects.some((id) => !isPerson(q, id) && (forms.get(id) ?? []).some((form) => containsWords(candidate.speakerText, form))));
  const namesOk = q.names.every((name) =>
    q.subjects.includes(name.entity.id)
      ? speakerIsSubject || (candidate.type !== "quote" && mentions(name.entity.id))
      : mentions(name.entity.id),
  );
  const unknownOk = q.unknown.every((name) => tokens(name.text).every((word) => bagHas(candidate.bag, word)));
  const dated = candidate.date !== null;
  const dateOk = q.date === null || (dated && dateMatches(q.date, candidate.date?.date ?? "")) || (!dated && mentionsDate(candidate, q));
  const phraseScore = q.phrase ? phraseOverlap(q.phrase, candidate) : 0;
  const kindOk = kindFits(candidate, q);
  const asked = q.content.length > 0 || q.names.length > 0 || q.unknown.length > 0 || q.date !== null || q.phrase !== null;
  // "how old is X?": only a fact that gives an age next to X's name answers
  const age = q.age
    ? ageIn(
        candidate.haystack,
        q.names.flatMap((name) => forms.get(name.entity.id) ?? []),
      )
    : null;
  const supported =
    (!q.age || age !== null) &&
    asked &&
    kindOk &&
    namesOk &&
    unknownOk &&
    dateOk &&
    (q.phrase === null || phraseScore >= 0.75) &&
    missing.length <= allowedMisses(q.content.length) &&
    (q.wh !== "how-many" || q.want === "count" || CARDINAL.test(withoutYears(candidate.text))) &&
    !q.alreadySaid.some((said) => said.includes(candidate.text));
  let score = coverage * 10 + phraseScore * 20 + (candidate.fts > 0 ? Math.min(candidate.fts, 20) / 10 : 0);
  if (speakerIsSubject) score += 6;
  if (namesOk) score += 3;
  if (kindOk) score += 2;
  if (q.date && dated && dateOk) score += candidate.date?.precision === precisionOf(q) ? 4 : 2;
  if (q.threadFacts.has(candidate.id)) score += 1.5;
  if (q.lastAnswer.has(candidate.id)) score += 6;
  if (topicIds.has(candidate.id)) score += 1;
  if (candidate.quoteKind === "direct") score += 0.5;
  if (q.want === "role" && q.roleFallback && APPOSITIVE.test(candidate.citation.sentence)) score += 2;
  if (q.wh === "where" && PLACE_CUE.test(`${candidate.text} ${candidate.citation.sentence}`)) score += 3;
  if (q.want === "date") score += dated ? 3 : -6;
  // why: "when?" is best answered by the most precise date the articles give.
  if (q.want === "date" && candidate.date) score += { day: 1, month: 0.5, year: 0 }[candidate.date.precision];
  if (q.want === "date" && candidate.type === "event") score += 1;
  if (age !== null) score += 5;
  return { candidate, supported, score, missing, age };
}

/**
 * One meaning word in three may be missing ("slow the advance" vs "keep the advance at bay"); a question of one
 * or two meaning words must match fully, which is what keeps "who won the election?" from being answered by
 * "faces an election".
 */
export function allowedMisses(words: number): number {
  return words >= 3 ? 1 : 0;
}

function isPerson(q: Resolved, id: string): boolean {
  return q.names.some((name) => name.entity.id === id && name.entity.type === "person");
}

function kindFits(candidate: Candidate, q: Resolved): boolean {
  switch (q.want) {
    case "quote":
    case "speaker":
      return candidate.type === "quote" || (q.subjects.length > 0 && candidate.type === "sentence");
    case "role":
      return candidate.type === "role" || (q.roleFallback && candidate.type !== "quote");
    case "date":
      return candidate.type !== "role";
    case "events":
      return candidate.type === "event" || (candidate.type === "quote" && candidate.date !== null);
    case "count":
      return candidate.type === "quote";
    default:
      return true;
  }
}

function precisionOf(q: Resolved): string {
  if (q.date?.kind === "month-day") return "day";
  return q.date?.query.precision ?? "day";
}

function mentionsDate(candidate: Candidate, q: Resolved): boolean {
  const words = q.date?.words ?? [];
  return words.length > 0 && words.every((word) => new RegExp(`\\b${word}`).test(candidate.haystack));
}

function containsWords(haystack: string, form: string): boolean {
  if (form.length < 2) return false;
  const letter = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}]/u.test(char);
  for (let at = haystack.indexOf(form); at >= 0; at = haystack.indexOf(form, at + 1)) {
    if (!letter(haystack[at - 1]) && !letter(haystack[at + form.length])) return true;
  }
  return false;
}

function phraseOverlap(phrase: string, candidate: Candidate): number {
  if (candidate.type !== "quote" && candidate.type !== "sentence") return 0;
  const text = foldForMatch(candidate.text);
  if (text.includes(phrase)) return 1;
  const words = tokens(phrase);
  if (words.length === 0) return 0;
  const bag = stemBag(text);
  return words.filter((word) => bagHas(bag, word)).length / words.length;
}

function withoutYears(text: string): string {
  return text.replace(/\b(1[89]|20)\d{2}\b/g, " ").replace(/\b\w*\d\w*[a-z]\w*\b|\b[a-z]+\d\w*\b/gi, " ");
}
