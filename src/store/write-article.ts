import type { Database } from "better-sqlite3";
import { entityId as makeEntityId, surnameKeyOf } from "../domain/entity-key.ts";
import type { ArticleFacts, Entity } from "../domain/facts.ts";
import { foldForMatch } from "../text/normalize.ts";
import { daySpan } from "./date-span.ts";
import { isFullPersonId, resolveEntityIds } from "./entity-resolution.ts";
import type { ArticleToStore, PutResult } from "./fact-store.ts";

type Sql = ReturnType<typeof prepareWrites>;

/** Prepared once per connection: every write an article needs. */
export function prepareWrites(db: Database) {
  const p = (sql: string) => db.prepare(sql);
  return {
    byHash: p("SELECT id FROM articles WHERE content_hash = ?"),
    byUrl: p("SELECT id FROM articles WHERE url = ?"),
    byId: p("SELECT id, url FROM articles WHERE id = ?"),
    deleteArticle: p("DELETE FROM articles WHERE id = ?"),
    insertArticle: p(
      `INSERT INTO articles (id, url, title, source, published, content_hash, text_chars, quote_count, event_count, warnings, ingested_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertSentence: p('INSERT INTO sentences (article_id, ord, start, "end", text, in_body) VALUES (?, ?, ?, ?, ?, ?)'),
    upsertEntity: p(
      `INSERT INTO entities (id, type, name, surname_key) VALUES (?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET name = CASE WHEN length(excluded.name) > length(entities.name) THEN excluded.name ELSE entities.name END`,
    ),
    insertAlias: p("INSERT OR IGNORE INTO entity_aliases (entity_id, alias, alias_key, article_id) VALUES (?, ?, ?, ?)"),
    insertName: p("INSERT OR IGNORE INTO entity_names (key, entity_id) VALUES (?, ?)"),
    mergeNames: p("UPDATE OR IGNORE entity_names SET entity_id = ? WHERE entity_id = ?"),
    insertRole: p("INSERT OR IGNORE INTO entity_roles (entity_id, role, article_id, sentence_id) VALUES (?, ?, ?, ?)"),
    insertQuote: p(
      `INSERT INTO quotes (article_id, ord, text, kind, speaker_id, speaker_name, speaker_role, speaker_description, via,
        said_date, said_precision, said_basis, said_phrase, said_from, said_to, sentence_id, start, "end")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: p(
      `INSERT INTO events (article_id, ord, date, precision, basis, date_from, date_to, summary, actors, sentence_id, start, "end")
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertArticleTopic: p("INSERT OR REPLACE INTO article_topics (slug, article_id, score) VALUES (?, ?, ?)"),
    insertSentenceTopic: p("INSERT OR REPLACE INTO sentence_topics (slug, sentence_id, score) VALUES (?, ?, ?)"),
    fullIdsWithSurname: p("SELECT id FROM entities WHERE surname_key = ? AND type = 'person' AND instr(id, '.') > 0"),
    entityExists: p("SELECT 1 FROM entities WHERE id = ?"),
    mergeQuotes: p("UPDATE quotes SET speaker_id = ? WHERE speaker_id = ?"),
    mergeAliases: p("UPDATE OR IGNORE entity_aliases SET entity_id = ? WHERE entity_id = ?"),
    mergeRoles: p("UPDATE OR IGNORE entity_roles SET entity_id = ? WHERE entity_id = ?"),
    deleteEntity: p("DELETE FROM entities WHERE id = ?"),
  };
}

/** Writes one article inside the caller's transaction. */
export function writeArticle(sql: Sql, input: ArticleToStore, now: string): PutResult {
  const { facts } = input;
  const known = sql.byHash.get(input.contentHash) as { id: string } | undefined;
  if (known) return { status: "unchanged", articleId: known.id };
  const replaced = findReplaced(sql, facts);
  if (replaced) sql.deleteArticle.run(replaced);
  const articleId = freeArticleId(sql, facts.article.id, input.contentHash);
  const a = facts.article;
  sql.insertArticle.run(
    articleId,
    a.url,
    a.title,
    a.source,
    a.published,
    input.contentHash,
    input.textChars,
    facts.quotes.length,
    facts.events.length,
    JSON.stringify(facts.warnings),
    now,
  );

  const sentenceIds = writeSentences(sql, articleId, input);
  const entityIds = writeEntities(sql, articleId, facts, sentenceIds);
  writeQuotes(sql, articleId, facts, sentenceIds, entityIds);
  facts.events.forEach((event, ord) => {
    const span = daySpan(event.date);
    const sentenceId = sentenceIds.idFor(event.sentence, event.start, event.end);
    sql.insertEvent.run(
      articleId,
      ord,
      event.date,
      event.precision,
      event.basis,
      span.from,
      span.to,
      event.summary,
      JSON.stringify(event.actors),
      sentenceId,
      event.start,
      event.end,
    );
  });
  for (const tag of input.topics.article) sql.insertArticleTopic.run(tag.slug, articleId, tag.score);
  for (const tag of input.topics.sentences) {
    const id = sentenceIds.byIndex[tag.index];
    if (id !== undefined) sql.insertSentenceTopic.run(tag.slug, id, tag.score);
  }
  return replaced ? { status: "replaced", articleId, replaced } : { status: "new", articleId };
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

function findReplaced(sql: Sql, facts: ArticleFacts): string | undefined {
  if (identifyingUrl(facts.article.url)) {
    const row = sql.byUrl.get(facts.article.url) as { id: string } | undefined;
    if (row) return row.id;
  }
  const same = sql.byId.get(facts.article.id) as { id: string; url: string } | undefined;
  return same && same.url === facts.article.url && identifyingUrl(same.url) ? same.id : undefined;
}

function freeArticleId(sql: Sql, id: string, hash: string): string {
  return sql.byId.get(id) ? `${id}~${hash.slice(0, 10)}` : id;
}

type SentenceIds = { byIndex: number[]; idFor: (text: string, start: number, end: number) => number };

function writeSentences(sql: Sql, articleId: string, input: ArticleToStore): SentenceIds {
  const byText = new Map<string, number>();
  let ord = 0;
  const byIndex = input.sentences.map((span) => {
    const id = Number(sql.insertSentence.run(articleId, ord++, span.start, span.end, span.text, 1).lastInsertRowid);
    if (!byText.has(squash(span.text))) byText.set(squash(span.text), id);
    return id;
  });
  const idFor = (text: string, start: number, end: number): number => {
    const key = squash(text);
    const known = byText.get(key);
    if (known !== undefined) return known;
    // why: the extractor may cut a sentence differently from our splitter; keep its version for citations.
    const id = Number(sql.insertSentence.run(articleId, ord++, start, Math.max(start, end), text, 0).lastInsertRowid);
    byText.set(key, id);
    return id;
  };
  return { byIndex, idFor };
}

function writeEntities(sql: Sql, articleId: string, facts: ArticleFacts, sentences: SentenceIds): Map<string, string> {
  const speakerIds = facts.quotes.flatMap((quote) => {
    const id = speakerIdOf(quote.speaker);
    return id ? [id] : [];
  });
  const incoming = [...new Set([...facts.entities.map((entity) => entity.id), ...speakerIds])];
  const resolved = resolveEntityIds(incoming, (surname) => (sql.fullIdsWithSurname.all(surname) as { id: string }[]).map((row) => row.id));
  const byId = new Map(facts.entities.map((entity) => [entity.id, entity]));
  for (const quote of facts.quotes) {
    const id = speakerIdOf(quote.speaker);
    if (id && !byId.has(id) && quote.speaker.name) {
      byId.set(id, { id, name: quote.speaker.name, type: "person", aliases: [], roles: [] });
    }
  }
  for (const entity of byId.values()) writeEntity(sql, articleId, entity, resolved.get(entity.id) ?? entity.id, sentences);
  for (const id of new Set(resolved.values())) if (isFullPersonId(id)) absorbSurnameOnly(sql, id);
  return resolved;
}

function writeEntity(sql: Sql, articleId: string, entity: Entity, id: string, sentences: SentenceIds): void {
  const surname = entity.type === "person" ? surnameKeyOf(id) : null;
  sql.upsertEntity.run(id, entity.type, entity.name, surname);
  for (const alias of new Set([entity.name, ...entity.aliases])) {
    if (!alias.trim()) continue;
    sql.insertAlias.run(id, alias, foldForMatch(alias), articleId);
    sql.insertName.run(foldForMatch(alias), id);
  }
  for (const role of entity.roles) {
    sql.insertRole.run(id, role.text, articleId, sentences.idFor(role.sentence, 0, role.sentence.length));
  }
}

/** A full name arrived: an earlier surname-only entity with that surname joins it, if it is the only full name. */
function absorbSurnameOnly(sql: Sql, fullId: string): void {
  const surname = surnameKeyOf(fullId);
  if (!surname) return;
  const shortId = `person:${surname}`;
  if (!sql.entityExists.get(shortId)) return;
  if ((sql.fullIdsWithSurname.all(surname) as unknown[]).length !== 1) return;
  sql.mergeQuotes.run(fullId, shortId);
  sql.mergeAliases.run(fullId, shortId);
  sql.mergeRoles.run(fullId, shortId);
  sql.mergeNames.run(fullId, shortId);
  sql.deleteEntity.run(shortId);
}

function writeQuotes(sql: Sql, articleId: string, facts: ArticleFacts, sentences: SentenceIds, ids: Map<string, string>): void {
  facts.quotes.forEach((quote, ord) => {
    const raw = speakerIdOf(quote.speaker);
    const speakerId = raw ? (ids.get(raw) ?? raw) : null;
    const said = quote.saidOn;
    const span = said ? daySpan(said.date) : null;
    sql.insertQuote.run(
      articleId,
      ord,
      quote.text,
      quote.kind,
      speakerId,
      quote.speaker.name,
      quote.speaker.role ?? null,
      quote.speaker.description ?? null,
      quote.via,
      said?.date ?? null,
      said?.precision ?? null,
      said?.basis ?? null,
      said?.phrase ?? null,
      span?.from ?? null,
      span?.to ?? null,
      sentences.idFor(quote.sentence, quote.start, quote.end),
      quote.start,
      quote.end,
    );
  });
}

function speakerIdOf(speaker: ArticleFacts["quotes"][number]["speaker"]): string | null {
  if (speaker.entityId) return speaker.entityId;
  return speaker.name ? makeEntityId("person", speaker.name) : null;
}

function squash(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
