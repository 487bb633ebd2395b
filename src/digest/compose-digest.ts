import { partialDateLabel } from "../domain/date-label.ts";
import type { QuoteItem } from "../query/types.ts";
import { type Citations, createCitations } from "../render/compose/citations.ts";
import { formatFactDate } from "../render/compose/dates.ts";
import type { Block, Document } from "../render/document.ts";
import type { DigestContent } from "./content.ts";
import type { DigestStory } from "./stories.ts";

export type DigestHeader = {
  /** Topic titles, for the heading and the empty line. */
  topicTitles: readonly string[];
  /** "since Mon 4 Mar 07:30" or "in the last 24 hours", already worded. */
  since: string;
  /** Set when the slot was missed while the bot was down: "scheduled for Tue 5 Mar 07:30". */
  late?: string;
};

const FOLLOW_UP_HINT = "Reply in this thread to ask a follow-up.";

function attribution(quote: QuoteItem): string {
  const who = quote.speaker.name ?? quote.speaker.description ?? "Unnamed speaker";
  const role = quote.speaker.name && quote.speaker.role ? `, ${quote.speaker.role}` : "";
  const when = partialDateLabel(quote.saidOn?.date ?? quote.citation.published);
  const via = quote.via ? ` (via ${quote.via})` : "";
  return `${who}${role}, ${when}${via}`;
}

function quoteBlock(quote: QuoteItem, sources: Citations): Block {
  return {
    type: "quote",
    text: quote.text,
    attribution: attribution(quote),
    cites: [sources.cite(quote.citation)],
    // why: reported speech is the writer's words, never shown in quotation marks
    ...(quote.kind === "indirect" ? { reported: true } : {}),
  };
}

/** "Title (Outlet, 12 Nov 2022; also: A, B)": the story's own line, cited from its lead article. */
function storyLine(story: DigestStory): string {
  const also = story.also.length > 0 ? `; also: ${story.also.join(", ")}` : "";
  return `${story.lead.title} (${story.lead.source}, ${partialDateLabel(story.lead.published)}${also})`;
}

/** Per story: its line, then its quotes, then its dated events oldest first; every line cited. */
function storyBlocks(stories: readonly DigestStory[], sources: Citations): Block[] {
  const blocks: Block[] = [];
  for (const story of stories) {
    blocks.push({ type: "bullets", items: [{ text: storyLine(story), cites: [sources.cite(story.lead)] }] });
    blocks.push(...story.quotes.map((quote) => quoteBlock(quote, sources)));
    if (story.events.length > 0) {
      const entries = story.events.map((event) => ({
        date: formatFactDate(event.date),
        text: event.summary,
        cites: sources.citeAll([event.citation, ...event.alsoReportedIn]),
      }));
      blocks.push({ type: "timeline", entries });
    }
  }
  return blocks;
}

/** The digest as a Document: per topic its new stories (each with its quotes and dated events), then the sources. */
export function composeDigest(content: DigestContent, header: DigestHeader): Document {
  // why: sources are numbered in order of first citation, so [1] is the first thing the reader sees cited.
  const sources = createCitations();
  const titles = header.topicTitles.join(", ");
  const { articleCount } = content;
  const blocks: Block[] = [
    { type: "heading", text: `Digest: ${titles}`, level: 1 },
    {
      type: "context",
      text: [`${articleCount} new article${articleCount === 1 ? "" : "s"} ${header.since}`, header.late ? `late: ${header.late}` : null]
        .filter(Boolean)
        .join(" · "),
    },
  ];
  for (const section of content.sections) {
    if (content.sections.length > 1) blocks.push({ type: "heading", text: section.topic.title, level: 2 });
    blocks.push(...storyBlocks(section.stories, sources));
    if (section.more > 0) blocks.push({ type: "more", count: section.more, command: `/brief ${section.topic.slug}` });
  }
  blocks.push(sources.block() ?? { type: "sources", sources: [] }, { type: "hint", text: FOLLOW_UP_HINT });
  return { summary: `Digest: ${titles}: ${content.itemCount} new item${content.itemCount === 1 ? "" : "s"} ${header.since}`, blocks };
}

/** The one line posted when nothing is new and the digest is configured to say so. */
export function composeNothingNew(header: DigestHeader): Document {
  const late = header.late ? ` (late: ${header.late})` : "";
  const text = `Nothing new on ${header.topicTitles.join(", ")} ${header.since}${late}.`;
  return { summary: text, blocks: [{ type: "paragraph", text }] };
}
