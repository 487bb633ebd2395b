import type { Doc } from "../doc.ts";
import { subjectAfter, subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, looksLikeClause, reportedBody } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";
import { trimClause } from "./trim-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
/** "As the Courier reported on Monday, CLAUSE" / "As Fenn has noted, CLAUSE": the subject, the verb, a time. */
const AS_SUBJECT_VERB =
  /^(?:(?:But|And|Yet),?\s+as|As)\s+([^,;:"“”]{2,80}?)\s+(?:(?:has|have|had)\s+)?(?:(?:also|recently|just|first|previously|earlier)\s+)?(reported|noted|said|wrote|explained|observed|pointed out|points out|reports|notes|says|writes|explains)((?:\s+(?:just\s+)?(?:today|yesterday|recently|earlier|last\s+\p{Ll}+|this\s+\p{Ll}+|on\s+\p{Lu}\p{Ll}+|in\s+(?:a|an|its|his|her|their)\s+[\p{L}-]+(?:\s+(?:on|for|in|at)?\s*[\p{L}-]+){0,3}))?)\s*,\s+/u;
/** "As reported by the Courier, CLAUSE". */
const AS_REPORTED_BY = /^(?:(?:But|And|Yet),?\s+as|As)\s+(?:first\s+)?(?:reported|noted)\s+by\s+([^,;:"“”]{2,60}),\s+/;

/**
 * Reported information introduced by an "as" clause of saying: `As X reported, CLAUSE.`, `As reported by X,
 * CLAUSE.` The main clause is X's. A clause that carries a quotation is left to the quotation.
 */
export function asReportedIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const by = AS_REPORTED_BY.exec(text);
  const lead = by ?? AS_SUBJECT_VERB.exec(text);
  if (!lead?.[1]) return [];
  const subjectStart = lead[0].indexOf(lead[1]);
  const from = sentence.start + subjectStart;
  const to = from + lead[1].length;
  const speaker = by ? subjectAfter(doc, from, to) : subjectBefore(doc, from, to);
  if (!speaker) return [];
  const clauseStart = lead[0].length;
  if (quoted.some(([open, close]) => close >= sentence.start + clauseStart && open < sentence.end)) return [];
  const body = trimClause(reportedBody(text.slice(clauseStart)));
  if (body.split(/\s+/).length < 4 || !looksLikeClause(body)) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  return [indirectQuote(sentence, body, speaker, text.slice(0, clauseStart))];
}
