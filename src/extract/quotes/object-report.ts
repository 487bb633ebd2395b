import type { Doc } from "../doc.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { CLAUSE_END, indirectQuote } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
/**
 * Verbs whose object is itself a stated position: "she stressed the need for …", "the mayor emphasized the
 * council's duty to …". News annotation records the object as the reported content; the speaker is the verb's
 * subject. What is announced or recalled ("announced new measures that make it harder to …", "recalled an
 * incident at the port that …") is the content too: news annotation records it, and a short object ("announced
 * her candidacy") stays out by its length. why: "reported high lead levels", "revealed her plan" stay out: they
 * name a finding or an act, and on unseen articles reading them as statements added more false quotes than true.
 */
const OBJECT_VERBS: ReadonlySet<string> = new Set(
  "stressed stresses emphasized emphasizes emphasised emphasises announced announces recalled recalls".split(" "),
);
/** Objects that name no statement: pronouns, bare numbers, a time, or a preposition (an intransitive use). */
const NOT_AN_OBJECT =
  /^(?:it|this|that|them|him|her|nothing|something|anything|everything|to|in|on|at|for|with|from|by|about|of|as|so|during|after|before|since|earlier|later|today|yesterday|tonight|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)\b|^[,.;:!?"“”'‘’(—–-]/i;
const GERUND_OR_PURPOSE =
  /^\p{Ll}+ing\b|^(?:[^\s,.;:]+\s+){1,3}to\s+(?!(?:the|a|an|his|her|their|its|our|my|former|new|\p{Ll}+(?:al|ed|ic|ous|ive|ful))\b)\p{Ll}+/u;
// why: "described themselves as liberals with about three in 10 saying …": an absolute "with X -ing" is the
// writer's next fact, not the object.
const OBJECT_END =
  /,\s+(?:which|who|where|when|but|and|as|while|after|before|because|saying|adding)\b.*$|\s+with\s+(?:[^\s,;]+\s+){1,6}?\p{Ll}{3,}ing\b.*$|[.;:!?…]+$/su;
/** "described the plan as a failure": what someone was described as. */
const DESCRIBED_AS = /^\s+((?:(?!as\s)[^\s,.;:"“”]+\s+){1,8}?as\s+[^,.;:"“”]+(?:\s[^,.;:"“”]+)*)/u;
const DESCRIBE_FORMS: ReadonlySet<string> = new Set(["described", "describes", "describing"]);

/**
 * The stated object after an object verb (`X stressed OBJECT`), or `X described Y as Z` → "Y as Z". At least
 * four words, outside quotations, with a readable subject; a short object ("stressed his record") names a topic,
 * not a position.
 */
export function reportedObject(
  doc: Doc,
  sentence: Sentence,
  verbAt: number,
  word: string,
  quoted: readonly [number, number][],
): RawQuote | null {
  const describing = DESCRIBE_FORMS.has(word);
  if (!describing && !OBJECT_VERBS.has(word)) return null;
  const text = sentence.text;
  const before = text.slice(0, verbAt);
  if (/,\s*$/.test(before) || /\b(?:to|who|which|that|not|been|being|was|were|is|are)\s+$/i.test(before)) return null;
  const afterVerb = text.slice(verbAt + word.length);
  const described = describing ? DESCRIBED_AS.exec(afterVerb) : null;
  if (describing && !described) return null;
  const lead = /^\s+/.exec(afterVerb)?.[0].length ?? 0;
  const raw = described?.[1] ?? afterVerb.slice(lead);
  // why: "stressed having a plan", "stressed his record to win votes": a gerund or a short object with a
  // purpose names an act, not a position.
  if (NOT_AN_OBJECT.test(raw) || GERUND_OR_PURPOSE.test(raw)) return null;
  const body = raw.replace(CLAUSE_END, "").replace(OBJECT_END, "").trim();
  if (body.split(/\s+/).length < 4) return null;
  const objectAt = sentence.start + verbAt + word.length + lead;
  if (quoted.some(([open, close]) => open < objectAt + body.length && close >= objectAt)) return null;
  const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
  if (!speaker) return null;
  doc.speakerBySentence.set(sentence.index, speaker);
  return indirectQuote(sentence, body, speaker, before);
}
