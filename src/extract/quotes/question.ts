import type { Doc } from "../doc.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { CLAUSE_END, indirectQuote } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
/**
 * A reported question: "the host then asked Fenn which ports she could win", "Okafor asked the minister
 * whether the ferry would run". The question (from its wh-word) is what the asker said, as news annotation
 * records it; it reads as a question, so it states nothing false.
 */
const ASKED = /(?:^|\s)(asked|asks)\s+((?:[^\s,.;:"“”()]+\s+){0,6}?)(whether|if|why|how|what|which|when|where|who)\s+(?=\S)/u;
const WRITER_OR_SUBORDINATE =
  /(?:^|\s)(?:I|we|We)\s+(?:\p{Ll}+\s+)?$|\b(?:when|as|after|before|while|if|because|since)\s+(?:\S+\s+){1,4}$/u;
const PASSIVE_BEFORE = /\b(?:was|were|been|being|be|is|are|get|got|gets)\s+(?:\p{Ll}+ly\s+)?$/iu;
/** Words between the verb and the question that make it no listener: "asked about why", "asked for how". */
const NOT_A_LISTENER = /^(?:about|for|to|of|on|in|at|by)\b/i;
const QUESTION_END = /,\s+(?:and|but|saying|adding|before|after|while)\b.*$|[.;:!?…]+$/su;

export function questionIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const match = ASKED.exec(text);
  if (!match?.[1] || match[3] === undefined) return [];
  const verbAt = match.index + match[0].indexOf(match[1]);
  const before = text.slice(0, verbAt);
  // why: ", asked …" after a lone comma is a participle-like tail; "Fenn, a donor, asked …" keeps its apposition.
  if (PASSIVE_BEFORE.test(before) || (/,\s*$/.test(before) && !/,[^,]*,\s*$/.test(before))) return [];
  // why: "when I asked him how …": the writer's own question, or one inside a subordinate clause, is no report.
  if (/\b(?:to|who|which|that)\s+$/i.test(before) || WRITER_OR_SUBORDINATE.test(before)) return [];
  if (NOT_A_LISTENER.test(match[2] ?? "")) return [];
  const questionAt = match.index + match[0].length - (match[3].length + 1) - (match[0].length - match[0].trimEnd().length);
  const start = text.indexOf(match[3], verbAt + match[1].length + (match[2]?.length ?? 0));
  if (start < 0 || start < questionAt - 2) return [];
  const body = text.slice(start).replace(CLAUSE_END, "").replace(QUESTION_END, "").trim();
  if (body.split(/\s+/).length < 4) return [];
  if (quoted.some(([open, close]) => open < sentence.start + start + body.length && close >= sentence.start + start)) return [];
  const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
  if (!speaker) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  return [indirectQuote(sentence, body, speaker, text.slice(0, start))];
}
