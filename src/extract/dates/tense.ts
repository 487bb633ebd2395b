/**
 * Whether the words around a date talk about the future ("will meet on Monday", "is due to sign on
 * Friday", "plans to"). why: news style resolves a bare weekday or month to the past unless the verb says
 * otherwise. "would" is left out: in reported speech it is the past of "will" ("told reporters on
 * Wednesday that the government would not intervene" is about last Wednesday).
 */
const FUTURE =
  /\b(will|shall|'ll|is due to|are due to|is due on|are due on|is set to|are set to|is set for|are set for|is slated|are slated|is expected to|are expected to|plans? to|planning to|planned to|was due to|were due to|was set to|were set to|was scheduled|were scheduled|scheduled|is to|are to|going to|intends? to|upcoming|next)\b/i;
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
