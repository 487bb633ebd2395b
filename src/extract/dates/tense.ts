/**
 * Whether the words around a date talk about the future ("will meet on Monday", "is due to sign on
 * Friday", "plans to"). why: news style resolves a bare weekday or month to the past unless the verb says
 * otherwise. "would" is left out: in reported speech it is the past of "will" ("told reporters on
 * Wednesday that the government would not intervene" is about last Wednesday).
 */
const FUTURE =
  /\b(will|shall|'ll|is due to|are due to|is due on|are due on|is set to|are set to|is set for|are set for|is slated|are slated|is expected to|are expected to|plans? to|planning to|planned to|was due to|were due to|was set to|were set to|was scheduled|were scheduled|scheduled|is to|are to|going to|intends? to|upcoming|next|on (?:pace|track|course) to|(?:a|an|the|its|his|her|their) planned)\b/i;
// why: a past form starts in lower case: "Ringsted" or "Ted" is a name, not a verb
const PAST = /\b(?:[Ww]as|[Ww]ere|[Hh]ad|[Dd]id|[Ss]aid|[Tt]old|[Aa]nnounced|[a-z]\w*ed)\b/;
/** A past verb right before the date ("announced Sunday", "said on Monday"): the date is that telling's. */
const PAST_VERB_BEFORE =
  /\b(?:[a-z]\w*ed|said|told|wrote|met|spoke|gave|held|made|took|came|went|won|lost|began|left|sent)\s+(?:on\s+|last\s+)?$/;
/** "must travel", "has to travel": what the main clause says is still to come. */
const OBLIGATION = /\b(?:must|has to|have to|needs to|need to)\b(?!\s+have\b)/i;
/** Words a date phrase may open with before its own comma: "On Friday,", "Late on Tuesday,", "After Thursday's debate,". */
const OPENING_WORDS = 3;

export function soundsFuture(before: string, after: string, wouldCounts = false): boolean {
  // The clause the date sits in: back to the last punctuation mark, and a few words after it.
  const clause =
    before
      .slice(-70)
      .split(/[,;.:!?—–]/)
      .pop() ?? "";
  const near = `${clause} ${after.slice(0, 12)}`;
  if (/\b(would have|had been)\b/i.test(near)) return false;
  if (FUTURE.test(clause) || (wouldCounts && /\bwould\b/i.test(near))) return true;
  // why: "announced Sunday she will resign": the "will" after the date belongs to what was announced
  if (PAST_VERB_BEFORE.test(clause)) return false;
  if (FUTURE.test(near)) return true;
  return openingPhraseGovernedByFuture(before, clause, after);
}

/**
 * "On Friday, the council will vote", "After Thursday's debate, the mayor must travel": a date in a phrase
 * opening the sentence (or following a colon or a dash) is governed by the main clause after the phrase's comma.
 */
function openingPhraseGovernedByFuture(before: string, clause: string, after: string): boolean {
  if (clause.trim().split(/\s+/).filter(Boolean).length > OPENING_WORDS) return false;
  const lead = before.slice(0, before.length - clause.length);
  if (!/^\s*$|[:—–]\s*$/.test(lead)) return false;
  const comma = /^[^,;.:!?—–]{0,40}?,\s/.exec(after);
  if (!comma) return false;
  const main = after.slice(comma[0].length).split(/[,;.:!?—–]/)[0] ?? "";
  const coming = FUTURE.exec(main) ?? OBLIGATION.exec(main);
  if (!coming) return false;
  // why: "On Monday, X took aim at comments that Y might need to …": the main verb is past; the future form
  // belongs to a clause further on
  const head = main.slice(0, coming.index);
  return !PAST.test(head) && !IRREGULAR_PAST.test(head);
}

/** "a planned rally", "the upcoming vote": a thing still to come named inside a clause told in the past. */
const PLANNED_THING = /\b(?:a|an|the|its|his|her|their)\s+(?:planned|upcoming|scheduled|proposed|expected|next)\b/gi;

/**
 * Whether a clause is told only in the past ("She noted a planned rally on Saturday"): a past form, and no
 * future or obligation once the names of planned things are set aside.
 */
export function toldOnlyInPast(clause: string): boolean {
  const text = clause.replace(PLANNED_THING, " ");
  // why: "said the party would try again in June": "would" is the future seen from a past telling
  return (PAST.test(text) || IRREGULAR_PAST.test(text)) && !FUTURE.test(text) && !OBLIGATION.test(text) && !/\bwould\b/i.test(text);
}

/** Whether a clause says anything is still to come: a future form, "would", an obligation, a plan. */
export function toldAsComing(clause: string): boolean {
  // why: "who is facing an election next year": the present progressive with a coming time is an arrangement
  return (
    FUTURE.test(clause) ||
    OBLIGATION.test(clause) ||
    /\b(?:would|hopes? to|aims? to|wants? to|expects? to|(?:is|are|am)\s+\w+ing)\b/i.test(clause)
  );
}

export function soundsPast(sentence: string): boolean {
  return PAST.test(sentence) && !FUTURE.test(sentence);
}

/** Whether the clause a date sits in (from the last punctuation mark before it to the next after it) has a past verb. */
export function clauseSoundsPast(before: string, after: string): boolean {
  const start =
    before
      .slice(-70)
      .split(/[,;:!?—–]/)
      .pop() ?? "";
  const rest = after.slice(0, 70).split(/[,;:.!?—–]/)[0] ?? "";
  return PAST.test(`${start} ${rest}`);
}

/** Common irregular past forms, beside the regular "-ed": "sales rose in December" is told in the past. */
export const IRREGULAR_PAST =
  /\b(?:rose|fell|won|lost|began|came|went|took|made|gave|grew|held|met|ran|saw|sent|spent|built|brought|bought|left|kept|paid|sold|stood|spoke|wrote|became|chose|drove|fought|found|knew|led|shot|struck|thought|threw|got|hit|quit|cut|let|felt|heard|told|said|sank|swore|stole|broke|woke|shook|flew|drew|sought|taught|caught|fled|slid)\b/i;

/**
 * Whether the words that govern a date sound past: its own clause, or, when the date opens the sentence with
 * a phrase of its own ("In August, the firm hired …"), the clause after it.
 */
export function governingClauseSoundsPast(before: string, after: string): boolean {
  const start =
    before
      .slice(-70)
      .split(/[,;:!?—–]/)
      .pop() ?? "";
  const clauses = after.slice(0, 160).split(/[,;:.!?—–]/);
  // a date in an opening phrase ("In October, the senator, a Democrat, proposed …", "Through the end of
  // September, the firm had …") is governed by the main clause
  const openingWords = start.trim().split(/\s+/).filter(Boolean).length;
  const opening = (openingWords < 3 || (openingWords <= 6 && start === before)) && /^[,;:—–]/.test(after.trimStart());
  const rest = opening ? after.slice(0, 160) : (clauses[0] ?? "");
  const words = `${start} ${rest}`;
  // why: "way back in October", "back in March": the writer looks back, whatever the verb far before
  return PAST.test(words) || IRREGULAR_PAST.test(words) || /\bback\s+$/i.test(before);
}
