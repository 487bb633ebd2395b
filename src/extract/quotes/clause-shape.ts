import type { Sentence } from "../text/segment.ts";
import type { RawQuote } from "./direct.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

/**
 * A wire dateline opening the first paragraph: "OSLO, Norway —", "LONDON (AP) —", "ROTTERDAM, June 14 (Wire) -",
 * or only its agency tag "(AP) —" when a state abbreviation ("NEW HARBOR, Conn.") ended the sentence before it.
 */
export const DATELINE = /^(?:\p{Lu}{2,}[\p{Lu}\s.'-]*(,\s*[\p{L}\d.\s]{1,30}?)?(\s*\([^)]{1,30}\))?|\([^)]{1,30}\))\s*[—–-]{1,2}\s+/u;

/** A clause that opens with a subordinator is background to the main clause, not a reported statement. */
export const SUBORDINATE_START = /^\s*(as|while|although|though|if|when|because|since|whether|even|unless|whereas|once|after|before)\b/i;

const LEADING_PARTICIPLE = /^\p{Lu}\p{Ll}+ing\b[^,]{0,200},\s*/u;

/**
 * The reported clause of `CLAUSE, X said`: without a dateline, a leading conjunction, or a leading
 * participle phrase ("Fuelling speculation that …, X returned"), which is the writer's framing.
 */
export function reportedBody(clauseText: string): string {
  return clauseText
    .replace(DATELINE, "")
    .replace(/^\s*(but|and|so|yet)\s+/i, "")
    .replace(LEADING_PARTICIPLE, "")
    .trim();
}

/** An indirect quote covering one sentence: `body` is the reported clause, `attribution` the words that credit it. */
export function indirectQuote(sentence: Sentence, body: string, speaker: RawQuote["speaker"], attribution: string): RawQuote {
  return { text: body, kind: "indirect", speaker, attribution, start: sentence.start, end: sentence.end, paragraph: sentence.paragraph };
}
