// A temporal clause of saying opening the sentence: "After Fenn argued that …, Tollens said …".

import type { Doc } from "../doc.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, looksLikeClause } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";
import { trimClause } from "./trim-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const TEMPORAL_LEAD = /^\s*(?:After|When|Before|Once)\s+/;
const TEMPORAL_VERB =
  /\s(argued|argues|said|says|suggested|suggests|claimed|claims|insisted|insists|warned|warns|noted|notes|predicted|declared|announced|told\s+[^,;]{1,40}?)\s+that\s+/u;
const MAIN_SUBJECT = /^\s*(?:\p{Lu}|(?:he|she|they|it|we|i|the|a|an|his|her|their|its)\s)/u;

/**
 * "After Fenn argued that the fees should stay, Tollens said …", "When Fenn suggested that …, …": a temporal
 * clause of saying opening the sentence reports too; its clause ends at the comma where the main clause's subject
 * and verb begin. why: only with "that" and a time word: "If Fenn said …" or "Though Fenn maintains …" frame a
 * supposition or a concession, not something said.
 */
export function temporalReport(
  doc: Doc,
  sentence: Sentence,
  quoted: readonly [number, number][],
): { quote: RawQuote; mainAt: number } | null {
  const text = sentence.text;
  const lead = TEMPORAL_LEAD.exec(text);
  if (!lead) return null;
  const verb = TEMPORAL_VERB.exec(text.slice(lead[0].length));
  if (!verb?.[1] || verb.index > 60) return null;
  const verbAt = lead[0].length + verb.index + 1;
  const clauseStart = lead[0].length + verb.index + verb[0].length;
  for (let comma = text.indexOf(",", clauseStart); comma >= 0; comma = text.indexOf(",", comma + 1)) {
    const rest = text.slice(comma + 1);
    if (!MAIN_SUBJECT.test(rest) || !looksLikeClause(rest)) continue;
    if (quoted.some(([open]) => open >= sentence.start + verbAt && open < sentence.start + comma)) return null;
    const body = trimClause(text.slice(clauseStart, comma));
    if (body.split(/\s+/).length < 3) return null;
    const speaker = subjectBefore(doc, sentence.start + lead[0].length, sentence.start + verbAt);
    if (!speaker) return null;
    return { quote: indirectQuote(sentence, body, speaker, text.slice(0, clauseStart)), mainAt: comma + 1 };
  }
  return null;
}
