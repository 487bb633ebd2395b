import { edtfPoint } from "../../domain/edtf.ts";
import { type Day, isoDay, isoMonth, monthNumber, toTime } from "./calendar.ts";
import type { FoundDate } from "./found-date.ts";

/**
 * Date ranges read as one span: "between March 2009 and May 2011" → 2009-03/2011-05, "from 2005 to 2008" →
 * 2005/2008, "between August 2 and September 6" → 2024-08-02/2024-09-06, "the 2005–2008 crisis" → 2005/2008.
 * why: read point by point, a range became two events (or one wrong point) on the timeline.
 */
const MONTH =
  "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
const YEAR = "(?:1[6-9]\\d\\d|20\\d\\d)";
const ORD = "(?:st|nd|rd|th)?";
const ENDPOINT = `(?:(?:${MONTH})\\s+\\d{1,2}${ORD}(?:,?\\s+${YEAR})?|\\d{1,2}${ORD}\\s+(?:of\\s+)?(?:${MONTH})(?:,?\\s+${YEAR})?|(?:${MONTH})(?:,?\\s+(?:of\\s+)?${YEAR})?|${YEAR})`;
/** A number of things, not a year: "between 2000 and 3000 people". */
const UNIT_AFTER =
  /^\s*(?:percent|per cent|%|people|troops|km|miles|tonnes|tons|dollars|euros|pounds|votes|cases|deaths|years|metres|meters|feet|acres|members|jobs|homes|units)\b/i;
// why: the full pattern is tried only where a range can start (sticky, at each "between"/"from"): scanning every
// position of every sentence with it made date finding twice as slow
const RANGE_START = /\b(?:[Bb]etween|[Ff]rom)\s/g;
const RANGE = new RegExp(`([Bb]etween|[Ff]rom)\\s+(${ENDPOINT})\\s+(and|to|until|till|through|thru)\\s+(${ENDPOINT})(?![\\d\\w])`, "y");
/** "2005–2008", "2005-08": a year span written with a dash, after a word that introduces a date. */
const DASHED = new RegExp(`\\b(in|from|during|between|the|for|over|of|since)\\s+(${YEAR})\\s?[–-]\\s?(${YEAR}|\\d\\d)\\b(?![\\d%-])`, "gi");

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
): [Endpoint & { y: number }, Endpoint & { y: number }] | null {
  let endYear = end.y ?? start.y;
  if (endYear === undefined) {
    if (!end.m) return null;
    endYear = published.y;
    const candidate = toTime({ y: endYear, m: end.m, d: end.d ?? 1 });
    if (!ahead && candidate > toTime(published)) endYear -= 1;
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
    const end = readEndpoint(match[4] ?? "");
    // why: "from May to say" and "between 2 and 3" are not dates; a day number needs its month.
    if (start.y === undefined && start.m === undefined) continue;
    if (end.y === undefined && end.m === undefined) continue;
    if (start.m === 5 && start.y === undefined && !start.d && /^May$/.test((match[2] ?? "").trim()) && end.m === undefined) continue;
    const ends = withYears(start, end, published, future(match.index, match.index + match[0].length));
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
