import type { Doc } from "../doc.ts";
import { clauseInitialSubject } from "../speakers/clause-subject.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { CLAUSE_END, indirectQuote } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";

/**
 * Calls and promises, whose complement is an infinitive: `X urged Y to …`, `X called on Y to …`, `X called
 * for Y to …`, `X asked / told Y to …`, `…, asking Y not to …` (the text is "Y to …"), and `X vowed / promised / pledged to …` (the text is
 * "to …"), as news annotation records them. Only with an infinitive: "called for a ban" names a demand, it
 * does not report one. why: the person called on can carry a title and a party ("called on Gov. Ada Fenn (D) to …").
 */
const CALL =
  /(?:^|\s)(urged|urges|urge|urging|called on|calls on|call on|calling on|called for|calls for|call for|calling for|asked|asks|asking|told|tells|telling|implored|implores|pressed|presses|appealed to|appeals to)\s+((?:(?!to\s)(?:\([^()\s]{1,12}\)|\p{Lu}\p{Ll}{0,4}\.|[^\s,.;:"“”()]+)\s+){1,8}?(?:not\s+)?to\s+\p{Ll}+)/u;
// why: a time may stand between the verb and its infinitive ("vowed last month to …", "pledged again to …").
const PROMISE =
  /(?:^|\s)(vowed|vows|vowing|promised|promises|promising|pledged|pledges|pledging)\s+(?:(?:last|this|earlier this|again|repeatedly|publicly|on \p{Lu}\p{Ll}+)\s+(?:(?:week|month|year|spring|summer|fall|autumn|winter)\s+)?)?((?:not\s+)?to\s+\p{Ll}+)/u;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|get|got|gets)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** Words that make "asked/pressed … to" something other than a request made: "asked to comment", "pressed to the wall". */
const NOT_A_CALL = /^(?:about|whether|if|why|how|what|for comment|to)\b/i;

export function urgingIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const call = CALL.exec(text);
  const promise = call ? null : PROMISE.exec(text);
  const match = call ?? promise;
  if (!match?.[1] || !match[2]) return [];
  const verb = match[1];
  const verbAt = match.index + match[0].indexOf(verb);
  const complementAt = match.index + match[0].length - match[2].length;
  if (call && NOT_A_CALL.test(match[2])) return [];
  const complement = endOfComplement(text.slice(complementAt));
  if (complement.split(/\s+/).length < 3) return [];
  if (quoted.some(([open, close]) => close >= sentence.start + complementAt && open < sentence.start + complementAt + complement.length))
    return [];
  const before = text.slice(0, verbAt);
  // why: "was told to leave", "had been asked by aides to wait": a passive names who was asked, not who asked.
  if (/(?:ed|told)\b/.test(verb) && PASSIVE_BEFORE.test(before)) return [];
  // why: "…, urging the council to …" hangs off the main clause's subject.
  const speaker = /,\s*$/.test(before)
    ? (doc.speakerBySentence.get(sentence.index) ?? clauseInitialSubject(doc, sentence.start, sentence.start + verbAt))
    : subjectBefore(doc, sentence.start, sentence.start + verbAt);
  if (!speaker) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  return [indirectQuote(sentence, complement, speaker, text.slice(0, complementAt))];
}

function endOfComplement(text: string): string {
  return (
    text
      .replace(CLAUSE_END, "")
      // why: an infinitive complement ends at its first comma ("pledged to spend $2 million, some remained …").
      .replace(/,(?!\s+including\b).*$/s, "")
      .replace(/[\s.;:!?…,]+$/, "")
      .trim()
  );
}
