import type { Topic } from "../../config/file-schema.ts";
import { eventItem, mergeDuplicateEvents, quoteItem } from "../query/items.ts";
import type { EventItem, QuoteItem } from "../query/types.ts";
import type { ArticleSummary } from "../store/fact-types.ts";
import type { FactReader, IngestWindow } from "../store/ports/fact-reader.ts";
import { type DigestStory, groupIntoStories } from "./stories.ts";
import { groupSyndicated } from "./syndication.ts";

/** One line of a digest: a quote, a dated event, or a new article that brought neither. */
export type DigestItem =
  | { kind: "quote"; quote: QuoteItem }
  | { kind: "event"; event: EventItem }
  | { kind: "article"; article: ArticleSummary };

export type DigestSection = {
  topic: { slug: string; title: string };
  items: DigestItem[];
  /** The same items grouped by story (syndicated copies folded into one, with the other outlets in `also`). */
  stories: DigestStory[];
  /** Items left out by the cap: "N more: /brief <topic>". */
  more: number;
  /** Articles new in the window for this topic. */
  articleCount: number;
};

export type DigestContent = {
  window: IngestWindow;
  sections: DigestSection[];
  itemCount: number;
  /** Distinct articles new in the window over all the digest's topics (an article on two topics counts once). */
  articleCount: number;
};

// why: reading a few more than can be shown lets the "N more" count stay honest without reading everything.
const CANDIDATES = 60;

type Syndication = { copies: Set<string>; also: Map<string, string[]> };

/**
 * Which of a window's articles are syndicated copies of another (same wire text, another outlet): the first
 * published copy leads the story, the others are folded into it and named as "also".
 */
function findSyndication(store: FactReader, articles: readonly ArticleSummary[]): Syndication {
  // why: the copy published first is most likely the original (the wire's own, or the first outlet to run it)
  const byAge = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.id < b.id ? -1 : 1));
  const texts = byAge.map((article) => ({ id: article.id, text: store.storedArticle(article.id)?.text ?? "" }));
  const leads = groupSyndicated(texts);
  const copies = new Set<string>();
  const also = new Map<string, string[]>();
  for (const article of byAge) {
    const lead = leads.get(article.id) ?? article.id;
    if (lead === article.id) continue;
    copies.add(article.id);
    const leadSource = byAge.find((candidate) => candidate.id === lead)?.source;
    const outlets = also.get(lead) ?? [];
    if (article.source !== leadSource && !outlets.includes(article.source)) outlets.push(article.source);
    also.set(lead, outlets);
  }
  return { copies, also };
}

/** A topic's new facts, best first, alternating kinds so one chatty article cannot fill the digest with quotes. */
function rankTopic(
  store: FactReader,
  slug: string,
  window: IngestWindow,
): { items: DigestItem[]; articles: ArticleSummary[]; also: Map<string, string[]> } {
  const articles = store.topicArticlesIngested(slug, window, CANDIDATES);
  const { copies, also } = findSyndication(store, articles);
  // why: a copy's quotes and events are the lead's again, word for word; they would fill the digest twice
  const own = (item: { citation: { articleId: string } }) => !copies.has(item.citation.articleId);
  const quotes = store.topicQuotesIngested(slug, window, CANDIDATES).map(quoteItem).filter(own);
  const events = mergeDuplicateEvents(
    store
      .topicEventsIngested(slug, window, CANDIDATES)
      .map((row) => eventItem(row))
      .filter(own),
  );
  const cited = new Set([...quotes, ...events].map((item) => item.citation.articleId));
  const quiet = articles.filter((article) => !cited.has(article.id) && !copies.has(article.id));
  const lanes: DigestItem[][] = [
    quotes.map((quote) => ({ kind: "quote" as const, quote })),
    events.map((event) => ({ kind: "event" as const, event })),
    quiet.map((article) => ({ kind: "article" as const, article })),
  ];
  const items: DigestItem[] = [];
  for (let i = 0; lanes.some((lane) => i < lane.length); i += 1) {
    for (const lane of lanes) {
      const item = lane[i];
      if (item) items.push(item);
    }
  }
  return { items, articles, also };
}

const storyOf = (item: DigestItem): string =>
  item.kind === "quote" ? item.quote.citation.articleId : item.kind === "event" ? item.event.citation.articleId : item.article.id;

/**
 * The cap shared out in turns (one item per topic per round, so every topic with news is seen). A story belongs
 * to the first section that takes one of its lines: later topics skip its lines (they would repeat the story
 * under another heading) without spending the budget on them. `visited` counts each topic's items looked at,
 * so what is left is its "N more".
 */
function shareOut(ranked: readonly { items: readonly DigestItem[] }[], maxItems: number) {
  const chosen: DigestItem[][] = ranked.map(() => []);
  const visited = ranked.map(() => 0);
  const owner = new Map<string, number>();
  let budget = maxItems;
  for (let progressed = true; budget > 0 && progressed; ) {
    progressed = false;
    ranked.forEach((topic, index) => {
      while (budget > 0 && (visited[index] ?? 0) < topic.items.length) {
        const item = topic.items[visited[index] ?? 0] as DigestItem;
        visited[index] = (visited[index] ?? 0) + 1;
        const story = storyOf(item);
        if ((owner.get(story) ?? index) !== index) continue;
        owner.set(story, index);
        chosen[index]?.push(item);
        budget -= 1;
        progressed = true;
        break;
      }
    });
  }
  return { chosen, visited };
}

/**
 * What is new for `topicSlugs` in `window`, capped at `maxItems` in all. The cap is shared out in turns
 * (one item per topic per round) so every topic with news is seen; what is cut is counted per topic.
 */
export function buildDigestContent(
  store: FactReader,
  topics: readonly Topic[],
  plan: { topics: readonly string[]; maxItems: number },
  window: IngestWindow,
): DigestContent {
  const ranked = plan.topics.map((slug) => {
    const topic = topics.find((candidate) => candidate.slug === slug);
    return { topic: { slug, title: topic?.title ?? slug }, ...rankTopic(store, slug, window) };
  });
  const { chosen, visited } = shareOut(ranked, plan.maxItems);
  const sections = ranked
    .map((topic, index) => {
      const items = chosen[index] ?? [];
      return {
        topic: topic.topic,
        items,
        stories: groupIntoStories(items, topic.also),
        more: topic.items.length - (visited[index] ?? 0),
        articleCount: topic.articles.length,
      };
    })
    .filter((section) => section.items.length > 0);
  const articleCount = new Set(ranked.flatMap((topic) => topic.articles.map((article) => article.id))).size;
  return { window, sections, itemCount: sections.reduce((sum, section) => sum + section.items.length, 0), articleCount };
}
