import type { QuoteKind } from "../../domain/facts.ts";
import type { Doc, SpeakerRef } from "../doc.ts";
import { clauseInitialSubject } from "../speakers/clause-subject.ts";
import { isPerson } from "../speakers/named-speaker.ts";
import { sentenceAt } from "../text/segment.ts";
import { type Attribution, attributionAfter, attributionBefore } from "./attribution.ts";
import { SUBORDINATE_START } from "./clause-shape.ts";
import type { QuoteSpan } from "./quote-span.ts";
import type { RawQuote } from "./raw-quote.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const HAS_LETTER = /\p{L}/u;
const SPACE_THEN_CAPITAL = /^\s+\p{Lu}/u;
const CAPITAL_START = /^\p{Lu}/u;
const ENDS_WITH_CAPITALISED_WORD = /\p{Lu}[\p{L}.]*\s$/u;
const ONE_SPACE_THEN_CAPITAL = /^\s\p{Lu}/u;
const CAPITAL_OR_DIGIT_START = /^[\p{Lu}\d]/u;

const FULL_START = /^[\p{Lu}\d[(…‘'"]|^\.\.\./u;
const FULL_END = /[.,!?…:;—–-]['’]?$/;

/**
 * Turns one quotation-mark span into a direct or partial quote, or rejects it as not speech (a title, a
 * nickname, a scare quote with no one credited). `previous` is the last quote accepted in the article.
 */
export function readQuoteSpan(
  doc: Doc,
  span: QuoteSpan,
  spans: readonly QuoteSpan[],
  index: number,
  previous: RawQuote | null,
): RawQuote | null {
  const { text } = doc;
  const inner = text.slice(span.textStart, span.textEnd).trim();
  if (!HAS_LETTER.test(inner)) return null;
  const paragraph = doc.paragraphs[span.paragraph];
  if (!paragraph) return null;
  const prev = spans[index - 1];
  const next = spans[index + 1];
  const openSentence = sentenceAt(doc.sentences, span.open);
  const beforeStart = Math.max(
    openSentence?.start ?? paragraph.start,
    prev && prev.paragraph === span.paragraph ? prev.close + 1 : paragraph.start,
  );
  const afterStart = Math.min(span.close + 1, paragraph.end);
  const nextOpen = next && next.paragraph === span.paragraph ? next.open : paragraph.end;
  const lead = /^[\s,.!?…—–-]*/.exec(text.slice(afterStart, nextOpen))?.[0].length ?? 0;
  const afterSentence = sentenceAt(doc.sentences, Math.min(afterStart + lead, paragraph.end - 1));
  const afterEnd = Math.min(nextOpen, Math.max(afterSentence?.end ?? paragraph.end, afterStart));
  const before = text.slice(beforeStart, span.open);
  const words = inner.split(/\s+/).length;

  if (isNickname(text, span) || isCrosshead(paragraph.text)) return null;
  const continued =
    span.unclosed && next && next.paragraph === span.paragraph + 1 && next.open === doc.paragraphs[span.paragraph + 1]?.start;

  const after: Attribution | null = span.unclosed
    ? null
    : attributionAfter(doc, afterStart, afterEnd, /[.!?…]['’]?$/.test(inner) && SPACE_THEN_CAPITAL.test(text.slice(afterStart, afterEnd)));
  const beforeAttr = after ? null : attributionBefore(doc, beforeStart, span.open);
  const attribution = after ?? beforeAttr;
  const standalone = before.trim() === "" || /[:—–]\s*$/.test(before) || (/,\s*$/.test(before) && CAPITAL_START.test(inner));
  const full = FULL_START.test(inner) || FULL_END.test(inner);

  if (span.unclosed && !continued) doc.warnings.push(`unbalanced quotation mark in paragraph ${span.paragraph + 1}`);
  let speaker: SpeakerRef | null = attribution?.speaker ?? null;
  if (!speaker && QUOTE_BRIDGE.test(before) && follows(text, prev, previous, span)) speaker = previous?.speaker ?? null;
  if (!speaker && before.trim() === "" && words >= 2 && full) speaker = continuation(doc, span, previous);
  // "Smith was blunt: \"We lost.\"" — a colon hands the quote to the clause's subject; "When X suggested …,
  // Rubio fired back: \"…\"" — a verb inside the leading subordinate clause does not.
  if (/:\s*$/.test(before) && words >= 2 && (!speaker || (beforeAttr && SUBORDINATE_START.test(before)))) {
    speaker = clauseInitialSubject(doc, beforeStart, span.open) ?? speaker;
  }
  // "Hillary shot back, \"I suppose …\"": a short narrative clause and a comma before a full sentence quoted.
  if (!speaker && /,\s*$/.test(before) && CAPITAL_START.test(inner) && words >= 3 && before.trim().split(/\s+/).length <= 12) {
    const subject = clauseInitialSubject(doc, beforeStart, span.open);
    if (subject?.name && doc.names.lookup(subject.name)?.type === "person") speaker = subject;
  }
  // why: "Fenn accused the mayor of running a council “of fear …”", "…, offering “a deep apology”": a
  // quotation in the object of a verb that characterises or relays words is the named subject's.
  // (Only in a sentence's first clause: after ", and he …" the subject is no longer the sentence's.)
  if (!speaker && words >= 3 && CHARACTERISING_VERB.test(before) && !SECOND_CLAUSE.test(before)) {
    const subject = clauseInitialSubject(doc, beforeStart, span.open);
    const type = subject?.name ? doc.names.lookup(subject.name)?.type : undefined;
    if (type === "person" || type === "organization") speaker = subject;
  }
  if (!speaker) return null;
  // why: a quotation embedded in the writer's sentence is partial unless it is itself a full sentence or long.
  const kind: QuoteKind = standalone || (FULL_START.test(inner) && words >= 4) || words >= 8 ? "direct" : "partial";
  if (kind === "partial" && isTitleCase(inner)) return null;

  const sentenceStart = Math.min(openSentence?.start ?? span.open, beforeStart);
  const endSentence = sentenceAt(doc.sentences, Math.max(span.textEnd - 1, attribution?.end ? attribution.end - 1 : 0));
  const end = Math.max(endSentence?.end ?? span.close, span.textEnd);
  const attributionText = `${before} ${attribution ? text.slice(attribution.start, attribution.end) : ""}`;
  for (let s = openSentence?.index ?? 0; s <= (endSentence?.index ?? 0); s++) doc.speakerBySentence.set(s, speaker);
  return {
    text: text.slice(span.textStart, span.textEnd).trim(),
    kind,
    speaker,
    attribution: attributionText,
    start: sentenceStart,
    end,
    paragraph: span.paragraph,
  };
}

const SECOND_CLAUSE = /[,;]\s+(?:and|but|while|as)\s/;
const CHARACTERISING_VERB =
  /\b(?:accus|dismiss|tout|offer|promis|vow|pledg|describ|label|brand|coach|decr|prais|denounc|condemn|mock|deride|dubb?|term|apologiz|apologis)(?:e|es|ed|ing|s|ied|ies|y)?\b/i;

/**
 * What may stand between two quotations of one speaker in one sentence: a conjunction ("called it "reckless"
 * and "cruel""), a comma, or a participle of speech ("…would ‘do whatever it takes’, adding: ‘…’").
 */
const QUOTE_BRIDGE = /^[\s,]*(?:and|or|but|(?:adding|saying|noting|insisting|warning|arguing|explaining|stressing)(?:\s+that)?\s*:?)?\s*$/;

/** Whether `previous` is the quote of the span just before this one, in the same sentence. */
function follows(text: string, prev: QuoteSpan | undefined, previous: RawQuote | null, span: QuoteSpan): boolean {
  if (!prev || !previous || prev.paragraph !== span.paragraph || previous.end < span.open) return false;
  return text.slice(prev.textStart, prev.textEnd).trim() === previous.text;
}

/** A quote paragraph with no attribution continues the previous quote's speaker (same or previous paragraph). */
function continuation(doc: Doc, span: QuoteSpan, previous: RawQuote | null): SpeakerRef | null {
  // "Dolan laughs at that. \"Gideon says that about every book.\"": the person the paragraph is about.
  const narrator = narrativeSubject(doc, span);
  if (narrator) return narrator;
  if (previous && previous.paragraph >= span.paragraph - 1) return previous.speaker;
  // why: in an interview the interviewer's question sits between two answers without quotation marks.
  if (previous && previous.paragraph === span.paragraph - 2 && isBareQuestion(doc, span.paragraph - 1)) return previous.speaker;
  const first = doc.sentences.findIndex((s) => s.paragraph === span.paragraph);
  for (let i = first - 1; i >= 0; i--) {
    const sentence = doc.sentences[i];
    if (!sentence || sentence.paragraph < span.paragraph - 1) break;
    const credited = doc.speakerBySentence.get(i);
    if (credited) return credited;
  }
  // why: a closing quote paragraph is often attributed only by the paragraph before it ("But for X and his
  // family …" then the quote): take the first person that paragraph names.
  const people = (paragraph: number) =>
    doc.mentionsBySentence
      .filter((list) => list[0]?.paragraph === paragraph)
      .flat()
      .filter((m) => !m.inQuote && m.start < span.open && isPerson(doc, m));
  // The person this paragraph named just before the quote, else the first one the previous paragraph names.
  const topic = people(span.paragraph).at(-1) ?? people(span.paragraph - 1)[0];
  const named = topic ? doc.names.lookup(topic.name) : null;
  return named ? { name: named.name, entityId: named.id } : null;
}

/**
 * The person a narrative sentence just before the quote, in the same paragraph, is about ("She pauses.",
 * "Dolan laughs at that."), when that sentence carries no quotation of its own.
 */
function narrativeSubject(doc: Doc, span: QuoteSpan): SpeakerRef | null {
  const sentence = sentenceAt(doc.sentences, span.open);
  const before = sentence ? doc.sentences[sentence.index - 1] : undefined;
  // why: a sentence that holds any part of a quotation (one that opened in an earlier sentence too) is speech, not narrative.
  if (!before || before.paragraph !== span.paragraph || doc.spans.some((s) => s.open < before.end && s.close >= before.start)) return null;
  const subject = clauseInitialSubject(doc, before.start, before.end);
  const named = subject?.name ? doc.names.lookup(subject.name) : null;
  return subject && named?.type === "person" ? subject : null;
}

/** A paragraph that is only a question, with no quotation marks: an interviewer's question. */
function isBareQuestion(doc: Doc, index: number): boolean {
  const paragraph = doc.paragraphs[index];
  return paragraph !== undefined && /\?\s*$/.test(paragraph.text) && !doc.spans.some((s) => s.paragraph === index);
}

/** `Daniel "Danny" Brooks`: a quoted word between two parts of a name is a nickname, not speech. */
function isNickname(text: string, span: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, span.open - 30), span.open);
  const after = text.slice(span.close + 1, span.close + 30);
  return (
    ENDS_WITH_CAPITALISED_WORD.test(before) &&
    ONE_SPACE_THEN_CAPITAL.test(after) &&
    text.slice(span.textStart, span.textEnd).split(/\s+/).length <= 3
  );
}

const ENDS_LIKE_PROSE = /[.!?…,;:—–-]['’"”»]*$/;

/**
 * A crosshead in quotation marks (‘We need to listen’, ‘Unprecedented’ strandings): a short paragraph with
 * no punctuation at its end is a heading that echoes words from the body, not a quote of its own.
 */
function isCrosshead(paragraph: string): boolean {
  const body = paragraph.trim();
  return body.length <= 120 && !ENDS_LIKE_PROSE.test(body) && body.split(/\s+/).length <= 12;
}

function isTitleCase(inner: string): boolean {
  const words = inner.replace(/[.,!?]$/, "").split(/\s+/);
  return words.length <= 6 && words.every((word) => CAPITAL_OR_DIGIT_START.test(word) || /^(of|the|and|a|an|in|on|for|to|at)$/.test(word));
}
