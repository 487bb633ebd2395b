/** The months as readers see them in every date label ("24 Mar 2022", "Mar 2009–May 2011", "Mon 4 Mar 07:30"). */
const MONTH_ABBREVIATIONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** "Mar" for month 3 (1-based); undefined outside 1–12. */
export function monthAbbreviation(month: number): string | undefined {
  return MONTH_ABBREVIATIONS[month - 1];
}

/**
 * A partial date at the precision it has: "27 Mar 2022", "Nov 2022", "2014". Never invents a day.
 * Anything that is not YYYY[-MM[-DD]] is returned as it is; an impossible month leaves the year.
 */
export function partialDateLabel(partial: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(partial);
  if (!match) return partial;
  const [, year = partial, month, day] = match;
  const name = month ? monthAbbreviation(Number(month)) : undefined;
  if (!name) return year;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}
