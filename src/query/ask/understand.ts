import { lemmasOf, phrasalVerb } from "../../lexicon/wordnet.ts";
import type { FactReader } from "../../store/ports/fact-reader.ts";
import { foldForMatch } from "../../text/normalize.ts";
import type { AliasKeyCache } from "../alias-key-cache.ts";
import { asksAge } from "./age.ts";
import { findQuestionDate, type QuestionDate } from "./question-dates.ts";
import { type FoundName, findNames, type NamedSpan } from "./question-names.ts";
import { isSpeechAct } from "./speech-acts.ts";
import { AUXILIARIES, GROUP_PRONOUNS, IRREGULAR, PERSON_PRONOUNS, SAY_VERBS, THING_PRONOUNS } from "./vocabulary.ts";
import { contentWords, tokens } from "./words.ts";

export type Wh = "who" | "what" | "when" | "where" | "why" | "which" | "how-many" | "how" | "yes-no" | "other";
/**
 * The kind of fact that answers: a quote, who said something, a date, a role, a place, a count, any fact, or the
 * outlet or source a claim is attributed to ("according to which outlet …?").
 */
export type Want = "quote" | "speaker" | "date" | "role" | "events" | "count" | "fact" | "source";

export type Understanding = {
  text: string;
  wh: Wh;
  want: Want;
  /** A quoted phrase ("who said 'mend fences'?"), folded. */
  phrase: string | null;
  names: FoundName[];
  unknown: NamedSpan[];
  /** Entities the question asks *about the speech of*: the subject of "what did X say", "according to X". */
  subjects: string[];
  /** Words naming an unnamed speaker ("the senior official" in "what did the senior official say?"). */
  speakerWords: string[];
  date: QuestionDate | null;
  /** Words that carry the question's meaning beyond its names and dates: each must be in the answer's fact. */
  content: string[];
  /** "he", "they", "that" with nothing named to stand for. */
  pronoun: "person" | "group" | "thing" | null;
  /** "that", "it", "this": the question points back at the previous answer. */
  refersBack: boolean;
  whatElse: boolean;
  /** "How old is X?": the answer is an age given next to X's name. */
  age: boolean;
  /** "Who predicted / mocked …?": a verb of speech after "who"; a quote is the act itself (want stays "fact"). */
  speechVerb: boolean;
  /** The question's main verb when it asks about an action ("won" in "who won the election?"): the fact must have it. */
  predicate: string | null;
  /**
   * "Has X said he would consider …?", "Did X comment on …?": the speech verb of a yes-no question and the first
   * verb of what it asks was said ("consider"). Only for the Yes/No before the fact; never a gate.
   */
  saidVerb: string | null;
  claimVerb: string | null;
};

const QUOTED = /["“”]([^"“”]{2,})["“”]|(?:^|\s)['‘]([^'‘’]{2,}?)['’](?=[\s?.!,]|$)/;

/** Reads a question: what it asks for, whom and what it names, which date, and which words must be answered. */
export function understand(store: FactReader, raw: string, aliasKeys: AliasKeyCache): Understanding {
  const text = raw.replace(/\s+/g, " ").trim();
  const quoted = QUOTED.exec(text);
  const phraseText = quoted ? (quoted[1] ?? quoted[2] ?? "").trim() : null;
  const rest = quoted ? `${text.slice(0, quoted.index)} ${text.slice(quoted.index + quoted[0].length)}` : text;
  const folded = foldForMatch(rest);
  const words = tokens(rest);
  const wh = whOf(words);
  const date = findQuestionDate(rest);
  const names = findNames(store, rest, aliasKeys);
  // why: "what strategy is X said to be following?" reports what others say of X: X is not the one speaking.
  const passive = /\b(?:is|are|was|were)\b[^?]*\b(?:said|reported|thought|believed)\s+to\b/i.test(rest);
  const says = !passive && words.some((word) => SAY_VERBS.has(word));
  const want = wantOf(wh, words, says, phraseText !== null, names.found.length > 0, folded);
  const nameWords = new Set([...names.found, ...names.unknown].flatMap((name) => tokens(name.text)));
  const dateWords = new Set(date?.words ?? []);
  const age = asksAge(folded);
  const typeNoun = wh === "which" || (wh === "what" && !says) ? words[words.indexOf(wh === "which" ? "which" : "what") + 1] : undefined;
  const roleAsked = asksRole(folded);
  const source = asksSource(folded);
  const content = contentWords(rest).filter(
    (word) =>
      !(roleAsked && ROLE_CUES.has(word)) &&
      !(source && (SOURCE_NOUNS.has(word) || SOURCE_CUES.has(word))) &&
      !nameWords.has(word) &&
      !dateWords.has(word) &&
      !SAY_VERBS.has(word) &&
      !AUXILIARIES.has(word) &&
      !(typeNoun && word === typeNoun && wh === "which") &&
      !(want === "count" && (word === "quotes" || word === "quote" || word === "times")) &&
      // why: an age is written "Ruiz, 75,"; the question's "old" or "age" is rarely in the sentence
      !(age && (word === "old" || word === "age")),
  );
  // why: "will the government step in?" asks about intervening, not stepping: the phrasal verb replaces its verb.
  const phrasal = new Map(
    words.flatMap((word, at) => {
      const joined = phrasalVerb(IRREGULAR[word] ?? word, words[at + 1] ?? "");
      return joined && content.includes(word) ? [[word, joined] as const] : [];
    }),
  );
  // why: the particle is part of the joined verb ("hold_back"), not a meaning word of its own.
  const particles = new Set([...phrasal.values()].map((joined) => joined.slice(joined.indexOf("_") + 1)));
  const predicate = predicateOf(words, wh, says, content, rest);
  return {
    text,
    wh,
    want,
    phrase: phraseText ? foldForMatch(phraseText) : null,
    names: names.found,
    unknown: names.unknown,
    subjects:
      want === "source"
        ? []
        : want === "count"
          ? names.found.filter((name) => name.entity.type === "person").map((name) => name.entity.id)
          : subjectsOf(rest, names.found, says),
    speakerWords: speakerWordsOf(rest, says),
    date,
    content: content.filter((word) => !particles.has(word)).map((word) => phrasal.get(word) ?? word),
    pronoun: pronounOf(words),
    refersBack: words.some((word) => THING_PRONOUNS.has(word)),
    whatElse: /\b(what|who|anything|something)\s+else\b|\bother\s+(things|quotes)\b|\banything more\b/.test(folded),
    age,
    speechVerb: wh === "who" && asksWhoSpoke(words),
    predicate: predicate === null ? null : (phrasal.get(predicate) ?? predicate),
    ...claimOf(words, content, wh, says),
  };
}

const CLAIM_BEFORE = new Set(
  "would will could should might may can must had has have was were is are did does do not never to he she they it we i seriously really".split(
    " ",
  ),
);

/**
 * "Has X said he would seriously consider …?" → said, consider; "Who conceded that the unions had lost …?" →
 * conceded, lost; "Who predicted the vaccine would be ready …?" → predicted, ready: the speech verb and the first
 * verb of the claim after it (or what follows "be"). Null when the question reports no claim ("commented on").
 */
function claimOf(
  words: readonly string[],
  content: readonly string[],
  wh: Wh,
  says: boolean,
): { saidVerb: string | null; claimVerb: string | null } {
  const none = { saidVerb: null, claimVerb: null };
  const who = words.indexOf("who");
  const at =
    wh === "yes-no" && says
      ? words.findIndex((word) => SAY_VERBS.has(word))
      : wh === "who" && who >= 0 && (says || asksWhoSpoke(words))
        ? words.findIndex((word, k) => k > who && (SAY_VERBS.has(word) || k === who + 1))
        : -1;
  if (at < 0) return none;
  // why: "commented on the toll receipts" holds no claim ("toll" can be a verb, but not after "the"); a claim's verb
  // follows its subject or a modal: "said he would consider", "said talks will resume", "said not to join".
  const claim = words.find(
    (word, k) =>
      k > at + 1 &&
      content.includes(word) &&
      ((isVerb(word) && !LIGHT_VERBS.has(IRREGULAR[word] ?? word) && CLAIM_BEFORE.has(words[k - 1] ?? "")) ||
        words[k - 1] === "be" ||
        words[k - 1] === "been"),
  );
  return { saidVerb: wh === "yes-no" ? (words[at] ?? null) : null, claimVerb: claim ?? null };
}

/** "according", "reported", "first" in a source question only frame what it asks. */
const SOURCE_CUES = new Set(["according", "reported", "reports", "revealed", "first", "broke", "news", "published"]);

const PREPOSITIONS = new Set(["on", "of", "in", "for", "against", "with", "from", "over", "about", "at", "by", "to"]);

const DETERMINERS = new Set(["the", "a", "an", "its", "their", "his", "her", "this", "that"]);

// why: "give testimony", "become the first": the noun after a light verb says what was done, not the verb.
const LIGHT_VERBS = new Set(["be", "do", "have", "get", "make", "happen", "take", "go", "come", "give", "become"]);

/**
 * "Who won …?", "When did X confirm …?", "Has X joined …?": the verb that says what was done. Speech questions
 * have none (in "who accused the mayor of …?" the accusation is the quote's content, not a word it contains).
 */
function predicateOf(words: readonly string[], wh: Wh, says: boolean, content: readonly string[], text: string): string | null {
  if (says || wh === "what" || wh === "which" || wh === "how-many" || wh === "how" || wh === "why" || wh === "other") return null;
  const start = wh === "yes-no" ? 1 : words.findIndex((word) => word === wh || (wh === "who" && word === "whom")) + 1;
  if (wh === "who" && !AUXILIARIES.has(words[start] ?? "")) {
    const verb = words[start] ?? "";
    return isVerb(verb) && !LIGHT_VERBS.has(IRREGULAR[verb] ?? verb) ? verb : null;
  }
  // why: "when will the ferry talks resume?": nouns that can be verbs ("ferry", "talks") stand before the
  // verb; the verb is the first verb-like word not directly followed by another verb-like word.
  const verbLike = (word: string | undefined) => word !== undefined && content.includes(word) && isVerb(word);
  for (let at = start + 1; at < words.length; at += 1) {
    const word = words[at];
    const next = words[at + 1];
    // why: "when did X stop using …?": the fact must say that X stopped, not only that X used.
    if (verbLike(word) && ASPECTUAL.has(IRREGULAR[word ?? ""] ?? word ?? "") && /ing$/.test(next ?? "")) return word ?? null;
    if (!verbLike(word) || (next !== undefined && isVerb(next))) continue;
    // why: "did X's use of email violate …?", "the release of …": a verb-like word between a possessor or a
    // determiner and "of" is a noun; the verb comes later.
    if (next === "of" && (DETERMINERS.has(words[at - 1] ?? "") || possessedBefore(text, word ?? ""))) continue;
    // why: "will the transport ministry step in?": after a determiner, a verb-like word before a noun modifies it;
    // "when will the sanctions on X be reimposed?": after a determiner and before a preposition it is the noun.
    if (DETERMINERS.has(words[at - 1] ?? "") && next !== undefined && (content.includes(next) || PREPOSITIONS.has(next))) continue;
    // why: "does X plan to sell …?", "does X want to leave …?": the action is the verb after "to".
    const after = words[at + 2];
    if (next === "to" && after !== undefined && isVerb(after)) return LIGHT_VERBS.has(IRREGULAR[after] ?? after) ? null : after;
    const base = IRREGULAR[word ?? ""] ?? word ?? "";
    return LIGHT_VERBS.has(base) ? null : (word ?? null);
  }
  return null;
}

/**
 * "Who predicted / mocked / questioned …?": a verb of speech right after "who" asks who said it, like "who
 * said …?" does (the quote is the prediction; it names neither the act nor, often, whom it is about). The
 * question keeps want "fact" (a sentence saying who did it answers too); only the quote-article rule follows.
 */
function asksWhoSpoke(words: readonly string[]): boolean {
  const at = words.indexOf("who");
  const verb = at >= 0 ? words[at + 1] : undefined;
  return verb !== undefined && !AUXILIARIES.has(verb) && isVerb(verb) && isSpeechAct(verb, IRREGULAR[verb] ?? verb);
}

/** Verbs of beginning and ending: with an -ing verb after them they, not it, are what happened. */
const ASPECTUAL = new Set(["stop", "start", "begin", "cease", "quit", "resume", "finish", "end"]);
/** "Carter's use of": the question's own text, since the tokenizer drops the possessive. */
function possessedBefore(text: string, word: string): boolean {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`\\p{L}['’]s?\\s+${escaped}\\s+of\\b`, "iu").test(text);
}

function isVerb(word: string): boolean {
  return lemmasOf(IRREGULAR[word] ?? word).some((entry) => entry.pos === "v");
}

function whOf(words: readonly string[]): Wh {
  for (const [index, word] of words.slice(0, 4).entries()) {
    const next = words[index + 1];
    if (word === "how" && (next === "many" || next === "much")) return "how-many";
    if (word === "who" || word === "whom" || word === "whose") return "who";
    // why: "on what date did X …?", "in which year …?" ask when, and name the action like "when did X …?" does.
    if ((word === "what" || word === "which") && (next === "date" || next === "year" || next === "day" || next === "month")) return "when";
    if (word === "what" || word === "when" || word === "where" || word === "why" || word === "which" || word === "how") return word;
  }
  return AUXILIARIES.has(words[0] ?? "") ? "yes-no" : "other";
}

function wantOf(wh: Wh, words: readonly string[], says: boolean, phrase: boolean, named: boolean, folded: string): Want {
  if (asksSource(folded)) return "source";
  if (wh === "how-many") return /\b(quotes?|times|statements?)\b/.test(folded) && named ? "count" : "fact";
  if (wh === "who" && (phrase || says)) return "speaker";
  if (wh === "when") return "date";
  // why: "where did X speak?" asks for a place, "why did X say…" for a reason: a sentence answers, not a quote.
  if (wh === "where" || wh === "why" || wh === "how") return "fact";
  if (wh === "who" && named && /^(who|whom)\s+(is|was|are|were|'s)\b/.test(folded.replace(/^(and|so|but)\s+/, ""))) return "role";
  if (asksRole(folded) && named) return "role";
  // why: "what did X say happens when …?" asks for X's words, not for events.
  if (wh === "what" && /\bhappen/.test(folded) && !says) return "events";
  if (says || phrase || words.includes("according")) return "quote";
  return "fact";
}

/** The named entities whose speech is asked about: "what did X say", "X's remarks", "according to X". */
function subjectsOf(text: string, names: readonly FoundName[], says: boolean): string[] {
  if (!says && !/\baccording to\b/i.test(text)) return [];
  const according = /\baccording to\b/i.exec(text);
  if (according) {
    // why: in "According to the Pentagon statement, what did Carter do …?" the attribution ends at the comma;
    // Carter is what the statement is about, not who speaks.
    const comma = text.slice(according.index).search(/[,;:?]/);
    const end = comma < 0 ? text.length : according.index + comma;
    const after = names.filter((name) => name.start > according.index && name.start < end);
    if (after.length > 0) return after.map((name) => name.entity.id);
  }
  const verb = new RegExp(`\\b(${[...SAY_VERBS].join("|")})\\b`, "i").exec(text);
  // why: in "what did Trump's running mate say?" the speaker is the running mate: a person named in the possessive
  // before more words is not the one speaking (an organisation's may be: "Verizon's chief executive" speaks for it).
  const possessive = (name: FoundName) =>
    name.entity.type === "person" && verb !== null && /^['’]s\s+\S/u.test(text.slice(name.end, verb.index));
  const before = names.filter((name) => verb && name.end <= verb.index && !possessive(name));
  const people = before.filter((name) => name.entity.type === "person");
  return (people.length > 0 ? people : before).slice(-1).map((name) => name.entity.id);
}

function speakerWordsOf(text: string, says: boolean): string[] {
  if (!says) return [];
  const verbs = [...SAY_VERBS].join("|");
  // why: only the subject of "what did <speaker> say" names a speaker; in "who said they had been told …" the
  // words between an auxiliary and a speech verb are the quote's content.
  const match = new RegExp(
    `^(?:and\\s+|so\\s+)?(?:what|how|when|why|where)\\s+(?:else\\s+)?(?:${[...AUXILIARIES].join("|")})\\s+(.+?)\\s+(?:${verbs})\\b`,
    "i",
  ).exec(text);
  return match?.[1] ? contentWords(match[1]) : [];
}

/** "outlet", "newspaper", …: what a source question asks for, never a meaning word the fact must hold. */
export const SOURCE_NOUNS = new Set(
  "outlet outlets newspaper newspapers paper publication site website station channel network agency broadcaster magazine source sources report".split(
    " ",
  ),
);

/**
 * "According to which outlet …?", "According to whom …?", "Which newspaper reported …?", "Who first reported …?":
 * the question asks whom a claim is attributed to, not who spoke.
 */
export function asksSource(folded: string): boolean {
  const q = folded.replace(/^(and|so|but)\s+/, "");
  return (
    /^according to (whom|who|which|what)\b/.test(q) ||
    /^(which|what) (news )?(\w+ )?(outlet|newspaper|paper|publication|site|website|station|channel|network|agency|broadcaster|magazine)\b.*\b(reported|reports|revealed|broke|published|first)\b/.test(
      q,
    ) ||
    /^who (first )?(reported|revealed|broke the news)\b/.test(q)
  );
}

/** Words that only say "what is their role": dropped from the meaning words of a role question. */
export const ROLE_CUES = new Set([
  "job",
  "role",
  "title",
  "position",
  "occupation",
  "profession",
  "work",
  "works",
  "head",
  "heads",
  "do",
  "does",
]);

/**
 * "What is his job?", "Where does she work?", "What does she do at the shop?", "Which organisation does he head?":
 * the question asks who someone is (a role), whatever the wording.
 */
export function asksRole(folded: string): boolean {
  const q = folded.replace(/^(and|so|but)\s+/, "").replace(/[?.!]+$/, "");
  return (
    (/^(what|which)\b/.test(q) && /\b(job|role|title|position|occupation|profession)\b/.test(q)) ||
    /^(where|which \w+|who) (does|do|did) .+ work( for| at| in)?$/.test(q) ||
    // why: "what did he pledge to do about …?" asks what he will do, not what his job is: present tense, no "to do".
    (/^what (does|do) \S+( \S+){0,2} do( for a living)?\b/.test(q) && !/\bto do\b/.test(q)) ||
    /^which \w+ (does|do|did) \S+( \S+)? (head|lead|run|chair)$/.test(q)
  );
}

function pronounOf(words: readonly string[]): Understanding["pronoun"] {
  if (words.some((word) => PERSON_PRONOUNS.has(word))) return "person";
  if (words.some((word) => GROUP_PRONOUNS.has(word))) return "group";
  if (words.some((word) => THING_PRONOUNS.has(word))) return "thing";
  return null;
}
