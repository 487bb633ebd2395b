import type { Doc, SpeakerRef } from "../doc.ts";
import { clauseInitialSubject } from "../speakers/clause-subject.ts";
import type { Sentence } from "../text/segment.ts";
import { CLAUSE_END, indirectQuote, looksLikeClause } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";

/**
 * `…, saying (that) CLAUSE`, `"…," she said, adding that CLAUSE`, `…, writing on Twitter that CLAUSE`,
 * `…, while also saying that CLAUSE`: a participle of speech after a comma
 * reports a clause of the main clause's subject (or of the speaker this sentence already credited).
 * why: news copy hangs a second statement off the first this way; the participle has no subject of its own.
 */
const PARTICIPLE =
  /(?:,\s+(?:and\s+|while\s+|before\s+|after\s+)?|\s+(?:before|after)\s+)(?:also\s+|\p{Ll}+ly\s+)?(saying|adding|noting|arguing|writing|warning|insisting|explaining|claiming|stressing|asserting|declaring|predicting|acknowledging|admitting|conceding|contending|suggesting|describing|telling\s+(?:reporters|journalists|the\s+press|(?:his|her|their|its)\s+\p{Ll}{3,}|(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}))(?:\s+(?:on|in|at|to|during)\s[^,.;:"“”]{1,60}?(?=\s+that\s))?(\s+that)?\s+/gu;

/**
 * "X shot back in an article stating that …", "X released a statement saying that …": a text the subject wrote
 * or issued, with a participle of saying and "that", reports the subject's clause.
 */
const DOCUMENT_PARTICIPLE =
  /\s(?:a|an|the|his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}(?:statement|article|letter|tweet|post|memo|email|release|op-ed|column|editorial|filing|note|message)\s+(saying|stating|arguing|claiming|noting|insisting|warning|explaining|asserting|declaring|announcing)\s+that\s+/gu;

const DESCRIBED_AS = /^((?:(?!as\s)[^\s,.;:"“”]+\s+){1,8}?as\s+[^,.;:"“”]+?)(?=\s+but\b|[,.;:"“”]|$)/u;

/** The participle clauses of a sentence, outside its quotations. `quoted` are [open, close] offsets. */
export function participleIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const out: RawQuote[] = [];
  DOCUMENT_PARTICIPLE.lastIndex = 0;
  for (const match of [...text.matchAll(PARTICIPLE), ...text.matchAll(DOCUMENT_PARTICIPLE)].sort((a, b) => a.index - b.index)) {
    const at = sentence.start + match.index;
    if (quoted.some(([open, close]) => open <= at && at <= close)) continue;
    const clauseStart = match.index + match[0].length;
    let clause = text.slice(clauseStart);
    // why: a quotation right after the participle ("adding: \"…\"", "saying \"…\"") is the quote itself.
    const nextQuote = quoted.find(([open]) => open >= sentence.start + clauseStart);
    if (nextQuote) {
      const gap = nextQuote[0] - (sentence.start + clauseStart);
      if (gap < 40) continue;
      clause = clause.slice(0, gap);
    }
    // why: ", describing the plan as a failure": what something was described as is the content, as after
    // "described X as Y"; it ends at "but" or a comma.
    const describing = match[1] === "describing";
    const body = describing ? (DESCRIBED_AS.exec(clause)?.[1] ?? "") : endOfClause(clause);
    if (body.split(/\s+/).length < (describing ? 4 : 3) || (!describing && !match[2] && !looksLikeClause(body))) continue;
    // why: ", suggesting that …" after a statement is the speaker's; after the writer's own clause ("turnout
    // rose, suggesting that …") it is the writer's inference and credits no one.
    if (match[1] === "suggesting" && !doc.speakerBySentence.has(sentence.index)) continue;
    const speaker = creditedSpeaker(doc, sentence, at);
    if (!speaker) continue;
    doc.speakerBySentence.set(sentence.index, speaker);
    out.push(indirectQuote(sentence, body, speaker, text.slice(0, clauseStart)));
  }
  return out;
}

/** A reported clause up to a participle of speech that starts a second statement ("…, adding that …"). */
export function beforeParticiple(clause: string): string {
  PARTICIPLE.lastIndex = 0;
  const match = PARTICIPLE.exec(clause);
  PARTICIPLE.lastIndex = 0;
  return match ? clause.slice(0, match.index) : clause;
}

/** The speaker of the sentence so far: the one a quote in it was credited to, else the main clause's subject. */
function creditedSpeaker(doc: Doc, sentence: Sentence, participleAt: number): SpeakerRef | null {
  return doc.speakerBySentence.get(sentence.index) ?? clauseInitialSubject(doc, sentence.start, participleAt);
}

function endOfClause(clause: string): string {
  return clause
    .replace(CLAUSE_END, "")
    .replace(/[\s.;:!?…,]+$/, "")
    .trim();
}
