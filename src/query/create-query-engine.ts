import type { Topic } from "../../config/file-schema.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import { type AliasKeyCache, createAliasKeyCache } from "./alias-key-cache.ts";
import { entityProfile } from "./entity-profile.ts";
import { listSources, listTopics } from "./listings.ts";
import { memoByVersion } from "./memo-by-version.ts";
import { onDate } from "./on-date.ts";
import { search } from "./search.ts";
import { topicBrief } from "./topic-brief.ts";
import type { QueryEngine } from "./types.ts";
import { whoSaid } from "./who-said.ts";

/** Results kept per kind of question (memo-by-version.ts), until the store's data changes. */
const REMEMBERED = 32;

/**
 * The query engine over a fact store and the configured topics. Reads only; no I/O of its own. `aliasKeys` is the
 * store's alias-key cache for name lookup (alias-key-cache.ts): pass the one the store's other readers share.
 */
export function createQueryEngine(
  store: FactReader,
  topics: readonly Topic[],
  aliasKeys: AliasKeyCache = createAliasKeyCache(store),
): QueryEngine {
  const memo = { version: () => store.dataVersion(), size: REMEMBERED };
  return {
    topicBrief: memoByVersion(memo, (slug) => topicBrief(store, topics, slug)),
    whoSaid: memoByVersion(memo, (nameOrPhrase) => whoSaid(store, nameOrPhrase, aliasKeys)),
    onDate: memoByVersion(memo, (expression) => onDate(store, expression)),
    entity: memoByVersion(memo, (name) => entityProfile(store, name, aliasKeys)),
    search: (text) => search(store, text),
    topics: () => listTopics(store, topics),
    sources: () => listSources(store),
  };
}
