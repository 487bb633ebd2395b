import { type ArticleInput, ArticleInputSchema } from "../domain/article.ts";
import { type ArticleFacts, ArticleFactsSchema } from "../domain/facts.ts";
import { articleIdFor } from "./article-id.ts";
import { parseDay } from "./dates/calendar.ts";
import type { Doc } from "./doc.ts";
import { assignRoles, collectEntities } from "./entities.ts";
import { findEvents } from "./events.ts";
import { readGenders } from "./names/gender.ts";
import { buildNameIndex } from "./names/people.ts";
import { type Mention, scanSentence } from "./names/scan.ts";
import { findQuotes } from "./quotes/find-quotes.ts";
import { findQuoteSpans, insideQuote } from "./quotes/marks.ts";
import { cleanText } from "./text/clean-text.ts";
import { paragraphsOf, sentencesOf } from "./text/segment.ts";

/** The cleaned text every offset in ArticleFacts refers to. */
export function cleanArticleText(text: string): string {
  return cleanText(text).text;
}

/**
 * Article → facts: quotes with speakers, dated events and entities. Pure: no I/O, same input same output.
 * The result is checked against ArticleFactsSchema, so a bug surfaces here and not in the store.
 */
export function extractArticle(input: ArticleInput): ArticleFacts {
  const article = ArticleInputSchema.parse(input);
  const cleaned = cleanText(article.text);
  const doc = readDoc(cleaned.text, article.published, article.source, cleaned.warnings);
  assignRoles(doc);
  const quotes = findQuotes(doc);
  const events = findEvents(doc, quotes);
  const entities = collectEntities(doc);
  if (cleaned.text.trim() === "") doc.warnings.push("the article has no text");
  return ArticleFactsSchema.parse({
    article: { id: articleIdFor(article), title: article.title, source: article.source, url: article.url, published: article.published },
    quotes,
    events,
    entities,
    warnings: [...new Set(doc.warnings)],
  });
}

function readDoc(text: string, published: string, source: string, warnings: string[]): Doc {
  const paragraphs = paragraphsOf(text);
  const sentences = sentencesOf(text, paragraphs);
  const spans = findQuoteSpans(text, paragraphs);
  const inQuote = (offset: number) => insideQuote(spans, offset);
  const mentionsBySentence = sentences.map((sentence) => scanSentence(text, sentence, inQuote));
  const mentions: Mention[] = mentionsBySentence.flat();
  const doc: Doc = {
    text,
    published: parseDay(published),
    source,
    paragraphs,
    sentences,
    spans,
    mentions,
    mentionsBySentence,
    names: buildNameIndex(mentions),
    genders: new Map(),
    speakerBySentence: new Map(),
    unnamed: [],
    warnings: [...warnings],
  };
  doc.genders = readGenders(doc);
  return doc;
}
