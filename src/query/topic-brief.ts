import type { Topic } from "../../config/file-schema.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import { closestMatches } from "../text/similarity.ts";
import { type Centrality, pickQuotes } from "./brief-quotes.ts";
import { pickTimeline, withoutQuotedLines } from "./brief-timeline.ts";
import { eventItem, quoteItem, sentenceItem } from "./items.ts";
import { sourceItem } from "./listings.ts";
import { checkQueryText, similarity } from "./query-text.ts";
import type { EventItem, PersonSummary, QuoteItem, SentenceItem, TopicBriefResult } from "./types.ts";

const SUMMARY_MAX = 5;
/** Quotes read to pick the key ones: enough that every central speaker has a few. */
const QUOTE_CANDIDATES = 60;
const PEOPLE_MAX = 6;
/** Two sentences this alike say the same thing; keep one. */
const SAME_THING = 0.45;

/** A briefing on a configured topic, drawn from the articles tagged with it. */
export function topicBrief(store: FactReader, topics: readonly Topic[], raw: string): TopicBriefResult {
  const checked = checkQueryText(raw, "brief topic SLUG (brief topics lists them)");
  if ("kind" in checked) return checked;
  const slug = checked.text.toLowerCase();
  const topic = topics.find((candidate) => candidate.slug === slug);
  if (!topic) {
    const suggestions = closestMatches(
      slug,
      topics.map((candidate) => candidate.slug),
      3,
    );
    const hint = suggestions[0] ? ` — did you mean ${suggestions[0]}?` : "";
    return { kind: "not-found", what: "topic", query: checked.text, message: `No topic '${checked.text}'${hint}`, suggestions };
  }
  const stats = store.topicStats().find((row) => row.slug === slug);
  const dated = pickTimeline(store.topicEvents(slug, 30).map((row) => eventItem(row)));
  // why: one copy of a fact per brief: a sentence the timeline already tells (with its date) is no summary bullet
  const quoteCandidates = store.topicQuotes(slug, QUOTE_CANDIDATES).map(quoteItem);
  const summary = pickSummary(store.topicSentences(slug, 25).map(sentenceItem), dated, quoteCandidates);
  const people = peopleOf(store, slug);
  const quotes = pickQuotes(quoteCandidates, centralityOf(people), summary);
  const timeline = withoutQuotedLines(dated, quotes);
  const cited = new Set([...summary, ...quotes, ...timeline].map((item) => item.citation.articleId));
  for (const event of timeline) for (const also of event.alsoReportedIn) cited.add(also.articleId);
  return {
    kind: "topic-brief",
    topic: { slug: topic.slug, title: topic.title, description: topic.description },
    articleCount: stats?.articles ?? 0,
    published: stats?.first && stats.latest ? { from: stats.first, to: stats.latest } : null,
    summary,
    people,
    quotes,
    timeline,
    sources: store.articlesByIds([...cited]).map(sourceItem),
  };
}

/** Best-ranked first; no two alike; one per article until every article has had a turn; no quotations. */
function pickSummary(candidates: readonly SentenceItem[], timeline: readonly EventItem[], quotes: readonly QuoteItem[]): SentenceItem[] {
  // why: a sentence from inside a quotation shown as a bullet would give the speaker's words as the writer's
  const quoted = (item: SentenceItem) =>
    quotes.some(
      (quote) =>
        quote.kind !== "indirect" && quote.citation.articleId === item.citation.articleId && quote.text.includes(item.text.slice(0, 60)),
    );
  const told = (item: SentenceItem) =>
    timeline.some(
      (event) =>
        event.citation.articleId === item.citation.articleId &&
        event.citation.sentence === item.citation.sentence &&
        similarity(event.summary, item.text) >= SAME_THING,
    );
  const usable = candidates.filter(
    (item) => item.text.length >= 40 && item.text.length <= 400 && !/["“”]/.test(item.text) && !told(item) && !quoted(item),
  );
  const picked: SentenceItem[] = [];
  for (const pass of [1, 2]) {
    for (const item of usable) {
      if (picked.length >= SUMMARY_MAX) break;
      if (picked.includes(item)) continue;
      if (pass === 1 && picked.some((kept) => kept.citation.articleId === item.citation.articleId)) continue;
      if (picked.some((kept) => similarity(kept.text, item.text) >= SAME_THING)) continue;
      picked.push(item);
    }
  }
  return picked;
}

function peopleOf(store: FactReader, slug: string): PersonSummary[] {
  const people = store.topicPeople(slug, PEOPLE_MAX);
  const roles = new Map<string, string[]>();
  for (const row of store.roleCounts(people.map((person) => person.id)))
    roles.set(row.entityId, [...(roles.get(row.entityId) ?? []), row.role]);
  return people.map((person) => ({
    entityId: person.id,
    name: person.name,
    type: person.type,
    roles: roles.get(person.id) ?? [],
    quoteCount: person.quoteCount,
  }));
}

/** Each key person's share of the topic's quotes, the most quoted at 1: who the story is about. */
function centralityOf(people: readonly PersonSummary[]): Centrality {
  const most = Math.max(0, ...people.map((person) => person.quoteCount));
  return new Map(people.filter((person) => person.quoteCount > 0).map((person) => [person.entityId, person.quoteCount / most]));
}
