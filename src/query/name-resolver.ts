import { entityId, surnameKeyOf } from "../domain/entity-key.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import type { EntityRow } from "../store/rows.ts";
import { equivalentNames, isListedName } from "../text/name-equivalents.ts";
import { foldForMatch } from "../text/normalize.ts";
import { editDistance } from "../text/similarity.ts";

export type NameMatch = { entities: EntityRow[]; suggestions: string[] };

/**
 * Finds the entities a typed name means, case-, diacritic- and alias-insensitive, with typo tolerance:
 * an exact alias, then the entity-key rules (surname alone, variant spellings), then the nearest names by
 * edit distance. Entities are ranked most quoted first; `suggestions` are names for "did you mean".
 */
export function resolveName(store: FactReader, raw: string): NameMatch {
  const key = foldForMatch(raw.replace(/["“”]/g, ""));
  const exact = store.entitiesByAliasKey(key);
  if (exact.length > 0) return { entities: rank(store, exact), suggestions: [] };
  // "US" for the articles' "United States", "UN" for "United Nations"
  const equivalent = equivalentNames(raw).flatMap((name) => store.entitiesByAliasKey(foldForMatch(name)));
  if (equivalent.length > 0) return { entities: rank(store, equivalent), suggestions: [] };
  if (isListedName(raw) && key.length < 3) return { entities: [], suggestions: [] };
  const byKey = byEntityKey(store, raw);
  if (byKey.length > 0) return { entities: rank(store, byKey), suggestions: [] };
  const near = nearestIds(store, key);
  const allowed = Math.max(1, Math.floor(key.length / 4));
  const close = near.filter((entry) => entry.distance <= allowed).map((entry) => entry.id);
  const entities = close.map((id) => store.entityById(id)).filter((row): row is EntityRow => row !== null);
  if (entities.length > 0) return { entities: rank(store, entities), suggestions: [] };
  const suggestions = near
    .slice(0, 3)
    .map((entry) => store.entityById(entry.id)?.name)
    .filter((name): name is string => Boolean(name));
  return { entities: [], suggestions };
}

function byEntityKey(store: FactReader, raw: string): EntityRow[] {
  const id = entityId("person", raw);
  const full = store.entityById(id);
  if (full) return [full];
  const surname = surnameKeyOf(id);
  if (!surname || id.includes(".")) return [];
  return store.entitiesBySurnameKey(surname);
}

/** Entity ids by their nearest alias (whole name or last word), nearest first, within a generous bound. */
function nearestIds(store: FactReader, key: string): { id: string; distance: number }[] {
  const bound = Math.max(2, Math.floor(key.length / 2));
  const best = new Map<string, number>();
  for (const { entity_id, alias_key } of aliasKeysOf(store)) {
    const last = alias_key.slice(alias_key.lastIndexOf(" ") + 1);
    const distance = Math.min(editDistance(key, alias_key, bound), editDistance(key, last, bound));
    if (distance <= bound && distance < (best.get(entity_id) ?? Number.POSITIVE_INFINITY)) best.set(entity_id, distance);
  }
  return [...best.entries()]
    .map(([id, distance]) => ({ id, distance }))
    .sort((a, b) => a.distance - b.distance || a.id.localeCompare(b.id));
}

/**
 * Every alias key of the store, kept until the store's data changes. why: a misspelt or unknown name is compared
 * with every alias; reading the whole alias table again for each question costs tens of ms at 10,000 articles.
 * The data version, not the article count, says when: an article replaced under its URL keeps the count.
 * Keyed by the store object, so the keys live and die with it and two stores (two `:memory:` ones) never share.
 */
function aliasKeysOf(store: FactReader): readonly { entity_id: string; alias_key: string }[] {
  const version = store.dataVersion();
  const known = ALIAS_KEYS.get(store);
  if (known && known.version === version) return known.keys;
  const keys = store.aliasKeys();
  ALIAS_KEYS.set(store, { version, keys });
  return keys;
}

const ALIAS_KEYS = new WeakMap<FactReader, { version: string; keys: readonly { entity_id: string; alias_key: string }[] }>();

function rank(store: FactReader, entities: readonly EntityRow[]): EntityRow[] {
  const unique = [...new Map(entities.map((entity) => [entity.id, entity])).values()];
  const counts = new Map(unique.map((entity) => [entity.id, store.quoteCount(entity.id)]));
  return unique.sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0) || a.name.localeCompare(b.name));
}
