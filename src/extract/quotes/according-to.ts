import type { Doc, SpeakerRef } from "../doc.ts";
import { isRoleNoun, isSourceNoun } from "../speakers/role-nouns.ts";
import { subjectAfter } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { DATELINE, indirectQuote, looksLikeClause, onlySubordinate, withoutLeadingSubordinate } from "./clause-shape.ts";
import type { RawQuote } from "./raw-quote.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const LEADING = /^(?:(?:But|And|Yet|So),?\s+)?[Aa]ccording to\s+/;
/** "The minister, according to two aides, had offered to resign": the source sits inside the clause. */
const MEDIAL = /^,\s+(?:has|have|had|is|are|was|were|will|would|could|can|should|may|might|must|did|does|do|also|then|\p{Ll}+ed)\b/u;
const TRAILING = /,\s+according to\s+/;
const SOURCE_END = /[,;.!?]|$/;
const LAST_CONJUNCT = /(?:,\s+(?:and|but|yet)|;)\s+(?=\S)/g;
/** "That is one of several risks, according to X": a clause about the previous sentence, not a report of its own. */
const DEMONSTRATIVE_SUBJECT = /^(that|this|these|those)\s+(is|was|are|were|has|have|had|will|would|could|may|might)\b/i;
/** Where the head of the source phrase ends: a preposition, a participle or a relative clause after it. */
const SOURCE_HEAD_END =
  /\s(?:of|at|from|for|in|on|with|by|to|who|which|that|familiar|close|briefed|compiled|published|released|sent|seen|obtained|cited|quoted)\s/;
/** A postmodifier that belongs to an unnamed source's description. */
const POSTMODIFIER = /\s+(?:familiar with|close to|briefed on|with (?:direct )?knowledge of)\s[^,;]*$/;
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}.'’-]*$/u;
/** Documents that are role nouns elsewhere ("the letter said") but credit nothing after "according to". */
const DOCUMENT_HEADS: ReadonlySet<string> = new Set(["letter", "plan", "memo", "data", "document", "documents", "filing", "filings"]);
const OWNED_DOCUMENT =
  /^(?:(?:his|her|its|their)\s+|(?:the\s+)?(?:\p{Lu}[\p{L}.&'’/-]*\s+){1,5})(?:[\p{Ll}"“”‘’-]+\s+)?(?:data|filings?|reports?|records|plan|schedule|figures|estimates?|numbers|tally|count|average)$/u;
const AUXILIARY = /^(?:[^\s,;]+\s+){1,10}?(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does)\s/;
const NAMED_POLL = /\p{Lu}[\p{L}.&'’/-]*\s+(?:poll|polls|survey|study|analysis)$/u;
const LEADING_CONJUNCTION = /^(but|and|so|yet)\s+/i;

/**
 * Reported information credited with "according to": `According to X, CLAUSE.` and `CLAUSE, according to X.`
 * (not `SUBJECT, according to X, VERB …`, whose clause is not contiguous).
 * The clause is an indirect quote of X when X reads as a speaker (a person, an organisation, an outlet, or a
 * description such as "two senior lawmakers" or "a report"); "according to the plan" or "according to data"
 * credits no one and yields nothing. With "A, and B, according to X" only B is credited: the writer's own
 * framing usually comes first. A clause that carries a quotation is left to the quotation.
 */
export function accordingToIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const leading = LEADING.exec(text);
  if (leading) return leadingSource(doc, sentence, leading[0].length, quoted);
  const trailing = TRAILING.exec(text);
  if (!trailing) return [];
  const sourceStart = trailing.index + trailing[0].length;
  const sourceEnd = sourceStart + (SOURCE_END.exec(text.slice(sourceStart))?.index ?? 0);
  if (MEDIAL.test(text.slice(sourceEnd))) return [];
  const speaker = sourceSpeaker(doc, sentence, sourceStart, sourceEnd);
  if (!speaker) return [];
  const clause = reportedPart(text.slice(0, trailing.index), true);
  if (!clause || overlapsQuote(sentence, text.indexOf(clause), trailing.index, quoted)) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  return [indirectQuote(sentence, clause, speaker, text.slice(trailing.index))];
}

/** `According to X[, apposition], CLAUSE.` */
function leadingSource(doc: Doc, sentence: Sentence, sourceStart: number, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  let comma = text.indexOf(",", sourceStart);
  if (comma < 0) return [];
  // "According to Jan Smit, the port's director, the ships …": skip a descriptive apposition.
  const second = text.indexOf(",", comma + 1);
  if (second > 0 && isDescription(text.slice(comma + 1, second))) comma = second;
  const speaker = sourceSpeaker(doc, sentence, sourceStart, comma);
  if (!speaker) return [];
  const clauseStart = comma + 1 + (/^\s*/.exec(text.slice(comma + 1))?.[0].length ?? 0);
  const clause = reportedPart(text.slice(clauseStart));
  if (!clause || overlapsQuote(sentence, clauseStart, text.length, quoted)) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  return [indirectQuote(sentence, clause, speaker, text.slice(0, clauseStart))];
}

/**
 * The speaker named by the words after "according to" (`from..to` within the sentence), or null when they
 * name a document or data rather than someone who speaks ("a letter sent to the board", "data compiled by X").
 * A postmodifier stays in an unnamed speaker's description ("people familiar with the matter").
 */
function sourceSpeaker(doc: Doc, sentence: Sentence, from: number, to: number): SpeakerRef | null {
  const phrase = sentence.text.slice(from, to);
  const head = phrase.split(SOURCE_HEAD_END)[0]?.trim() ?? "";
  const last = head.split(/\s+/).at(-1) ?? "";
  const postmodifier = POSTMODIFIER.exec(phrase);
  const end = postmodifier ? from + postmodifier.index : to;
  // why: "according to an analysis of state records", "according to three television networks": a document or
  // a tally is credited under its own description; it never stands as the subject of a plain "said".
  const described = (): SpeakerRef | null => {
    const description = phrase
      .slice(0, end - from)
      .replace(/^\s*(?:the|a|an)\s+/i, "")
      .trim();
    return description ? { name: null, description, plural: /s$/.test(last) } : null;
  };
  // why: "according to Crowdpac data", "according to its filings": a body's own documents speak for it, under
  // their own words (the body is not quoted); "according to the plan" has no owner and credits no one.
  // why: "according to the Norland-Gazette poll": the poll is the source, not the outlet that ran it.
  if (OWNED_DOCUMENT.test(head) || NAMED_POLL.test(head)) return described();
  if (!NAME_WORD.test(last) && !isSourceNoun(last)) return null;
  if (!isRoleNoun(last) && !NAME_WORD.test(last)) return described();
  // why: "according to a Harbour Gazette poll released Sunday": a lowercase head the subject reader cannot place
  // is still the source, under its own words.
  const speaker =
    subjectAfter(doc, sentence.start + from, sentence.start + end) ??
    capitalisedSource(doc, head) ??
    (NAME_WORD.test(last) || DOCUMENT_HEADS.has(last.toLowerCase()) ? null : described());
  if (!speaker || speaker.name !== null || !postmodifier) return speaker;
  return { ...speaker, description: `${speaker.description ?? ""}${postmodifier[0].trimEnd()}` };
}

/**
 * "a Norland University/Harbour Gazette Poll": a run of capitalised words ending in a source noun that the name
 * reader did not take as one name is still that body's name.
 */
function capitalisedSource(doc: Doc, head: string): SpeakerRef | null {
  const words = head.replace(/^(?:the|a|an)\s+/i, "").split(/\s+/);
  const last = words.at(-1) ?? "";
  if (words.length < 2 || !words.every((word) => CAPITALISED_NAME_PART.test(word)) || !isSourceNoun(last.toLowerCase())) return null;
  const named = doc.names.ensure(words.join(" "), "organization");
  return { name: named.name, entityId: named.id };
}

const CAPITALISED_NAME_PART = /^\p{Lu}[\p{L}\p{M}.'’&/-]*$/u;

/** "the port's director", "a spokesman for the board", "who runs the shop": words about a person, not a clause. */
function isDescription(segment: string): boolean {
  if (/^\s*(who|whose|which)\b/i.test(segment)) return true;
  const words = (segment.split(/\s(?:of|for|at|from|in|with)\s/)[0] ?? "").trim().split(/\s+/);
  return words.length <= 6 && isRoleNoun(words[words.length - 1] ?? "");
}

/** The clause X is credited with: the last of coordinated clauses, without dateline or leading conjunction. */
function reportedPart(raw: string, beforeSource = false): string | null {
  let clause = raw.replace(DATELINE, "");
  let last = 0;
  for (const match of clause.matchAll(LAST_CONJUNCT)) last = match.index + match[0].length;
  // why: "from Tucson, Ariz., and the border to Phoenix": a last conjunct that is no clause is part of the first.
  if (
    last > 0 &&
    clause.slice(last).split(/\s+/).length >= 3 &&
    (looksLikeClause(clause.slice(last)) || AUXILIARY.test(clause.slice(last)))
  )
    clause = clause.slice(last);
  clause = clause
    .replace(LEADING_CONJUNCTION, "")
    .replace(/[\s.;:!?…]+$/, "")
    .trim();
  // why: "While A, B, according to X" credits X with B, the sentence's main clause; after a leading source
  // ("According to X, while A, B") the whole of what follows is X's.
  if (beforeSource) clause = withoutLeadingSubordinate(clause);
  if (clause.split(/\s+/).length < 4 || onlySubordinate(clause) || DEMONSTRATIVE_SUBJECT.test(clause)) return null;
  return clause;
}

function overlapsQuote(sentence: Sentence, from: number, to: number, quoted: readonly [number, number][]): boolean {
  return quoted.some(([open, close]) => open < sentence.start + to && close >= sentence.start + from);
}
