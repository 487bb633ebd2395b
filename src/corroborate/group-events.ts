import { surnameKeyOf } from "../domain/entity-key.ts";
import type { Event } from "../domain/facts.ts";
import { closeClause, containedClause, contentWords, sameClause } from "./content-words.ts";
import { type DaySpan, spanOf, spansOverlap } from "./date-span.ts";
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
  const facts = items.map(prepare);
  const sets = createUnionFind(items.length);
  for (let i = 0; i < facts.length; i++)
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i] as Prepared;
      const b = facts[j] as Prepared;
      if (!spansOverlap(a.span, b.span) || !actorKeysAgree(a.actors, b.actors)) continue;
      const written = a.trusted && b.trusted;
      if (sameClause(a.words, b.words, written) || (written && sameDate(a.event, b.event) && containedClause(a.words, b.words)))
        sets.union(i, j);
    }
  return groupsOf(sets, items.length);
}

/**
 * Two sources telling one event (a close clause, see `closeClause`) with dates that cannot be the same day.
 * Not a conflict when either article also gives the event a date the other can share (a wire dateline's day beside
 * the event's own), nor when a date is only inferred ("last week", the publication day), which may be the
 * extractor's reading rather than the outlet's word, nor when one article reports a past event and the other's
 * date comes after that article was published: the other must be a later event of the same kind (the council
 * meets every week), not the same one.
 */
export function eventConflicts(items: readonly EventItem[], groupOf: (index: number) => number): Conflict[] {
  const facts = items.map(prepare);
  const out: Conflict[] = [];
  const seen = new Set<string>();
  const agreesSomewhere = (article: string, other: Prepared): boolean =>
    facts.some((fact) => fact.article.id === article && spansOverlap(fact.span, other.span) && closeClause(fact.words, other.words));
  for (let i = 0; i < facts.length; i++)
    for (let j = i + 1; j < facts.length; j++) {
      const a = facts[i] as Prepared;
      const b = facts[j] as Prepared;
      if (a.source === b.source || !a.trusted || !b.trusted || spansOverlap(a.span, b.span) || groupOf(i) === groupOf(j)) continue;
      if (!closeClause(a.words, b.words) || !actorKeysAgree(a.actors, b.actors) || !couldBeOneEvent(a, b)) continue;
      if (agreesSomewhere(a.article.id, b) || agreesSomewhere(b.article.id, a)) continue;
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

/** An event with what every comparison needs worked out once: content words, day span, actor keys. */
type Prepared = EventItem & { words: Set<string>; span: DaySpan; actors: Set<string>; trusted: boolean };

function prepare(item: EventItem): Prepared {
  return {
    ...item,
    words: contentWords(item.event.summary),
    span: spanOf(item.event),
    actors: actorKeys(item.event),
    trusted: trusted(item.event),
  };
}

/** False when one article tells of a past event and the other's date falls after that article was published. */
function couldBeOneEvent(a: Prepared, b: Prepared): boolean {
  const later = (x: Prepared, y: Prepared) => x.span.last <= x.article.published && y.span.first > x.article.published;
  return !later(a, b) && !later(b, a);
}

/** Actors agree unless both events name some and none is shared (the same id or the same surname). */
export function actorsAgree(a: Event, b: Event): boolean {
  return actorKeysAgree(actorKeys(a), actorKeys(b));
}

function actorKeys(event: Event): Set<string> {
  return new Set(event.actors.map((actor) => surnameKeyOf(actor) ?? actor));
}

function actorKeysAgree(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const key of a) if (b.has(key)) return true;
  return false;
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
