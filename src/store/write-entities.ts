import { entityId as makeEntityId, surnameKeyOf } from "../domain/entity-key.ts";
import type { ArticleFacts, Entity, Speaker } from "../domain/facts.ts";
import { foldForMatch } from "../text/normalize.ts";
import { isFullPersonId, resolveEntityIds } from "./entity-resolution.ts";
import type { SentenceIndex } from "./write-sentences.ts";
import type { WriteStatements } from "./write-statements.ts";

/** Upserts the article's entities (and named speakers without one), merged by key; returns incoming id → stored id. */
export function writeEntities(sql: WriteStatements, article: number, facts: ArticleFacts, sentences: SentenceIndex): Map<string, string> {
  const byId = new Map(facts.entities.map((entity) => [entity.id, entity]));
  for (const quote of facts.quotes) {
    const id = speakerIdOf(quote.speaker);
    if (id && !byId.has(id) && quote.speaker.name) byId.set(id, { id, name: quote.speaker.name, type: "person", aliases: [], roles: [] });
  }
  const resolved = resolveEntityIds([...byId.keys()], (surname) =>
    (sql.fullIdsWithSurname.all(surname) as { id: string }[]).map((row) => row.id),
  );
  for (const entity of byId.values()) writeEntity(sql, article, entity, resolved.get(entity.id) ?? entity.id, sentences);
  for (const id of new Set(resolved.values())) if (isFullPersonId(id)) absorbSurnameOnly(sql, id);
  return resolved;
}

export function speakerIdOf(speaker: Speaker): string | null {
  if (speaker.entityId) return speaker.entityId;
  return speaker.name ? makeEntityId("person", speaker.name) : null;
}

function writeEntity(sql: WriteStatements, article: number, entity: Entity, id: string, sentences: SentenceIndex): void {
  const surname = entity.type === "person" ? surnameKeyOf(id) : null;
  sql.upsertEntity.run(id, entity.type, entity.name, surname);
  for (const alias of new Set([entity.name, ...entity.aliases])) {
    if (!alias.trim()) continue;
    sql.insertAlias.run(id, alias, article);
    sql.insertName.run(foldForMatch(alias), id);
  }
  for (const role of entity.roles) sql.insertRole.run(id, role.text, article, sentences.find(role.sentence, 0).id);
}

/** A full name arrived: an earlier surname-only entity with that surname joins it, if it is the only full name. */
function absorbSurnameOnly(sql: WriteStatements, fullId: string): void {
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
