// The subject that opens a clause ("The minister praised … and said"), past a dateline or a leading adjunct.

import type { Doc, SpeakerRef } from "../doc.ts";
import { DATELINE } from "../quotes/clause-shape.ts";
import { sentenceAt } from "../text/segment.ts";
import { describedSpeaker, describeTail, SINGLE_CAPITALISED_WORD } from "./described-speaker.ts";
import { DATE_WORD, fromMention, isPerson, mentionsIn } from "./named-speaker.ts";
import { pronounAntecedent } from "./pronoun-antecedent.ts";
import { isRoleNoun } from "./role-nouns.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

/** Lowercase words ending in a role noun right after a name, then a verb: "… chief foreign policy aide defended". */
const ROLE_AFTER_NAME = /^(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,4}?([\p{Ll}-]+))\s+(?=\p{Ll}+(?:ed|s)\b)/u;
const LOWERCASE_IN = /(?:^|\s)\p{Ll}/u;
const SUBJECT_START = /^\s*(?:\p{Lu}|(?:the|a|an|he|she|they|its|his|her|their)\s)/u;

/** A prepositional or subordinate phrase opening a clause, up to its comma: "In a statement released Thursday, ". */
const LEADING_ADJUNCT =
  /^\s*(?:In|At|On|During|After|Before|Following|Since|Earlier|Later|Last|This|Speaking|Asked|When|While|As|Throughout|Over|Under|Without|With|Despite|From|Until|For)\b[^,;:"“”]{0,100},\s*/;

/** "X praised … and said": the subject is the first name or description of the clause. */
export function clauseInitialSubject(doc: Doc, clauseStart: number, end: number): SpeakerRef | null {
  // why: a leading adjunct ("In a statement released Thursday, the minister …", "The day after the ceasefire
  // began, the minister praised … and said") or a wire dateline ("WASHINGTON —") comes before the subject.
  let start = clauseStart;
  const body = doc.text.slice(clauseStart, end);
  const dateline = start === doc.paragraphs[sentenceAt(doc.sentences, start)?.paragraph ?? -1]?.start ? DATELINE.exec(body) : null;
  if (dateline) start += dateline[0].length;
  const adjunct = LEADING_ADJUNCT.exec(doc.text.slice(start, end));
  if (adjunct) start += adjunct[0].length;
  else {
    const trimmed = body.replace(/(^|[\s,])(and|but)\s*$/i, "");
    const comma = trimmed.lastIndexOf(",");
    // "The day after the ceasefire began, the minister praised … and said": a clause with no name before the comma.
    // why: but not "Smith, the minister, praised X and said": there the words after the comma are the predicate.
    if (comma >= 0 && SUBJECT_START.test(trimmed.slice(comma + 1))) start = clauseStart + comma + 1;
  }
  // why: "The mayor's state director, Ada Fenn, reached out …": a name set off after a description ending in
  // a role noun is the subject itself; the names inside the description only qualify the role.
  const appositive = DESCRIPTION_THEN_NAME.exec(doc.text.slice(start, end));
  if (appositive?.[1] && isRoleNoun(appositive[2] ?? "")) {
    const nameStart = start + appositive[1].length;
    const named = mentionsIn(doc, nameStart, nameStart + (appositive[3]?.length ?? 0) + 1).find(
      (m) => m.start === nameStart && !m.possessive && isPerson(doc, m),
    );
    if (named) return fromMention(doc, named, appositive[1].replace(/,\s*$/, "").trim());
  }
  // why: "Hallen's chief foreign policy aide defended …": names that only qualify the role noun heading the
  // subject; the speaker is that aide, not a person named.
  for (const opening of mentionsIn(doc, start, end).slice(0, 3)) {
    if (LOWERCASE_IN.test(doc.text.slice(start, opening.start).replace(/\bthe\b/gi, ""))) break;
    const qualified = ROLE_AFTER_NAME.exec(doc.text.slice(opening.end, end));
    if (!qualified?.[1] || !isRoleNoun(qualified[2] ?? "")) continue;
    const words = qualified[1].trim().split(/\s+/);
    return describedSpeaker(doc, opening.end, { words: [`${opening.name}${opening.possessive ? "'s" : ""}`, ...words], definite: false });
  }
  const mentions = mentionsIn(doc, start, end).filter((m) => !m.possessive && m.type !== "event" && !DATE_WORD.test(m.name));
  const first = mentions[0];
  const clause = doc.text.slice(start, end);
  // why: "Some candidates have called for the United States to …, saying …": a description opening the clause is
  // its subject, not the first name after it.
  const group = LEADING_GROUP.exec(clause);
  if (group?.[1] && (!first || start + group[1].length <= first.start)) {
    const head = describeTail(group[1].replace(SINGLE_CAPITALISED_WORD, (word) => word.toLowerCase()));
    if (head) return { name: null, description: head.words.join(" "), plural: true };
  }
  const pronoun = CLAUSE_PRONOUN.exec(clause);
  if (pronoun && (!first || start + (pronoun.index ?? 0) < first.start))
    // why: the pronoun's own place, so a person named earlier in the sentence ("Comey's news conference, in
    // which he …") is its antecedent.
    return pronounAntecedent(
      doc,
      start + (pronoun.index ?? 0) + pronoun[0].length - (pronoun[1] ?? "").length,
      (pronoun[1] ?? "").toLowerCase(),
    );
  // why: "The ferry union released a statement saying …", "The candidate has ignored advice, … after telling his
  // aides …": a description opening the clause, before any name, is its subject.
  const opening = OPENING_DESCRIPTION.exec(clause);
  if (opening?.[1] && (!first || start + opening[1].length <= first.start)) {
    const head = describeTail(opening[1].replace(/^(?:The|A|An)\b/, (word) => word.toLowerCase()));
    if (head) return describedSpeaker(doc, start, head);
  }
  return first ? fromMention(doc, first) : null;
}

const DESCRIPTION_THEN_NAME = /^(\s*[^,;:"“”]{0,60}?\s([\p{Ll}-]+),\s*)(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){1,3}),/u;
const OPENING_DESCRIPTION =
  /^\s*((?:The|A|An|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:(?:has|have|had|also|then|\p{Ll}+ly)\s+)*\p{Ll}{3,}(?:ed|s)\b/u;
const LEADING_GROUP =
  /^\s*((?:(?:Some|Many|Most|Several|Other|Few|All|some|many|most|several|other|few|all)\s+)(?:\p{Ll}+\s+){0,2}(?:\p{Ll}+s|Republicans|Democrats|Independents|Conservatives|Liberals))\s+(?:have|has|had|are|were|will|would|also|\p{Ll}+ed)\b/u;

/** "he …", "Smith's aide, he …", "Fenn's news conference, in which she …": the pronoun that is the clause's subject. */
const CLAUSE_PRONOUN = /^\s*(?:[^,]*,\s*(?:(?:in|at|during|after|with|through)\s+which\s+)?)?(he|she|they)\b/i;
