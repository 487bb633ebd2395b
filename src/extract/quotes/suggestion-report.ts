// "X suggested that …": a report only when a person suggests, not evidence.

import type { Doc } from "../doc.ts";
import { isRoleNoun } from "../speakers/role-nouns.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import { indirectQuote, looksLikeClause } from "./clause-shape.ts";
import { beforeParticiple } from "./participle.ts";
import type { RawQuote } from "./raw-quote.ts";
import { trimClause } from "./trim-clause.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

/**
 * "X suggested (that) CLAUSE" reports only when a person or a pronoun suggests: "polls suggest" and "the data
 * suggest" weigh evidence and credit no one. (Denials stay out: their clause is what the speaker calls false.)
 */
export function suggestion(doc: Doc, sentence: Sentence, verbAt: number, word: string, quoted: readonly [number, number][]): RawQuote[] {
  const text = sentence.text;
  const afterVerb = text.slice(verbAt + word.length);
  const that = /^\s+that\s+/.exec(afterVerb);
  if (!that && !looksLikeClause(afterVerb)) return [];
  const before = text.slice(0, verbAt);
  // why: "Fenn, in her campaign, suggested …": an aside between two commas is no trailing attribution.
  if ((/,\s*$/.test(before) && !/,[^,]*,\s*$/.test(before)) || /\b(to|who|which|that|not|could|would)\s+$/i.test(before)) return [];
  // why: "His appointment of X to the committee suggests that …": an act, not a person, suggests.
  if (POSSESSED_SUBJECT.test(before)) return [];
  const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
  if (!speaker) return [];
  // why: a sentence-initial "Projections suggest" can read as a one-word name; evidence is no speaker either way.
  if (EVIDENCE_NOUNS.has((speaker.name ?? "").toLowerCase())) return [];
  if (speaker.name === null && !(speaker.description && isPersonDescription(speaker.description))) return [];
  const clauseStart = verbAt + word.length + (that?.[0].length ?? afterVerb.length - afterVerb.trimStart().length);
  if (quoted.some(([open]) => open >= sentence.start + verbAt && open < sentence.start + clauseStart + 40)) return [];
  const body = trimClause(beforeParticiple(text.slice(clauseStart)));
  if (body.split(/\s+/).length < 4) return [];
  doc.speakerBySentence.set(sentence.index, speaker);
  return [indirectQuote(sentence, body, speaker, before)];
}

const POSSESSED_SUBJECT = /^\s*(?:(?:But|And|Yet|So)\s+)?(?:his|her|their|its|\p{Lu}[\p{L}.'’-]*['’]s?)\s+\p{Ll}+/iu;

/** A description of people ("advisers to a rival campaign", "the governor"), not of evidence ("projections"). */
function isPersonDescription(description: string): boolean {
  const head =
    description
      .split(/\s+(?:of|to|for|from|at|in|with|close|familiar)\s+/)[0]
      ?.trim()
      .split(/\s+/)
      .at(-1) ?? "";
  return isRoleNoun(head) && !EVIDENCE_NOUNS.has(head.toLowerCase());
}

const EVIDENCE_NOUNS: ReadonlySet<string> = new Set(
  "poll polls survey surveys study studies report reports data projections projection figures numbers estimates analysis records evidence results research".split(
    " ",
  ),
);
