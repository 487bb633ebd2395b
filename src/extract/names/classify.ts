import type { EntityType } from "../../domain/facts.ts";
import { EVENT_HEADS } from "../lexicon/event-heads.ts";
import { NAME_CONNECTORS, NAME_PARTICLES } from "../lexicon/name-words.ts";
import { ORG_HEADS } from "../lexicon/organisation-heads.ts";
import { PLACE_HEADS, PLACE_PREFIXES } from "../lexicon/place-words.ts";
import { HONORIFICS, TITLE_WORDS } from "../lexicon/titles.ts";

// why: \p{…} regexes live at module level: the TypeScript loader rewrites inline ones into `new RegExp`
// calls that compile on every evaluation, which made them the extractor's hot spots.
// why: surnames with an inner capital ("O'Shea", "D’Amato", "McAllister", "MacLeod") are name parts too.
const NAME_PART_OR_HYPHENATED =
  /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}]*$|^\p{Lu}\.$|^\p{Lu}[\p{Ll}\p{M}]+[-‐]\p{Lu}?[\p{Ll}\p{M}]+$|^(?:\p{Lu}['’]|Ma?c)\p{Lu}\p{Ll}[\p{Ll}\p{M}]*$/u;
const PLAIN_NAME_PART_SHAPE = /^\p{Lu}[\p{Ll}\p{M}'’-]*\p{Ll}[\p{Ll}\p{M}]*$|^\p{Lu}\.$|^(?:\p{Lu}['’]|Ma?c)\p{Lu}\p{Ll}[\p{Ll}\p{M}]*$/u;
const ACRONYM = /^[\p{Lu}&]{2,6}$/u;

export type NameReading = {
  type: EntityType;
  /** The name without titles ("Maria Lindqvist"). */
  name: string;
  /** Title words and adjectives before the name ("Finnish President"), if any. */
  role?: string;
  /** True when a title or honorific says this is a person even with one name part ("Mr Hale"). */
  titled: boolean;
};

/** Title words that name a portfolio rather than an office: titles only before an office word. */
const PORTFOLIO: ReadonlySet<string> = new Set([
  "foreign",
  "defense",
  "defence",
  "interior",
  "finance",
  "state",
  "health",
  "trade",
  "education",
]);
const PARTY_WORDS: ReadonlySet<string> = new Set(["republican", "democrat", "democratic", "independent", "libertarian", "gop"]);
const DEMONYM = /^\p{Lu}\p{L}+(ish|ian|ean|ese|i|an|ic|ch|ss)$/u;

function lower(word: string): string {
  return word.toLowerCase().replace(/\.$/, "");
}

/**
 * Reads a run of capitalised words as a name: strips leading titles and nationality adjectives into a
 * role, then decides the type from head words (organisation, event, place) or, failing those, calls a
 * run of two to four plain name parts a person.
 */
// why: the same names recur within and across articles; reading one is a dozen regex tests. Bounded.
const memo = new Map<string, NameReading | null>();

export function classifyName(words: readonly string[]): NameReading | null {
  const key = words.join(" ");
  const known = memo.get(key);
  if (known !== undefined) return known;
  const reading = classifyUncached(words);
  if (memo.size > 20_000) memo.clear();
  memo.set(key, reading);
  return reading;
}

function classifyUncached(words: readonly string[]): NameReading | null {
  let index = 0;
  let titled = false;
  while (index < words.length - 1) {
    const word = lower(words[index] ?? "");
    const next = lower(words[index + 1] ?? "");
    if (TITLE_WORDS.has(word)) {
      if (HONORIFICS.has(word) || !ORG_HEADS.has(next)) titled = true;
      index += 1;
    } else if (DEMONYM.test(words[index] ?? "") && TITLE_WORDS.has(next)) index += 1;
    // why: "Republican Donald Trump", "Democrat Patty Judge": a party before a full name is a role, not a name part.
    else if (PARTY_WORDS.has(word) && words.length - index >= 3 && words.slice(index + 1).every(isPlainNamePart)) {
      titled = true;
      index += 1;
    } else break;
  }
  // why: "Senate Majority Leader Chuck Schumer", "Chief Financial Officer Paul Nguyen": a word between title
  // words belongs to the role; the person is the plain name after the last title word.
  {
    const lastTitle = findLastTitle(words);
    const tail = words.slice(lastTitle + 1);
    // why: not inside an organisation's name: "Center for Economics and Foreign Policy Studies" holds the
    // title word "Foreign" but its "for … and" make it a body's name, so "Policy Studies" is no person.
    const roleWords = words.slice(0, lastTitle + 1);
    if (
      lastTitle > 0 &&
      tail.length >= 2 &&
      tail.length <= 4 &&
      tail.every(isPlainNamePart) &&
      !headType(tail.map(lower), tail) &&
      !roleWords.some((word) => NAME_CONNECTORS.has(lower(word)))
    ) {
      return { type: "person", name: tail.join(" "), role: words.slice(0, lastTitle + 1).join(" "), titled: true };
    }
  }
  // why: a portfolio word ("Foreign", "Health") is a title only before a title word ("Foreign Minister");
  // "Foreign Relations", "Health Affairs" are the tail of a body's name, never a person.
  if (PORTFOLIO.has(lower(words[0] ?? "")) && !TITLE_WORDS.has(lower(words[1] ?? ""))) {
    return { type: headType(words.map(lower), words) ?? "other", name: words.join(" "), titled: false };
  }
  const role = index > 0 ? words.slice(0, index).join(" ") : undefined;
  const rest = words.slice(index);
  const name = rest.join(" ");
  if (rest.length === 0 || !name) return null;
  const lowered = rest.map(lower);
  const type = headType(lowered, rest);
  // why: a title word inside an institution's name ("State Council") is part of the name, not a role.
  if (type) return { type, name: words.join(" "), titled: false };
  const nameParts = rest.filter((word) => !NAME_PARTICLES.has(lower(word)) && !NAME_CONNECTORS.has(lower(word)));
  if (rest.some((word) => NAME_CONNECTORS.has(lower(word)) && !NAME_PARTICLES.has(lower(word)))) return { type: "other", name, titled };
  const plain = nameParts.every((word) => NAME_PART_OR_HYPHENATED.test(word));
  if ((titled || nameParts.length >= 2) && nameParts.length <= 5 && plain) return { type: "person", name, role, titled };
  if (titled && nameParts.length === 1) return { type: "person", name, role, titled };
  return { type: "other", name, role, titled };
}

function findLastTitle(words: readonly string[]): number {
  for (let i = words.length - 3; i >= 0; i--) if (TITLE_WORDS.has(lower(words[i] ?? "")) && !ORG_HEADS.has(lower(words[i] ?? ""))) return i;
  return -1;
}

function isPlainNamePart(word: string): boolean {
  return PLAIN_NAME_PART_SHAPE.test(word);
}

function headType(lowered: readonly string[], words: readonly string[]): EntityType | null {
  const last = lowered[lowered.length - 1] ?? "";
  if (EVENT_HEADS.has(last) && lowered.length >= 2) return "event";
  if (lowered.some((word) => ORG_HEADS.has(word))) return "organization";
  if (
    EVENT_HEADS.has(last) ||
    lowered.some((word, i) => i < lowered.length - 1 && EVENT_HEADS.has(word) && word !== "day" && word !== "open")
  )
    return "event";
  if (PLACE_HEADS.has(last) || (lowered.length >= 2 && PLACE_PREFIXES.has(lowered[0] ?? ""))) return "place";
  if (words.length === 1 && ACRONYM.test(words[0] ?? "")) return "organization";
  if (words.some((word) => /\d/.test(word))) return "other";
  return null;
}
