import type { ArticleFacts } from "../../src/domain/facts.ts";
import { readsAsClause } from "../../src/query/brief-timeline.ts";

/**
 * Event checks the gold scorer can call (bench/lib/gold-score.ts, bench/measure-devset.ts), kept apart so
 * they can be wired in without touching the scorer's own rules.
 */

/** Gold event with an optional EDTF range or season beside date + precision (test/fixtures/articles/*.gold.json). */
export type GoldEventDate = { date: string; precision: string; edtf?: string | undefined };

/**
 * The date part of an event match: where the gold gives a range or a season (`edtf`), the extracted event must
 * carry the same one; otherwise date and precision must be equal (as before).
 */
export function eventDateMatches(event: ArticleFacts["events"][number], gold: GoldEventDate): boolean {
  if (gold.edtf) return event.edtf === gold.edtf;
  return event.date === gold.date && event.precision === gold.precision && event.edtf === undefined;
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} ]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Junk counts over one article's events, each of which must be 0: a summary that is a piece of a verbatim quote,
 * a summary that repeats its own year ("The 1936 X Convention" shown under 1936), a summary that is not a clause.
 */
export function eventJunk(facts: ArticleFacts): { quoteFragment: number; repeatsYear: number; notAClause: number } {
  const quotes = facts.quotes.filter((quote) => quote.kind !== "indirect").map((quote) => normalise(quote.text));
  let quoteFragment = 0;
  let repeatsYear = 0;
  let notAClause = 0;
  for (const event of facts.events) {
    const summary = normalise(event.summary);
    if (
      summary.length > 10 &&
      quotes.some((quote) => quote.includes(summary) || (summary.length > 40 && quote.includes(summary.slice(0, 40))))
    )
      quoteFragment++;
    if (new RegExp(`^(?:the )?${event.date.slice(0, 4)}\\b`).test(summary)) repeatsYear++;
    if (!readsAsClause(event.summary)) notAClause++;
  }
  return { quoteFragment, repeatsYear, notAClause };
}
