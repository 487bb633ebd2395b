import type { ArticleInput } from "../domain/article.ts";
import { UserError } from "../domain/errors.ts";
import { type ArticleFacts, ArticleFactsSchema } from "../domain/facts.ts";
// why: the segmenter alone, not the index: the whole extractor (and its date parser) loads only when extracting.
import { splitSentences } from "../extract/text/segment.ts";
import type { FactWriter, PutResult } from "../store/ports/fact-writer.ts";
import { stripControlChars } from "../text/control-chars.ts";
import { contentHash } from "./content-hash.ts";
import type { TopicMatcher } from "./topic-matcher.ts";

/** The extractor as ingest sees it (src/extract's extractArticle): sync or async. */
export type Extract = (input: ArticleInput) => ArticleFacts | Promise<ArticleFacts>;

export type Ingester = {
  /** Extracts (unless the same content is already stored), tags and stores one article in one transaction. */
  ingest(input: ArticleInput): Promise<PutResult>;
};

export type IngesterDeps = {
  store: FactWriter;
  extract: Extract;
  matcher: TopicMatcher;
  /** The extractor's text cleaning, so stored sentence offsets match the facts' offsets. */
  clean?: (text: string) => string;
};

export function createIngester(deps: IngesterDeps): Ingester {
  return {
    async ingest(raw) {
      const input = withoutControlChars(raw);
      const hash = contentHash(input);
      // why: skipping extraction for known content makes re-running ingest on a folder cheap.
      const known = deps.store.articleIdByHash(hash);
      if (known) return { status: "unchanged", articleId: known };
      const checked = ArticleFactsSchema.safeParse(await deps.extract(input));
      if (!checked.success)
        throw new UserError(`the extractor returned facts that do not fit the schema: ${checked.error.issues[0]?.message ?? ""}`);
      const body = deps.clean ? deps.clean(input.text) : input.text;
      const sentences = splitSentences(body);
      const topics = deps.matcher.tag(
        input.title,
        sentences.map((sentence) => sentence.text),
      );
      return deps.store.putArticle({ facts: checked.data, contentHash: hash, text: body, sentences, topics });
    },
  };
}

/**
 * Every stored text field without escape sequences or control characters: files, stdin, pages and feeds
 * all pass here. why: what is stored is later printed to terminals; an article must not drive them.
 */
export function withoutControlChars(input: ArticleInput): ArticleInput {
  return {
    ...input,
    title: stripControlChars(input.title),
    source: stripControlChars(input.source),
    url: stripControlChars(input.url),
    text: stripControlChars(input.text),
  };
}
