import type { Topic } from "../../config/file-schema.ts";
import type { FactReader } from "../store/ports/fact-reader.ts";
import { entityProfile } from "./entity-profile.ts";
import { listSources, listTopics } from "./listings.ts";
import { onDate } from "./on-date.ts";
import { search } from "./search.ts";
import { topicBrief } from "./topic-brief.ts";
import type { QueryEngine } from "./types.ts";
import { whoSaid } from "./who-said.ts";

/** The query engine over a fact store and the configured topics. Reads only; no I/O of its own. */
export function createQueryEngine(store: FactReader, topics: readonly Topic[]): QueryEngine {
  return {
    topicBrief: (slug) => topicBrief(store, topics, slug),
    whoSaid: (nameOrPhrase) => whoSaid(store, nameOrPhrase),
    onDate: (expression) => onDate(store, expression),
    entity: (name) => entityProfile(store, name),
    search: (text) => search(store, text),
    topics: () => listTopics(store, topics),
    sources: () => listSources(store),
  };
}
