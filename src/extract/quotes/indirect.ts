// Reported speech without quotation marks: finds the verb of saying in a sentence and hands the sentence to
// the reader of its shape (trailing, inverted, relative, contrasted, temporal, suggestion, object).

import type { Doc } from "../doc.ts";
import { REPORTING_VERBS, SPEECH_VERBS } from "../lexicon/reporting-verbs.ts";
import { isRoleNoun } from "../speakers/role-nouns.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, SUBORDINATE_START } from "./clause-shape.ts";
import { sourcesContrasted } from "./contrasted-sources.ts";
import { coordinated } from "./coordinated-reports.ts";
import { invertedAttribution } from "./inverted.ts";
import { nounNotVerb } from "./noun-like-verbs.ts";
import { reportedObject } from "./object-report.ts";
import type { RawQuote } from "./raw-quote.ts";
import { MAIN_PREDICATE_RESUMES, relativeClauseReport } from "./relative-clause-report.ts";
import { reportedClause } from "./reported-clause.ts";
import { suggestion } from "./suggestion-report.ts";
import { temporalReport } from "./temporal-report.ts";
import { trailingAttribution } from "./trailing-attribution.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const WORD = /[\p{L}’'-]+/gu;

/**
 * Reported speech without quotation marks in one sentence: `X said (that) CLAUSE`, `X told Reuters on
 * Wednesday that CLAUSE`, and `CLAUSE, X said.` / `CLAUSE, he notes.` The reported clause is the quote text.
 */
export function indirectIn(doc: Doc, sentence: Sentence, quoted: readonly [number, number][] = []): RawQuote[] {
  const earlier = temporalReport(doc, sentence, quoted);
  if (!earlier) return reportsFrom(doc, sentence, quoted, 0);
  return [earlier.quote, ...reportsFrom(doc, sentence, quoted, earlier.mainAt)];
}

function reportsFrom(doc: Doc, sentence: Sentence, quoted: readonly [number, number][], from: number): RawQuote[] {
  const text = sentence.text;
  let silent: RawQuote | null = null;
  WORD.lastIndex = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    if (match.index < from || !REPORTING_VERBS.has(word) || word === "written") continue;
    const verbAt = match.index;
    // why: "pointed out that …": the phrasal verb reports; the bare "points" (a noun, a score) does not.
    if (POINT_FORMS.has(word)) {
      if (!/^\s+out\b/.test(text.slice(verbAt + word.length))) continue;
      word = `${word} out`;
    }
    const before = text.slice(0, verbAt);
    // why: "Trump is arguing that …", "she has been saying that …": a progressive form reports like a finite one.
    if (/ing$/.test(word) && !(SPEECH_VERBS.has(word) && PROGRESSIVE.test(before))) continue;
    // why: "Running counter to …", "the post", "As Soviet states and …": a base form or an "-s" form that is
    // also a noun is a verb only after a pronoun, a plural subject, a modal, or with "that" after it.
    if (nounNotVerb(word, before, text.slice(verbAt + word.length))) continue;
    const relative = RELATIVE_SUBJECT.exec(before) ?? restrictiveRelative(before);
    if (relative && SPEECH_VERBS.has(word)) {
      const from = "from" in relative ? relative.from : 0;
      const reported = relativeClauseReport(doc, sentence, relative.index, verbAt, word, quoted, from);
      if (reported.length > 0) return reported;
      continue;
    }
    // why: "Farmers who have already said they …": a relative clause in the subject reports nothing of its own.
    if (RESTRICTIVE_RELATIVE.test(before)) continue;
    // why: "she is expected to argue that …", "he refused to admit that …": a verb of saying after a verb of
    // intent, ability or refusal reports for that verb's subject, when "that" opens its clause.
    const control = CONTROL_BEFORE.exec(before);
    if (control && SPEECH_VERBS.has(word)) {
      const speaker = subjectBefore(doc, sentence.start, sentence.start + control.index);
      const clause = reportedClause(text.slice(verbAt + word.length), word);
      if (!speaker || !clause) continue;
      const clauseStart = verbAt + word.length + clause.offset;
      doc.speakerBySentence.set(sentence.index, speaker);
      return coordinated(doc, sentence, clauseStart, speaker, quoted);
    }
    if (
      !/ing$/.test(word) &&
      /\b(to|who|which|that|not|could|would|was|were|been|being)\s+$/i.test(before) &&
      !/\b(has|have|had)\s+$/i.test(before)
    )
      continue;
    // why: "Though Clinton maintains a lead, …" and "what they said was …": a verb in a subordinate or a
    // nominal clause reports nothing of its own.
    if (SUBORDINATE_START.test(before) && !before.includes(",")) {
      const contrast = sourcesContrasted(doc, sentence, before, verbAt, word, quoted);
      if (contrast.length > 0) return contrast;
      continue;
    }
    if (/\bwhat\s+\S+\s+$/i.test(before)) continue;
    // why: "…, even though he had acknowledged they would …": a concession set inside the writer's clause is
    // background to it, like a sentence-initial one.
    if (MID_CONCESSION.test(before)) continue;
    // why: "… small hands - as Rubio has said - and he can …": an "as" aside comments on the writer's clause.
    if (AS_ASIDE.test(before)) continue;
    const afterVerb = text.slice(verbAt + word.length);
    const trailing = trailingAttribution(doc, sentence, before, afterVerb, match[0]);
    const inverted = trailing ?? invertedAttribution(doc, sentence, before, afterVerb, word);
    if (inverted) return mostlyQuoted(inverted, quoted) ? [] : [inverted];
    if (SUGGESTING_FORMS.has(word)) {
      const reported = suggestion(doc, sentence, verbAt, word, quoted);
      if (reported.length > 0) return reported;
      continue;
    }
    if (!SPEECH_VERBS.has(word)) {
      const object = reportedObject(doc, sentence, verbAt, word, quoted);
      if (object) return [object];
      // why: "a spokesperson confirmed that …" is not a quote, but it introduces the speaker that a later
      // "the spokesperson said" or "he says" refers to, and dates that speaker's words.
      // why: "X joked about Y, and told his audience they …": a later verb of saying in the same sentence
      // still reports, so the silent credit waits until the sentence has no report.
      if (silent) continue;
      const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
      if (!speaker) continue;
      doc.speakerBySentence.set(sentence.index, speaker);
      silent = { ...indirectQuote(sentence, "-", speaker, before), silent: true };
      continue;
    }
    const clause = reportedClause(afterVerb, word);
    if (!clause) {
      const object = reportedObject(doc, sentence, verbAt, word, quoted);
      if (object) return [object];
      continue;
    }
    if (/,\s*$/.test(before) && !/,[^,]*,\s*$/.test(before)) continue;
    const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
    if (!speaker) continue;
    const clauseStart = verbAt + word.length + clause.offset;
    // why: a quotation between the verb and the clause ("said \"without a doubt\" that …"), or opening the
    // clause ("said that there is \"almost a consensus\""), is the quote; the clause would repeat it.
    const absolute = sentence.start + clauseStart;
    // why: a title before the clause ("said on the ''Morning Show'' on Sunday that …") is a name, not a quote.
    if (
      quoted.some(
        ([open, close]) =>
          open >= sentence.start + verbAt &&
          open < absolute + firstWordsOffset(text.slice(clauseStart)) &&
          !(close < absolute && isTitle(doc.text.slice(open, close + 1))),
      )
    )
      continue;
    doc.speakerBySentence.set(sentence.index, speaker);
    const resumed = RELATIVE_OPENER.test(before) ? MAIN_PREDICATE_RESUMES.exec(text.slice(clauseStart)) : null;
    return coordinated(doc, sentence, clauseStart, speaker, quoted, resumed ? clauseStart + resumed.index : text.length);
  }
  return silent ? [silent] : [];
}

const MID_CONCESSION = /,\s*(?:even though|although|though|whereas)\s[^,;]*$/i;
const AS_ASIDE = /[-—–(]\s*as\s+[^,;:—–()-]{1,60}$/i;

// why: "…'s news conference, in which he … announced that X, was the latest …": a report inside a relative
// clause ends where the main clause's predicate resumes.
const RELATIVE_OPENER = /,\s*(?:in|at|during|after|with|through)\s+which\s/i;
const POINT_FORMS: ReadonlySet<string> = new Set(["point", "points", "pointed", "pointing"]);
const SUGGESTING_FORMS: ReadonlySet<string> = new Set(["suggest", "suggests", "suggested"]);

const PROGRESSIVE = /\b(?:is|are|was|were|been)\s+(?:(?:also|still|now|\p{Ll}+ly)\s+)?$/u;
/** ", who (also) said …": a relative clause whose subject is the noun phrase before the comma. */
const RELATIVE_SUBJECT = /,\s*who\s+(?:(?:also|later|then|has|have|had|previously|earlier|once|\p{Ll}+ly)\s+)*$/u;

/**
 * "four in 10 who said they …", "large retailers that warn it could …", "delegates who've already said …": a
 * relative clause without a comma whose head is a group or a role noun; that noun phrase speaks.
 * why: only people nouns, so "the plan that says …" or "a law that states …" stay out.
 */
function restrictiveRelative(before: string): { index: number; from: number } | null {
  // why: the test is cheap and rare; the regex below scans the whole prefix.
  if (!/\b(?:who|that)(?:['’]ve|['’]d)?\s+(?:\p{Ll}+\s+){0,3}$/u.test(before)) return null;
  const match = RESTRICTIVE_RELATIVE.exec(before);
  if (!match) return null;
  const head = (match[1] ?? "").toLowerCase();
  // why: "Farmers who said X were thanked": a relative inside the subject runs into the main predicate, so
  // only a noun phrase after a preposition ("opposed by retailers that warn …") is read.
  const object = OBJECT_OF_PREPOSITION.exec(before.slice(0, match.index));
  if (!object) return null;
  // why: a plural noun ("businesses", "delegates", "groups") names several speakers as often as a role noun does.
  const people = isRoleNoun(head) || /^\d+$/.test(head) || head === "people" || /^\p{Ll}{4,}s$/u.test(match[1] ?? "");
  // why: the noun phrase starts after its preposition; what precedes it ("others, including") is not its subject.
  return people ? { index: match.index + (match[1]?.length ?? 0), from: object.index + (object[1]?.length ?? 0) } : null;
}

const OBJECT_OF_PREPOSITION =
  /\b((?:by|with|of|from|among|for|including|like)\s+)(?:(?!(?:by|with|of|from|among|for|including|like)\s)[\p{L}\d’'-]+\s+){0,4}$/u;
const RESTRICTIVE_RELATIVE =
  /([\p{L}\d-]+)\s+(?:who|that)(?:['’]ve|['’]d)?\s+(?:(?:also|already|previously|earlier|once|have|has|had|publicly|privately|repeatedly)\s+)*$/u;

const CONTROL_BEFORE =
  /(?:['’](?:s|d|re|ll))?\s+(?:(?:is|are|was|were|be|been|has|have|had|would|will|could|also|not|still|now|\p{Ll}+ly)\s+)*(?:expected|likely|set|going|able|unable|willing|unwilling|ready|refused|refuses|declined|declines|tried|tries|wanted|wants|want|plans|planned|sought|seeks|continued|continues|began|begins|appeared|appears|seemed|seems|decided|decides|chose|chooses|agreed|agrees|threatened|threatens|needs|needed|used)\s+to\s+$/u;

/** A clause that is mostly a quotation already taken as a quote is not a second, indirect quote. */
function mostlyQuoted(quote: RawQuote, quoted: readonly [number, number][]): boolean {
  const length = quote.text.length;
  const inside = quoted.reduce((sum, [open, close]) => sum + Math.max(0, close - open), 0);
  return length > 0 && inside / length >= 0.5;
}

/** A quoted title: at most five words, each capitalised (bar short function words), marks included. */
function isTitle(quotation: string): boolean {
  const words = quotation
    .replace(/^(?:''|["“‘'])|(?:''|["”’'])$/g, "")
    .trim()
    .split(/\s+/);
  return words.length <= 5 && words.every((word) => /^[\p{Lu}\d]/u.test(word) || /^(?:of|the|and|a|an|in|on|for|to|at)$/.test(word));
}

const FIRST_FOUR_WORDS = /^\s*(\S+\s+){0,4}/;

/** Offset of the end of the first four words. */
function firstWordsOffset(text: string): number {
  return FIRST_FOUR_WORDS.exec(text)?.[0].length ?? 0;
}
