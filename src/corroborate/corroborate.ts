import { type EventItem, factItems, type Origin, type QuoteItem, type RoleItem } from "./fact-items.ts";
import { figureConflicts } from "./figure-conflicts.ts";
import { eventConflicts, groupEvents } from "./group-events.ts";
import { groupQuotes, quoteConflicts } from "./group-quotes.ts";
import { groupRoles, roleConflicts } from "./group-roles.ts";
import type { Citation, Corroboration, CorroborationInput, FactGroup } from "./types.ts";
import { sourcesOf } from "./wire-copies.ts";

/**
 * Corroboration over a set of articles: which facts several articles tell (one group each, with how many distinct
 * sources, wire copies and one outlet's articles counted once), and where two sources disagree (a date, a
 * speaker, a figure, a role), both versions cited. Pure: the articles' extracted facts and bodies in, data out.
 * `articles` in the order whose first member should lead a source (e.g. oldest first).
 */
export function corroborate(articles: readonly CorroborationInput[]): Corroboration {
  const sourceOf = sourcesOf(articles.map(({ facts, text }) => ({ id: facts.article.id, source: facts.article.source, text })));
  const items = factItems(articles, sourceOf);
  const quoteGroups = groupQuotes(items.quotes);
  const eventGroups = groupEvents(items.events);
  const roleGroups = groupRoles(items.roles);
  const eventGroupOf = indexOfGroup(eventGroups, items.events.length);
  return {
    groups: [
      ...quoteGroups.map((group) => quoteGroup(group.map((index) => items.quotes[index] as QuoteItem))),
      ...eventGroups.map((group) => eventGroup(group.map((index) => items.events[index] as EventItem))),
      ...roleGroups.map((group) => roleGroup(group.map((index) => items.roles[index] as RoleItem))),
    ],
    conflicts: [
      ...eventConflicts(items.events, eventGroupOf),
      ...quoteConflicts(items.quotes, items.peopleIn),
      ...figureConflicts(items.sentences),
      ...roleConflicts(items.roles),
    ],
    sourceOf: Object.fromEntries(sourceOf),
  };
}

function quoteGroup(members: QuoteItem[]): FactGroup {
  const longest = members.reduce((best, item) => (item.quote.text.length > best.quote.text.length ? item : best));
  const speaker = longest.quote.speaker;
  return {
    kind: "quote",
    about: speaker.name ?? speaker.description ?? "",
    text: longest.quote.text,
    ...counted(members.map((item) => citation(item, item.quote.text, item.quote.sentence))),
  };
}

function eventGroup(members: EventItem[]): FactGroup {
  const sharpest = members.reduce((best, item) => (item.event.date.length > best.event.date.length ? item : best));
  return {
    kind: "event",
    about: "",
    text: members[0]?.event.summary ?? sharpest.event.summary,
    date: sharpest.event.date,
    ...counted(members.map((item) => citation(item, item.event.summary, item.event.sentence))),
  };
}

function roleGroup(members: RoleItem[]): FactGroup {
  const longest = members.reduce((best, item) => (item.role.length > best.role.length ? item : best));
  return {
    kind: "role",
    about: longest.person.name,
    text: longest.role,
    ...counted(members.map((item) => citation(item, item.role, item.sentence))),
  };
}

function citation(origin: Origin, text: string, sentence: string): Citation {
  return { article: origin.article, source: origin.source, text, sentence };
}

/** The citations, one per article (an article telling a fact twice is one telling), with the counts. */
function counted(all: Citation[]): Pick<FactGroup, "citations" | "articles" | "sources" | "outlets"> {
  const byArticle = new Map<string, Citation>();
  for (const item of all) if (!byArticle.has(item.article.id)) byArticle.set(item.article.id, item);
  const citations = [...byArticle.values()];
  return {
    citations,
    articles: citations.length,
    sources: new Set(citations.map((item) => item.source)).size,
    outlets: [...new Set(citations.map((item) => item.article.source))],
  };
}

function indexOfGroup(groups: readonly number[][], size: number): (index: number) => number {
  const of = new Array<number>(size).fill(-1);
  groups.forEach((group, g) => {
    for (const index of group) of[index] = g;
  });
  return (index) => of[index] ?? -1;
}
