import type { FactReader } from "../store/ports/fact-reader.ts";
import type { SearchTerms } from "../store/types.ts";
import { eventItem, quoteItem, sentenceItem } from "./items.ts";
import { checkQueryText, searchWords } from "./query-text.ts";
import type { SearchHit, SearchQueryResult } from "./types.ts";

const PER_KIND = 10;
const MAX_HITS = 20;

/** Quotes, events and sentences ranked together: all words first, any word when that finds nothing. */
export function search(store: FactReader, raw: string): SearchQueryResult {
  const checked = checkQueryText(raw, "brief search harbour strike");
  if ("kind" in checked) return checked;
  const terms = searchWords(checked.text);
  if (terms.length === 0)
    return {
      kind: "invalid-query",
      query: checked.text,
      message: "The query has no words to search for.",
      hint: "brief search harbour strike",
    };
  let hits = run(store, { terms, mode: "all" });
  if (hits.length === 0 && terms.length > 1) hits = run(store, { terms, mode: "any" });
  if (hits.length === 0) {
    return {
      kind: "not-found",
      what: "search",
      query: checked.text,
      message: `Nothing in the articles matches "${checked.text}".`,
      suggestions: [],
    };
  }
  return { kind: "search", query: checked.text, hits };
}

function run(store: FactReader, terms: SearchTerms): SearchHit[] {
  const round = (score: number) => Math.round(score * 1000) / 1000;
  const hits: SearchHit[] = [
    ...store.searchQuotes(terms, PER_KIND).map((row) => ({ type: "quote" as const, score: round(row.score), quote: quoteItem(row) })),
    ...store.searchEvents(terms, PER_KIND).map((row) => ({ type: "event" as const, score: round(row.score), event: eventItem(row) })),
    ...store
      .searchSentences(terms, PER_KIND)
      .map((row) => ({ type: "sentence" as const, score: round(row.score), sentence: sentenceItem(row) })),
  ];
  return hits.sort((a, b) => b.score - a.score).slice(0, MAX_HITS);
}
