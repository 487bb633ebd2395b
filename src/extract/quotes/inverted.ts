import type { Doc } from "../doc.ts";
import { SPEECH_VERBS } from "../lexicon/reporting-verbs.ts";
import { subjectAfter } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, reportedBody, SUBORDINATE_START } from "./clause-shape.ts";
import type { RawQuote } from "./direct.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
/** The subject after an inverted verb: a name or a description, then only an apposition or the sentence end. */
const SUBJECT_THEN_END = /^\s+(?:\p{Lu}|(?:the|a|an|one|two|three|several|some|many)\s)[^,;:]{0,80}?(?:,[^;:]{0,160})?[.!?]?\s*$/u;
const CLAUSE_MARKER = /\s(?:that|if|whether)\s/;

/**
 * `CLAUSE, said X.` and `CLAUSE, says X, a former speaker.`: the verb before its subject, as feature and wire
 * copy write it. Only speech verbs, and only when nothing but the subject (and its apposition) follows.
 */
export function invertedAttribution(doc: Doc, sentence: Sentence, before: string, afterVerb: string, verb: string): RawQuote | null {
  if (!SPEECH_VERBS.has(verb) || /ing$/.test(verb) || !/,\s*$/.test(before)) return null;
  if (!SUBJECT_THEN_END.test(afterVerb)) return null;
  const subjectPhrase = afterVerb.split(",")[0] ?? "";
  if (CLAUSE_MARKER.test(subjectPhrase) || subjectPhrase.trim().split(/\s+/).length > 8) return null;
  const clauseText = before.replace(/[\s,]+$/, "");
  if (SUBORDINATE_START.test(clauseText) || clauseText.split(/\s+/).length < 4) return null;
  const verbEnd = sentence.start + before.length + verb.length;
  const speaker = subjectAfter(doc, verbEnd, sentence.end);
  if (!speaker) return null;
  doc.speakerBySentence.set(sentence.index, speaker);
  return indirectQuote(sentence, reportedBody(clauseText), speaker, `${verb}${afterVerb}`);
}
