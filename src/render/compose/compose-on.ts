import type { EventItem, OnDateResult } from "../../query/types.ts";
import type { Block, Document } from "../document.ts";
import { COMPOSE_CAPS, take } from "./caps.ts";
import { createCitations } from "./citations.ts";
import type { ComposeOptions } from "./compose-brief.ts";
import { formatFactDate, plural } from "./dates.ts";
import { FOLLOW_UP_HINT, moreBlock, section } from "./parts.ts";
import { quoteBlock } from "./quotes.ts";

/** `/brief on <date>`: what happened that day, month, year or range, and what was said then. */
export function composeOn(result: OnDateResult, options: ComposeOptions = {}): Document {
  const all = options.all ?? false;
  const command = `/brief on ${result.query} --all`;
  const citations = createCitations();
  const title = result.range.precision === "day" ? `On ${result.label}` : `In ${result.label}`;
  const counts = `${plural(result.events.length, "event")}, ${plural(result.quotes.length, "quote")}`;
  const blocks: Block[] = [
    { type: "heading", text: title },
    { type: "context", text: counts },
  ];
  if (result.events.length === 0 && result.quotes.length === 0) {
    blocks.push({ type: "paragraph", text: `The articles report nothing dated ${result.label}.` });
    return { summary: `${title}: nothing reported`, blocks };
  }
  const events = take(result.events, COMPOSE_CAPS.onEvents, all);
  const entries = events.shown.map((event) => ({
    date: eventDate(event),
    text: event.summary,
    cites: citations.citeAll([event.citation, ...event.alsoReportedIn]),
  }));
  blocks.push(...section("What happened", entries.length > 0 ? [{ type: "timeline", entries }] : []));
  blocks.push(...moreBlock(events.left, command));
  const quotes = take(result.quotes, COMPOSE_CAPS.onQuotes, all);
  blocks.push(
    ...section(
      "What was said",
      quotes.shown.map((quote) => quoteBlock(quote, citations)),
    ),
  );
  blocks.push(...moreBlock(quotes.left, command));
  blocks.push(...section("Sources", [citations.block()]));
  blocks.push({ type: "hint", text: FOLLOW_UP_HINT });
  return { summary: `${title}: ${counts}`, blocks, more: command };
}

/** An event known only to the month, on a day query, reads "sometime in Nov 2022", never a made-up day. */
function eventDate(event: EventItem): string {
  const date = formatFactDate(event.date);
  return event.sometimeIn ? `sometime in ${date}` : date;
}
