// The speaker a noun phrase ending before a verb names or describes: a person, a joint pair, a role holder at a body, a group or a share of people.

import type { Doc, SpeakerRef } from "../doc.ts";
import { ROLE_NOUNS } from "../lexicon/titles.ts";
import type { Mention } from "../names/scan.ts";
import { describe, describedSpeaker, describeTail, SINGLE_CAPITALISED_WORD } from "./described-speaker.ts";
import { DATE_WORD, fromMention, isFalseName, isPerson, mentionsIn } from "./named-speaker.ts";
import { isRoleNoun } from "./role-nouns.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.

const SHARE_SUBJECT =
  /(?:^|[,;]\s*|\b(?:but|and|while|whereas)\s+)((?:almost|about|nearly|roughly|more than|fewer than|only|just)?\s*(?:half|a majority|a third|a quarter|most|others|two others|another|one|\w+ in (?:10|ten|\d+)|\d+ percent|\d+%|\w+-(?:thirds|quarters|fifths)|one-(?:third|quarter|fifth)|both|those (?:surveyed|polled|asked|questioned|interviewed))(?: of (?:them|those \w+|respondents|voters))?(?:\s+(?:of\s+)?(?:(?:all|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:\p{Ll}{3,}s|Republicans|Democrats|Independents)(?:\s+who\s+[^,;]{1,60})?)?)\s*$/iu;

export function nounPhraseEndingAt(doc: Doc, start: number, end: number, role?: string): SpeakerRef | null {
  const text = doc.text.slice(start, end);
  const trimmedEnd = start + text.replace(/[\s,:]+$/, "").length;
  const mentions = mentionsIn(doc, start, trimmedEnd).filter((m) => !m.possessive && !isFalseName(doc, m) && !DATE_WORD.test(m.name));
  const last = mentions[mentions.length - 1];
  // why: "Officials who spoke with the Courier said", "Farmers trying to sell the crop say": a group noun
  // with a relative clause or a participle after it speaks, not the name that ends the postmodifier.
  const postmodified = groupBeforePostmodifier(doc, start, trimmedEnd);
  if (postmodified) return postmodified;
  if (last && /^[\s]*$/.test(doc.text.slice(last.end, trimmedEnd)) && last.type !== "event") {
    const owner = OWNER_PREPOSITION.exec(doc.text.slice(start, last.start));
    const before = mentions[mentions.length - 2];
    // why: "Sen. Dale Whitcomb of Wyoming said", "Tom Reilly of the Rights Alliance said": the person speaks.
    if (owner && before && isPerson(doc, before) && doc.text.slice(before.end, start + owner.index).trim() === "")
      return fromMention(doc, before, role);
    const holder = roleHolderOf(doc.text.slice(start, last.start));
    const joint = holder ? null : jointSpeaker(doc, start, before, last);
    if (joint) return joint;
    if (!holder) return fromMention(doc, last, role);
    // why: "a spokesman for the Environment Board said": the speaker is the spokesman, not the board.
    return describedSpeaker(doc, start, holder, doc.text.slice(start + holder.end, trimmedEnd));
  }
  // why: "Local unions that have endorsed the mayor say": the head before a relative clause speaks, not the
  // object that ends the clause (the mayor).
  const relative = RELATIVE_POSTMODIFIER.exec(doc.text.slice(start, trimmedEnd));
  if (relative) {
    const head = describeTail(doc.text.slice(start, start + relative.index));
    const last = head?.words[head.words.length - 1] ?? "";
    if (head && (LOWERCASE_WORD.test(last) || ROLE_NOUNS.has(last.toLowerCase()))) return describedSpeaker(doc, start, head, relative[0]);
  }
  // why: "about two-thirds of ferry users said": the share speaks, not all the users.
  const fraction = SHARE_SUBJECT.exec(doc.text.slice(start, trimmedEnd));
  if (fraction?.[1] && /\s(?:in|of)\s/.test(fraction[1])) return { name: null, description: fraction[1].trim(), plural: true };
  const description = describe(doc.text.slice(start, trimmedEnd));
  if (description) return describedSpeaker(doc, start, description);
  // why: "Sources close to the talks say", "people familiar with her thinking say": the head comes before a
  // postmodifier that stays in the description.
  const postmodifier = PEOPLE_POSTMODIFIER.exec(doc.text.slice(start, trimmedEnd));
  if (postmodifier) {
    const head = describeTail(doc.text.slice(start, start + postmodifier.index));
    const last = head?.words[head.words.length - 1] ?? "";
    // why: a sentence-initial "Sources close to …" is capitalised, yet a role noun, not a name.
    if (head && (LOWERCASE_WORD.test(last) || ROLE_NOUNS.has(last.toLowerCase())))
      return describedSpeaker(doc, start, head, postmodifier[0]);
  }
  // "Almost half said …", "six in 10 said …", "Many conservatives have said …": a share of those asked.
  const share = SHARE_SUBJECT.exec(doc.text.slice(start, trimmedEnd));
  return share?.[1] ? { name: null, description: share[1].trim(), plural: true } : null;
}

/** A people noun (lowercase, or a party's plural) heading `start..end`, followed by "who …"/"that …"/"-ing …". */
function groupBeforePostmodifier(doc: Doc, start: number, end: number): SpeakerRef | null {
  const phrase = doc.text.slice(start, end);
  const postmodifier = GROUP_POSTMODIFIER.exec(phrase);
  if (!postmodifier) return null;
  // why: a sentence-initial "Farmers" is capitalised only by its place.
  const lead = phrase.slice(0, postmodifier.index).replace(SINGLE_CAPITALISED_WORD, (word) => word.toLowerCase());
  const head = describeTail(lead);
  const last = head?.words[head.words.length - 1] ?? "";
  if (!head || !(LOWERCASE_WORD.test(last) || PARTY_PLURALS.has(last.toLowerCase())) || !/s$/.test(last)) return null;
  const original = phrase.slice(0, postmodifier.index).trim();
  // why: the description keeps the article's own spelling ("Officials who …").
  const words = head.words.length === 1 && original.toLowerCase() === head.words[0] ? [original] : head.words;
  return describedSpeaker(doc, start, { ...head, words }, postmodifier[0]);
}

const GROUP_POSTMODIFIER = /\s+(?:who|that)\s+(?!(?:is|was)\b)[^,;]{1,80}$|\s+(?!(?:according|including)\b)\p{Ll}{3,}ing\s[^,;]{1,80}$/u;

/** Party plurals, capitalised in news copy, that speak as groups ("Republicans who …"). */
const PARTY_PLURALS: ReadonlySet<string> = new Set("democrats republicans independents libertarians conservatives liberals".split(" "));

/**
 * "The union and the employers' federation said", "Clinton and Sanders said": a statement made jointly is
 * credited to both, as one speaker named "A and B" (no single entity: neither said it alone).
 */
function jointSpeaker(doc: Doc, start: number, first: Mention | undefined, second: Mention): SpeakerRef | null {
  if (!first || first.type === "event" || first.type === "place" || second.type === "place") return null;
  if (!JOINED_BY_AND.test(doc.text.slice(first.end, second.start))) return null;
  if (!JOINT_LEAD.test(doc.text.slice(start, first.start))) return null;
  const a = doc.names.lookup(first.name)?.name ?? first.name;
  const b = doc.names.lookup(second.name)?.name ?? second.name;
  return { name: `${a} and ${b}`, plural: true };
}

const PEOPLE_POSTMODIFIER = /\s+(?:close to|familiar with|briefed on|privy to|with (?:direct )?knowledge of)\s[^,;]{1,60}$/;
const RELATIVE_POSTMODIFIER = /\s+(?:that|who)\s+(?:have|has|had|are|were)\s[^,;]{1,60}$/;
const JOINED_BY_AND = /^\s*,?\s+and\s+(?:the\s+)?$/;

/** Only a determiner or a leading adjunct before the first of two joined names: they are the whole subject. */
const JOINT_LEAD = /^(?:[^,]*,\s*)?(?:the\s+)?$/i;
const OWNER_PREPOSITION = /\s(?:for|of|at|from|with|in)\s+(?:the\s+)?$/;
const LOWERCASE_WORD = /^\p{Ll}/u;

/** "a spokesman for the " before a name: the lowercase role noun that holds a post at the named body. */
function roleHolderOf(before: string): { words: string[]; definite: boolean; end: number } | null {
  const owner = OWNER_PREPOSITION.exec(before);
  if (!owner) return null;
  // why: "Executives for Norcross say …": a role noun opening the sentence is capitalised only by its place.
  const words = before.slice(0, owner.index);
  const single = SINGLE_CAPITALISED_WORD.exec(words);
  const holder = describeTail(single && isRoleNoun(single[0].trim()) ? words.toLowerCase() : words);
  const head = holder?.words[holder.words.length - 1] ?? "";
  return holder && LOWERCASE_WORD.test(head) ? { ...holder, end: owner.index } : null;
}
