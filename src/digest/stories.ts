import type { EventItem, QuoteItem } from "../query/types.ts";
import type { ArticleSummary } from "../store/fact-types.ts";
import { inDateOrder } from "./date-order.ts";

/** The article a story is cited from: the first copy stored, with the outlets that carried it too. */
export type StoryLead = { articleId: string; title: string; source: string; published: string; url: string };

/** One story of a digest: its lead article, the other outlets that carried it, and its new quotes and dated events. */
export type DigestStory = {
  lead: StoryLead;
  /** Other outlets that carried the same (syndicated) text, in the order they were stored; never the lead's own. */
  also: string[];
  quotes: QuoteItem[];
  /** Oldest first (see dateSortKey). */
  events: EventItem[];
};

type StoryLine = { kind: "quote"; quote: QuoteItem } | { kind: "event"; event: EventItem } | { kind: "article"; article: ArticleSummary };

const leadOf = (article: ArticleSummary): StoryLead => ({
  articleId: article.id,
  title: article.title,
  source: article.source,
  published: article.published,
  url: article.url,
});
const citedLead = (c: StoryLead): StoryLead => ({
  articleId: c.articleId,
  title: c.title,
  source: c.source,
  published: c.published,
  url: c.url,
});

/**
 * Groups a section's lines by the article they came from (a syndicated copy's lines already folded into its
 * lead's), stories in the order their first line was ranked, each story's events in date order.
 */
export function groupIntoStories(lines: readonly StoryLine[], also: ReadonlyMap<string, readonly string[]>): DigestStory[] {
  const stories = new Map<string, DigestStory>();
  const storyFor = (lead: StoryLead): DigestStory => {
    let story = stories.get(lead.articleId);
    if (!story) {
      story = { lead, also: [...(also.get(lead.articleId) ?? [])], quotes: [], events: [] };
      stories.set(lead.articleId, story);
    }
    return story;
  };
  for (const line of lines) {
    if (line.kind === "quote") storyFor(citedLead(line.quote.citation)).quotes.push(line.quote);
    else if (line.kind === "event") storyFor(citedLead(line.event.citation)).events.push(line.event);
    else storyFor(leadOf(line.article));
  }
  return [...stories.values()].map((story) => ({ ...story, events: inDateOrder(story.events) }));
}
