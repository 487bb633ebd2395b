import type { Candidate } from "./candidates.ts";
import { namesAnyoneNew, withoutFirstWord } from "./name-words.ts";
import type { Resolved } from "./resolve-context.ts";
import { whichMembersUnnamed } from "./which-members.ts";
import { bagMeans, stemBag, stemOf, tokens } from "./words.ts";
import { yesOrNo } from "./yes-or-no.ts";

/**
 * Gates for facts that hold the question's words but say them of ANOTHER thing. why: the score counts shared
 * words, so "the Republican convention" shares "convention" with "the Democratic convention?" and a fact about
 * the one passes for the other. Stating it as the answer would be a fabrication, so each is a gate.
 */
export function contrastMissing(candidate: Candidate, q: Resolved): string | null {
  if (contrastingModifier(q.text, `${candidate.text} \n ${candidate.citation.sentence}`))
    return "a contrasting modifier on the thing asked";
  if (amountThingMissing(candidate, q)) return "the thing whose amount is asked is not in it";
  if (whichNounMissing(candidate, q)) return "names no one of the kind asked";
  if (whichMembersUnnamed(candidate, q)) return "speaks of the kind asked without naming any";
  if (otherOfficeOnly(candidate, q)) return "names one of another office than asked";
  if (otherCalendarDay(q.text, `${candidate.text} \n ${candidate.citation.sentence}`)) return "names another day or month than asked";
  if (!weekdayCarried(candidate, q.text)) return "the day asked about is not in it";
  if (askedOfficeMissing(candidate, q)) return "the office asked about is not in it";
  if (namesakeOnly(candidate, q)) return "names another person of the same surname";
  if (ordinalMissing(q.text, `${candidate.text} \n ${candidate.citation.sentence}`)) return "the ordinal asked about is not in it";
  if (whichActNegated(candidate, q)) return "the fact says the act asked about did not happen";
  return null;
}

/**
 * Sets of words that tell apart things of the same kind: two members of a set before the same noun name two
 * different things ("the second round" is not "the first round"). General lexicons, not article words.
 */
const CONTRAST_SETS: readonly (readonly string[])[] = [
  [
    "democratic",
    "democrat",
    "democrats",
    "republican",
    "republicans",
    "gop",
    "labour",
    "conservative",
    "tory",
    "liberal",
    "green",
    "libertarian",
  ],
  ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final", "next", "previous"],
  [
    "american",
    "british",
    "russian",
    "chinese",
    "french",
    "german",
    "japanese",
    "turkish",
    "ukrainian",
    "iranian",
    "indian",
    "pakistani",
    "afghan",
    "iraqi",
    "syrian",
    "saudi",
    "egyptian",
    "sudanese",
    "israeli",
    "palestinian",
    "dutch",
    "swiss",
    "italian",
    "spanish",
    "canadian",
    "mexican",
    "australian",
    "irish",
    "scottish",
    "welsh",
    "english",
    "polish",
    "swedish",
    "norwegian",
    "danish",
    "finnish",
    "greek",
    "korean",
    "brazilian",
    "european",
    "african",
    "asian",
    "belgian",
    "austrian",
    "portuguese",
    "hungarian",
    "czech",
    "romanian",
    "nigerian",
    "kenyan",
    "zealand",
  ],
  ["federal", "state", "local", "municipal", "provincial", "national", "regional"],
  ["senate", "house", "assembly"],
  ["north", "south", "east", "west", "northern", "southern", "eastern", "western"],
  ["upper", "lower"],
  ["male", "female"],
  ["old", "new", "former", "current", "incoming", "outgoing"],
  ["morning", "afternoon", "evening", "night"],
];

const SET_OF = new Map<string, number>(CONTRAST_SETS.flatMap((set, index) => set.map((word) => [word, index] as const)));

/** Words a modifier may stand before its noun with ("the Democratic National Convention"). */
const GAP = 2;

/**
 * "Did Apple fund the Democratic convention?" against "it will not fund the Republican convention": the fact
 * puts another member of the modifier's set before the noun the question's modifier qualifies, and never the
 * asked one. A fact that also says "the Democratic convention" somewhere is left to the score.
 */
export function contrastingModifier(question: string, fact: string): boolean {
  const asked = tokens(question);
  const words = tokens(fact);
  for (const [at, modifier] of asked.entries()) {
    const set = SET_OF.get(modifier);
    if (set === undefined) continue;
    const heads = asked.slice(at + 1, at + 1 + GAP).filter((word) => !SET_OF.has(word) && word.length > 2);
    // why: the noun right after the modifier is the one it qualifies; a second word counts only when the first
    // is part of a compound name ("Democratic National Convention"), so both are tried.
    for (const head of heads) {
      const stem = stemOf(head);
      let contrasted = false;
      let same = false;
      for (const [index, word] of words.entries()) {
        if (stemOf(word) !== stem) continue;
        const before = words.slice(Math.max(0, index - GAP), index);
        if (before.includes(modifier) || before.some((word) => sameMeaning(word, modifier))) same = true;
        else if (before.some((word) => SET_OF.get(word) === set)) contrasted = true;
      }
      if (contrasted && !same) return true;
    }
  }
  return false;
}

/** "democrat"/"democratic", "republican"/"gop": spellings of one member. */
function sameMeaning(a: string, b: string): boolean {
  const key = (word: string) => (word === "gop" ? "republican" : word.replace(/(ic|s)$/, ""));
  return key(a) === key(b);
}

/**
 * "How much will the new flood barrier cost?": the thing whose amount is asked (the subject's head noun) must be
 * in the fact. A sentence giving the cost of another scheme in the same town holds a number, not the answer.
 */
function amountThingMissing(candidate: Candidate, q: Resolved): boolean {
  const match = AMOUNT_OF.exec(q.text.toLowerCase());
  if (!match?.[1]) return false;
  const head = headOf(match[1]);
  return head !== null && bagMeans(candidate.bag, head) === null;
}

const AMOUNT_OF =
  /\bhow much (?:money )?(?:will|would|did|does|do|is|was|has|had|could|should)\s+((?:[a-z'’-]+\s+){0,10}?[a-z'’-]+)\s+(?:cost|costs|be worth|raise|raised|earn|earned|spend|spent|pay|paid|receive|received|get|lose|lost|save|saved)\b/;

/** "the new flood barrier in the town centre" → "barrier": the last word before a preposition, articles dropped. */
function headOf(phrase: string): string | null {
  const words = tokens(phrase);
  const cut = words.findIndex((word) => PREPOSITION.has(word));
  const kept = (cut < 0 ? words : words.slice(0, cut)).filter((word) => !DETERMINER.has(word));
  const head = kept.at(-1);
  // why: "how much will he pay?", "how much will it cost?": a pronoun says nothing the fact could hold.
  return head === undefined || PRONOUN.has(head) ? null : head;
}

const PREPOSITION = new Set("in of at on for from to near by with under over".split(" "));
const DETERMINER = new Set("the a an this that these those its his her their our new".split(" "));
const PRONOUN = new Set("it he she they we you i this that".split(" "));

/**
 * "Which councillors voted for the budget?": the answer is one of the kind the question names. A sentence that
 * holds neither that kind ("councillors", or a synonym) nor any name the question does not give names nobody
 * of that kind. A quote whose words are about that kind ("five justices") but whose speaker is not of it
 * answers "which justice …?" with the wrong person. Only the noun right after "which".
 */
function whichNounMissing(candidate: Candidate, q: Resolved): boolean {
  if (q.wh !== "which") return false;
  const noun = /^(?:and\s+)?which\s+([a-z'’-]+)\s+(?!of\b)/.exec(q.text.toLowerCase())?.[1];
  if (noun === undefined || NOT_A_KIND.has(noun) || SET_OF.has(noun) || noun.length < 4) return false;
  // why: a plural noun kind ("councillors", "countries"): the singular may be what the fact holds.
  const singular = noun.replace(/ies$/, "y").replace(/s$/, "");
  const holds = (bag: ReadonlySet<string>) => bagMeans(bag, noun) !== null || bagMeans(bag, singular) !== null;
  if (candidate.type === "quote") {
    // why: "which justice …?" against a quote on "five justices": the quote speaks of many of that kind, so its
    // speaker is not the one asked for. "The Vermont congressman also plans …" (one, singular) is often the
    // speaker himself, so only the other grammatical number counts.
    const words = tokens(candidate.text);
    const plural = noun === singular ? `${noun}s` : null;
    return plural !== null && words.includes(plural) && !words.includes(noun) && !holds(stemBag(candidate.speakerText));
  }
  return !holds(candidate.bag) && !namesAnyoneNew(withoutFirstWord(candidate.citation.sentence), q.text);
}

const NOT_A_KIND = new Set(
  "one ones other others two three four five several many more most is are was were did does do has have had will would can could should".split(
    " ",
  ),
);

/** Offices and titles a person holds: "which senator …?" is not answered by the opposition leader. */
const OFFICES = new Set(
  "senator senators congressman congresswoman congressmen representative governor governors mayor mayors minister ministers councillor councillors councilor councilors justice justices judge judges president presidents secretary chancellor premier leader leaders chairman chairwoman chair spokesperson spokesman spokeswoman ambassador general commissioner sheriff speaker director executive adviser advisor".split(
    " ",
  ),
);

/**
 * "Which senator tabled the motion?" against "Opposition leader X, who tabled the motion": the fact names the
 * one who did it by another office and never by the asked one, so it says that person is not what was asked.
 * A fact that names no office at all ("X argued …") is left to the score: the asker may know the office.
 */
function otherOfficeOnly(candidate: Candidate, q: Resolved): boolean {
  if (q.wh !== "which") return false;
  const noun = /^(?:and\s+)?which\s+([a-z'’-]+)\b/.exec(q.text.toLowerCase())?.[1];
  if (noun === undefined || !OFFICES.has(noun)) return false;
  const singular = noun.replace(/s$/, "");
  if (bagMeans(candidate.bag, noun) !== null || bagMeans(candidate.bag, singular) !== null) return false;
  const asked = new Set(tokens(q.text));
  const words = tokens(`${candidate.citation.sentence} ${candidate.speakerText}`);
  // why: "sen." and "rep." abbreviate the asked offices; they are not another office.
  if (words.some((word) => ABBREVIATION.has(word))) return false;
  return words.some((word) => OFFICES.has(word) && !asked.has(word));
}

const ABBREVIATION = new Set(["sen", "rep", "gov", "cllr"]);

const WEEKDAYS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;
// why: not "May", which is as often the verb.
const MONTHS = /\b(January|February|March|April|June|July|August|September|October|November|December)\b/g;

/**
 * "What did X tell reporters on Friday?" against "X told reporters on Wednesday …": the fact names the day (or
 * month) it happened and it is another one. A fact that names no day is left to the date gate and the score.
 */
export function otherCalendarDay(question: string, fact: string): boolean {
  for (const pattern of [WEEKDAYS, MONTHS]) {
    const asked = new Set([...question.matchAll(pattern)].map((match) => (match[1] ?? "").toLowerCase()));
    if (asked.size === 0) continue;
    const named = [...fact.matchAll(pattern)].map((match) => (match[1] ?? "").toLowerCase());
    if (named.length > 0 && !named.some((day) => asked.has(day))) return true;
  }
  return false;
}

const DAY_NAMES = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

/**
 * "What did X tell reporters on Friday?": the fact must carry that day, by naming it or by a date read from the
 * article's words that falls on it. why: a fact dated only by the day the article came out says when it was
 * reported, not when it was said, so it does not carry the day asked about.
 */
export function weekdayCarried(candidate: Pick<Candidate, "text" | "citation" | "date">, question: string): boolean {
  const asked = new Set([...question.matchAll(WEEKDAYS)].map((match) => (match[1] ?? "").toLowerCase()));
  if (asked.size === 0) return true;
  const named = [...`${candidate.text} ${candidate.citation.sentence}`.matchAll(WEEKDAYS)].map((match) => (match[1] ?? "").toLowerCase());
  if (named.some((day) => asked.has(day))) return true;
  const date = candidate.date;
  if (date === null || date.basis === "publication" || date.precision !== "day" || date.date.length !== 10) return false;
  const weekday = DAY_NAMES[new Date(`${date.date}T12:00:00Z`).getUTCDay()] ?? "";
  return asked.has(weekday);
}

/**
 * "Who is the MP for Westmarch?": the office asked about must be in the fact. A sentence saying what someone
 * else is ("a hydrologist at the University of Westmarch") shares the place, not the office.
 */
function askedOfficeMissing(candidate: Candidate, q: Resolved): boolean {
  const office =
    /^(?:and\s+)?who\s+(?:is|was|are|were)\s+(?:the\s+|a\s+|an\s+)?(?:[a-z'’-]+\s+){0,2}?([a-z'’-]+)\s+(?:of|for|at|in)\b/.exec(
      q.text.toLowerCase(),
    )?.[1];
  return office !== undefined && office.length > 1 && bagMeans(candidate.bag, office) === null;
}

/** Words that stand before a surname without being a first name. */
const TITLES = new Set(
  "mr mrs ms miss dr prof sir dame lord lady sen rep gov president minister senator governor mayor councillor judge justice general chief the".split(
    " ",
  ),
);

/**
 * "When did Niamh O'Shea open the shop?" against "When Declan O'Shea opened the shop": the surname the store
 * matched belongs, everywhere in the fact, to a person with another first name. That is someone else.
 */
function namesakeOnly(candidate: Candidate, q: Resolved): boolean {
  const text = `${candidate.text} \n ${candidate.citation.sentence}`;
  return q.names.some((name) => {
    if (name.entity.type !== "person") return false;
    const parts = name.text.trim().split(/\s+/);
    if (parts.length < 2) return false;
    const first = (tokens(parts[0] ?? "")[0] ?? "").toLowerCase();
    const last = tokens(parts.at(-1) ?? "").join(" ");
    if (first === "" || last === "") return false;
    const own = new Set(tokens(name.text));
    const raw = text.split(/\s+/);
    const at = raw.flatMap((word, index) => (tokens(word).join(" ") === last ? [index] : []));
    if (at.length === 0) return false;
    return at.every((index) => {
      const before = raw[index - 1] ?? "";
      const word = tokens(before)[0] ?? "";
      // why: "Wasserman Schultz": a word of the asked name itself before the surname is the same person.
      // why: `…to the harbour," Lind said`: punctuation before a closing quotation mark ends the word before as well.
      return /^\p{Lu}/u.test(before) && !own.has(word) && !TITLES.has(word) && !/[.,;:!?]["'”’)]*$/u.test(before);
    });
  });
}

const ORDINALS = new Set("second third fourth fifth sixth seventh eighth ninth tenth".split(" "));

/**
 * "By how many votes did the second motion fail?" against "The motion failed by 41 votes": an ordinal the question
 * gives picks one of several; a fact that never says it may be about another. ("first" and "last" are left out:
 * "who first reported …?" uses them as adverbs.)
 */
export function ordinalMissing(question: string, fact: string): boolean {
  const asked = tokens(question).filter((word) => ORDINALS.has(word));
  if (asked.length === 0) return false;
  const held = new Set(tokens(fact));
  return asked.some((word) => !held.has(word));
}

/**
 * "Which countries joined the sanctions?" against "X chose not to join the sanctions": the fact negates the act
 * asked about, so it names no one who did it.
 */
function whichActNegated(candidate: Candidate, q: Resolved): boolean {
  if (q.wh !== "which") return false;
  const verb = /^(?:and\s+)?which\s+(?:[a-z'’-]+\s+){1,3}?(?:(?:have|has|had|did|will|would|could|can)\s+(?:not\s+)?)?([a-z]+ed)\b/.exec(
    q.text.toLowerCase(),
  )?.[1];
  if (verb === undefined) return false;
  return yesOrNo({ ...q, predicate: verb }, candidate) === "No";
}
