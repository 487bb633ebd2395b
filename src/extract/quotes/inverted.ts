import type { Doc } from "../doc.ts";
import { SPEECH_VERBS, TELLING_VERBS } from "../lexicon/reporting-verbs.ts";
import { isRoleNoun } from "../speakers/role-nouns.ts";
import { subjectAfter } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, onlySubordinate, reportedBody } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
/** The subject after an inverted verb: a name or a description, then only an apposition or the sentence end. */
const SUBJECT_THEN_END = /^\s+(?:\p{Lu}|(?:the|a|an|one|two|three|several|some|many)\s)[^,;:]{0,80}?(?:,[^;:]{0,160})?[.!?]?\s*$/u;
const DETERMINER = /^(?:the|a|an|one|two|three|several|some|many|another)$/i;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/**
 * `CLAUSE, said X.` and `CLAUSE, says X, a former speaker.`: the verb before its subject, as feature and wire
 * copy write it. Only speech verbs, and only when nothing but the subject (and its apposition) follows.
 */
export function invertedAttribution(doc: Doc, sentence: Sentence, before: string, afterVerb: string, verb: string): RawQuote | null {
  // why: "…, told the Commons the plans were …" is a message to its listener, never an inverted subject.
  if (!SPEECH_VERBS.has(verb) || TELLING_VERBS.has(verb) || /ing$/.test(verb) || !/,\s*$/.test(before)) return null;
  if (!SUBJECT_THEN_END.test(afterVerb) || !isSubjectPhrase(afterVerb.split(",")[0] ?? "")) return null;
  const clauseText = before.replace(/[\s,]+$/, "");
  if (onlySubordinate(clauseText) || clauseText.split(/\s+/).length < 4) return null;
  const verbEnd = sentence.start + before.length + verb.length;
  const speaker = subjectAfter(doc, verbEnd, sentence.end);
  if (!speaker) return null;
  doc.speakerBySentence.set(sentence.index, speaker);
  return indirectQuote(sentence, reportedBody(clauseText), speaker, `${verb}${afterVerb}`);
}

/** "Marco Delgado", "the assembly's clerk", "one resident": a name or a description and nothing after it. */
function isSubjectPhrase(segment: string): boolean {
  const words = segment
    .replace(/[.!?]\s*$/, "")
    .trim()
    .split(/\s+/);
  if (words.length === 0 || words.length > 6) return false;
  // why: "…, said the company had refunded most customers": a verb makes it the reported clause, not a subject.
  if (
    words.some(
      (word, i) => i > 0 && /^(?:has|had|have|is|was|were|are|will|would|could|can|should|may|might|must|did|does|do)$/i.test(word),
    )
  )
    return false;
  const last = words[words.length - 1] ?? "";
  if (words.every((word, i) => NAME_WORD.test(word) || (i === 0 && DETERMINER.test(word)))) return true;
  return DETERMINER.test(words[0] ?? "") && isRoleNoun(last);
}
