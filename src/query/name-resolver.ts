import { entityId, surnameKeyOf } from "../domain/entity-key.ts";
import type { StoredEntity } from "../store/fact-types.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import { equivalentNames, isListedName } from "../text/name-equivalents.ts";
import { foldForMatch } from "../text/normalize.ts";
import { editDistance } from "../text/similarity.ts";
import type { AliasKeyCache } from "./alias-key-cache.ts";

export type NameMatch = { entities: StoredEntity[]; suggestions: string[] };

/**
 * Finds the entities a typed name means, case-, diacritic- and alias-insensitive, with typo tolerance:
 * an exact alias, then the entity-key rules (surname alone, variant spellings), then the nearest names by
 * edit distance. Entities are ranked most quoted first; `suggestions` are names for "did you mean".
 * `aliasKeys` is the caller's cache of the same store's alias keys (alias-key-cache.ts).
 */
export function resolveName(store: FactReader, raw: string, aliasKeys: AliasKeyCache): NameMatch {
  const key = foldForMatch(raw.replace(/["“”]/g, ""));
  const exact = store.entitiesByAliasKey(key);
  if (exact.length > 0) return { entities: rank(store, exact), suggestions: [] };
  // "US" for the articles' "United States", "UN" for "United Nations"
  const equivalent = equivalentNames(raw).flatMap((name) => store.entitiesByAliasKey(foldForMatch(name)));
  if (equivalent.length > 0) return { entities: rank(store, equivalent), suggestions: [] };
  if (isListedName(raw) && key.length < 3) return { entities: [], suggestions: [] };
  const byKey = byEntityKey(store, raw);
  if (byKey.length > 0) return { entities: rank(store, byKey), suggestions: [] };
  const near = nearestIds(aliasKeys, key);
  const allowed = Math.max(1, Math.floor(key.length / 4));
  const close = near.filter((entry) => entry.distance <= allowed).map((entry) => entry.id);
  const entities = close.map((id) => store.entityById(id)).filter((row): row is StoredEntity => row !== null);
  if (entities.length > 0) return { entities: rank(store, entities), suggestions: [] };
  const suggestions = near
    .slice(0, 3)
    .map((entry) => store.entityById(entry.id)?.name)
    .filter((name): name is string => Boolean(name));
  return { entities: [], suggestions };
}

function byEntityKey(store: FactReader, raw: string): StoredEntity[] {
  const id = entityId("person", raw);
  const full = store.entityById(id);
  if (full) return [full];
  const surname = surnameKeyOf(id);
  if (!surname || id.includes(".")) return [];
  return store.entitiesBySurnameKey(surname);
}

/** Entity ids by their nearest alias (whole name or last word), nearest first, within a generous bound. */
function nearestIds(aliasKeys: AliasKeyCache, key: string): { id: string; distance: number }[] {
  const bound = Math.max(2, Math.floor(key.length / 2));
  const best = new Map<string, number>();
  for (const alias of aliasKeys.keys()) {
    const last = alias.aliasKey.slice(alias.aliasKey.lastIndexOf(" ") + 1);
    const distance = Math.min(editDistance(key, alias.aliasKey, bound), editDistance(key, last, bound));
    if (distance <= bound && distance < (best.get(alias.entityId) ?? Number.POSITIVE_INFINITY)) best.set(alias.entityId, distance);
  }
  return [...best.entries()]
    .map(([id, distance]) => ({ id, distance }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
}

function rank(store: FactReader, entities: readonly StoredEntity[]): StoredEntity[] {
  const unique = [...new Map(entities.map((entity) => [entity.id, entity])).values()];
  const counts = new Map(unique.map((entity) => [entity.id, store.quoteCount(entity.id)]));
  return unique.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
}
