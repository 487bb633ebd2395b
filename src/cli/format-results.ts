import { partialDateLabel } from "../domain/date-label.ts";
import { edtfLabel } from "../domain/edtf.ts";
import type * as Q from "../query/types.ts";
import type { Citation, EventItem, FactDate, QuoteItem, SourceItem } from "../query/types.ts";

/** Plain-text forms of query results for the terminal (`brief who`, `brief on`, …); --json prints the data itself. */

function factDate(date: FactDate, sometimeIn = false): string {
  const text = date.edtf ? edtfLabel(date.edtf) : partialDateLabel(date.date);
  return sometimeIn ? `sometime in ${text}` : text;
}

function cite(citation: Citation): string {
  return `${citation.source}, ${partialDateLabel(citation.published)}`;
}

export function formatQuote(quote: QuoteItem): string {
  const who = quote.speaker.name ?? quote.speaker.description ?? "unnamed";
  const role = quote.speaker.role ? `, ${quote.speaker.role}` : "";
  const when = quote.saidOn ? `${factDate(quote.saidOn)}` : `reported ${partialDateLabel(quote.citation.published)}`;
  const via = quote.via ? ` (via ${quote.via})` : "";
  const text = quote.kind === "indirect" ? `(reported) ${quote.text}` : `“${quote.text}”`;
  return `${text}\n    — ${who}${role}, ${when}${via} [${cite(quote.citation)}]`;
}

export function formatEvent(event: EventItem): string {
  const also = event.alsoReportedIn.length > 0 ? `; also ${event.alsoReportedIn.map((c) => c.source).join(", ")}` : "";
  return `${factDate(event.date, event.sometimeIn).padEnd(13)} ${event.summary} [${cite(event.citation)}${also}]`;
}

function formatSource(source: SourceItem): string {
  return `${source.published}  ${source.source.padEnd(10)} ${source.title}${source.url ? `  <${source.url}>` : ""}`;
}

export function formatTopicBrief(brief: Q.TopicBrief): string {
  const range = brief.published ? `, ${partialDateLabel(brief.published.from)} – ${partialDateLabel(brief.published.to)}` : "";
  return [
    `${brief.topic.title} (${brief.articleCount} article${brief.articleCount === 1 ? "" : "s"}${range})`,
    ...brief.summary.map((item) => `• ${item.text} [${cite(item.citation)}]`),
    "People:",
    ...brief.people.map((p) => `  ${p.name}${p.roles[0] ? `, ${p.roles[0]}` : ""} (${p.quoteCount} quote${p.quoteCount === 1 ? "" : "s"})`),
    "Quotes:",
    ...brief.quotes.map((q) => `  ${formatQuote(q)}`),
    "Timeline:",
    ...brief.timeline.map((e) => `  ${formatEvent(e)}`),
    "Sources:",
    ...brief.sources.map((s) => `  ${formatSource(s)}`),
  ].join("\n");
}

export function formatWhoSaid(result: Q.WhoSaidPerson | Q.WhoSaidPhrase): string {
  if (result.kind === "who-said-phrase") {
    return [`Who said "${result.query}":`, ...result.matches.map((m) => `  ${formatQuote(m.quote)}`)].join("\n");
  }
  const { person } = result;
  const others = result.otherMatches.length > 0 ? `\n(also matching: ${result.otherMatches.join(", ")})` : "";
  return [
    `${person.name}${person.roles[0] ? `, ${person.roles[0]}` : ""}: ${result.quotes.length} quote${result.quotes.length === 1 ? "" : "s"}${others}`,
    ...result.quotes.map((q) => `  ${formatQuote(q)}`),
  ].join("\n");
}

export function formatOnDate(result: Q.OnDateResult): string {
  return [
    `${result.label}: ${result.events.length} event${result.events.length === 1 ? "" : "s"}, ${result.quotes.length} quote${result.quotes.length === 1 ? "" : "s"}`,
    ...result.events.map((e) => `  ${formatEvent(e)}`),
    ...(result.quotes.length > 0 ? ["Said then:", ...result.quotes.map((q) => `  ${formatQuote(q)}`)] : []),
  ].join("\n");
}

export function formatEntity(result: Q.EntityProfile): string {
  return [
    `${result.name} (${result.type}), seen ${partialDateLabel(result.firstSeen)} – ${partialDateLabel(result.lastSeen)}, ${result.quoteCount} quote${result.quoteCount === 1 ? "" : "s"}`,
    `Also written: ${result.aliases.map((a) => a.name).join(", ")}`,
    "Roles:",
    ...result.roles.map((r) => `  ${r.text} [${cite(r.citation)}]`),
    `Topics: ${result.topics.join(", ") || "none"}`,
    "Articles:",
    ...result.articles.map((a) => `  ${formatSource(a)}`),
  ].join("\n");
}

export function formatSearch(result: Q.SearchResult): string {
  return [
    `${result.hits.length} match${result.hits.length === 1 ? "" : "es"} for "${result.query}":`,
    ...result.hits.map((hit) => {
      if (hit.type === "quote") return `  quote    ${formatQuote(hit.quote)}`;
      if (hit.type === "event") return `  event    ${formatEvent(hit.event)}`;
      return `  sentence ${hit.sentence.text} [${cite(hit.sentence.citation)}]`;
    }),
  ].join("\n");
}

export function formatTopics(result: Q.TopicsList): string {
  const width = Math.max(0, ...result.topics.map((t) => t.slug.length));
  return result.topics
    .map((t) => `${t.slug.padEnd(width)}  ${t.articleCount} articles, ${t.quoteCount} quotes, ${t.eventCount} events  ${t.title}`)
    .join("\n");
}

export function formatSources(result: Q.SourcesList): string {
  const more = result.total > result.sources.length ? `\n(${result.total - result.sources.length} older not shown; --json for data)` : "";
  return `${[...result.sources.map(formatSource), `${result.total} article${result.total === 1 ? "" : "s"}`].join("\n")}${more}`;
}

export function formatProblem(result: Q.NotFound | Q.InvalidQuery): string {
  if (result.kind === "invalid-query") return `${result.message}\nExample: ${result.hint}`;
  const extra =
    result.suggestions.length > 0 && !result.message.includes(result.suggestions[0] ?? "")
      ? `\nNearest: ${result.suggestions.join(", ")}`
      : "";
  return `${result.message}${extra}`;
}
