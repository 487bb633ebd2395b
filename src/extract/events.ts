import type { Event } from "../domain/facts.ts";
import { findDates } from "./dates/find-dates.ts";
import type { Doc } from "./doc.ts";
import { summariseEvent } from "./event-summary.ts";
import { insideQuote } from "./quotes/marks.ts";

/**
 * One event per dated expression outside quotation marks, with the date resolved against publication.
 * Several mentions of the same date in one paragraph are one event spanning those sentences: news copy
 * restates the day ("On Sunday, X said … Speaking on Sunday, X …").
 */
export function findEvents(doc: Doc): Event[] {
  const events: (Event & { paragraph: number })[] = [];
  for (const sentence of doc.sentences) {
    if (!/\d|day|week|month|year|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/.test(sentence.text)) continue;
    for (const found of findDates(sentence.text, doc.published)) {
      if (insideQuote(doc.spans, sentence.start + found.start)) continue;
      const actors = [
        ...new Set(
          (doc.mentionsBySentence[sentence.index] ?? [])
            .filter((m) => !m.inQuote && (m.type === "person" || m.type === "organization"))
            .map((m) => doc.names.lookup(m.name)?.id)
            .filter((id): id is string => Boolean(id)),
        ),
      ];
      const same = events.find((e) => e.paragraph === sentence.paragraph && e.date === found.date && e.precision === found.precision);
      if (same) {
        same.end = sentence.end;
        same.sentence = doc.text.slice(same.start, same.end);
        same.actors = [...new Set([...same.actors, ...actors])];
        continue;
      }
      events.push({
        date: found.date,
        precision: found.precision,
        basis: found.basis,
        summary: summariseEvent(sentence.text, found.start, found.end),
        actors,
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        paragraph: sentence.paragraph,
      });
    }
  }
  return events.map(({ paragraph: _paragraph, ...event }) => event);
}
