/**
 * A timeline line for a dated sentence: the clause that carries the date, not the whole sentence.
 * "…the old quarter, including Vellmar Bridge, which the province sold in 2009." → "Vellmar Bridge, which the province sold in 2009";
 * "On Sunday, the minister said talks would resume." → "The minister said talks would resume".
 * The same event told in two articles then reads alike, so the timeline can merge it.
 */
import { readsAsClause } from "../text/clause-shape.ts";
import { IRREGULAR_PAST } from "./dates/tense.ts";

const MAX_CLAUSE = 160;
/** A whole sentence is kept longer, so its date (often near the end) usually survives the cut. */
const MAX_SENTENCE = 220;
/** A clause shorter than this (in words) cannot stand alone: "in 2014", "last week". */
const MIN_CLAUSE_WORDS = 4;
const RELATIVE = /^(?:which|who|whom|whose|where|when)\b/i;
const LEADING_CONJUNCTION = /^(?:and|but|or|so|yet)\s+/i;
/** "and recognise …", "but said …": a clause whose subject is in an earlier one cannot stand alone. */
// why: "and her letters show …", "but he seemed …": a pronoun or a determiner after the conjunction opens a subject
const SUBJECTLESS =
  /^(?:and|but|or|so|yet)\s+(?!(?:he|she|it|they|we|i|you|his|her|its|their|our|my|the|a|an|this|that|these|those|there)\b)\p{Ll}/u;
/** "according to the agency on Monday", "he told reporters on Friday": the date of the telling, not the event. */
const ATTRIBUTION = /^(?:according to|as reported by|(?:\S+\s+){0,3}(?:said|says|told|added|wrote|reported)\b)/i;
const QUOTE_MARK = /["“”]/;
const OPENING_PHRASE =
  /^(?:in|on|at|after|following|since|before|during|until|by|amid|despite|within|throughout|earlier|later|prior to|ahead of|between|including|among|from|with|without|under|over|across|through|against|for|back in|back)\b/i;

/** "Racking up wins …", "While touring …", "When asked …": a participle phrase, no subject of its own. */
const PARTICIPLE_OPENING =
  /^(?:(?:while|when|after|before|since|by|upon|on|once|if)\s+\p{L}{2,}(?:ing|ed)|\p{L}{3,}ing)\b(?!\s+(?:is|are|was|were|has|have|had|will|would)\b)/iu;
/** Subordinators whose clause cannot stand as what happened. */
const SUBORDINATE = /^(?:although|though|because|while|whereas|if|unless|even though|even if|as if)\b/i;

type Segment = { start: number; end: number };

/** After an opening date, a phrase with no verb of its own: "Sunday on a morning show", "Monday at a rally". */
const DATE_THEN_PHRASE = /^\s*(?:night|morning|afternoon|evening)?\s*(?:on|at|in|during|before|after|while|when)\b/i;
/** "As the agency reported …", "As Ana Ruiz pointed out …": a source's telling hung on the main clause. */
const AS_REPORTED =
  /^\s*as\s+(?:\S+\s+){1,7}?(?:\S+\s+)?(?:reported|said|noted|pointed out|wrote|told|explained|revealed|announced|disclosed|observed)\b/i;

const OPENING_SUBORDINATE = /^\s*(?:when|whenever|as|once|while|because|although|though|if|unless)\s/i;
/** A later segment that opens with an auxiliary or a past form: the predicate of a subject cut by commas. */
const AUXILIARY_PREDICATE =
  /^\s*(?:(?:also|still|now|then|already|since|later)\s+)?(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|did|does)\b/i;
/** "may", "might", "could", "should" with no past form: a guess about the date, not a happening. */
// why: lower case only: "May" is a month
const SPECULATIVE = /\b(?:may|might|could|should)\b/;
const PAST_FORM = /\b(?:was|were|had|did|\p{L}{3,}ed)\b/iu;

function speculates(summary: string): boolean {
  return SPECULATIVE.test(summary) && !PAST_FORM.test(summary) && !IRREGULAR_PAST.test(summary);
}

/**
 * Where a relative clause holding the date starts, when it runs to the end of the segment: "unions representing
 * 40,000 employees who walked off the job in mid-April" tells the walk-out, not the main clause. Else null.
 */
function relativeInSegment(text: string, dateAt: number): number | null {
  const head = text.slice(0, dateAt);
  // a word right before the pronoun: "…, ''Title,'' which …" hangs on a quoted title, not on a noun to show
  const match = /[\p{L}\p{N}]\s(?:who|which)\s[^,;:—–]*$/u.exec(head);
  if (!match || match.index < 1) return null;
  return match.index + 2;
}

/** The brackets around `offset`, when it lies inside a pair in the sentence. */
function enclosingBrackets(sentence: string, offset: number): { open: number; close: number } | null {
  const open = sentence.lastIndexOf("(", offset);
  if (open < 0 || sentence.lastIndexOf(")", offset) > open) return null;
  const close = sentence.indexOf(")", offset);
  return close < 0 ? null : { open, close };
}

const LETTERS = /\p{L}{2,}/gu;
/** Words that carry no happening of their own: "That was last fall", "It is today". */
const EMPTY_WORDS = new Set("that this it there was is were are be been and but so then he she they we".split(" "));

/**
 * A line that is little more than its date ("Norton, this year", a splitter's fragment) or whose other words
 * only point back to an earlier sentence ("That was last fall") says nothing happened.
 */
export function saysNothingBeside(summary: string, phrase: string): boolean {
  const rest = withoutPhrase(summary, phrase).match(LETTERS) ?? [];
  return rest.length < 2 || rest.every((word) => EMPTY_WORDS.has(word.toLowerCase()));
}

function withoutPhrase(summary: string, phrase: string): string {
  return phrase ? summary.replace(phrase, " ") : summary;
}

/** "If X loses on Tuesday, …", "But unless …": a sentence that supposes tells no happening, whatever it dates. */
const CONDITION = /^\W*(?:(?:and|but|so|yet|still|even)\s+)?(?:if|unless)\b(?!\s+(?:anything|so|only)\b)/i;
/** "…, as dedicated by the mayor on Friday": a participle after "as" describes a noun outside its segment. */
const AS_PARTICIPLE = /^\s*as\s+(?!reported\b)\p{Ll}+(?:ed|en)\b/u;

export function summariseEvent(sentence: string, dateStart: number, dateEnd: number): string | null {
  if (CONDITION.test(sentence)) return null;
  // why: "(X won the 1992 primary here, although …)": a date inside brackets belongs to the bracketed clause,
  // not to the sentence around it
  const bracket = enclosingBrackets(sentence, dateStart);
  if (bracket) {
    const inner = sentence.slice(bracket.open + 1, bracket.close);
    const summary =
      (words(inner) >= MIN_CLAUSE_WORDS ? clauseFor(inner, dateStart - bracket.open - 1, dateEnd - bracket.open - 1) : "") ?? "";
    return readsAsClause(summary) && readsAsClause(withoutPhrase(summary, sentence.slice(dateStart, dateEnd))) ? summary : null;
  }
  const summary = clauseFor(sentence, dateStart, dateEnd);
  if (summary === null || speculates(summary)) return null;
  // why: "That was last fall" only points back to an earlier sentence; the sentence around it is no better
  if (saysNothingBeside(summary, sentence.slice(dateStart, dateEnd))) return null;
  // why: "New Mexico and South Dakota Tuesday night" (a list cut at its commas) has no word but names and its date
  if (readsAsClause(summary) && readsAsClause(withoutPhrase(summary, sentence.slice(dateStart, dateEnd)))) return summary;
  // why: fail safe: a phrase ("Back in 2009", "That changes") falls back to the sentence, and a sentence that is
  // itself no clause (a fragment the splitter cut) gives no timeline line at all
  const whole = finish(sentence, MAX_SENTENCE);
  return readsAsClause(whole) && words(whole) > words(summary) ? whole : null;
}

/**
 * A line that ends in a quotation joined by "and" ("X issued a notice in May and “the staff are leaving,”") keeps
 * the writer's clause before it. why: the quoted words are someone's, not the account of a happening.
 */
export function withoutTrailingQuotation(summary: string | null): string | null {
  if (summary === null) return null;
  const cut = TRAILING_QUOTATION.exec(summary);
  return cut && words(summary.slice(0, cut.index)) >= MIN_CLAUSE_WORDS ? summary.slice(0, cut.index) : summary;
}
const TRAILING_QUOTATION = /,?\s+(?:and|but)\s+(?:["“]|'')[^"“”]+(?:["”]|'')[,.]?$/;

/** Null when the date sits in a phrase that tells no happening of its own (a subject, an appositive). */
function clauseFor(sentence: string, dateStart: number, dateEnd: number): string | null {
  const segments = clauses(sentence);
  const index = segments.findIndex((segment) => segment.start <= dateStart && dateStart < segment.end);
  const segment = segments[index];
  if (!segment) return finish(sentence, MAX_SENTENCE);
  // A date phrase opening the sentence ("On March 24, …", "Earlier this month, …", "Sunday on a morning show,
  // when asked about …,", "Sunday on a station's “Title,” X said …"): the rest is the event.
  const opensWithDate =
    sentence.slice(segment.start, dateStart).trim() === "" && DATE_THEN_PHRASE.test(sentence.slice(dateEnd, segment.end));
  // why: the splitter keeps a comma inside quotation marks, so a quoted title hides the end of the opening phrase
  const titleComma = opensWithDate ? /,["”]\s|,''\s/.exec(sentence.slice(dateEnd, segment.end)) : null;
  if (index === 0 && titleComma) return finish(sentence.slice(dateEnd + titleComma.index + titleComma[0].length), MAX_CLAUSE);
  if (segments.length === 1) return finish(sentence, MAX_SENTENCE);
  const text = sentence.slice(segment.start, segment.end);
  const withoutDate = sentence.slice(segment.start, dateStart) + sentence.slice(dateEnd, segment.end);
  if (index === 0 && (words(withoutDate) <= 2 || opensWithDate))
    return finish(sentence.slice(segments[1]?.start ?? segment.end), MAX_CLAUSE);
  if (index > 0 && AS_PARTICIPLE.test(text)) return null;
  // "As the paper reported on Monday, …": the report is the happening; "as" only hangs it on the main clause
  // (also mid-sentence: "the fact that …, as Ruiz said on Monday, only magnifies …")
  if (AS_REPORTED.test(text)) return finish(text.replace(/^\s*as\s+/i, ""), MAX_CLAUSE);
  // "When she appeared before supporters on Monday, she declined …": an opening subordinate clause leans on the main one
  if (index === 0 && OPENING_SUBORDINATE.test(text)) return finish(sentence, MAX_SENTENCE);
  // "In the days following the invasion in February, drones …": an opening phrase has no verb of its own;
  // the sentence is the clause. why: a timeline line is a clause with a subject and a verb. "But after …"
  // and "While celebrating …", "Winning five states on Tuesday, …" open the same way.
  const opening = text.trim().replace(LEADING_CONJUNCTION, "");
  if (OPENING_PHRASE.test(opening) || PARTICIPLE_OPENING.test(opening)) return finish(sentence, MAX_SENTENCE);
  // "…, although the gap has narrowed since May": a subordinate clause leans on the main one
  if (index > 0 && SUBORDINATE.test(opening)) return finish(sentence, MAX_SENTENCE);
  // why: "The report covering the last months of 2023, which …, will offer …", "X, a firm founded in 1999 by Y,
  // has started …": the date describes the subject of a later predicate; what the sentence tells is not dated by it
  // ("The deal, announced Friday, would last …" tells the announcement: a participle opening the segment is kept)
  // and so is a relative clause of its own ("the order that she plans to sign on Friday, …, will …")
  const ownVerb = /^\s*\p{Ll}+ed\b/u.test(text) || /\s(?:who|which|that)\s[^,;:—–]*$/i.test(sentence.slice(segment.start, dateStart));
  if (
    !RELATIVE.test(text) &&
    !ownVerb &&
    segments.slice(index + 1).some((later) => AUXILIARY_PREDICATE.test(sentence.slice(later.start, later.end)))
  )
    return null;
  const relativeEnd = relativeInSegment(text, dateStart - segment.start);
  if (relativeEnd !== null) return finish(`${nounBefore(text.slice(0, relativeEnd))} ${text.slice(relativeEnd)}`, MAX_CLAUSE);
  if (RELATIVE.test(text)) {
    const before = segments[index - 1];
    const antecedent = before ? nounBefore(sentence.slice(before.start, before.end)) : "";
    return finish(antecedent ? `${antecedent}, ${text}` : text, MAX_CLAUSE);
  }
  if (words(text) < MIN_CLAUSE_WORDS || SUBJECTLESS.test(text) || ATTRIBUTION.test(text)) return finish(sentence, MAX_SENTENCE);
  // why: "…, but he seemed rattled on Saturday": the conjunction is no predicate; the clause after it has its subject
  if (index > 0 && startsWithPredicate(text.trim().replace(LEADING_CONJUNCTION, ""))) {
    // "X, who …, returned to the capital on Wednesday": the predicate gets its subject back
    const subject = subjectBefore(sentence, segments.slice(0, index));
    return subject ? finish(`${subject} ${text}`, MAX_CLAUSE) : finish(sentence, MAX_SENTENCE);
  }
  return finish(text.replace(LEADING_CONJUNCTION, ""), MAX_CLAUSE);
}

/** Comma, semicolon and dash clauses, never split inside quotation marks. */
function clauses(sentence: string): Segment[] {
  const segments: Segment[] = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < sentence.length; i++) {
    const char = sentence[i] ?? "";
    const wasQuoted = quoted;
    if (char === "“") quoted = true;
    else if (char === "”") quoted = false;
    else if (char === '"') quoted = !quoted;
    if (quoted) continue;
    // why: '“… right now,” as X said on Monday': the comma before a closing mark ends the clause as well
    if (wasQuoted && /^[,;:]$/.test(sentence[i - 1] ?? "") && sentence[i + 1] === " ") {
      segments.push({ start, end: i + 1 });
      start = i + 2;
      i = start - 1;
      continue;
    }
    const separator = /^(?:[,;:] |\s[—–]\s)/.exec(sentence.slice(i, i + 3));
    if (!separator) continue;
    // why: "his six-day, 28-stop tour": a comma between two hyphenated modifiers is inside one noun phrase
    if (char === "," && COMPOUND_BEFORE.test(sentence.slice(Math.max(0, i - 20), i)) && COMPOUND_AFTER.test(sentence.slice(i + 2, i + 30)))
      continue;
    // why: "on January 23, 2013 at the hearing": the comma of a written date is no clause boundary
    if (char === "," && DAY_BEFORE_COMMA.test(sentence.slice(Math.max(0, i - 14), i)) && /^,\s\d{4}\b/.test(sentence.slice(i, i + 7)))
      continue;
    // why: "should end most — but not all — division": a short aside between two dashes is no clause boundary
    const aside = separator[0].trim() !== "," && /^\s[—–]\s/.test(separator[0]) ? DASH_ASIDE.exec(sentence.slice(i + 3)) : null;
    if (aside) {
      i += 3 + aside[0].length - 1;
      continue;
    }
    segments.push({ start, end: i });
    start = i + separator[0].length;
    i = start - 1;
  }
  segments.push({ start, end: sentence.length });
  return segments.filter((segment) => sentence.slice(segment.start, segment.end).trim() !== "");
}

/** Words that open a clause with its own subject or a phrase, not a bare predicate ("returned to …"). */
const CLAUSE_OPENERS = new Set(
  (
    "a an the this that these those his her its their our my your some many most all both each every no one two three " +
    "in on at by for from with without after before since during until while as when where if though although because " +
    "despite amid among under over into onto to of about against between through including according following " +
    "he she it they we i you there who which whom whose what not also then now later earlier"
  ).split(" "),
);

function startsWithPredicate(clause: string): boolean {
  const first = LOWER_WORD.exec(clause.trim())?.[0];
  return first !== undefined && !CLAUSE_OPENERS.has(first.toLowerCase());
}

/** The nearest earlier clause that is a short noun phrase (skipping relative clauses), or null. */
function subjectBefore(sentence: string, earlier: readonly Segment[]): string | null {
  // why: "O'Neil, whose book …, prompted a lawsuit from the firm, resigned": everything after the relative
  // pronoun belongs to the relative clause; the subject is the segment before it
  const firstRelative = earlier.findIndex((segment) => RELATIVE.test(sentence.slice(segment.start, segment.end).trim()));
  if (firstRelative === 0) return null;
  for (let i = (firstRelative > 0 ? firstRelative : earlier.length) - 1; i >= 0; i--) {
    const segment = earlier[i];
    if (!segment) continue;
    const text = sentence.slice(segment.start, segment.end).trim();
    if (RELATIVE.test(text)) continue;
    // a subject names someone ("union leader Ana Ruiz") or starts with a determiner ("the committee")
    const nounPhrase = CAPITAL_AFTER_SPACE.test(` ${text}`) || /^(?:the|a|an|his|her|its|their)\s/i.test(text);
    return words(text) <= 6 && nounPhrase && !/[.!?]$/.test(text) ? text : null;
  }
  return null;
}

/** The noun phrase a relative clause hangs on: the trailing run of capitalised words, or the last two words. */
function nounBefore(clause: string): string {
  // why: "The report covering the last months of 2023, which …" hangs on "The report", not on "of 2023"
  const participle = /^((?:the|a|an|this|that|its|their|his|her)\s+(?:\S+\s+){0,3}?\S+)\s+\p{Ll}{3,}ing\s/iu.exec(clause.trim());
  if (participle?.[1]) return participle[1];
  const tokens = clause.trim().split(/\s+/);
  const run: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && CAPITALISED.test(tokens[i] ?? ""); i--) run.unshift(tokens[i] ?? "");
  // "the Afghan-born gunman who …" keeps its determiner
  const determiner = tokens[tokens.length - run.length - 1] ?? "";
  if (run.length > 0 && run.length < tokens.length) return DETERMINER.test(determiner) ? `${determiner} ${run.join(" ")}` : run.join(" ");
  // why: "the party's line of attack, which …" hangs on "the party's line of attack", not on "of attack":
  // back to the determiner or possessive that opens the noun phrase, within a few words
  for (let i = tokens.length - 2; i >= Math.max(0, tokens.length - 7); i--) {
    const token = tokens[i] ?? "";
    if (DETERMINER.test(token)) return tokens.slice(i).join(" ");
    if (POSSESSIVE.test(token)) return tokens.slice(DETERMINER.test(tokens[i - 1] ?? "") ? i - 1 : i).join(" ");
  }
  return tokens.slice(-2).join(" ");
}

// why: module level: the TypeScript loader compiles an inline \p{…} regex on every call
/** A hyphenated modifier ("six-day", "28-stop", "long-running") ending or opening a comma's side. */
const COMPOUND_BEFORE = /(?:^|\s)[\p{L}\p{N}]+-[\p{L}\p{N}]+$/u;
const COMPOUND_AFTER = /^[\p{L}\p{N}]+-[\p{L}\p{N}]+\s+\p{L}/u;
/** A month and day right before a comma (a year follows it in a written date). */
const DAY_BEFORE_COMMA = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?$/u;
/** Up to four words and a closing dash: the rest of a dash aside. */
const DASH_ASIDE = /^(?:[^\s,;:—–]+\s){0,3}[^\s,;:—–]+\s[—–]\s/;
const LOWER_WORD = /^\p{Ll}[\p{L}'’-]*/u;
const CAPITAL_AFTER_SPACE = /\s\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const HAS_LETTER = /[\p{L}\p{N}]/u;
const POSSESSIVE = /\p{L}['’]s$/u;
const DETERMINER = /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your)$/i;

function words(text: string): number {
  return text.split(/\s+/).filter((word) => HAS_LETTER.test(word)).length;
}

function finish(text: string, max: number): string {
  // "On March 2, 2015, the paper revealed …": the year left over from the dropped date phrase goes with it
  let out = text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\d{4},\s+/, "");
  // a dangling closing mark or final stop adds nothing to a timeline line
  if (!QUOTE_MARK.test(out)) out = out.replace(/[.,;:]+$/, "");
  out = `${out.charAt(0).toUpperCase()}${out.slice(1)}`;
  if (out.length <= max) return out;
  const cut = out.lastIndexOf(" ", max);
  return `${out.slice(0, cut > 40 ? cut : max).replace(/[,;:]$/, "")}…`;
}
