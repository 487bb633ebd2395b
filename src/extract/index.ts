/**
 * Fact extraction: pure functions from an article to the facts the store keeps.
 * `extractArticle` is the one entry point other modules need.
 */
export { articleIdFor } from "./article-id.ts";
export { cleanArticleText, extractArticle } from "./extract.ts";
export { splitSentences } from "./text/segment.ts";
