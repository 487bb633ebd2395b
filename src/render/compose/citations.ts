import { partialDateLabel } from "../../domain/date-label.ts";
import type { Block, Cites, SourceRef } from "../document.ts";

/** What any cited fact carries about its article (the query engine's Citation and SourceItem both fit). */
export type ArticleLike = { articleId: string; title: string; source: string; published: string; url: string };

export type Citations = {
  /** The footnote number of the article, numbering articles in order of first citation. */
  cite: (article: ArticleLike) => number;
  citeAll: (articles: readonly ArticleLike[]) => Cites;
  /** The sources block for every article cited so far; undefined when nothing was cited. */
  block: () => Block | undefined;
};

/** Numbers articles as they are first cited, so [1] is the first source the reader meets. */
export function createCitations(): Citations {
  const refs: SourceRef[] = [];
  const byArticle = new Map<string, number>();
  const cite = (article: ArticleLike) => {
    const known = byArticle.get(article.articleId);
    if (known !== undefined) return known;
    const n = refs.length + 1;
    refs.push({ n, title: article.title, outlet: article.source, date: partialDateLabel(article.published), url: article.url });
    byArticle.set(article.articleId, n);
    return n;
  };
  return {
    cite,
    citeAll: (articles) => [...new Set(articles.map(cite))],
    block: () => (refs.length > 0 ? { type: "sources", sources: [...refs] } : undefined),
  };
}
