import { createVersionCache } from "../cache/version-cache.ts";
import type { AliasKey } from "../store/fact-types.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";

/**
 * Every alias key of one store, for typo-tolerant name lookup (name-resolver.ts), owned by whoever looks names up
 * in that store (a query engine, an asker, a thread registry; the composition root gives them one to share).
 * why: a misspelt or unknown name is compared with every alias; reading the whole alias table again for each
 * question costs tens of ms at 10,000 articles. The keys are read again when the store's data version changes
 * (version-cache.ts), not its article count: an article replaced under its URL keeps the count.
 */
export type AliasKeyCache = { keys(): readonly AliasKey[] };

export function createAliasKeyCache(store: FactReader): AliasKeyCache {
  const cache = createVersionCache<readonly AliasKey[]>({ version: () => store.dataVersion(), size: 1 });
  return { keys: () => cache("all", () => store.aliasKeys()) };
}
