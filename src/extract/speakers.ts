import type { Doc, SpeakerRef } from "./doc.ts";
import { BODY_DESCRIPTION_HEADS, REPORT_HEADS } from "./lexicon/body-nouns.ts";
import { HONORIFICS, ROLE_NOUNS } from "./lexicon/titles.ts";
import { cleanRoleText } from "./names/role-text.ts";
import type { Mention } from "./names/scan.ts";
import { organisationReferredTo } from "./org-reference.ts";
import { DATELINE } from "./quotes/clause-shape.ts";
import { sentenceAt } from "./text/segment.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
const APPOSITION_START =
  /^\s*(the|a|an|who|which|whose|whom|one|also|now|then|formerly|himself|herself|asking|speaking|according|aged|\d+|\p{Ll})/u;
const PARTY_AND_STATE = /^\s*\p{Lu}\.?-\p{Lu}[\p{L}.]*\s*$/u;
const SHARE_SUBJECT =
  /(?:^|[,;]\s*|\b(?:but|and|while|whereas)\s+)((?:almost|about|nearly|roughly|more than|fewer than|only|just)?\s*(?:half|a majority|a third|a quarter|most|others|two others|another|one|\w+ in (?:10|ten|\d+)|\d+ percent|\d+%|\w+-(?:thirds|quarters|fifths)|one-(?:third|quarter|fifth)|both|those (?:surveyed|polled|asked|questioned|interviewed))(?: of (?:them|those \w+|respondents|voters))?(?:\s+(?:of\s+)?(?:(?:all|the)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:\p{Ll}{3,}s|Republicans|Democrats|Independents)(?:\s+who\s+[^,;]{1,60})?)?)\s*$/iu;
const CITY_END = /\s(?:from|of|in)\s+\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?\s*$/u;
const PLACE_TAIL = /^\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}\s*$/u;
const PARTY_APPOSITION = /^\s*(?:a\s+)?(?:Republican|Democrat|Democratic|Independent|Libertarian|Conservative|Labour|Liberal)\b/;
/** An adverbial set off after the subject ("Clinton, during a town hall in Columbus, Ohio, said"). */
const ADVERBIAL_AFTER_SUBJECT =
  /^\s*(?:during|in|at|on|after|before|while|when|speaking|asked|like|unlike|for (?:his|her|their|its) part|meanwhile|however|too|though|in turn|by contrast)\b/i;
const POSSESSIVE_APPOSITION = /^\s*\p{Lu}[\p{L}\p{M}.-]*(\s\p{Lu}[\p{L}\p{M}.-]*)*['’]s?\s+\p{Ll}/u;
const PERSONAL_ROLE =
  /^(\p{Lu}[\p{L}-]*['’]s\s+)?[\p{Ll}\p{Lu}\s-]*\b(whip|leader|president|minister|director|spokes\w+|chief|head|adviser|advisor|official|founder|chair\w*|member|senator|lawyer|professor|economist|analyst|\w+er|\w+or|\w+ist)\b/u;
const NOT_NAME_CHAR = /[^\p{L}'’]/gu;
const DESCRIPTION_BEFORE_NAME = /^(?:the|a|an|one|another)\s+[\p{Ll}\s-]+$/u;
const NOT_LETTER = /[^\p{L}]/gu;

const PRONOUNS = /^(he|she|they|we|i|it)$/i;
/**
 * Texts that speak for their authors as subjects of "says", "reads", "explains" ("the note says", "a welcome
 * message on the website reads"): unnamed speakers, as news annotation records them.
 */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(
  "message website note pitch editorial letter memo email post ad advert column article book blog release sign banner caption headline filing lawsuit complaint ruling transcript recording video tweet text description ranking rankings list".split(
    " ",
  ),
);
/**
 * Heads of descriptions of bodies and documents, never the antecedent of "he" or "she".
 * why "website" too: it is a document (DOCUMENT_NOUNS) that speaks for its owner, as a report does.
 */
const BODY_NOUNS: ReadonlySet<string> = new Set([...BODY_DESCRIPTION_HEADS, ...REPORT_HEADS, "website"]);
/** Weekday and month names: a date, never a speaker ("In a statement released Thursday, …"). */
export const DATE_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;
/** A prepositional or subordinate phrase opening a clause, up to its comma: "In a statement released Thursday, ". */
/** Lowercase words ending in a role noun right after a name, then a verb: "… chief foreign policy aide defended". */
const ROLE_AFTER_NAME = /^(?:['’]s?)?\s+((?:[\p{Ll}-]+\s+){0,4}?([\p{Ll}-]+))\s+(?=\p{Ll}+(?:ed|s)\b)/u;
const LOWERCASE_IN = /(?:^|\s)\p{Ll}/u;
const SUBJECT_START = /^\s*(?:\p{Lu}|(?:the|a|an|he|she|they|its|his|her|their)\s)/u;
const LEADING_ADJUNCT =
  /^\s*(?:In|At|On|During|After|Before|Following|Since|Earlier|Later|Last|This|Speaking|Asked|When|While|As|Throughout|Over|Under|Without|With|Despite|From|Until|For)\b[^,;:"“”]{0,100},\s*/;
/** "(D-N.Y.)", "(R-Texas)", "(pictured)": a bracketed note after a name, before the verb or an apposition. */
const TRAILING_PARENTHETICAL = /\s*\([^()]{1,40}\)\s*,?\s*$/;
const DETERMINERS = /^(a|an|the|one|two|three|several|some|many|other|another|most|few|its|his|her|their)$/i;
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

function mentionsIn(doc: Doc, start: number, end: number): Mention[] {
  const out: Mention[] = [];
  // Only the sentences the range touches: attribution runs once per quote, so this must not scan them all.
  const from = sentenceAt(doc.sentences, start)?.index ?? 0;
  for (let i = from; i < doc.sentences.length && (doc.sentences[i]?.start ?? end) <= end; i++) {
    for (const m of doc.mentionsBySentence[i] ?? []) if (m.start >= start && m.end <= end && !m.inQuote) out.push(m);
  }
  return out;
}

/** A name the article reads as an organisation's: several words or an acronym, not a lone surname it guessed. */
function isOrganisationName(doc: Doc, name: string): boolean {
  const named = doc.names.lookup(name);
  return named?.type === "organization" && (named.name.includes(" ") || /^[A-Z]{2,}$/.test(named.name));
}

/** A sentence-initial capitalised gerund or adjective ("Running counter to …") is not a name. */
function isFalseName(doc: Doc, mention: Mention): boolean {
  return mention.type === "other" && !mention.name.includes(" ") && /ing$/.test(mention.name) && !doc.names.lookup(mention.name);
}

function fromMention(doc: Doc, mention: Mention, role?: string): SpeakerRef {
  // why: an unknown single name with a personal apposition ("Thune, the Republican whip, said") is a person;
  // without one ("Norway said") it is an organisation or country speaking.
  // why: "who" follows people ("Brooks, who runs a café across the street").
  const personal = (role !== undefined && PERSONAL_ROLE.test(role)) || /^,\s+who\s/.test(doc.text.slice(mention.end, mention.end + 8));
  const type = mention.type === "other" ? (personal ? "person" : "organization") : mention.type;
  const named = doc.names.lookup(mention.name) ?? doc.names.ensure(mention.name, type);
  const own = mention.role && !HONORIFICS.has(mention.role.toLowerCase().replace(/\.$/, "")) ? mention.role : undefined;
  const r = cleanRoleText(role ?? own ?? named.roles[0]?.text ?? "");
  return { name: named.name, entityId: named.id, ...(r ? { role: r } : {}) };
}

function nounPhraseEndingAt(doc: Doc, start: number, end: number, role?: string): SpeakerRef | null {
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

const SINGLE_CAPITALISED_WORD = /^\s*\p{Lu}\p{Ll}+(?=\s*$)/u;
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
  const holder = describeTail(before.slice(0, owner.index));
  const head = holder?.words[holder.words.length - 1] ?? "";
  return holder && LOWERCASE_WORD.test(head) ? { ...holder, end: owner.index } : null;
}

/** An unnamed speaker ("officials", "the spokesman"), linked to the one a definite description refers back to. */
function describedSpeaker(doc: Doc, start: number, description: { words: string[]; definite: boolean }, postmodifier = ""): SpeakerRef {
  const { words, definite } = description;
  const head = (words[words.length - 1] ?? "").toLowerCase();
  if (definite) {
    // why: an unnamed "a White House spokesperson" introduced earlier is who "the spokesperson" refers to,
    // before any named holder of that title.
    const earlier = findUnnamed(doc, head);
    if (earlier) return earlier;
    const holder = postmodifier ? null : namedHolder(doc, words, start);
    if (holder) return holder;
    const org = postmodifier ? null : (organisationDescribed(doc, words) ?? organisationReferredTo(doc, head, start));
    if (org) return org;
    const introduced = introducedEarlier(doc, start, head);
    if (introduced) return introduced;
  }
  const ref: SpeakerRef = {
    name: null,
    description: `${words.join(" ")}${postmodifier.trimEnd()}`,
    plural: /s$/.test(head) && !/ss$/.test(head),
  };
  doc.unnamed.push(ref);
  return ref;
}

/**
 * "the president said", "the Dutch president", "the minister" → the person the article named with that
 * title ("Dutch President Marit Hallen", "Ana Ruiz, the foreign minister"): the only such holder,
 * else the one named most recently before. Null when the article names no holder, so the speaker stays
 * unnamed rather than guessed.
 */
function namedHolder(doc: Doc, words: readonly string[], before: number): SpeakerRef | null {
  const wanted = words.map((word) => word.toLowerCase());
  const head = wanted[wanted.length - 1] ?? "";
  if (!ROLE_NOUNS.has(head) || /s$/.test(head)) return null;
  const holders = doc.names.all.filter(
    (named) =>
      named.type === "person" &&
      named.roles.some((role) => {
        const roleWords = (role.text.toLowerCase().split(/\s+(?:of|for|at|in|to|with|from|on)\s+/)[0] ?? "").split(/\s+/);
        return roleWords[roleWords.length - 1] === head && wanted.every((word) => roleWords.includes(word));
      }),
  );
  if (holders.length === 0) return null;
  let chosen = holders.length === 1 ? holders[0] : undefined;
  if (!chosen) {
    let latest = -1;
    for (const mention of doc.mentions) {
      if (mention.start >= before || mention.inQuote) continue;
      const named = doc.names.lookup(mention.name);
      if (named && holders.includes(named) && mention.start > latest) {
        latest = mention.start;
        chosen = named;
      }
    }
  }
  const role = chosen?.roles[0]?.text;
  return chosen ? { name: chosen.name, entityId: chosen.id, ...(role ? { role } : {}) } : null;
}

/**
 * "a senior Treasury official" → words without the determiner, and whether it was "the".
 * why: in "a spokeswoman for the employers' association" the speaker is the spokeswoman, so the part before
 * a preposition is tried first.
 */
function describe(phrase: string): { words: string[]; definite: boolean } | null {
  // why: "Advisers to a rival campaign": the people before "to" speak, not the campaign.
  const cut = /\s(?:for|at|of|from|with|in|on|to)\s/.exec(phrase);
  if (cut) {
    const head = describeTail(phrase.slice(0, cut.index));
    if (head) return head;
  }
  return describeTail(phrase);
}

/** A lowercase noun for people or bodies: the lexicon, or an agent-noun plural ("forecasters", "protesters"). */
/**
 * Analyses and tallies a news story credits with "according to" ("according to an analysis of state records",
 * "according to three television networks"): someone's findings, kept as an unnamed source as news annotation
 * records them. Raw data, plans and letters stay out: they state nothing of their own.
 */
const CREDITED_FINDINGS: ReadonlySet<string> = new Set("analysis polling networks network tally".split(" "));

/** A head noun "according to" may credit: a person, a body, or someone's findings. */
export function isSourceNoun(word: string): boolean {
  return isRoleNoun(word) || CREDITED_FINDINGS.has(word.toLowerCase());
}

export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  return (
    ROLE_NOUNS.has(lower) ||
    MORE_PEOPLE_NOUNS.has(lower) ||
    (word === lower && (/(ers|ors|ists|ians|ants|ents|men)$/.test(lower) || POLITICAL_GROUPS.has(lower)))
  );
}

/**
 * People and bodies that news copy names by what they are ("the businessman insisted", "the star noted", "the
 * state admitted", "both sides acknowledged"), beside the title lexicon.
 */
const MORE_PEOPLE_NOUNS: ReadonlySet<string> = new Set(
  "businessman businesswoman businessmen star stars actor actress singer billionaire mogul frontrunner front-runner state sides unit desk".split(
    " ",
  ),
);

/** Plural nouns for political camps that speak as groups ("social conservatives say"). */
const POLITICAL_GROUPS: ReadonlySet<string> = new Set(
  "conservatives liberals progressives moderates evangelicals independents libertarians centrists populists democrats republicans".split(
    " ",
  ),
);

function describeTail(phrase: string): { words: string[]; definite: boolean } | null {
  const words = phrase.trim().split(/\s+/);
  const head = (words[words.length - 1] ?? "").replace(NOT_NAME_CHAR, "");
  if (!isRoleNoun(head) && !DOCUMENT_NOUNS.has(head.toLowerCase())) return null;
  const out: string[] = [];
  let definite = false;
  for (let i = words.length - 1; i >= 0 && out.length < 7; i--) {
    const word = words[i] ?? "";
    if (DETERMINERS.test(word)) {
      definite = /^(the|its|his|her|their)$/i.test(word);
      break;
    }
    if (
      /[,;:.]$/.test(word) ||
      /^(of|in|at|for|to|from|with|by|and|or|but|that|said|says|who|which|whom|whose|had|has|have|was|were|is|are)$/i.test(word)
    )
      break;
    out.unshift(word.replace(/[“”"]/g, ""));
  }
  return out.length > 0 ? { words: out, definite } : null;
}

/** "the health ministry" → the "Ministry of Health" the article names. */
function organisationDescribed(doc: Doc, words: readonly string[]): SpeakerRef | null {
  const wanted = words.map((word) => word.toLowerCase());
  for (const named of doc.names.all) {
    if (named.type !== "organization") continue;
    const have = new Set(named.name.toLowerCase().split(/\s+/));
    if (wanted.length >= 2 && wanted.every((word) => have.has(word))) return { name: named.name, entityId: named.id };
  }
  return null;
}

/**
 * "the spokesman said" after "A Defence Ministry spokesman briefed reporters": the fuller description the
 * article introduced with "a"/"an", even when that sentence credited no words.
 */
function introducedEarlier(doc: Doc, before: number, head: string): SpeakerRef | null {
  const text = doc.text.slice(Math.max(0, before - 3000), before);
  const pattern = new RegExp(
    `\\b(?:[Aa]n?)\\s+((?:(?!(?:the|of|with|to|and|in|on|for|by|from|at|a|an|who|that)\\s)[\\p{L}'’-]+\\s+){0,4}${head.replace(NOT_LETTER, "")})\\b`,
    "gu",
  );
  let last: string | undefined;
  for (const match of text.matchAll(pattern)) last = match[1];
  if (!last) return null;
  const ref: SpeakerRef = { name: null, description: last, plural: false };
  doc.unnamed.push(ref);
  return ref;
}

function findUnnamed(doc: Doc, head: string): SpeakerRef | null {
  for (let i = doc.unnamed.length - 1; i >= 0; i--) {
    const ref = doc.unnamed[i];
    const words = ref?.description?.toLowerCase().split(" ") ?? [];
    if (ref && words[words.length - 1] === head) return ref;
  }
  return null;
}

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

const OPENING_DESCRIPTION =
  /^\s*((?:The|A|An|the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s+(?:(?:has|have|had|also|then|\p{Ll}+ly)\s+)*\p{Ll}{3,}(?:ed|s)\b/u;

const LEADING_GROUP =
  /^\s*((?:(?:Some|Many|Most|Several|Other|Few|All|some|many|most|several|other|few|all)\s+)(?:\p{Ll}+\s+){0,2}(?:\p{Ll}+s|Republicans|Democrats|Independents|Conservatives|Liberals))\s+(?:have|has|had|are|were|will|would|also|\p{Ll}+ed)\b/u;

const LEADING_PLURAL =
  /^\s*(?:(?:The|Many|Some|Most|Several)\s+)?((?:\p{L}[\p{Ll}-]+\s+){0,2}\p{L}[\p{Ll}-]+s)\s+(?:(?:also|have|had|were|are|will|would|\p{Ll}+ly)\s+)?\p{Ll}{3,}(?:ed|ied)\b/u;

/** "he …", "Smith's aide, he …", "Fenn's news conference, in which she …": the pronoun that is the clause's subject. */
const CLAUSE_PRONOUN = /^\s*(?:[^,]*,\s*(?:(?:in|at|during|after|with|through)\s+which\s+)?)?(he|she|they)\b/i;

/**
 * The most recent compatible antecedent before `offset`: walking back sentence by sentence (this
 * paragraph, then up to two before), the speaker credited in that sentence, else its first person named
 * outside quotes. "they" prefers a plural description.
 */
/** A mention of a person: read as one, or a single name that the article gives in full elsewhere. */
export function isPerson(doc: Doc, mention: Mention): boolean {
  if (mention.type === "person") return true;
  return mention.type === "other" && doc.names.lookup(mention.name)?.type === "person";
}

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
      const group = LEADING_PLURAL.exec(sentence.text);
      const head = group?.[1]?.split(/\s+/).at(-1) ?? "";
      if (group?.[1] && isRoleNoun(head.toLowerCase()) && /s$/.test(head) && !doc.names.lookup(group[1]))
        return { name: null, description: group[1], plural: true };
    }
    const people = (doc.mentionsBySentence[i] ?? []).filter(
      (m) => pronoun !== "they" && isPerson(doc, m) && !m.inQuote && (i !== here || m.end <= offset) && fits(doc.names.lookup(m.name)?.id),
    );
    const subject = people.find((m) => !m.possessive) ?? people[0];
    if (subject) return fromMention(doc, subject);
  }
  return null;
}
