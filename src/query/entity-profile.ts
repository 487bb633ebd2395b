import type { FactStore } from "../store/fact-store.ts";
import { citationOf } from "./items.ts";
import { sourceItem } from "./listings.ts";
import { resolveName } from "./name-resolver.ts";
import { checkQueryText } from "./query-text.ts";
import type { EntityResult } from "./types.ts";

/** Who or what a name is: every spelling, roles with their sources, when seen, quotes, topics. */
export function entityProfile(store: FactStore, raw: string): EntityResult {
  const checked = checkQueryText(raw, "brief entity Erdogan");
  if ("kind" in checked) return checked;
  const match = resolveName(store, checked.text);
  const entity = match.entities.find((candidate) => store.entityArticles(candidate.id).length > 0);
  if (!entity) {
    const hint = match.suggestions[0] ? ` — did you mean ${match.suggestions[0]}?` : "";
    return {
      kind: "not-found",
      what: "entity",
      query: checked.text,
      message: `No one called "${checked.text}" in the articles${hint}`,
      suggestions: match.suggestions,
    };
  }
  const articles = store.entityArticles(entity.id).map(sourceItem);
  const aliases = new Map<string, string[]>();
  for (const row of store.entityAliases(entity.id)) aliases.set(row.alias, [...(aliases.get(row.alias) ?? []), row.article_id]);
  const first = articles[0];
  const last = articles[articles.length - 1];
  return {
    kind: "entity",
    query: checked.text,
    entityId: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: [...aliases].map(([name, articleIds]) => ({ name, articleIds })),
    roles: store.entityRoles([entity.id]).map((row) => ({ text: row.role, citation: citationOf(row) })),
    firstSeen: first?.published ?? "",
    lastSeen: last?.published ?? "",
    quoteCount: store.quoteCount(entity.id),
    topics: [...new Set(articles.flatMap((article) => article.topics))].sort(),
    articles,
  };
}
