import { monthAbbreviation } from "../../domain/date-label.ts";
import { type DateQuery, parseDateExpression } from "../date-expression.ts";

/** A date the question names: a day, month, year or range; or a day of a month with no year ("on March 24"). */
export type QuestionDate =
  | { kind: "range"; query: DateQuery; words: string[] }
  | { kind: "month-day"; monthDay: string; label: string; words: string[] };

const MONTH =
  "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

// why: tried longest first, so "24 March 2022" is read whole before "March 2022" or "2022" could be.
const PATTERNS: readonly RegExp[] = [
  /\b\d{4}-\d{2}-\d{2}\s*(?:\.\.|–|—|\bto\b)\s*\d{4}-\d{2}-\d{2}\b/i,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{4}-\d{2}\b/,
  new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\.?,?\\s+\\d{4}\\b`, "i"),
  new RegExp(`\\b${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}\\b`, "i"),
  new RegExp(`\\b${MONTH}\\.?,?\\s+\\d{4}\\b`, "i"),
];
const MONTH_DAY: readonly RegExp[] = [
  new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH})\\b`, "i"),
  new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*\\d)`, "i"),
];
const YEAR = /\b(1[89]\d{2}|20\d{2})\b/;

/** The first date expression in a question, with the words it used (so they are not searched as content). */
export function findQuestionDate(question: string): QuestionDate | null {
  for (const pattern of PATTERNS) {
    const match = pattern.exec(question);
    if (!match) continue;
    const parsed = parseDateExpression(match[0].replace(/,/g, " "));
    if (!("error" in parsed)) return { kind: "range", query: parsed, words: wordsOf(match[0]) };
  }
  for (const [index, pattern] of MONTH_DAY.entries()) {
    const match = pattern.exec(question);
    if (!match) continue;
    const [dayText, monthText] = index === 0 ? [match[1], match[2]] : [match[2], match[1]];
    const month = MONTHS.indexOf((monthText ?? "").slice(0, 3).toLowerCase());
    const day = Number(dayText);
    if (month < 0 || day < 1 || day > 31) continue;
    const monthDay = `-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return { kind: "month-day", monthDay, label: `${day} ${monthAbbreviation(month + 1)}`, words: wordsOf(match[0]) };
  }
  const year = YEAR.exec(question);
  if (year?.[1]) {
    const parsed = parseDateExpression(year[1]);
    if (!("error" in parsed)) return { kind: "range", query: parsed, words: [year[1]] };
  }
  return null;
}

/** Whether a fact dated `date` ("2022", "2022-11", "2022-11-12") falls in what the question named. */
export function dateMatches(wanted: QuestionDate, date: string): boolean {
  if (wanted.kind === "month-day") return date.length === 10 && date.endsWith(wanted.monthDay);
  const from = date.padEnd(10, date.length === 4 ? "-01-01" : "-01").slice(0, 10);
  const to = date.length === 10 ? date : date.length === 7 ? `${date}-31` : `${date}-12-31`;
  // why: a fact known only to the month matches a day query inside that month only weakly; the caller
  // treats a coarser fact as "sometime in", so here it is enough that the spans overlap.
  return from <= wanted.query.to && to >= wanted.query.from;
}

function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}
