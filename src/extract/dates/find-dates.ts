import * as chrono from "chrono-node";
import type { DateBasis, Precision } from "../../domain/dates.ts";
import { addDays, type Day, isoDay, isoMonth, monthNumber, toTime, WEEKDAYS, weekdayOf } from "./calendar.ts";
import type { FoundDate } from "./found-date.ts";
import { findRanges } from "./ranges.ts";
import { findSeasons } from "./seasons.ts";
import { clauseSoundsPast, governingClauseSoundsPast, soundsFuture, soundsPast } from "./tense.ts";

const MONTH_NAMES =
  "Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept(?:ember|\\.)?|Sep\\.|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?";
const MONTH_DAY = new RegExp(
  `\\b(${MONTH_NAMES})\\s+\\d{1,2}(st|nd|rd|th)?\\b(,?\\s+\\d{4})?|\\b\\d{1,2}(st|nd|rd|th)?\\s+(of\\s+)?(${MONTH_NAMES})\\b(,?\\s+\\d{4})?`,
  "g",
);
const WEEKDAY =
  /\b(next |this |last |late |early |on |)(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s\b)?( night| morning| afternoon| evening)?\b/g;
// why: "in mid-April" and "mid-April": the hyphenated form has no space before the month
const MONTH_ONLY =
  /\b(?:(in|since|by|until|from|during|through|early|late|mid|this|last|next|earlier in|later in|before|after|of)\s+)?(mid-)?(January|February|March|April|May|June|July|August|September|October|November|December)\b(?:,?\s+(\d{4})\b)?(?!\s+\d)/g;
/** "Super Tuesday", "Black Friday", "Good Friday": a named day, not the weekday near publication. */
const NAMED_DAY_BEFORE =
  /\b(?:Super|Black|Good|Cyber|Ash|Holy|Maundy|Easter|Palm|Bloody|Giving|Shrove|Fat|Whit|Trinity|Small Business)\s+$/;
const RELATIVE =
  /\b(earlier|later|late|early)?\s*(this|last|next|past) (week|month|year)\b|\b(a|one) (week|month|year) ago\b|\b(\d+|two|three|four|five|six|seven|eight|nine|ten) (weeks|months|years) ago\b|\b(yesterday|today|tomorrow|tonight)\b|\b(\d+|two|three|four|five|six) days ago\b/gi;
const YEAR_CONTEXT =
  /\b(in|since|by|until|till|from|to|through|during|before|after|early|late|mid|the|of|around|circa|and|or|year|between|spring|summer|autumn|fall|winter)\s+$/i;
const MAY_BE_RANGE = /[Bb]etween |[Ff]rom |\d\d\s?[–-]\s?\d\d/;
const MAY_BE_SEASON = /[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter/;
/** A bare month-day this soon after publication, outside the past tense, is this year's. */
const SOON_DAYS = 60;
/** A bare month-day further back than this, outside the past tense, is next year's. */
const FAR_BACK_DAYS = 240;
/** How far ahead of publication a bare month not told in the past is read as the coming one. */
const MONTHS_AHEAD = 8;
const MID_YEAR = /\bmid-(1[6-9]\d\d|20\d\d)\b(?![\d%-])/g;
const BARE_YEAR =
  /(?<![\d,.$£€/#-])\b(1[6-9]\d\d|20\d\d)\b(?![\d%-]|,\d|\s*(?:percent|per cent|people|troops|km|miles|tonnes|tons|dollars|euros|pounds|votes|cases|deaths|years|metres|meters|feet|acres)\b|s\b|'s\b)/g;

/** Every date expression in `text` (one sentence), resolved; overlapping readings keep the longest. */
export function findDates(text: string, published: Day): FoundDate[] {
  const found: FoundDate[] = [];
  const pubTime = toTime(published);
  const future = (start: number, end: number) => soundsFuture(text.slice(0, start), text.slice(end));
  // why: a range or a season is one date; found first and longest, it wins over the points inside it
  // (each behind a cheap test: most sentences have neither, and the full patterns are costly to scan)
  if (MAY_BE_RANGE.test(text)) found.push(...findRanges(text, published, future));
  if (MAY_BE_SEASON.test(text)) found.push(...findSeasons(text, published));

  // why: chrono reads the month-day forms well but is slow on whole sentences; give it a small window
  // around each month name that has a day number beside it.
  for (const hit of text.matchAll(MONTH_DAY)) {
    const from = Math.max(0, hit.index - 8);
    const window = text.slice(from, hit.index + hit[0].length + 8);
    for (const result of chrono.strict.parse(window, new Date(pubTime + 12 * 3_600_000))) {
      const known = result.start;
      const m = known.get("month");
      const d = known.get("day");
      if (!m || !d || !known.isCertain("month") || !known.isCertain("day") || !/[a-z]{3}/i.test(result.text)) continue;
      const index = from + result.index;
      if (found.some((f) => f.start <= index && index < f.end)) continue;
      if (known.isCertain("year")) {
        const y = known.get("year") ?? published.y;
        found.push(at(index, result.text, isoDay({ y, m, d }), "day", "explicit"));
      } else {
        let y = published.y;
        const candidate = toTime({ y, m, d });
        const ahead = future(index, index + result.text.length);
        // why: a bare day a few weeks after publication in a clause with no past verb ("Texas, which votes on
        // March 1") is the coming one, not last year's
        const soon =
          candidate > pubTime &&
          candidate - pubTime <= 86_400_000 * SOON_DAYS &&
          !clauseSoundsPast(text.slice(0, index), text.slice(index + result.text.length));
        if (!ahead && !soon && candidate > pubTime) y -= 1;
        if (ahead && candidate < pubTime - 86_400_000 * 7) y += 1;
        // why: a bare month and day most of a year back, in a sentence not told in the past ("faces another test
        // on Jan. 1" written in December), is the coming one; news gives the year for a date that far back.
        if (!ahead && candidate < pubTime - 86_400_000 * FAR_BACK_DAYS && !soundsPast(text)) y += 1;
        const phrase = result.text.replace(/\s+(at|on)\s*$/, "");
        const endDay = result.end?.get("day");
        const endMonth = result.end?.get("month") ?? m;
        // "March 3 to 5", "March 3-5": one span of days
        if (endDay && result.end?.isCertain("day") && (endMonth > m || (endMonth === m && endDay > d))) {
          const edtf = `${isoDay({ y, m, d })}/${isoDay({ y, m: endMonth, d: endDay })}`;
          found.push({ ...at(index, phrase, isoDay({ y, m, d }), "day", "month-day"), edtf });
        } else found.push(at(index, phrase, isoDay({ y, m, d }), "day", "month-day"));
      }
    }
  }

  for (const match of text.matchAll(WEEKDAY)) {
    const prefix = (match[1] ?? "").trim().toLowerCase();
    if (match[0].endsWith("s") && !match[3] && /days$/.test(match[0])) continue;
    if (!match[1] && NAMED_DAY_BEFORE.test(text.slice(Math.max(0, match.index - 16), match.index))) continue;
    const target = WEEKDAYS.indexOf((match[2] ?? "").toLowerCase() as (typeof WEEKDAYS)[number]);
    const diff = (weekdayOf(published) - target + 7) % 7;
    const forward = prefix === "next" || (prefix !== "last" && future(match.index, match.index + match[0].length));
    // why: "will meet on Friday" is the next Friday on or after publication: news written on a Friday about
    // "Friday" means that day (wire copy filed just after midnight); only "next Friday" skips a week.
    const day = forward
      ? addDays(published, (target - weekdayOf(published) + 7) % 7 || (prefix === "next" ? 7 : 0))
      : addDays(published, prefix === "last" && diff === 0 ? -7 : -diff);
    found.push(at(match.index, match[0], isoDay(day), "day", "weekday"));
  }

  for (const match of text.matchAll(MONTH_ONLY)) {
    const [, rawPrep, mid, monthName = "", year] = match;
    const prep = rawPrep?.toLowerCase() ?? (mid ? "mid" : undefined);
    const month = monthNumber(monthName);
    if (monthName === "May" && !prep && !year) continue;
    if (
      !prep &&
      !year &&
      match.index > 0 &&
      !/^[\s"“]*$/.test(text.slice(0, match.index)) &&
      !/[,;(]\s*$/.test(text.slice(0, match.index))
    ) {
      // why: a bare mid-sentence month name with no preposition is usually a name ("March" the verb is lowercase).
      if (!/\b(in|of|on|for)\s+$/i.test(text.slice(0, match.index))) continue;
    }
    if (year) {
      found.push(at(match.index, match[0], isoMonth(Number(year), month), "month", "explicit"));
      continue;
    }
    let y = published.y;
    // why: a month later in the year after "would" ("said the party would try again in June") is ahead.
    // why: a month a few months on, in words that do not sound past ("could win in November", "the conventions
    // in July" in a March piece), is this year's coming one; news dates a past month with a past verb
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + match[0].length);
    const ahead =
      prep === "next" ||
      future(match.index, match.index + match[0].length) ||
      (month > published.m && soundsFuture(before, "", true)) ||
      (month > published.m && month - published.m <= MONTHS_AHEAD && prep !== "last" && !governingClauseSoundsPast(before, after));
    if (!ahead && month > published.m) y -= 1;
    if (ahead && month < published.m) y += 1;
    found.push(at(match.index, match[0], isoMonth(y, month), "month", "month-day"));
  }

  for (const match of text.matchAll(RELATIVE)) {
    // why: "in the last year", "over the past week" is a span up to now, not last year or last week
    if (/\b(?:the|this)\s*$/i.test(text.slice(Math.max(0, match.index - 5), match.index)) && /^\s*(?:last|past)\b/i.test(match[0]))
      continue;
    // why: a capitalised "Today" mid-sentence is a name ("the Today programme", an outlet in capitals), not the date.
    if (match.index > 0 && /^(Today|Tonight|Tomorrow|Yesterday|TODAY|TONIGHT)/.test(match[0].trim())) continue;
    const resolved = relative(match[0].toLowerCase(), published, text);
    if (resolved) found.push(at(match.index, match[0], resolved.date, resolved.precision, "relative"));
  }

  // "mid-2015": the year (the hyphen keeps it out of BARE_YEAR, which refuses "1-2015" and the like)
  for (const match of text.matchAll(MID_YEAR)) found.push(at(match.index, match[0], match[1] ?? "", "year", "year"));
  for (const match of text.matchAll(BARE_YEAR)) {
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    const year = Number(match[1]);
    if (year > published.y + 30) continue;
    if (!YEAR_CONTEXT.test(before) && !(match.index === 0 || /^[\s"“]*(In|By|Since)?\s*$/.test(text.slice(0, match.index)))) continue;
    found.push(at(match.index, match[0], String(year), "year", "year"));
  }
  return dropOverlaps(found);
}

const NUMBER_WORDS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

function relative(phrase: string, published: Day, sentence: string): { date: string; precision: Precision } | null {
  const words = phrase.replace(/\s+/g, " ").trim();
  if (words === "today" || words === "tonight") return { date: isoDay(published), precision: "day" };
  if (words === "yesterday") return { date: isoDay(addDays(published, -1)), precision: "day" };
  if (words === "tomorrow") return { date: isoDay(addDays(published, 1)), precision: "day" };
  const daysAgo = /^(\d+|two|three|four|five|six) days ago$/.exec(words);
  if (daysAgo) {
    const n = Number(daysAgo[1]) || ["", "", "two", "three", "four", "five", "six"].indexOf(daysAgo[1] ?? "");
    return { date: isoDay(addDays(published, -n)), precision: "day" };
  }
  const counted = /^(\d+|two|three|four|five|six|seven|eight|nine|ten) (week|month|year)s ago$/.exec(words);
  if (counted) {
    const n = Number(counted[1]) || NUMBER_WORDS.indexOf(counted[1] ?? "");
    if (counted[2] === "year") return { date: String(published.y - n), precision: "year" };
    const day = counted[2] === "week" ? addDays(published, -7 * n) : null;
    if (day) return { date: isoMonth(day.y, day.m), precision: "month" };
    const index = published.y * 12 + (published.m - 1) - n;
    return { date: isoMonth(Math.floor(index / 12), (index % 12) + 1), precision: "month" };
  }
  const unit = /(week|month|year)/.exec(words)?.[1];
  const shift = /\b(last|past|ago)\b/.test(words) ? -1 : /\bnext\b/.test(words) ? 1 : 0;
  if (unit === "week") {
    const day = addDays(published, shift * 7);
    return { date: isoMonth(day.y, day.m), precision: "month" };
  }
  if (unit === "month") {
    const index = published.y * 12 + (published.m - 1) + shift;
    return { date: isoMonth(Math.floor(index / 12), (index % 12) + 1), precision: "month" };
  }
  if (unit === "year") {
    // why: pieces written in late December often run in the first days of January; "this year" in the
    // past tense then still means the year just ended.
    const holidayLag = shift === 0 && published.m === 1 && published.d <= 7 && soundsPast(sentence) ? -1 : 0;
    return { date: String(published.y + shift + holidayLag), precision: "year" };
  }
  return null;
}

function at(start: number, phrase: string, date: string, precision: Precision, basis: DateBasis): FoundDate {
  const trimmed = phrase.trim();
  const offset = start + phrase.indexOf(trimmed);
  return { date, precision, basis, phrase: trimmed, start: offset, end: offset + trimmed.length };
}

function dropOverlaps(found: FoundDate[]): FoundDate[] {
  const sorted = [...found].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: FoundDate[] = [];
  for (const date of sorted) {
    const last = kept[kept.length - 1];
    if (last && date.start < last.end) {
      if (date.end - date.start > last.end - last.start) kept[kept.length - 1] = date;
      continue;
    }
    kept.push(date);
  }
  return kept;
}
