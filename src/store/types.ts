/**
 * Value types that the FactStore port and its SQLite readers both speak. why: in their own module so the
 * readers (read-*.ts) need not import the port that imports them: no import circle, not even type-only.
 */

/** Words to find: all of them, any of them, or all of them in this order ("phrase"). */
export type SearchTerms = { terms: readonly string[]; mode: "all" | "any" | "phrase" };
export type DayRange = { from: string; to: string };
