import type { ArticleFacts } from "../domain/facts.ts";
import { packText } from "./article-text.ts";
import { daySpan, edtfDaySpan } from "./date-span.ts";
import type { ArticleToStore, PutResult } from "./ports/fact-writer.ts";
import { speakerIdOf, writeEntities } from "./write-entities.ts";
import { isSliceOf, type SentenceIndex, writeSentences } from "./write-sentences.ts";
import type { WriteStatements } from "./write-statements.ts";

export { prepareWrites } from "./write-statements.ts";

/** Writes one article inside the caller's transaction: new, unchanged (same hash) or replacing the same URL. */
export function writeArticle(sql: WriteStatements, input: ArticleToStore, now: string): PutResult {
  const { facts } = input;
  const known = sql.byHash.get(input.contentHash) as { id: string } | undefined;
  if (known) return { status: "unchanged", articleId: known.id };
  const replaced = findReplaced(sql, facts);
  if (replaced) deleteArticle(sql, replaced);
  const articleId = sql.byId.get(facts.article.id) ? `${facts.article.id}~${input.contentHash.slice(0, 10)}` : facts.article.id;
  const a = facts.article;
  const article = Number(
    sql.insertArticle.run(
      articleId,
      a.url,
      a.title,
      a.source,
      a.published,
      input.contentHash,
      input.text.length,
      facts.quotes.length,
      facts.events.length,
      JSON.stringify(facts.warnings),
      now,
      packText(input.text),
    ).lastInsertRowid,
  );
  const sentences = writeSentences(sql, article, input.text, input.sentences);
  const entityIds = writeEntities(sql, article, facts, sentences);
  writeQuotes(sql, article, facts, sentences, entityIds);
  writeEvents(sql, article, facts, sentences);
  const range = sentences.idRange();
  if (range) sql.setSentenceRange.run(range.from, range.to, article);
  for (const tag of input.topics.article) {
    sql.internTopic.run(tag.slug);
    sql.insertArticleTopic.run(tag.slug, article, tag.score, a.published);
  }
  for (const tag of input.topics.sentences) {
    const stored = sentences.byIndex[tag.index];
    if (!stored) continue;
    sql.internTopic.run(tag.slug);
    sql.insertSentenceTopic.run(tag.slug, stored.id, tag.score);
  }
  return replaced ? { status: "replaced", articleId, replaced } : { status: "new", articleId };
}

/** Deletes an article and everything read from it, inside the caller's transaction. */
export function deleteArticle(sql: WriteStatements, id: string): void {
  // why: topic rows go before the article so the topic_stats trigger can still read its counts; sentences
  // have no foreign key (see schema.ts), so they are removed here by the article's id range
  sql.deleteSentenceTopics.run(id);
  sql.deleteSentences.run(id);
  sql.deleteArticleTopics.run(id);
  sql.deleteArticle.run(id);
}

/** A URL names an article only when it has a path: a bare outlet home page stands for many articles. */
function identifyingUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.pathname.replace(/\/+$/, "") !== "" || parsed.search !== "";
  } catch {
    return false;
  }
}

function findReplaced(sql: WriteStatements, facts: ArticleFacts): string | undefined {
  if (!identifyingUrl(facts.article.url)) return undefined;
  const row = sql.byUrl.get(facts.article.url) as { id: string } | undefined;
  return row?.id;
}

function writeQuotes(sql: WriteStatements, article: number, facts: ArticleFacts, sentences: SentenceIndex, ids: Map<string, string>): void {
  facts.quotes.forEach((quote, ord) => {
    const raw = speakerIdOf(quote.speaker);
    const said = quote.saidOn;
    const span = said ? daySpan(said.date) : null;
    const sentence = sentences.find(quote.sentence, quote.start);
    const text = isSliceOf(sentence, quote.text, quote.start, quote.end) ? null : quote.text;
    const id = sql.insertQuote.run(
      article,
      ord,
      text,
      quote.kind,
      raw ? (ids.get(raw) ?? raw) : null,
      // why: a speaker with an entity is read back with the entity's name (see QUOTE_SELECT); store the name only without one
      raw ? null : quote.speaker.name,
      quote.speaker.role ?? null,
      quote.speaker.description ?? null,
      quote.via,
      said?.date ?? null,
      said?.precision ?? null,
      said?.basis ?? null,
      said?.phrase ?? null,
      span?.from ?? null,
      span?.to ?? null,
      sentence.id,
      quote.start,
      quote.end,
    ).lastInsertRowid;
    sql.indexQuote.run(id, quote.text);
  });
}

function writeEvents(sql: WriteStatements, article: number, facts: ArticleFacts, sentences: SentenceIndex): void {
  facts.events.forEach((event, ord) => {
    // why: a range or a season spans from its first day to its last, so a query overlapping any part finds it
    const span = event.edtf ? edtfDaySpan(event.edtf) : daySpan(event.date);
    const sentence = sentences.find(event.sentence, event.start);
    // why: extractors often take the summary from the start of the sentence; store it once
    const shared = sentence.text.startsWith(event.summary);
    const summary = shared ? null : event.summary;
    const actors = JSON.stringify(event.actors);
    const id = sql.insertEvent.run(
      article,
      ord,
      event.date,
      event.precision,
      event.basis,
      event.edtf ?? null,
      span.from,
      span.to,
      summary,
      event.summary.length,
      actors,
      sentence.id,
      event.start,
      event.end,
    ).lastInsertRowid;
    sql.indexEvent.run(id, event.summary);
  });
}
