import { createVersionCache, type VersionCache } from "../../cache/version-cache.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { type AliasKeyCache, createAliasKeyCache } from "../alias-key-cache.ts";
import type { Gender } from "./pronoun-gender.ts";

/**
 * What asking remembers between questions, owned by whoever asks (an asker, a thread registry) and tied to one
 * store: each entry is dropped when the store's data version changes, so a new or replaced article is read afresh.
 */
export type AskCaches = {
  /** Every folded spelling of an entity, by entity id. why: a much-reported person has one alias row per article. */
  forms: VersionCache<string[]>;
  /** What the articles say of a person's gender, by entity id: a dozen sentence reads per person otherwise. */
  genders: VersionCache<Gender | null>;
  /** Every alias key, for names typed with a typo (alias-key-cache.ts); may be shared with the store's other readers. */
  aliasKeys: AliasKeyCache;
};

/** Entities remembered per cache: far more than one busy moment's questions name, and a few MB at most. */
const ENTITIES = 5_000;

export function createAskCaches(store: FactReader, aliasKeys: AliasKeyCache = createAliasKeyCache(store)): AskCaches {
  const options = { version: () => store.dataVersion(), size: ENTITIES };
  return { forms: createVersionCache(options), genders: createVersionCache(options), aliasKeys };
}
