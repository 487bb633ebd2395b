// One reported clause or two joined ones ("A, and he noted that B"), each pushed as an indirect quote.

import type { Doc } from "../doc.ts";
import { SPEECH_VERBS } from "../lexicon/reporting-verbs.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote } from "./clause-shape.ts";
import { beforeParticiple } from "./participle.ts";
import type { RawQuote } from "./raw-quote.ts";
import { trimClause } from "./trim-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

// why: "One firm says A, while another says B": a contrast of two sources reports twice, like "and".
const COORDINATED =
  /(?:,\s*|\s+)(?:and|but|(?<=,\s*)while)\s+((?:the\s+)?[\p{L}\p{N}’'.-]+(?:\s+[\p{L}\p{N}’'.-]+){0,4}?)\s+(said|says|say|told|tells|added|adds|noted|notes|argued|argues|insisted|insists|warned|warns|claimed|claims|contended|wrote|writes)\s+(?:that\s+)?/gu;

/**
 * Splits "A, and he noted that B" and "A and the military said B" into two reported clauses, each with its
 * own speaker, and drops a second "and that …" clause that carries a quotation.
 */
export function coordinated(
  doc: Doc,
  sentence: Sentence,
  clauseStart: number,
  speaker: RawQuote["speaker"],
  quoted: readonly [number, number][],
  end = sentence.text.length,
): RawQuote[] {
  const text = sentence.text.slice(0, end);
  const out: RawQuote[] = [];
  let start = clauseStart;
  let who = speaker;
  COORDINATED.lastIndex = clauseStart;
  for (const match of text.slice(clauseStart).matchAll(COORDINATED)) {
    if (!SPEECH_VERBS.has(match[2] ?? "")) continue;
    const at = clauseStart + match.index;
    const subjectStart = at + match[0].indexOf(match[1] ?? "");
    const next = subjectBefore(doc, sentence.start + subjectStart, sentence.start + subjectStart + (match[1]?.length ?? 0));
    if (!next) continue;
    push(out, sentence, start, at, who, quoted);
    start = at + match[0].length;
    who = next;
  }
  // why: "X says A, but conceded that B": a second verb of saying with no subject of its own is the same speaker's.
  const second = SAME_SUBJECT_SECOND.exec(text.slice(start));
  if (second && SPEECH_VERBS.has(second[1] ?? "")) {
    const at = start + second.index;
    push(out, sentence, start, at, who, quoted);
    push(out, sentence, at + second[0].length, text.length, who, quoted);
    return out;
  }
  push(out, sentence, start, text.length, who, quoted);
  return out;
}

const SAME_SUBJECT_SECOND =
  /,\s*(?:and|but)\s+(?:(?:also|then|later|still|has|have|had)\s+)?(said|says|added|adds|noted|notes|argued|argues|insisted|insists|warned|warns|claimed|claims|conceded|concedes|acknowledged|acknowledges|admitted|admits|stressed|stresses|predicted|predicts|explained|explains|contended|contends|maintained|maintains)\s+that\s+/u;

export function push(
  out: RawQuote[],
  sentence: Sentence,
  from: number,
  to: number,
  speaker: RawQuote["speaker"],
  quoted: readonly [number, number][],
): void {
  let body = sentence.text.slice(from, to);
  const andThat = /\s+and that\s+/.exec(body);
  if (andThat && quoted.some(([open]) => open > sentence.start + from + andThat.index)) body = body.slice(0, andThat.index);
  body = trimClause(beforeParticiple(body));
  if (body.split(/\s+/).length < 3) return;
  out.push(indirectQuote(sentence, body, speaker, sentence.text.slice(0, from)));
}
