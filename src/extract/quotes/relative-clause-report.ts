// A report in a relative clause: "… heard from Ada Fenn, who also said the fees were too high."

import type { Doc } from "../doc.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { coordinated } from "./coordinated-reports.ts";
import type { RawQuote } from "./raw-quote.ts";
import { reportedClause } from "./reported-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const MAIN_VERB_LATER = /,\s+(?:also\s+)?(?:said|says|told|tells|added|adds|wrote|writes)\b/;

/** "The council heard from Ada Fenn, who also said the fees were too high." → Fenn: "the fees were too high". */
export function relativeClauseReport(
  doc: Doc,
  sentence: Sentence,
  commaAt: number,
  verbAt: number,
  verb: string,
  quoted: readonly [number, number][],
  subjectFrom = 0,
): RawQuote[] {
  const text = sentence.text;
  // why: "…, the source, who said he had spoken to people inside, told Reuters." — the relative clause only
  // describes the source of a trailing attribution; the main verb after it credits the sentence.
  if (MAIN_VERB_LATER.test(text.slice(verbAt + verb.length))) return [];
  const clause = reportedClause(text.slice(verbAt + verb.length), verb);
  if (!clause) return [];
  // why: "by prominent businesses that warn …": a plural noun phrase the role lexicon does not know still speaks
  // as a group, under its own words.
  const group = subjectFrom > 0 ? text.slice(subjectFrom, commaAt).trim() : "";
  const speaker =
    subjectBefore(doc, sentence.start + subjectFrom, sentence.start + commaAt) ??
    (group ? { name: null, description: group.replace(/^(?:the|some|many|several)\s+/i, ""), plural: true } : null);
  if (!speaker) return [];
  const clauseStart = verbAt + verb.length + clause.offset;
  if (quoted.some(([open]) => open >= sentence.start + verbAt && open < sentence.start + clauseStart + 20)) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  // why: "Fenn, who says the bridge is unsafe, spoke on Monday": the relative clause ends where the main
  // clause's predicate resumes after a comma.
  const resumed = MAIN_PREDICATE_RESUMES.exec(text.slice(clauseStart));
  return coordinated(doc, sentence, clauseStart, speaker, quoted, resumed ? clauseStart + resumed.index : text.length);
}

export const MAIN_PREDICATE_RESUMES =
  /,\s+(?:(?:has|have|had|will|would|also|then|later|now)\s+)?(?!(?:and|but|or|nor|so|yet|which|who|whom|whose|while|as|if|though|although|because|when|the|a|an|his|her|its|their|this|that|these|those|he|she|they|it|we|i|you|not|even|including|according|especially|both|all|some|many|most)\b)(?:\p{Ll}{2,}(?:ed|s)|spoke|said|told|met|left|went|came|made|took|gave|won|lost|ran|led|held|kept|became|is|was)\b(?!\s*,)/u;
