import { IRREGULAR_PAST, soundsPast } from "./dates/tense.ts";

/**
 * Uses of a date that do not say something happened then. why: a timeline line claims "on this date, this
 * happened"; when the sentence uses the date for something else (a comparison, a baseline, the description of
 * a speaker, the name of a campaign), the fail-safe answer is no event rather than a false one.
 */

/**
 * "… less often than it did eight years ago": the date of the thing compared with, not of a happening. "More
 * than 90 percent … by 2020" compares a quantity, not a time: a number after "than" is no comparison clause.
 */
const IN_COMPARISON =
  /\bthan\s+(?![$£€]?\d|a\s+(?:dozen|hundred|thousand|million|billion)|half|twice|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|hundreds?|thousands?|millions?|billions?|expected|planned|usual|ever)\b)[^,;:.!?—–]*$/i;
/** "the gap has narrowed from last fall": a starting point of a change (a range "from X to Y" is read as one date). */
const BASELINE = /\bfrom\s+(?:the\s+|its\s+|their\s+)?$/i;
/** "In every contest leading up to Tuesday, …", "closed until Friday": the time before the date, not the date. */
const BEFORE_THE_DATE =
  /\b(?:leading up to|in the run-up to|in the lead-up to|ahead of|prior to|until|till|up to)\s+(?:the\s+)?(?:\p{Lu}\p{L}*\s+)?$/iu;
/**
 * "the 2016 campaign", "whose 2005 book", "Smith's 2019 report": a year that names or describes a thing. The
 * sentence says what happened to it now, not what happened that year, unless it says the thing came about.
 */
const ATTRIBUTIVE_BEFORE = /(?:\b(?:the|a|an|its|their|his|her|our|my|your|whose|this|that|these|those)|['’]s)\s+$/i;
const ATTRIBUTIVE_AFTER = /^\s+["“'‘]*(?:[\p{Lu}][\p{L}’'-]*\s+){0,4}[\p{L}][\p{L}’'-]*/u;
/** Verbs that say the thing itself came about, so its year is an event (a treaty signed, a book published). */
const MADE =
  /\b(?:sign(?:ed|ing)?|adopt(?:ed|ing)?|ratif(?:ied|y|ying)|agreed|conclud(?:ed|ing)|draft(?:ed|ing)|enact(?:ed|ing)|pass(?:ed|ing)|negotiat(?:ed|ing)|establish(?:ed|ing)|creat(?:ed|ing)|found(?:ed|ing)|approv(?:ed|ing)|publish(?:ed|ing)|introduc(?:ed|ing)|issu(?:ed|ing)|launch(?:ed|ing)|struck|reached|came into force|took effect|entered into force|held|took place|opened|built|released|won|lost)\b/i;

/** Words that open an appositive describing a person: a determiner or a title-like lower-case noun. */
const APPOSITIVE_OPEN = /^\s*(?:an?|the|former|then|chief|senior|longtime|long-time|\p{Ll}+(?:man|woman|person|ist|er|or|ant|ent|ian))\b/u;
/** Adverbs and connectives with those endings, which open no description ("…, later on Monday"). */
const NOT_APPOSITIVE =
  /^\s*(?:later|earlier|after|under|over|either|neither|never|ever|whether|together|rather|further|however|per|for|or|nor|recent|current|apparent|different)\b/i;
/** An appositive with a verb of its own ("the minister who resigned in 2019") tells a happening. */
const HAS_RELATIVE = /\b(?:who|which|that|whose|when|after|before)\b/i;
const NAMED_SPEAKER =
  /(?:^|[”"]\s*|\b(?:said|says|told|added|wrote|explained|noted|argued|recalled|warned|insisted|according to)\s+)(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*\s*$/u;
/** A name right before the comma: at least one capitalised word ending the previous segment. */
const ENDS_WITH_NAME = /\p{Lu}[\p{L}’'.-]*\s*$/u;

/**
 * Whether the date at [start, end) of `sentence` is used for something other than a happening: a comparison
 * ("than … ago"), a baseline ("from last fall"), a year naming a thing ("the 2016 campaign"), or part of the
 * description of a named person ("Ana Ruiz, a party organiser unaligned in 2016,").
 */
export function dateNamesNoHappening(sentence: string, start: number, end: number, isRange: boolean, publishedYear: number): boolean {
  const before = sentence.slice(0, start);
  if (IN_COMPARISON.test(before) || HYPOTHETICAL.test(before) || IN_REFERENCE.test(before) || CHANGE_FROM.test(before)) return true;
  if (/^['’]s\b/.test(sentence.slice(end))) {
    if (PERIOD.test(sentence.slice(start, end))) return true;
    // why: "what each candidate needs to do in Tuesday's vote": a dated thing in a sentence that tells nothing
    // done or to be done then (no past form, no future) is a description, not a happening
    if (!soundsPast(sentence) && !IRREGULAR_PAST.test(sentence) && !WILL.test(sentence)) return true;
  }
  // why: "it was not until 2012 that …" dates the happening itself
  if (!isRange && (BASELINE.test(before) || (BEFORE_THE_DATE.test(before) && !NOT_UNTIL.test(before)))) return true;
  if (/^\d{4}$/.test(sentence.slice(start, end)) && ATTRIBUTIVE_BEFORE.test(before)) {
    const after = sentence.slice(end);
    const named = ATTRIBUTIVE_AFTER.exec(after)?.[0] ?? "";
    if (named && !/^\s*(?:and|or|to|through|until)\b/i.test(after) && !MADE.test(sentence)) {
      // why: "during the 2000 Senate debate", "in the 2010 election, she backed …": a happening named with its
      // year, told in the past, happened that year; this year's ("the 2016 race" in 2016) is the story's own
      const nounPhrase = after
        .trim()
        .split(/[\s,;:.]+/)
        .slice(0, 3)
        .join(" ");
      // why: only where the sentence places something in that happening ("in the 2010 election"); "responsible for
      // the 2008 crisis" in a sentence about a hearing dates the crisis, not what the sentence tells
      const told =
        EVENT_NOUN.test(nounPhrase) &&
        (TIME_OF.test(before) || VERB_OF.test(before)) &&
        Number(sentence.slice(start, end)) < publishedYear &&
        TOLD_PAST.test(sentence);
      if (!told) return true;
    }
  }
  // "the gender wars of 2016": the year describes the thing; "by the end of 2020" is a point in time
  if (/^\d{4}$/.test(sentence.slice(start, end)) && OF_YEAR.test(before) && !POINT_OF.test(before) && !MADE.test(sentence)) return true;
  return inPersonDescription(before);
}

/**
 * "if he does not win on Tuesday", "unless the vote passes in June": the date of a supposition, not of a happening.
 * The clause runs back to its last punctuation; a "--" aside stays inside it.
 */
const HYPOTHETICAL = /\b(?:if|unless|whether)\b[^,;:—–()]*$/i;
/**
 * "…, a 30% decline from the last contested primary, in 2008", "up from 12 percent in 2012": the date of the
 * baseline a change is measured from, not of what the sentence tells.
 */
const CHANGE_FROM =
  /\b(?:decline|decrease|drop|fall|increase|rise|jump|gain|growth|surge|dip|up|down|change|shift)\s+(?:of\s+\S+\s+)?from\s+[^;:.!?—–]*?(?:,\s+)?(?:in|on|during)?\s*$/i;
/** "Based on an interview on Wednesday, …": the date of the source of a judgement, told only in passing. */
const IN_REFERENCE = /^\W*based\s+(?:on|upon)\b[^,;:—–]*$/i;
/** "this year's contest", "next month's caucuses", "last fall's race": a period that names a thing, not a happening. */
const PERIOD = /^(?:this|last|next|past)\s+(?:week|month|year|spring|summer|autumn|fall|winter)$/i;
/** A preposition that places what the sentence tells inside the named happening: "in the 2010 election". */
const TIME_OF = /\b(?:in|during|at|since|after|before|until|throughout|amid|following)\s+the\s+$/i;

const WILL = /\b(?:will|shall|is to|are to|is set to|are set to|is due to|are due to)\b|['’]ll\b/i;
const NOT_UNTIL = /(?:\bnot|n['’]t|\bnever)\s+(?:\S+\s+)?until\s+$/i;
/** A past verb whose object is the named happening: "weathered the 2008 crisis", "won the 1992 primary". */
const VERB_OF = /\b(?:\p{L}{3,}ed|won|lost|led|ran|fought|saw|held|met|began|hit|beat)\s+(?:\S+\s+){0,2}?the\s+$/iu;

/** Nouns for happenings: a year naming one of them dates the happening itself. */
const EVENT_NOUN =
  /\b(?:elections?|races?|campaigns?|debates?|trials?|crisis|primary|primaries|caucus(?:es)?|conventions?|wars?|attacks?|invasion|earthquake|floods?|storm|hurricane|olympics|games|cup|championship|summit|referendum|vote|strike|riots?|protests?|coup|recession|shooting|bombing|disaster|season|tournament|cycle)\b/i;
/** A past verb anywhere in the sentence, regular or common irregular. */
const TOLD_PAST =
  /\b(?:was|were|had|did|\w{3,}ed|came|went|took|made|gave|won|lost|led|held|met|ran|saw|began|fell|rose|stood|spoke|fought|became|left|got|hit|beat)\b/i;
const OF_YEAR = /\bthe\s+(?:[\p{L}-]+\s+){1,4}of\s+$/iu;
const POINT_OF =
  /\b(?:end|start|beginning|middle|close|turn|half|quarter|spring|summer|autumn|fall|winter|month|months|week|weeks|year|years)\s+of\s+$/i;

/** "…, said Ana Ruiz, a party organiser unaligned in 2016" or "Ana Ruiz, chief strategist four years ago, said": the date describes her. */
function inPersonDescription(before: string): boolean {
  const pieces = before.split(/,\s+/);
  if (pieces.length < 2) return false;
  const segment = pieces.at(-1) ?? "";
  const previous = pieces.at(-2) ?? "";
  if (!APPOSITIVE_OPEN.test(segment) || NOT_APPOSITIVE.test(segment) || HAS_RELATIVE.test(segment)) return false;
  // the piece before is the name itself (the subject: "Ana Ruiz, the minister …, said") or the name after a
  // verb of saying ("…,” said Ana Ruiz, a party organiser …"); "As reported by the Courier, the paper …" is no description
  return ENDS_WITH_NAME.test(previous) && NAMED_SPEAKER.test(previous);
}

/**
 * Whether the offset sits inside a quotation by the count of double marks since its paragraph began. why: a
 * fail-safe for marks the quote finder could not pair (a paragraph wrapped in straight marks around curly
 * ones): an odd count means the words are someone's quoted words, never the writer's clause.
 */
export function oddMarksBefore(text: string, paragraphStart: number, offset: number): boolean {
  const marks = text.slice(paragraphStart, offset).match(/["“”]|''/g);
  return (marks?.length ?? 0) % 2 === 1;
}
