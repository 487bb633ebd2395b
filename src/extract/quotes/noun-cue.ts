import type { Doc } from "../doc.ts";
import { possessorBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, looksLikeClause } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";
import { trimClause } from "./trim-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
/**
 * A claim named by a noun with its owner: "Fenn's claims that the bridge is safe", "his complaint that the
 * council ignored him", "her promise to cut fares", "Okafor's claim to be the strongest candidate".
 * why: news copy often reports a position as a noun phrase; the owner said it. Beliefs and hopes stay out.
 */
const NOUN_CUE =
  /(?:\p{Lu}[\p{L}\p{M}.'’-]*['’]s?|\b(?:his|her|their|His|Her|Their))\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,3}?(claims?|assertions?|insistence|complaints?|arguments?|contention|accusations?|warnings?|promises?|pledges?|vows?)\s+(that\s+|to\s+(?=\p{Ll}))/gu;
/** Nouns whose content may be an infinitive: a promise, or a claim to be something. */
const INFINITIVE_NOUNS: ReadonlySet<string> = new Set(["claim", "claims", "promise", "promises", "pledge", "pledges", "vow", "vows"]);

const RELATIVE_START = /^(?:\p{Ll}+ed|is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b/u;
// why: "Mrs. Fenn", "U.S. ports": a full stop after a title or an initial ends no sentence.
const CONTENT_STOP = /\s*(?:[,;:()]|\s[-—–]{1,2}\s|(?<!\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|St|Jr|Sr|Prof|\p{Lu}))[.!?](?:\s|$))/gu;

/**
 * The claim's words up to the first stop; for a "that" clause, up to the first stop after its verb ("that
 * articles about the firm, written by students, were wrong" runs past the apposition).
 */
function contentUpTo(rest: string, needsVerb: boolean): string {
  CONTENT_STOP.lastIndex = 0;
  let first: string | null = null;
  for (const stop of rest.matchAll(CONTENT_STOP)) {
    const piece = rest.slice(0, stop.index);
    first ??= piece;
    if (!needsVerb || looksLikeClause(piece) || VERB_AFTER_SUBJECT.test(piece) || VERB_AFTER_APPOSITION.test(piece)) return piece;
  }
  return first ?? rest;
}

/** "his net worth exceeds …": an "-s" or "-ed" word after a subject, followed by more words. */
const VERB_AFTER_SUBJECT = /^[^\s,]+(?:\s+[^\s,]+){0,5}?\s+\p{Ll}{2,}(?:s|ed)\s+(?!by\b)[^\s,]/u;
/** "articles about the firm, written by students, were wrong": a verb after an apposition set off by commas. */
const VERB_AFTER_APPOSITION = /^[^,]+,\s[^,]+,\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b/;

const SUBJECT_POSITION =
  /^\s*(?:(?:But|And|Yet|So)\s+)?(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?(?:(?!(?:Despite|After|Before|With|In|On|At|For|From|Given|Amid|Under|Over|Unlike|Like|Since|Following|During|Against|Without|Through|By|To|Of|As|Even|While|When)\b)\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u;
const MAIN_VERB_AFTER_INFINITIVE =
  /\s+(?:is|are|was|were|has|have|had|will|would|remains?|rests?|seems?|appears?|looks?|made|makes)\s.*$/su;

export function nounCueIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const out: RawQuote[] = [];
  NOUN_CUE.lastIndex = 0;
  for (const match of text.matchAll(NOUN_CUE)) {
    const noun = match[1] ?? "";
    const link = match[2] ?? "";
    if (link.startsWith("to") && !INFINITIVE_NOUNS.has(noun)) continue;
    const contentStart = match.index + match[0].length - (link.startsWith("to") ? link.length : 0);
    const absolute = sentence.start + match.index;
    if (quoted.some(([open, close]) => open < sentence.start + contentStart + 200 && close >= absolute)) continue;
    const rest = text.slice(contentStart);
    // why: "a claim that originated in a deposition": "that" opening a relative clause, not the claim's content.
    if (!link.startsWith("to") && RELATIVE_START.test(rest)) continue;
    let content = trimClause(contentUpTo(rest, !link.startsWith("to")));
    // why: "Okafor's claim to be the strongest rival rests on the polls": an infinitive has no finite verb of its
    // own, so one after it is the main clause's.
    if (link.startsWith("to")) content = content.replace(MAIN_VERB_AFTER_INFINITIVE, "");
    if (content.split(/\s+/).length < 3) continue;
    // why: "Fenn's accusation that … touched off a debate": as the sentence's subject, the claim's end is unknown.
    if (!link.startsWith("to") && SUBJECT_POSITION.test(text.slice(0, match.index))) continue;
    const owner = match[0].slice(0, match[0].search(/\s/));
    const speaker = possessorBefore(doc, absolute, absolute + owner.length);
    if (!speaker) continue;
    out.push(indirectQuote(sentence, content, speaker, match[0]));
  }
  return out;
}
