import type { Topic } from "../../config/file-schema.ts";
import { cleanArticleText, extractArticle } from "../extract/index.ts";
import type { FactStore } from "../store/fact-store.ts";
import { createIngester, type Ingester } from "./ingest-article.ts";
import { createTopicMatcher } from "./topic-matcher.ts";

/** The production ingester: src/extract's extractor and cleaning, topics from config. */
export function createDefaultIngester(store: FactStore, topics: readonly Topic[]): Ingester {
  return createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher: createTopicMatcher(topics) });
}
