import type { Doc } from "../doc.ts";
import { REPORTING_VERBS, SPEECH_VERBS, TELLING_VERBS } from "../lexicon/reporting-verbs.ts";
import { subjectBefore } from "../speakers.ts";
import type { Sentence } from "../text/segment.ts";
import type { RawQuote } from "./direct.ts";

const WORD = /[\p{L}’'-]+/gu;
/** Verbs that report a clause without "that" in news copy ("He says the talks failed"). */
const BARE_CLAUSE_VERBS = new Set([
  "say",
  "says",
  "said",
  "tell",
  "tells",
  "told",
  "add",
  "adds",
  "added",
  "note",
  "notes",
  "noted",
  "believe",
  "believes",
  "believed",
  "think",
  "thinks",
  "thought",
  "argue",
  "argues",
  "argued",
  "insist",
  "insists",
  "insisted",
  "warn",
  "warns",
  "warned",
  "claim",
  "claims",
  "claimed",
]);
const NOT_CLAUSE_START =
  /^(to|in|about|of|for|on|at|with|by|from|as|so|so far|nothing|anything|something|more|little|much|yes|no|goodbye|hello|otherwise|it all|this week|sorry|thanks)\b|^[,.;:!?"“”]/i;
const DATE_TAIL =
  /^(\s+(on|late|early|last|this)?\s*(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|night|week|month|year)(\s+(night|morning|afternoon|evening))?)?/;
const SUBORDINATE_START = /^\s*(as|while|although|though|if|when|because|since|whether|even|unless|whereas|once|after|before)\b/i;
const TO_OBJECT =
  /^\s+(?:the\s+)?(?:reporters|journalists|the press|\p{Lu}[\p{L}\p{M}.&'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.&'’-]*){0,4}|an? [\p{Ll} ]{1,30}|his [\p{Ll} ]{1,20}|her [\p{Ll} ]{1,20})/u;

/**
 * Reported speech without quotation marks in one sentence: `X said (that) CLAUSE`, `X told Reuters on
 * Wednesday that CLAUSE`, and `CLAUSE, X said.` / `CLAUSE, he notes.` The reported clause is the quote text.
 */
export function indirectIn(doc: Doc, sentence: Sentence): RawQuote | null {
  const text = sentence.text;
  WORD.lastIndex = 0;
  for (const match of text.matchAll(WORD)) {
    const word = match[0];
    if (!REPORTING_VERBS.has(word) || /ing$/.test(word)) continue;
    const verbAt = match.index;
    const before = text.slice(0, verbAt);
    if (/\b(to|who|which|that|not|could|would|was|were|been|being)\s+$/i.test(before) && !/\b(has|have|had)\s+$/i.test(before)) continue;
    const afterVerb = text.slice(verbAt + match[0].length);
    const trailing = trailingAttribution(doc, sentence, before, verbAt, afterVerb);
    if (trailing) return trailing;
    if (!SPEECH_VERBS.has(word)) {
      // why: "a spokesperson confirmed that …" is not a quote, but it introduces the speaker that a later
      // "the spokesperson said" or "he says" refers to, and dates that speaker's words.
      const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
      if (!speaker) continue;
      doc.speakerBySentence.set(sentence.index, speaker);
      return { ...quote(sentence, "-", speaker, before), silent: true };
    }
    const clause = reportedClause(afterVerb, word);
    if (!clause) continue;
    if (/,\s*$/.test(before) && !/,[^,]*,\s*$/.test(before)) continue;
    const speaker = subjectBefore(doc, sentence.start, sentence.start + verbAt);
    if (!speaker) continue;
    const clauseStart = verbAt + match[0].length + clause.offset;
    const body = trimClause(text.slice(clauseStart));
    if (body.split(/\s+/).length < 3) continue;
    doc.speakerBySentence.set(sentence.index, speaker);
    return quote(sentence, body, speaker, text.slice(0, clauseStart));
  }
  return null;
}

/** `CLAUSE, SUBJECT VERB[ date].` → the clause before the comma. */
function trailingAttribution(doc: Doc, sentence: Sentence, before: string, verbAt: number, afterVerb: string): RawQuote | null {
  const comma = before.lastIndexOf(",");
  if (comma < 0) return null;
  const subjectWords = before
    .slice(comma + 1)
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  if (subjectWords.length === 0 || subjectWords.length > 7) return null;
  const rest = afterVerb.replace(DATE_TAIL, "");
  if (!/^\s*([.;!?]|,|$)/.test(rest)) return null;
  const clauseText = sentence.text.slice(0, comma);
  if (SUBORDINATE_START.test(clauseText) || clauseText.split(/\s+/).length < 4) return null;
  const speaker = subjectBefore(doc, sentence.start + comma + 1, sentence.start + verbAt);
  if (!speaker) return null;
  doc.speakerBySentence.set(sentence.index, speaker);
  const body = clauseText.replace(/^\s*(but|and|so|yet)\s+/i, "").trim();
  return quote(sentence, body, speaker, sentence.text.slice(comma));
}

function reportedClause(afterVerb: string, verb: string): { offset: number } | null {
  let offset = 0;
  let rest = afterVerb;
  if (TELLING_VERBS.has(verb)) {
    const object = TO_OBJECT.exec(rest);
    if (!object) return null;
    offset += object[0].length;
    rest = afterVerb.slice(offset);
  }
  const date =
    /^(\s*,)?\s+(on\s+|late\s+|early\s+|last\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\p{Lu}\p{Ll}+ \d{1,2})(\s+(night|morning|afternoon|evening))?(\s*,)?|^\s+(by telephone|in a statement|in an interview|in a speech|on Twitter|on television|in a post)(\s*,)?/u.exec(
      rest,
    );
  if (date) {
    offset += date[0].length;
    rest = afterVerb.slice(offset);
  }
  const that = /^\s+that\s+/.exec(rest);
  if (that) return { offset: offset + that[0].length };
  if (!BARE_CLAUSE_VERBS.has(verb)) return null;
  const lead = /^\s+/.exec(rest);
  if (!lead || NOT_CLAUSE_START.test(rest.slice(lead[0].length))) return null;
  const next = rest.slice(lead[0].length);
  // why: without "that", demand a clause: some subject word followed later by a finite-looking verb.
  if (
    !/^[\p{L}’'-]+(\s+[\p{L}’'.-]+){0,6}\s+(is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|\p{Ll}+ed|\p{Ll}+s)\b/u.test(
      next,
    )
  )
    return null;
  return { offset: offset + lead[0].length };
}

function trimClause(clause: string): string {
  return clause
    .replace(/,\s*(according to|he|she|they|officials?|the [\p{Ll} ]+)\s+[^,]*$/u, "")
    .replace(/[\s.;:!?…]+$/, "")
    .trim();
}

function quote(sentence: Sentence, body: string, speaker: RawQuote["speaker"], attribution: string): RawQuote {
  return { text: body, kind: "indirect", speaker, attribution, start: sentence.start, end: sentence.end, paragraph: sentence.paragraph };
}
