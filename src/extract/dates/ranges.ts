import { edtfPoint } from "../../domain/edtf.ts";
import { addDays, type Day, isoDay, isoMonth, monthNumber, toTime, WEEKDAYS, weekdayOf } from "./calendar.ts";
import type { FoundDate } from "./found-date.ts";
import { clauseSoundsPast } from "./tense.ts";

/**
 * Date ranges read as one span: "between March 2009 and May 2011" → 2009-03/2011-05, "from 2005 to 2008" →
 * 2005/2008, "between August 2 and September 6" → 2024-08-02/2024-09-06, "the 2005–2008 crisis" → 2005/2008.
 * why: read point by point, a range became two events (or one wrong point) on the timeline.
 */
const MONTH =
  "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
const ORD = "(?:st|nd|rd|th)?";
/** "early October", "the end of May": a vague part of a month still ends the range in that month. */
const PART = "(?:(?:early|mid-?|late|the (?:end|beginning|start|middle) of)\\s+)?";
const ENDPOINT = `(?:(?:${MONTH})\\s+\\d{1,2}${ORD}(?:,?\\s+${YEAR})?|\\d{1,2}${ORD}\\s+(?:of\\s+)?(?:${MONTH})(?:,?\\s+${YEAR})?|${PART}(?:${MONTH})(?:,?\\s+(?:of\\s+)?${YEAR})?|${YEAR})`;
/** "from May 13 through Sunday": a weekday ends a range that starts on a day. */
const WEEKDAY_END = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** A number of things, not a year: "between 2000 and 3000 people". */
const UNIT_AFTER =
  /^\s*(?:percent|per cent|%|people|troops|km|miles|tonnes|tons|dollars|euros|pounds|votes|cases|deaths|years|metres|meters|feet|acres|members|jobs|homes|units)\b/i;
// why: the full pattern is tried only where a range can start (sticky, at each "between"/"from"): scanning every
// position of every sentence with it made date finding twice as slow
const RANGE_START = /\b(?:[Bb]etween|[Ff]rom)\s/g;
const RANGE = new RegExp(
  `([Bb]etween|[Ff]rom)\\s+(${ENDPOINT})\\s+(and|to|until|till|through|thru)\\s+(${ENDPOINT}|${WEEKDAY_END})(?![\\d\\w])`,
  "y",
);
/** "2005–2008", "2005-08": a year span written with a dash, after a word that introduces a date. */
const DASHED = new RegExp(`\\b(in|from|during|between|the|for|over|of|since)\\s+(${YEAR})\\s?[–-]\\s?(${YEAR}|\\d\\d)\\b(?![\\d%-])`, "gi");

/** A range ending this soon after publication, outside the past tense, is this year's. */
const SOON_DAYS = 60;

type Endpoint = { y?: number; m?: number; d?: number };

function readEndpoint(text: string): Endpoint {
  const year = new RegExp(`\\b(${YEAR})\\b`).exec(text);
  const month = new RegExp(`\\b(${MONTH})`).exec(text);
  const day = /\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(new RegExp(`\\b${YEAR}\\b`), ""));
  return {
    ...(year ? { y: Number(year[1]) } : {}),
    ...(month ? { m: monthNumber(month[1] ?? "") } : {}),
    ...(month && day ? { d: Number(day[1]) } : {}),
  };
}

/**
 * The first given weekday after a start day ("from May 13 through Sunday" → the Sunday after May 13), or no
 * endpoint when the start has no day. why: resolved alone, the weekday was read back from publication.
 */
function weekdayAfter(start: Endpoint, weekday: number, published: Day, ahead: boolean, toldPast: boolean): Endpoint {
  if (!start.m || !start.d) return {};
  const [withYear] = withYears(start, start, published, ahead, toldPast) ?? [];
  if (!withYear) return {};
  const first = { y: withYear.y, m: withYear.m ?? 1, d: withYear.d ?? 1 };
  const last = addDays(first, (weekday - weekdayOf(first) + 7) % 7 || 7);
  return { y: last.y, m: last.m, d: last.d };
}

function partial(point: Endpoint & { y: number }): string {
  if (point.m && point.d) return isoDay({ y: point.y, m: point.m, d: point.d });
  if (point.m) return isoMonth(point.y, point.m);
  return String(point.y);
}

function later(a: Endpoint & { y: number }, b: Endpoint & { y: number }): boolean {
  return toTime({ y: a.y, m: a.m ?? 1, d: a.d ?? 1 }) > toTime({ y: b.y, m: b.m ?? 1, d: b.d ?? 1 });
}

/** Both ends with their years: a missing year comes from the other end, else from publication (past unless the verb says future). */
function withYears(
  start: Endpoint,
  end: Endpoint,
  published: Day,
  ahead: boolean,
  toldPast = true,
): [Endpoint & { y: number }, Endpoint & { y: number }] | null {
  let endYear = end.y ?? start.y;
  if (endYear === undefined) {
    if (!end.m) return null;
    endYear = published.y;
    const candidate = toTime({ y: endYear, m: end.m, d: end.d ?? 1 });
    // why: "the fair runs from May 13 through Sunday" written on May 8: a range ending a few weeks on, in a clause
    // not told in the past, is this year's
    const soon = !toldPast && candidate - toTime(published) <= 86_400_000 * SOON_DAYS;
    if (!ahead && !soon && candidate > toTime(published)) endYear -= 1;
  }
  const fullEnd = { ...end, y: endYear };
  let startYear = start.y;
  if (startYear === undefined) {
    if (!start.m) return null;
    startYear = endYear;
    if (later({ ...start, y: startYear }, fullEnd)) startYear -= 1;
  }
  return [{ ...start, y: startYear }, fullEnd];
}

function found(index: number, phrase: string, edtf: string, basis: FoundDate["basis"]): FoundDate {
  return { ...edtfPoint(edtf), basis, phrase, start: index, end: index + phrase.length, edtf };
}

export function findRanges(text: string, published: Day, future: (start: number, end: number) => boolean): FoundDate[] {
  const out: FoundDate[] = [];
  for (const lead of text.matchAll(RANGE_START)) {
    RANGE.lastIndex = lead.index;
    const match = RANGE.exec(text);
    if (!match) continue;
    if (UNIT_AFTER.test(text.slice(match.index + match[0].length))) continue;
    const start = readEndpoint(match[2] ?? "");
    const ahead = future(match.index, match.index + match[0].length);
    const toldPast = clauseSoundsPast(text.slice(0, match.index), text.slice(match.index + match[0].length));
    const weekday = WEEKDAYS.indexOf((match[4] ?? "").toLowerCase() as (typeof WEEKDAYS)[number]);
    const end = weekday >= 0 ? weekdayAfter(start, weekday, published, ahead, toldPast) : readEndpoint(match[4] ?? "");
    // why: "from May to say" and "between 2 and 3" are not dates; a day number needs its month.
    if (start.y === undefined && start.m === undefined) continue;
    if (end.y === undefined && end.m === undefined) continue;
    if (start.m === 5 && start.y === undefined && !start.d && /^May$/.test((match[2] ?? "").trim()) && end.m === undefined) continue;
    const ends = withYears(start, end, published, ahead, toldPast);
    if (!ends || !later(ends[1], ends[0])) continue;
    // why: a range whose ends differ in grain ("from 2005 to March 2008") keeps each end as written
    const basis = start.y !== undefined && end.y !== undefined ? "explicit" : "month-day";
    out.push(found(match.index, match[0], `${partial(ends[0])}/${partial(ends[1])}`, basis));
  }
  for (const match of text.matchAll(DASHED)) {
    const from = Number(match[2]);
    const raw = match[3] ?? "";
    const to = raw.length === 2 ? Math.floor(from / 100) * 100 + Number(raw) : Number(raw);
    if (to <= from || to - from > 100 || UNIT_AFTER.test(text.slice(match.index + match[0].length))) continue;
    const lead = (match[1] ?? "").length + 1;
    out.push(found(match.index + lead, match[0].slice(lead), `${from}/${to}`, "explicit"));
  }
  return out;
}
