/**
 * Whether the words around a date talk about the future ("will meet on Monday", "is due to sign on
 * Friday", "plans to"). why: news style resolves a bare weekday or month to the past unless the verb says
 * otherwise. "would" is left out: in reported speech it is the past of "will" ("told reporters on
 * Wednesday that the government would not intervene" is about last Wednesday).
 */
const FUTURE =
  /\b(will|shall|'ll|is due to|are due to|is due on|are due on|is set to|are set to|is set for|are set for|is slated|are slated|is expected to|are expected to|plans? to|planning to|planned to|was due to|were due to|was set to|were set to|was scheduled|were scheduled|scheduled|is to|are to|going to|intends? to|upcoming|next|on (?:pace|track|course) to|(?:a|an|the|its|his|her|their) planned)\b/i;
const PAST = /\b(was|were|had|did|said|told|announced|\w+ed)\b/i;

export function soundsFuture(before: string, after: string, wouldCounts = false): boolean {
  // The clause the date sits in: back to the last punctuation mark, and a few words after it.
  const clause =
    before
      .slice(-70)
      .split(/[,;.:!?]/)
      .pop() ?? "";
  const near = `${clause} ${after.slice(0, 12)}`;
  if (/\b(would have|had been)\b/i.test(near)) return false;
  return FUTURE.test(near) || (wouldCounts && /\bwould\b/i.test(near));
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
