import { edtfBounds, edtfPoint, type Season, seasonEdtf } from "../../domain/edtf.ts";
import type { Day } from "./calendar.ts";
import type { FoundDate } from "./found-date.ts";

/**
 * Seasons read as one span: "in the spring of 2019" → 2019-21, "last summer" → the summer before
 * publication, "the winter of last year". why: read as a bare year or not at all, a season was a wrong point.
 */
const SEASON = "[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter";
// why: each pattern is tried only at a season word (sticky, or on the words just before it), not at every position
const SEASON_WORD = new RegExp(`\\b(?:${SEASON})\\b`, "g");
const WITH_YEAR = new RegExp(`(${SEASON})\\s+(?:of\\s+)?(1[6-9]\\d\\d|20\\d\\d)\\b(?![\\d%-])`, "y");
const RELATIVE_BEFORE = /\b(last|this|next|past|this past|coming|previous)\s+$/;
const OF_YEAR = new RegExp(`(${SEASON})\\s+(?:of\\s+)?(last|this|next) year\\b`, "y");

function seasonOf(word: string): Season {
  const lower = word.toLowerCase();
  return lower === "fall" ? "autumn" : (lower as Season);
}

/** Months since year 0 of a partial "YYYY-MM". */
function monthIndex(partial: string): number {
  const [y, m] = partial.split("-").map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
}

/** The occurrence of `season` a relative word points at, seen from the publication month. */
function relativeYear(word: string, season: Season, published: Day): number {
  const now = published.y * 12 + (published.m - 1);
  const span = (year: number) => edtfBounds(seasonEdtf(year, season));
  const years = [published.y - 2, published.y - 1, published.y, published.y + 1];
  if (word === "this") {
    // the occurrence that contains publication, else the nearest one
    const distance = (year: number) => {
      const { start, end } = span(year);
      return now < monthIndex(start) ? monthIndex(start) - now : now > monthIndex(end) ? now - monthIndex(end) : 0;
    };
    return years.reduce((best, year) => (distance(year) < distance(best) ? year : best));
  }
  if (word === "next" || word === "coming") return years.find((year) => monthIndex(span(year).start) > now) ?? published.y + 1;
  const ended = years.filter((year) => monthIndex(span(year).end) < now);
  const last = ended[ended.length - 1] ?? published.y - 1;
  // why: in the month just after a season ends, "last summer" is the one before ("this summer" is the one just past)
  if (word === "last" || word === "previous") return now - monthIndex(span(last).end) === 1 ? last - 1 : last;
  return last;
}

function isName(text: string, index: number, word: string): boolean {
  // "the Arab Spring of 2011", "Summer Davis": a capitalised season after a capitalised word is a name
  return /^\p{Lu}/u.test(word) && /\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, index - 30), index));
}

export function findSeasons(text: string, published: Day): FoundDate[] {
  const out: FoundDate[] = [];
  const push = (index: number, phrase: string, edtf: string, basis: FoundDate["basis"]) =>
    out.push({ ...edtfPoint(edtf), basis, phrase, start: index, end: index + phrase.length, edtf });
  for (const word of text.matchAll(SEASON_WORD)) {
    const at = word.index;
    const season = seasonOf(word[0]);
    WITH_YEAR.lastIndex = at;
    const withYear = WITH_YEAR.exec(text);
    if (withYear) {
      if (!isName(text, at, word[0])) push(at, withYear[0], seasonEdtf(Number(withYear[2]), season), "explicit");
      continue;
    }
    OF_YEAR.lastIndex = at;
    const ofYear = OF_YEAR.exec(text);
    if (ofYear) {
      if (isName(text, at, word[0])) continue;
      const shift = { last: -1, this: 0, next: 1 }[ofYear[2] as "last" | "this" | "next"];
      push(at, ofYear[0], seasonEdtf(published.y + shift, season), "relative");
      continue;
    }
    const from = Math.max(0, at - 16);
    const relative = RELATIVE_BEFORE.exec(text.slice(from, at));
    if (relative) {
      const start = from + relative.index;
      const relWord = (relative[1] ?? "").replace("this past", "past");
      push(start, text.slice(start, at + word[0].length), seasonEdtf(relativeYear(relWord, season, published), season), "relative");
    }
  }
  return out;
}
