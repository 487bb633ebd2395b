import type { FactReader } from "../store/ports/fact-reader.ts";
import type { AliasKeyCache } from "./alias-key-cache.ts";
import { citationOf } from "./items.ts";
import { sourceItem } from "./listings.ts";
import { resolveName } from "./name-resolver.ts";
import { checkQueryText } from "./query-text.ts";
import type { EntityResult } from "./types.ts";

/** The newest articles listed in a profile; first and last seen cover all of them. */
const ARTICLES_MAX = 20;
/** Roles listed, and articles listed per spelling: enough to cite, bounded for people seen everywhere. */
const LISTED_MAX = 10;

/** Who or what a name is: every spelling, roles with their sources, when seen, quotes, topics. */
export function entityProfile(store: FactReader, raw: string, aliasKeys: AliasKeyCache): EntityResult {
  const checked = checkQueryText(raw, "brief entity NAME (a person, organisation or place)");
  if ("kind" in checked) return checked;
  const match = resolveName(store, checked.text, aliasKeys);
  const spans = match.entities.map((candidate) => ({ candidate, span: store.entitySpan(candidate.id) }));
  const found = spans.find((entry) => entry.span !== null);
  const entity = found?.candidate;
  const span = found?.span;
  if (!entity || !span) {
    const hint = match.suggestions[0] ? ` — did you mean ${match.suggestions[0]}?` : "";
    return {
      kind: "not-found",
      what: "entity",
      query: checked.text,
      message: `No one called "${checked.text}" in the articles${hint}`,
      suggestions: match.suggestions,
    };
  }
  const articles = store.entityArticles(entity.id, ARTICLES_MAX).map(sourceItem);
  return {
    kind: "entity",
    query: checked.text,
    entityId: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: store.aliasNames(entity.id).map((name) => ({ name, articleIds: store.aliasArticles(entity.id, name, LISTED_MAX) })),
    roles: store.roleSources(entity.id, LISTED_MAX).map((row) => ({ text: row.role, citation: citationOf(row) })),
    firstSeen: span.first,
    lastSeen: span.last,
    quoteCount: store.quoteCount(entity.id),
    topics: span.topics,
    articles,
  };
}
