// Two sources set against each other: "While one agency says A, another says B".

import type { Doc } from "../doc.ts";
import { SPEECH_VERBS } from "../lexicon/reporting-verbs.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { coordinated, push } from "./coordinated-reports.ts";
import type { RawQuote } from "./raw-quote.ts";
import { reportedClause } from "./reported-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const WHILE_LEAD = /^\s*while\s+/i;
const SECOND_SOURCE =
  /,\s+((?:the\s+)?[\p{L}\p{N}’'.-]+(?:\s+[\p{L}\p{N}’'.-]+){0,4}?)\s+(says|say|said|argues|argue|argued|contends|contend|insists|insist|claims|claim)\s+(?:that\s+)?/u;

/**
 * "While one agency says A, another says B": two sources set against each other. The subordinate "while"
 * clause reports too, but only when a second source answers it after the comma.
 */
export function sourcesContrasted(
  doc: Doc,
  sentence: Sentence,
  before: string,
  verbAt: number,
  word: string,
  quoted: readonly [number, number][],
): RawQuote[] {
  const lead = WHILE_LEAD.exec(before);
  if (!lead || !SPEECH_VERBS.has(word)) return [];
  const text = sentence.text;
  const afterVerb = text.slice(verbAt + word.length);
  const clause = reportedClause(afterVerb, word);
  const second = SECOND_SOURCE.exec(afterVerb);
  if (!clause || !second || second.index <= clause.offset) return [];
  const first = subjectBefore(doc, sentence.start + lead[0].length, sentence.start + verbAt);
  const subjectAt = verbAt + word.length + second.index + second[0].indexOf(second[1] ?? "");
  const other = subjectBefore(doc, sentence.start + subjectAt, sentence.start + subjectAt + (second[1]?.length ?? 0));
  if (!first || !other) return [];
  const out: RawQuote[] = [];
  push(out, sentence, verbAt + word.length + clause.offset, verbAt + word.length + second.index, first, quoted);
  if (out.length === 0) return [];
  doc.speakerBySentence.set(sentence.index, other);
  return [...out, ...coordinated(doc, sentence, verbAt + word.length + second.index + second[0].length, other, quoted)];
}
