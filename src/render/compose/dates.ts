import { edtfLabel } from "../../domain/edtf.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * A date at the precision the articles give: "27 Mar 2022", "Nov 2022", "2014". Never invents a day.
 * Anything that is not YYYY[-MM[-DD]] is returned as it is.
 */
export function formatDate(partial: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(partial);
  if (!match) return partial;
  const [, year, month, day] = match;
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  if (!name) return year ?? partial;
  return day ? `${Number(day)} ${name} ${year}` : `${name} ${year}`;
}

/** An event's or a quote's date as shown: a range or a season in its own words ("2005–2008", "spring 2019"). */
export function formatFactDate(date: { date: string; edtf?: string | undefined }): string {
  return date.edtf ? edtfLabel(date.edtf) : formatDate(date.date);
}

/** "Mar–Nov 2022", "27 Mar 2022", "Dec 2021–Jan 2022": the span of publication days an answer covers. */
export function formatSpan(from: string, to: string): string {
  if (from === to) return formatDate(from);
  const [fy, fm] = from.split("-");
  const [ty, tm] = to.split("-");
  const month = (m: string | undefined) => MONTHS[Number(m) - 1] ?? "";
  if (fy === ty && fm && tm) return fm === tm ? formatDate(from.slice(0, 7)) : `${month(fm)}–${month(tm)} ${ty}`;
  return `${formatDate(from.slice(0, 7))}–${formatDate(to.slice(0, 7))}`;
}

/** "1 article", "3 quotes": counts read as words. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
