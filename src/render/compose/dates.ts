import { monthAbbreviation, partialDateLabel } from "../../domain/date-label.ts";
import { edtfLabel } from "../../domain/edtf.ts";

/** An event's or a quote's date as shown: a range or a season in its own words ("2005–2008", "spring 2019"). */
export function formatFactDate(date: { date: string; edtf?: string | undefined }): string {
  return date.edtf ? edtfLabel(date.edtf) : partialDateLabel(date.date);
}

/** "Mar–Nov 2022", "27 Mar 2022", "Dec 2021–Jan 2022": the span of publication days an answer covers. */
export function formatSpan(from: string, to: string): string {
  if (from === to) return partialDateLabel(from);
  const [fy, fm] = from.split("-");
  const [ty, tm] = to.split("-");
  const month = (m: string | undefined) => monthAbbreviation(Number(m)) ?? "";
  if (fy === ty && fm && tm) return fm === tm ? partialDateLabel(from.slice(0, 7)) : `${month(fm)}–${month(tm)} ${ty}`;
  return `${partialDateLabel(from.slice(0, 7))}–${partialDateLabel(to.slice(0, 7))}`;
}

/** "1 article", "3 quotes": counts read as words. */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
