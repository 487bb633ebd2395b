// Who "he", "she" or "they" is: the speaker or person an earlier sentence credited or named.

import type { Doc, SpeakerRef } from "../doc.ts";
import { BODY_DESCRIPTION_HEADS, REPORT_HEADS } from "../lexicon/body-nouns.ts";
import { sentenceAt } from "../text/segment.ts";
import { fromMention, isOrganisationName, isPerson } from "./named-speaker.ts";
import { isRoleNoun } from "./role-nouns.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

/**
 * Heads of descriptions of bodies and documents, never the antecedent of "he" or "she".
 * why "website" too: it is a document that speaks for its owner, as a report does.
 */
const BODY_NOUNS: ReadonlySet<string> = new Set([...BODY_DESCRIPTION_HEADS, ...REPORT_HEADS, "website"]);
const LEADING_PLURAL =
  /^\s*(?:(?:The|Many|Some|Most|Several)\s+)?((?:\p{L}[\p{Ll}-]+\s+){0,2}\p{L}[\p{Ll}-]+s)\s+(?:(?:also|have|had|were|are|will|would|\p{Ll}+ly)\s+)?\p{Ll}{3,}(?:ed|ied)\b/u;
// why: "People briefed on the talks were adamant that …", "Aides close to the mayor have said …": a plural
// group with a short postmodifier, then its verb, opens the sentence "they" goes back to.
const LEADING_GROUP_POSTMODIFIED =
  /^\s*(?:(?:The|Many|Some|Most|Several)\s+)?((?:\p{L}[\p{Ll}-]+\s+){0,2}(?:\p{L}[\p{Ll}-]+s|People))(\s+(?:briefed|familiar|close|involved|working|speaking|who|with|from|at|in|on)\b[^,;.]{0,60}?)\s(?:were|are|have|had|say|said)\b/u;

/**
 * The most recent compatible antecedent before `offset`: walking back sentence by sentence (this
 * paragraph, then up to two before), the speaker credited in that sentence, else its first person named
 * outside quotes. "they" prefers a plural description.
 */
export function pronounAntecedent(doc: Doc, offset: number, pronoun: string): SpeakerRef | null {
  const here = sentenceAt(doc.sentences, offset)?.index ?? -1;
  const from = here === -1 ? doc.sentences.length - 1 : here;
  const paragraph = doc.sentences[from]?.paragraph ?? 0;
  // why: "she" skips a man the article has called "Mr" or "he"; people of unknown gender always fit.
  const wanted = pronoun === "he" ? "m" : pronoun === "she" ? "f" : null;
  for (let i = from; i >= 0; i--) {
    const sentence = doc.sentences[i];
    if (!sentence || sentence.paragraph < paragraph - 2) break;
    const credited = doc.speakerBySentence.get(i);
    const fits = (entityId: string | undefined) => !wanted || !entityId || (doc.genders.get(entityId) ?? wanted) === wanted;
    // why: "he" or "she" is a person: an organisation credited earlier ("the company said") is not its antecedent.
    const personal =
      credited?.name === null
        ? !BODY_NOUNS.has(
            ((credited.description ?? "").toLowerCase().split(/\s+(?:for|of|at|from|with|in|on)\s+/)[0] ?? "").split(/\s+/).at(-1) ?? "",
          )
        : credited?.name
          ? !isOrganisationName(doc, credited.name)
          : false;
    if (
      credited &&
      // why: "they" is a group or a body, never one person named before ("Ruiz said …. They say …").
      (pronoun !== "they" || credited.plural || (credited.name !== null && !personal)) &&
      (pronoun === "they" || (!credited.plural && personal)) &&
      fits(credited.entityId)
    )
      return credited;
    // why: "Dock workers walked out. They also said that …": a plural group opening an earlier sentence is who
    // "they" are when no one was credited in between.
    if (pronoun === "they" && i !== here && sentence) {
      const group = LEADING_PLURAL.exec(sentence.text) ?? LEADING_GROUP_POSTMODIFIED.exec(sentence.text);
      const head = group?.[1]?.split(/\s+/).at(-1) ?? "";
      // why: "Workers" opening a sentence is capitalised only by its place; a longer name that holds the word
      // ("the Communications Workers") does not make it a name.
      const isName = group?.[1] ? namedElsewhere(doc, group[1]) : false;
      if (group?.[1] && (isRoleNoun(head.toLowerCase()) || head === "People") && /s$|^People$/.test(head) && !isName)
        return { name: null, description: `${group[1]}${group[2] ?? ""}`, plural: true };
    }
    const people = (doc.mentionsBySentence[i] ?? []).filter(
      (m) => pronoun !== "they" && isPerson(doc, m) && !m.inQuote && (i !== here || m.end <= offset) && fits(doc.names.lookup(m.name)?.id),
    );
    const subject = people.find((m) => !m.possessive) ?? people[0];
    if (subject) return fromMention(doc, subject);
  }
  return null;
}

/**
 * Whether `words` opening a sentence are a name ("Summers", the surname of a person named earlier) rather than a
 * common noun capitalised by its place ("Workers", also part of "the Harbour Workers Union"): a name the article
 * gives as such, and never written in lowercase elsewhere in it.
 */
function namedElsewhere(doc: Doc, words: string): boolean {
  const named = doc.names.lookup(words);
  if (!named) return false;
  if (named.name === words) return true;
  return !` ${doc.text} `.includes(` ${words.toLowerCase()}`);
}
