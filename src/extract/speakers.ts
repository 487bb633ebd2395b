// Who speaks: the subject read from the words before or after a verb of saying, or the owner of a possessive.

import type { Doc, SpeakerRef } from "./doc.ts";
import { clauseInitialSubject } from "./speakers/clause-subject.ts";
import { describe } from "./speakers/described-speaker.ts";
import { fromMention, isPerson, mentionsIn } from "./speakers/named-speaker.ts";
import { nounPhraseEndingAt } from "./speakers/noun-phrase-speaker.ts";
import { pronounAntecedent } from "./speakers/pronoun-antecedent.ts";
import { isRoleNoun } from "./speakers/role-nouns.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const APPOSITION_START =
  /^\s*(the|a|an|who|which|whose|whom|one|also|now|then|formerly|himself|herself|asking|speaking|according|aged|\d+|\p{Ll})/u;
const PARTY_AND_STATE = /^\s*\p{Lu}\.?-\p{Lu}[\p{L}.]*\s*$/u;
const CITY_END = /\s(?:from|of|in)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s*$/u;
const PLACE_TAIL = /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*$/u;
const PARTY_APPOSITION = /^\s*(?:a\s+)?(?:Republican|Democrat|Democratic|Independent|Libertarian|Conservative|Labour|Liberal)\b/;

/** An adverbial set off after the subject ("Clinton, during a town hall in Columbus, Ohio, said"). */
const ADVERBIAL_AFTER_SUBJECT =
  /^\s*(?:during|in|at|on|after|before|while|when|speaking|asked|like|unlike|for (?:his|her|their|its) part|meanwhile|however|too|though|in turn|by contrast)\b/i;
const POSSESSIVE_APPOSITION = /^\s*\p{Lu}[\p{L}\p{M}.-]*(\s\p{Lu}[\p{L}\p{M}.-]*)*['’]s?\s+\p{Ll}/u;
const DESCRIPTION_BEFORE_NAME = /^(?:the|a|an|one|another)\s+[\p{Ll}\s-]+$/u;
const PRONOUNS = /^(he|she|they|we|i|it)$/i;

/** "(D-N.Y.)", "(R-Texas)", "(pictured)": a bracketed note after a name, before the verb or an apposition. */
const TRAILING_PARENTHETICAL = /\s*\([^()]{1,40}\)\s*,?\s*$/;
const TIME_TAIL =
  /\s+(?:(?:on|late|early|last|this)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|week|month|year)(?:\s+(?:night|morning|afternoon|evening))?\s*$/;

/** "X and Y have both urged": a quantifier after the subject, not "And both vowed", where it is the subject. */
const FLOATING_QUANTIFIER = /(?<![,;]|\b(?:and|but|so|yet|And|But|So|Yet))\s+(?:both|all|each)\s*$/u;
const AUX_TAIL =
  /\s+(has|have|had|also|later|then|again|repeatedly|previously|would|will|did|does|not|never|is|was|were|are|been|be|reportedly|publicly|privately|earlier|recently|once|further|still|always|often|even|has long|had long|\w+ly)\s*$/i;

/**
 * Reads the subject of a reporting verb from the words before it (`start..end` in the cleaned text):
 * a pronoun, a name (with titles and an apposition as its role), or a description ("a White House
 * spokesperson", "officials"). Appositions between commas are skipped: "Demir, the minister's adviser, said".
 */
export function subjectBefore(doc: Doc, start: number, end: number): SpeakerRef | null {
  let phrase = doc.text.slice(start, end);
  // why: "GOP rival Ted Cruz on Wednesday announced": a time between subject and verb is no part of the subject.
  for (let guard = 0; guard < 3 && (AUX_TAIL.test(phrase) || TIME_TAIL.test(phrase) || FLOATING_QUANTIFIER.test(phrase)); guard++)
    phrase = phrase.replace(AUX_TAIL, "").replace(TIME_TAIL, "").replace(FLOATING_QUANTIFIER, "");
  phrase = phrase.replace(TRAILING_PARENTHETICAL, "");
  let segEnd = start + phrase.length;
  let role: string | undefined;
  // "Clinton, during a town hall meeting in Columbus, Ohio, said": an adverbial after the subject, to the verb.
  const firstComma = phrase.indexOf(",");
  if (
    /,\s*$/.test(phrase) &&
    firstComma > 0 &&
    !ADVERBIAL_AFTER_SUBJECT.test(phrase) &&
    ADVERBIAL_AFTER_SUBJECT.test(phrase.slice(firstComma + 1))
  ) {
    phrase = phrase.slice(0, firstComma);
    segEnd = start + firstComma;
  }
  // Peel ", apposition," segments off the end: "Lind, a lobbyist who works with Green Fields, a farm group, said".
  if (/,\s*$/.test(phrase)) {
    for (let guard = 0; guard < 4; guard++) {
      const trimmed = doc.text.slice(start, segEnd).replace(/[\s,]+$/, "");
      const comma = trimmed.lastIndexOf(",");
      const segment = trimmed.slice(comma + 1);
      // "Rachel Berg, a philanthropist from Monsey, New York, said": a state after a city closes the apposition.
      const previous = comma === -1 ? -1 : trimmed.lastIndexOf(",", comma - 1);
      const city = trimmed.slice(previous + 1, comma);
      if (comma !== -1 && previous !== -1 && PLACE_TAIL.test(segment) && CITY_END.test(city) && isApposition(city)) {
        role = cleanRole(trimmed.slice(previous + 1)) ?? role;
        segEnd = start + previous;
        continue;
      }
      if (comma === -1 || !isApposition(segment)) {
        segEnd = start + trimmed.replace(TRAILING_PARENTHETICAL, "").length;
        break;
      }
      // why: the apposition nearest the name is its holder's role; later ones describe what came before.
      role = cleanRole(segment) ?? role;
      segEnd = start + comma;
      if (guard === 3) segEnd = start + doc.text.slice(start, segEnd).replace(TRAILING_PARENTHETICAL, "").length;
    }
  }
  const clause = doc.text.slice(start, segEnd);
  if (/(^|[\s,])and\s*$|(^|\s)but\s*$/i.test(clause)) return clauseInitialSubject(doc, start, segEnd);
  const words = clause.trim().split(/\s+/);
  // why: "(She says …)": an aside in brackets still has its pronoun subject.
  const lastWord = (words[words.length - 1] ?? "").replace(/^[([]/, "");
  if (PRONOUNS.test(lastWord)) return pronounAntecedent(doc, start + clause.lastIndexOf(lastWord), lastWord.toLowerCase());
  return nounPhraseEndingAt(doc, start, segEnd, role);
}

/**
 * The owner named by a possessive ending at `end` ("Fenn's", "the mayor's" is not a name and yields null) or a
 * possessive pronoun ("his", "her", "their") resolved like its subject pronoun.
 */
export function possessorBefore(doc: Doc, start: number, end: number): SpeakerRef | null {
  const word = doc.text.slice(start, end);
  const pronoun = POSSESSIVE_PRONOUN.exec(word);
  if (pronoun) return pronounAntecedent(doc, start, POSSESSIVE_TO_SUBJECT[(pronoun[1] ?? "").toLowerCase()] ?? "they");
  // why: "Mr. Fenn's": the mention starts at its title, before the possessive word itself.
  const owner = mentionsIn(doc, Math.max(0, start - 40), end).find(
    (m) => m.possessive && m.end > start && POSSESSIVE_END.test(doc.text.slice(m.end, end)),
  );
  return owner && owner.type !== "event" && owner.type !== "place" ? fromMention(doc, owner) : null;
}

const POSSESSIVE_PRONOUN = /^(his|her|their)$/i;
const POSSESSIVE_TO_SUBJECT: Record<string, string> = { his: "he", her: "she", their: "they" };
const POSSESSIVE_END = /^['’]s?$/;

/** The speaker named right after a verb ("says Okafor, a local baker"), `start..end` in the cleaned text. */
export function subjectAfter(doc: Doc, start: number, end: number): SpeakerRef | null {
  const phrase = doc.text.slice(start, end);
  const head =
    /^\s*([^,;.]*?)(?=\s*(?:[,;.]|$|\s+(?:according|on|in|at|during|after|before|who|adding|when|while|as|last|this|earlier|late)\b))/.exec(
      phrase,
    );
  if (!head?.[1]) return null;
  const headEnd = start + (head.index ?? 0) + head[0].length;
  const rest = doc.text.slice(headEnd, end);
  const appos = /^\s*,\s*([^,;]+)/.exec(rest);
  const role = appos?.[1] && isApposition(appos[1]) ? cleanRole(appos[1]) : undefined;
  const words = head[1].trim();
  if (PRONOUNS.test(words)) return pronounAntecedent(doc, start, words.toLowerCase());
  // A name right after the verb wins, even when it runs on ("said Tom Reilly of the Rights Alliance").
  const lead = start + (/^\s*(the\s+)?/i.exec(phrase)?.[0].length ?? 0);
  const named = mentionsIn(doc, lead, end).find((m) => m.start <= lead + 1 && m.type !== "event");
  // why: "said GOP strategist Keith Nahigian", "said Democratic pollster Jo Lee": a description before the
  // name, led by an organisation or an adjective; the person named at the end of the head is the speaker.
  const described = personAfterDescription(doc, lead, headEnd);
  if (described) return described;
  if (named && !named.possessive) return fromMention(doc, named, role);
  // "said one resident, Maria Gomez, 54": a name set off after a description is the speaker.
  const afterComma = appos ? mentionsIn(doc, headEnd, end).find((m) => m.type === "person" && m.start <= headEnd + 3) : undefined;
  // why: any lowercase description works there ("said one driver, Kevin O'Rourke"), not only lexicon roles.
  if (afterComma && (describe(words) || DESCRIPTION_BEFORE_NAME.test(words)))
    return fromMention(doc, afterComma, words.replace(/^(the|a|an|one)\s+/i, ""));
  const cut = /\s(?:of|at|from|with|for)\s/.exec(words);
  return nounPhraseEndingAt(
    doc,
    start,
    cut ? start + (head.index ?? 0) + phrase.slice(head.index ?? 0).indexOf(words) + cut.index : headEnd,
    role,
  );
}

/** "GOP strategist Keith Nahigian": a lowercase role noun, then a person's name ending the phrase `start..end`. */
function personAfterDescription(doc: Doc, start: number, end: number): SpeakerRef | null {
  const mentions = mentionsIn(doc, start, end);
  const last = mentions[mentions.length - 1];
  if (!last || mentions.length < 2 || last.possessive || !isPerson(doc, last) || doc.text.slice(last.end, end).trim() !== "") return null;
  const description = doc.text.slice(start, last.start).trim();
  const words = description.split(/\s+/);
  const head = words[words.length - 1] ?? "";
  if (words.length > 5 || !isRoleNoun(head) || head !== head.toLowerCase()) return null;
  return fromMention(doc, last, description);
}

function isApposition(segment: string): boolean {
  // "R-Maine", "D-Calif.": a party and state after a legislator's name; "Republican of South Carolina".
  if (PARTY_AND_STATE.test(segment) || PARTY_APPOSITION.test(segment)) return true;
  return APPOSITION_START.test(segment) || POSSESSIVE_APPOSITION.test(segment);
}

function cleanRole(segment: string): string | undefined {
  const text = segment
    .trim()
    .replace(/^(who is|who was|the|a|an)\s+/i, "")
    .replace(/[.,;:]+$/, "");
  return text.length > 1 && text.length < 160 && !/^(who|which|asking|speaking)\b/i.test(text) ? text : undefined;
}
