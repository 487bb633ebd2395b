import type { CorroborationInput } from "../../../src/corroborate/types.ts";
import type { Event, Quote } from "../../../src/domain/facts.ts";

type Facts = CorroborationInput["facts"];

/** An invented article's facts: an id, an outlet and a day, with the quotes, events and entities given. */
export function article(
  id: string,
  source: string,
  parts: Partial<Pick<Facts, "quotes" | "events" | "entities">> = {},
  text = "",
): CorroborationInput {
  return {
    facts: {
      article: { id, title: `${id} title`, source, url: `https://example.com/${id}`, published: "2024-04-10" },
      quotes: parts.quotes ?? [],
      events: parts.events ?? [],
      entities: parts.entities ?? [],
      warnings: [],
    },
    text,
  };
}

export function event(summary: string, date: string, extra: Partial<Event> = {}): Event {
  const precision = date.length === 4 ? "year" : date.length === 7 ? "month" : "day";
  return { date, precision, basis: "explicit", summary, actors: [], sentence: `${summary}.`, start: 0, end: summary.length + 1, ...extra };
}

export function quote(text: string, speaker: string | null, extra: Partial<Quote> = {}): Quote {
  const entityId = speaker ? `person:${speaker.split(" ")[0]?.[0]?.toLowerCase()}.${speaker.split(" ").at(-1)?.toLowerCase()}` : undefined;
  return {
    text,
    kind: "direct",
    speaker: speaker ? { name: speaker, entityId } : { name: null, description: "a spokesperson" },
    via: null,
    saidOn: null,
    sentence: `"${text}," said ${speaker ?? "a spokesperson"}.`,
    start: 0,
    end: text.length + 20,
    ...extra,
  };
}
