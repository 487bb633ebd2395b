/**
 * Whether the words around a date talk about the future ("will meet on Monday", "is due to sign on
 * Friday", "plans to"). why: news style resolves a bare weekday or month to the past unless the verb says
 * otherwise.
 */
const FUTURE =
  /\b(will|shall|'ll|is due to|are due to|is set to|are set to|is expected to|are expected to|plans? to|planning to|scheduled|is to|are to|going to|intends? to|would|upcoming|next)\b/i;
const PAST = /\b(was|were|had|did|said|told|announced|\w+ed)\b/i;

export function soundsFuture(before: string, after: string): boolean {
  const near = `${before.slice(-60)} ${after.slice(0, 30)}`;
  return FUTURE.test(near) && !/\b(would have|had been)\b/i.test(near);
}

export function soundsPast(sentence: string): boolean {
  return PAST.test(sentence) && !FUTURE.test(sentence);
}
