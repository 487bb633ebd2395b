import { surnameKeyOf } from "../domain/entity-key.ts";
import type { Event } from "../domain/facts.ts";
import { closeClause, containedClause, contentWords, sameClause } from "./content-words.ts";
import { compatibleDates } from "./date-span.ts";
import type { EventItem } from "./fact-items.ts";
import type { Conflict } from "./types.ts";
import { createUnionFind, groupsOf } from "./union-find.ts";

/**
 * The same event in any articles: dates that can be the same day (a month and a day in it, a range and a point
 * in it), actors that do not exclude each other, and clauses that say the same thing (see `sameClause`); on the very
 * same date, a short clause whose every content word is in the other's is enough (see `containedClause`). A clause
 * contained in another counts only between dates the outlets wrote (not "next week" or the publication day).
 */
export function groupEvents(items: readonly EventItem[]): number[][] {
  const clauses = items.map((item) => contentWords(item.event.summary));
  const sets = createUnionFind(items.length);
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i]?.event;
      const b = items[j]?.event;
      const x = clauses[i];
      const y = clauses[j];
      if (!a || !b || !x || !y || !compatibleDates(a, b) || !actorsAgree(a, b)) continue;
      const written = trusted(a) && trusted(b);
      if (sameClause(x, y, written) || (written && sameDate(a, b) && containedClause(x, y))) sets.union(i, j);
    }
  return groupsOf(sets, items.length);
}

/**
 * Two sources telling one event (a close clause, see `closeClause`) with dates that cannot be the same day.
 * Not a conflict when either article also gives the event a date the other can share (a wire dateline's day beside
 * the event's own), nor when a date is only inferred ("last week", the publication day), which may be the
 * extractor's reading rather than the outlet's word.
 */
export function eventConflicts(items: readonly EventItem[], groupOf: (index: number) => number): Conflict[] {
  const clauses = items.map((item) => contentWords(item.event.summary));
  const out: Conflict[] = [];
  const seen = new Set<string>();
  const agreesSomewhere = (article: string, other: number): boolean =>
    items.some((item, k) => {
      const near = clauses[k];
      const otherWords = clauses[other];
      const otherEvent = items[other]?.event;
      return Boolean(
        item.article.id === article &&
          near &&
          otherWords &&
          otherEvent &&
          closeClause(near, otherWords) &&
          compatibleDates(item.event, otherEvent),
      );
    });
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const a = items[i];
      const b = items[j];
      const x = clauses[i];
      const y = clauses[j];
      if (!a || !b || !x || !y || a.source === b.source || groupOf(i) === groupOf(j)) continue;
      if (!trusted(a.event) || !trusted(b.event) || compatibleDates(a.event, b.event)) continue;
      if (!actorsAgree(a.event, b.event) || !closeClause(x, y)) continue;
      if (agreesSomewhere(a.article.id, j) || agreesSomewhere(b.article.id, i)) continue;
      const key = [groupOf(i), groupOf(j)].sort((p, q) => p - q).join("|");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        kind: "date",
        about: a.event.summary,
        versions: [
          { article: a.article, value: dateValue(a.event), text: a.event.summary, sentence: a.event.sentence },
          { article: b.article, value: dateValue(b.event), text: b.event.summary, sentence: b.event.sentence },
        ],
      });
    }
  return out;
}

/** Actors agree unless both events name some and none is shared (the same id or the same surname). */
export function actorsAgree(a: Event, b: Event): boolean {
  if (a.actors.length === 0 || b.actors.length === 0) return true;
  const keys = new Set(a.actors.flatMap((actor) => [actor, surnameKeyOf(actor) ?? actor]));
  return b.actors.some((actor) => keys.has(actor) || keys.has(surnameKeyOf(actor) ?? actor));
}

// why: "relative" (last week, earlier this month) and "publication" dates are the extractor's inference, not the
// outlet's statement; a disagreement must be between dates the outlets wrote.
const TRUSTED_BASES = new Set<Event["basis"]>(["explicit", "weekday", "month-day", "year"]);

function trusted(event: Event): boolean {
  return TRUSTED_BASES.has(event.basis);
}

function sameDate(a: Event, b: Event): boolean {
  return a.date === b.date && a.precision === b.precision && a.edtf === b.edtf;
}

function dateValue(event: Event): string {
  return event.edtf ?? event.date;
}
