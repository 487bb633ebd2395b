import type { Topic } from "../../config/file-schema.ts";
import { cleanArticleText, extractArticle } from "../extract/index.ts";
import type { FactWriter } from "../store/ports/fact-writer.ts";
import { createIngester, type Ingester } from "./ingest-article.ts";
import { createTopicMatcher } from "./topic-matcher.ts";

/** The production ingester: src/extract's extractor and cleaning, topics from config. */
export function createDefaultIngester(store: FactWriter, topics: readonly Topic[]): Ingester {
  return createIngester({ store, extract: extractArticle, clean: cleanArticleText, matcher: createTopicMatcher(topics) });
}
