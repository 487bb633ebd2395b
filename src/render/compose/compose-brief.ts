import type { PersonSummary, TopicBrief } from "../../query/types.ts";
import type { Block, Document, Person } from "../document.ts";
import { COMPOSE_CAPS, take } from "./caps.ts";
import { createCitations } from "./citations.ts";
import { formatFactDate, formatSpan, plural } from "./dates.ts";
import { FOLLOW_UP_HINT, moreBlock, section } from "./parts.ts";
import { quoteBlock } from "./quotes.ts";

export type ComposeOptions = { all?: boolean };

/** `/brief <topic>`: summary bullets, key people, key quotes, a dated timeline and the sources. */
export function composeBrief(brief: TopicBrief, options: ComposeOptions = {}): Document {
  const all = options.all ?? false;
  const command = `/brief ${brief.topic.slug} --all`;
  const citations = createCitations();
  const span = brief.published ? `, ${formatSpan(brief.published.from, brief.published.to)}` : "";
  const blocks: Block[] = [
    { type: "heading", text: brief.topic.title },
    { type: "context", text: `${plural(brief.articleCount, "article")}${span}` },
  ];
  if (brief.articleCount === 0) {
    blocks.push({ type: "paragraph", text: `No article on this topic yet. ${brief.topic.description}` });
    blocks.push({ type: "hint", text: "Feed articles with `brief ingest FILE|URL|FEED`; /brief topics lists what is covered." });
    return { summary: `${brief.topic.title}: no articles yet`, blocks };
  }
  const summary = take(brief.summary, COMPOSE_CAPS.briefSummary, all);
  blocks.push({ type: "bullets", items: summary.shown.map((s) => ({ text: s.text, cites: [citations.cite(s.citation)] })) });

  const people = take(brief.people, COMPOSE_CAPS.briefPeople, all);
  blocks.push(...section("People", people.shown.length > 0 ? [{ type: "people", people: people.shown.map(personLine) }] : []));
  blocks.push(...moreBlock(people.left, command));

  const quotes = take(brief.quotes, COMPOSE_CAPS.briefQuotes, all);
  blocks.push(
    ...section(
      "Quotes",
      quotes.shown.map((quote) => quoteBlock(quote, citations)),
    ),
  );
  blocks.push(...moreBlock(quotes.left, command));

  const timeline = take(brief.timeline, COMPOSE_CAPS.briefTimeline, all);
  const entries = timeline.shown.map((event) => ({
    date: formatFactDate(event.date),
    text: event.summary,
    cites: citations.citeAll([event.citation, ...event.alsoReportedIn]),
  }));
  blocks.push(...section("Timeline", entries.length > 0 ? [{ type: "timeline", entries }] : []));
  blocks.push(...moreBlock(timeline.left, command));

  for (const source of brief.sources) citations.cite(source);
  blocks.push(...section("Sources", [citations.block()]));
  blocks.push({ type: "hint", text: FOLLOW_UP_HINT });
  return { summary: `${brief.topic.title}: ${plural(brief.articleCount, "article")}${span}`, blocks, more: command };
}

function personLine(person: PersonSummary): Person {
  const role = person.roles[0];
  return { name: person.name, ...(role ? { role } : {}), ...(person.quoteCount > 0 ? { detail: plural(person.quoteCount, "quote") } : {}) };
}
