import type { FactReader } from "../store/ports/fact-reader.ts";
import { foldForMatch } from "../text/normalize.ts";
import type { AliasKeyCache } from "./alias-key-cache.ts";
import { quoteDay, quoteItem } from "./items.ts";
import { resolveName } from "./name-resolver.ts";
import { checkQueryText, overlap, searchWords } from "./query-text.ts";
import type { PhraseMatch, QuoteItem, WhoSaidResult } from "./types.ts";

const HINT = 'brief who SURNAME, or brief who "a few words they said"';
/** A person's newest quotes shown; enough for any chat answer. */
const QUOTES_MAX = 100;
/** A reworded phrase still matches when most of its content words are in the quote. */
const MIN_PHRASE_SCORE = 0.6;
/** Phrase matches returned, best first. */
const MATCHES_MAX = 20;

/**
 * A name gives what that person said; a quoted phrase (or a name that matches nobody) gives who said it.
 */
export function whoSaid(store: FactReader, raw: string, aliasKeys: AliasKeyCache): WhoSaidResult {
  const checked = checkQueryText(raw, HINT);
  if ("kind" in checked) return checked;
  const quoted = /^["“'‘].*["”'’]$/.test(checked.text);
  const text = quoted ? checked.text.slice(1, -1).trim() : checked.text;
  if (!quoted) {
    const match = resolveName(store, text, aliasKeys);
    const [person, ...others] = match.entities;
    if (person) {
      const aliases = store.aliasNames(person.id);
      const roles = store.roleCounts([person.id]).map((row) => row.role);
      const quotes = orderQuotes(store.quotesBySpeaker(person.id, QUOTES_MAX).map(quoteItem));
      return {
        kind: "who-said-person",
        query: text,
        person: { entityId: person.id, name: person.name, aliases, roles },
        quotes,
        otherMatches: others.map((other) => other.name),
      };
    }
    const phrase = phraseMatches(store, text);
    if (phrase.length > 0) return { kind: "who-said-phrase", query: text, matches: phrase };
    return notFound(text, `No one named "${text}" is quoted in the articles, and no quote contains those words.`, match.suggestions);
  }
  const matches = phraseMatches(store, text);
  if (matches.length > 0) return { kind: "who-said-phrase", query: text, matches };
  return notFound(text, `No quote in the articles contains "${text}".`, []);
}

/** Verbatim (direct, partial) before reported speech; newest first within each. */
export function orderQuotes(quotes: readonly QuoteItem[]): QuoteItem[] {
  const verbatim = (quote: QuoteItem) => (quote.kind === "indirect" ? 1 : 0);
  return [...quotes].sort((a, b) => verbatim(a) - verbatim(b) || quoteDay(b).localeCompare(quoteDay(a)) || a.id.localeCompare(b.id));
}

function phraseMatches(store: FactReader, phrase: string): PhraseMatch[] {
  const terms = searchWords(phrase);
  if (terms.length === 0) return [];
  const folded = foldForMatch(phrase);
  // why: the words in that order first, then all words, then any word: each step only when the narrower one
  // finds nothing, which keeps the candidates (each read from its article) few on a large store
  const exact = terms.length > 1 ? store.searchQuotes({ terms, mode: "phrase" }, MATCHES_MAX) : [];
  const all = exact.length > 0 ? exact : store.searchQuotes({ terms, mode: "all" }, 100);
  const rows = all.length > 0 || terms.length === 1 ? all : store.searchQuotes({ terms, mode: "any" }, 100);
  return rows
    .map((row) => {
      const quote = quoteItem(row);
      const score = foldForMatch(quote.text).includes(folded) ? 1 : overlap(phrase, quote.text);
      return { quote, score: Math.round(score * 100) / 100 };
    })
    .filter((match) => match.score >= MIN_PHRASE_SCORE)
    .sort((a, b) => b.score - a.score || quoteDay(b.quote).localeCompare(quoteDay(a.quote)))
    .slice(0, MATCHES_MAX);
}

function notFound(query: string, message: string, suggestions: string[]): WhoSaidResult {
  return { kind: "not-found", what: "person", query, message, suggestions };
}
