import { similarity } from "./query-text.ts";
import type { QuoteItem, SentenceItem } from "./types.ts";

/**
 * Which quotes a brief shows. why: the store ranks quotes by how on-topic their sentence is, which let a
 * three-word partial ("without a doubt") in while the most-quoted person had none, and showed a paraphrase
 * already given as a summary bullet again as a "quote". A key quote is verbatim and has substance; the
 * topic's central speakers come first; no one speaks more than twice; no fact is shown twice.
 */
export const QUOTES_MAX = 5;
const PER_SPEAKER = 2;
/** Fewer words than this is a fragment, not a quote worth a line of its own. */
const MIN_WORDS = 5;
const CENTRAL_SHARE = 0.5;
const CENTRAL_MAX = 2;
/** Two texts this alike say the same thing. */
const SAME_THING = 0.45;

const HAS_LETTER = /[\p{L}\p{N}]/u;
const MID_SENTENCE = /^[\s"“‘'([….]*\p{Ll}/u;

export type Centrality = ReadonlyMap<string, number>;

function words(text: string): number {
  return text.split(/\s+/).filter((word) => HAS_LETTER.test(word)).length;
}

export function speakerKey(quote: QuoteItem): string {
  return quote.speaker.entityId ?? `unnamed:${quote.speaker.description ?? ""}`;
}

/** Substance (full quotes over partial ones, longer over shorter), centrality and the store's topic rank. */
function score(quote: QuoteItem, rank: number, total: number, centrality: Centrality): number {
  const length = Math.min(words(quote.text), 40) / 40;
  // why: a direct quote that opens mid-sentence ("is not conducting talks of any kind …") is still a fragment
  const full = quote.kind === "direct" && !opensMidSentence(quote.text) ? 1.5 : 0;
  const central = centrality.get(speakerKey(quote)) ?? 0;
  return 3 * (1 - rank / Math.max(total, 1)) + full + length + 1.5 * central;
}

/** Words that start in lower case (after any mark or ellipsis) were cut from a longer sentence. */
export function opensMidSentence(text: string): boolean {
  return MID_SENTENCE.test(text);
}

function sameFact(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return similarity(a, b) >= SAME_THING || (y.length > 20 && x.includes(y)) || (x.length > 20 && y.includes(x));
}

/**
 * `candidates` in the store's order (most on-topic first); `centrality` maps a speaker key to their share of
 * the topic's quotes (the most quoted: 1). Central speakers each get their best quote first, then the best of
 * the rest fill up, at most two per speaker.
 */
export function pickQuotes(candidates: readonly QuoteItem[], centrality: Centrality, summary: readonly SentenceItem[]): QuoteItem[] {
  const usable = candidates
    .map((quote, rank) => ({ quote, score: score(quote, rank, candidates.length, centrality) }))
    .filter(({ quote }) => quote.kind !== "indirect" && words(quote.text) >= MIN_WORDS)
    .filter(({ quote }) => !summary.some((line) => sameFact(line.text, quote.text)));
  const best = [...usable].sort((a, b) => b.score - a.score);
  const picked: QuoteItem[] = [];
  const fits = (quote: QuoteItem) =>
    picked.length < QUOTES_MAX &&
    !picked.includes(quote) &&
    picked.filter((kept) => speakerKey(kept) === speakerKey(quote)).length < PER_SPEAKER &&
    !picked.some((kept) => sameFact(kept.text, quote.text));
  // the story's main voices (at least half as quoted as the most quoted; two at most) are sure of a place
  const central = [...centrality.entries()]
    .filter(([, share]) => share >= CENTRAL_SHARE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, CENTRAL_MAX);
  for (const [key] of central) {
    const top = best.find(({ quote }) => speakerKey(quote) === key);
    if (top && fits(top.quote)) picked.push(top.quote);
  }
  for (const { quote } of best) if (fits(quote)) picked.push(quote);
  return picked;
}
